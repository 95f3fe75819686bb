package org.opsbench.core.exchange;

import java.util.ArrayList;
import java.util.List;

/**
 * Cells of the CSV files OpsBench writes, safe to open in a spreadsheet (OWASP's advice against
 * CSV injection): a text that a spreadsheet would run as a formula, one starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return, is written with a single quote in
 * front. Reading our own files back takes that quote off again, so every text survives the round
 * trip; a quote is also put in front of a text that already starts with one followed by such a
 * character, so that it too comes back unchanged.
 */
public final class CsvCells {

    private CsvCells() {
    }

    /** @return the text as a cell to write */
    public static String escape(String text) {
        return text != null && needsQuote(text) ? "'" + text : text;
    }

    /** @return the text a cell written by {@link #escape} stood for */
    public static String unescape(String cell) {
        return cell != null && cell.startsWith("'") && needsQuote(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /** @return the values with every text escaped, numbers, dates and the like as they are */
    public static List<Object> escapeAll(List<?> values) {
        List<Object> cells = new ArrayList<>(values.size());
        for (Object value : values) {
            cells.add(value instanceof String text ? escape(text) : value);
        }
        return cells;
    }

    private static boolean needsQuote(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
        case '=', '+', '-', '@', '\t', '\r' -> true;
        case '\'' -> needsQuote(text.substring(1));
        default -> false;
        };
    }
}
