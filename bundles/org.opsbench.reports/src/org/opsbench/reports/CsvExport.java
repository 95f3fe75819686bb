package org.opsbench.reports;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes rows as CSV (RFC 4180) in UTF-8 with a byte order mark, which spreadsheet programs on
 * Chinese Windows need to read the characters right. The file appears complete or not at all.
 */
public final class CsvExport {

    private CsvExport() {
    }

    public static void write(List<String> headers, List<List<?>> rows, Path target) {
        Path folder = target.toAbsolutePath().getParent();
        Path partial = null;
        try {
            Files.createDirectories(folder);
            partial = Files.createTempFile(folder, ".export-", ".part");
            try (Writer writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                writer.write('\ufeff'); // before the header, which the printer writes when it is made
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(headers.toArray(String[]::new)).get());
                for (List<?> row : rows) {
                    printer.printRecord(row);
                }
                printer.flush();
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new ReportException(Messages.format("writeFailed", target, e.getMessage()), e);
        } finally {
            if (partial != null) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException e) {
                    // only a leftover temporary file
                }
            }
        }
    }
}
