package com.example.opsbench.teamchat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.opsbench.reports.Report;
import org.opsbench.reports.ReportExporter;

/** A report as Markdown, to paste into a chat group: title, headings, paragraphs, fields as a list, tables as pipe tables. */
public final class MarkdownExporter implements ReportExporter {

    @Override
    public void write(Report report, OutputStream out) throws IOException {
        StringBuilder md = new StringBuilder("# ").append(line(report.title())).append("\n\n");
        if (report.subtitle() != null) {
            md.append(line(report.subtitle())).append("\n\n");
        }
        for (Report.Block block : report.blocks()) {
            switch (block) {
            case Report.Heading heading -> md.append("## ").append(line(heading.text())).append("\n\n");
            case Report.Paragraph paragraph -> md.append(paragraph.text()).append("\n\n");
            case Report.Fields fields -> {
                fields.fields().forEach(f -> md.append("- **").append(line(f.label())).append("** ").append(line(f.value())).append('\n'));
                md.append('\n');
            }
            case Report.Table table -> {
                md.append(row(table.headers())).append("|").append("---|".repeat(table.headers().size())).append('\n');
                table.rows().forEach(r -> md.append(row(r)));
                md.append('\n');
            }
            }
        }
        out.write(md.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String row(java.util.List<String> cells) {
        StringBuilder row = new StringBuilder("|");
        cells.forEach(cell -> row.append(' ').append(line(cell).replace("|", "\\|")).append(" |"));
        return row.append('\n').toString();
    }

    /** Markdown cells and headings are one line each. */
    private static String line(String text) {
        return text == null ? "" : text.replace('\n', ' ').strip();
    }
}
