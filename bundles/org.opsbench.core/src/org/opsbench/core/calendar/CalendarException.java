package org.opsbench.core.calendar;

/** A calendar cannot be used as it is, or a holiday file was rejected; the message says what to fix. */
public class CalendarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int line;

    public CalendarException(String message) {
        this(0, message);
    }

    public CalendarException(int line, String message) {
        super(message);
        this.line = line;
    }

    /** @return the 1-based line of an imported file the problem is on, or 0 */
    public int line() {
        return line;
    }
}
