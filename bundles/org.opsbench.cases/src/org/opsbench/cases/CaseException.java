package org.opsbench.cases;

/** A case-management rule refused something; the message says what and how to fix it. */
public class CaseException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public CaseException(String message) {
        super(message);
    }
}
