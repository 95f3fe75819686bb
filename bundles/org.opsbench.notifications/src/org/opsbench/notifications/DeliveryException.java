package org.opsbench.notifications;

/** A delivery attempt failed; the message says why, for the outbox and the person reading it. */
public class DeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    public DeliveryException(String message) {
        super(message);
    }

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
