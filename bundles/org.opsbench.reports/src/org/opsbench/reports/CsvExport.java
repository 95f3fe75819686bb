package org.opsbench.reports;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.opsbench.core.exchange.CsvCells;
import org.opsbench.core.files.AtomicFile;

/**
 * Writes rows as CSV (RFC 4180) in UTF-8 with a byte order mark, which spreadsheet programs on
 * Chinese Windows need to read the characters right. A text a spreadsheet would run as a formula
 * is written with a leading single quote ({@link CsvCells}). The file appears complete or not at all.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static void write(List<String> headers, List<List<?>> rows, Path target) {
        try {
            AtomicFile.write(target, out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write('\ufeff'); // before the header, which the printer writes when it is made
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
                for (List<?> row : rows) {
                    printer.printRecord(CsvCells.escapeAll(row));
                }
                printer.flush();
            });
        } catch (IOException e) {
            throw new ReportException(Messages.format("writeFailed", target, e.getMessage()), e);
        }
    }
}
