package org.opsbench.persistence;

/**
 * A database problem told in words a user can act on: what went wrong and what to do.
 * The message is localised; the cause keeps the technical detail.
 */
public class DatabaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
