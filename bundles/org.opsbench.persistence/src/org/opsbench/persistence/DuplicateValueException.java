package org.opsbench.persistence;

/**
 * A save was refused because a value the model declares unique (a case number, an escalation
 * already recorded) is stored already, typically by another workbench a moment earlier.
 * Nothing was written.
 */
public class DuplicateValueException extends DatabaseException {

    private static final long serialVersionUID = 1L;

    public DuplicateValueException(String message, Throwable cause) {
        super(message, cause);
    }
}
