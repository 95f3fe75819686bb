package org.opsbench.core.exchange;

/** A CSV file was rejected as a whole; the message names the row and column to fix. */
public class CsvImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int row;
    private final String column;

    public CsvImportException(int row, String column, String message) {
        super(message);
        this.row = row;
        this.column = column;
    }

    /** @return the 1-based line of the file (the header is row 1), or 0 when the file as a whole is wrong */
    public int row() {
        return row;
    }

    /** @return the column name, or null */
    public String column() {
        return column;
    }
}
