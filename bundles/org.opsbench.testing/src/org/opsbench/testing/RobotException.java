package org.opsbench.testing;

/** A robot step failed; the message says what was looked for and what was there instead. */
public class RobotException extends AssertionError {

    private static final long serialVersionUID = 1L;

    public RobotException(String message) {
        super(message);
    }
}
