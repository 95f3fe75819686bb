package org.opsbench.reports;

/** A report could not be written; the message says why and what to do. Nothing was left half-written. */
public final class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
