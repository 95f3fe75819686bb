package org.opsbench.persistence;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

/**
 * Saving was refused because somebody else saved the same aggregate since it was
 * loaded. Nothing was written; the caller's objects still hold the caller's edits,
 * so the user can reload, or review and overwrite.
 */
public class ConcurrentChangeException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    private final transient List<EObject> conflicting;

    public ConcurrentChangeException(String message, List<EObject> conflicting, Throwable cause) {
        super(message, cause);
        this.conflicting = List.copyOf(conflicting);
    }

    /** @return the aggregate roots whose stored version no longer matches */
    public List<EObject> conflicting() {
        return conflicting;
    }
}
