package org.opsbench.core.exchange;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opsbench.core.internal.Utf8Text;

/**
 * A CSV file read strictly, for importers that store exactly what a file says or refuse it:
 * UTF-8 (a leading byte-order mark is allowed), a header that names each known column once,
 * every row with exactly as many cells as the header (an unquoted comma in an address would
 * otherwise shift every later column), quotes that close, no control characters. Cells are
 * trimmed and the formula quote of our own exports is taken off ({@link CsvCells}).
 * <p>
 * Every problem is a {@link CsvImportException} naming the line (the header is line 1) and,
 * where there is one, the column; importers turn it into their own exception.
 */
public final class CsvTable {

    /** One data row: the line it starts on and its cells by column name. */
    public record Row(int line, Map<String, String> cells) {

        /** @return the cell of a column, "" when the file has no such column */
        public String get(String column) {
            return cells.getOrDefault(column.toLowerCase(Locale.ROOT), "");
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(List<String> header, List<Row> rows) {
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /** @return the column names as the header gives them, lower case */
    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /**
     * Reads a whole file.
     *
     * @param known    every column the importer understands (matched ignoring case); any other is refused
     * @param required the columns that must be there
     * @throws CsvImportException for the first problem, with its line and column
     */
    public static CsvTable read(byte[] content, List<String> known, List<String> required) throws CsvImportException {
        String text;
        try {
            text = Utf8Text.decode(content);
        } catch (Utf8Text.NotUtf8Exception e) {
            throw CsvImportException.at(e.line(), null, Messages.format("problem.encoding"));
        }
        if (text.isBlank()) {
            throw CsvImportException.at(0, null, Messages.format("problem.empty", String.join(",", known)));
        }
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> header = header(next(records, parser, 1), known, required);
            List<Row> rows = new ArrayList<>();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                CSVRecord record = next(records, parser, line);
                if (record == null) {
                    break;
                }
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue; // an empty line
                }
                if (record.size() != header.size()) {
                    throw CsvImportException.at(line, null, Messages.format("problem.cellCount", record.size(), header.size()));
                }
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String cell = record.get(i);
                    int control = controlCharacter(cell);
                    if (control >= 0) {
                        throw CsvImportException.at(line, header.get(i),
                                Messages.format("problem.control", String.format(Locale.ROOT, "U+%04X", control)));
                    }
                    cells.put(header.get(i), CsvCells.unescape(cell.strip()));
                }
                rows.add(new Row(line, cells));
            }
            return new CsvTable(header, rows);
        } catch (IOException e) {
            throw CsvImportException.at(0, null, Messages.format("problem.unreadable", e.getMessage()));
        }
    }

    /** @return the next record, or null at the end; a record the parser cannot read is refused with the line it starts on */
    private static CSVRecord next(Iterator<CSVRecord> records, CSVParser parser, int line) throws CsvImportException {
        try {
            return records.hasNext() ? records.next() : null;
        } catch (UncheckedIOException | IllegalStateException e) {
            String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            String problem = message.contains("EOF reached before encapsulated token finished") ? Messages.format("problem.unclosedQuote")
                    : message.contains("Invalid character between encapsulated token and delimiter")
                            ? Messages.format("problem.textAfterQuote")
                            : Messages.format("problem.notCsv");
            throw CsvImportException.at(line, null, problem);
        }
    }

    private static List<String> header(CSVRecord record, List<String> known, List<String> required) throws CsvImportException {
        List<String> names = new ArrayList<>();
        String expected = String.join(",", known);
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                throw CsvImportException.at(1, null, Messages.format("problem.headerEmpty", i + 1, expected));
            }
            if (names.contains(name)) {
                throw CsvImportException.at(1, name, Messages.format("problem.headerTwice", name));
            }
            if (known.stream().noneMatch(k -> k.equalsIgnoreCase(name))) {
                throw CsvImportException.wrongColumns(name, Messages.format("problem.headerUnknown", name, expected));
            }
            names.add(name);
        }
        for (String column : required) {
            if (!names.contains(column.toLowerCase(Locale.ROOT))) {
                throw CsvImportException.wrongColumns(column, Messages.format("problem.headerMissing", column, expected));
            }
        }
        return names;
    }

    /** @return the first character other than tab, line feed and carriage return below U+0020, or DEL; -1 when there is none */
    private static int controlCharacter(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                return c;
            }
        }
        return -1;
    }
}
