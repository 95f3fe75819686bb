package org.opsbench.cases.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.opsbench.reports.Report;
import org.opsbench.reports.ReportExporter;

/** Plays a third-party report format: the title and every block as lines of UTF-8 text. */
public final class PlainTextExporter implements ReportExporter {

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder(report.title()).append('\n');
        for (Report.Block block : report.blocks()) {
            switch (block) {
            case Report.Heading heading -> text.append("## ").append(heading.text()).append('\n');
            case Report.Paragraph paragraph -> text.append(paragraph.text()).append('\n');
            case Report.Fields fields -> fields.fields().forEach(f -> text.append(f.label()).append(' ').append(f.value()).append('\n'));
            case Report.Table table -> table.rows().forEach(row -> text.append(String.join(" | ", row)).append('\n'));
            }
        }
        if (text.toString().contains("refuse me")) {
            throw new IOException("the text exporter refuses this report");
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
