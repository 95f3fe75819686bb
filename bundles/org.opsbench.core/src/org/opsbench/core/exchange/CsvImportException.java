package org.opsbench.core.exchange;

/** A CSV file was rejected as a whole; the message names the row and column to fix. */
public class CsvImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int row;
    private final String column;
    private final String problem;
    private final boolean wrongColumns;

    public CsvImportException(int row, String column, String message) {
        this(row, column, message, message, false);
    }

    private CsvImportException(int row, String column, String problem, String message, boolean wrongColumns) {
        super(message);
        this.row = row;
        this.column = column;
        this.problem = problem;
        this.wrongColumns = wrongColumns;
    }

    /** @return an exception for a header that lacks a required column or names one the importer does not know */
    static CsvImportException wrongColumns(String column, String problem) {
        return new CsvImportException(1, column, problem, at(1, column, problem).getMessage(), true);
    }

    /** @return an exception whose message is the problem with its place: "Row 3, column serial_number: ..." */
    public static CsvImportException at(int row, String column, String problem) {
        String message = row <= 0 ? problem
                : column == null ? Messages.format("atRow", row, problem) : Messages.format("atCell", row, column, problem);
        return new CsvImportException(row, column, problem, message, false);
    }

    /** @return the 1-based line of the file (the header is row 1), or 0 when the file as a whole is wrong */
    public int row() {
        return row;
    }

    /** @return the column name, or null */
    public String column() {
        return column;
    }

    /** @return whether the header lacks a required column or names an unknown one (rather than anything in a row) */
    public boolean wrongColumns() {
        return wrongColumns;
    }

    /** @return what is wrong, without its place in the file */
    public String problem() {
        return problem;
    }
}
