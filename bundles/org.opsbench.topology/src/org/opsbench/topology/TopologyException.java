package org.opsbench.topology;

/** A change to a diagram was refused; the message says why, in the user's language. Nothing was changed. */
public class TopologyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TopologyException(String message) {
        super(message);
    }
}
