package org.opsbench.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * A printable report as content, not layout: a title, then headings, paragraphs, label/value
 * fields and tables in order. {@link PdfReports} lays it out on A4 pages; callers never deal with
 * fonts or page breaks. A report may also carry figures (PNG pictures, e.g. a network diagram),
 * shown after the title; they are not body blocks, so formats that cannot show pictures (and
 * exporters written before figures existed) simply leave them out.
 */
public final class Report {

    /** One part of the report's body. */
    public sealed interface Block permits Heading, Paragraph, Fields, Table {
    }

    public record Heading(String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Field(String label, String value) {
    }

    /** Label/value pairs, two pairs to a line. */
    public record Fields(List<Field> fields) implements Block {
    }

    /** A table with a header row; {@code widths} are relative column widths, one per header. */
    public record Table(List<String> headers, List<List<String>> rows, List<Integer> widths) implements Block {
        public Table {
            if (widths.size() != headers.size()) {
                throw new IllegalArgumentException(headers.size() + " columns but " + widths.size() + " widths");
            }
            for (List<String> row : rows) {
                if (row.size() != headers.size()) {
                    throw new IllegalArgumentException("A row has " + row.size() + " cells, the table " + headers.size() + " columns");
                }
            }
        }
    }

    /** A picture: PNG bytes, its size in pixels, and a caption under it. */
    public record Figure(String caption, byte[] png, int width, int height) {
        public Figure {
            if (width <= 0 || height <= 0) {
                throw new IllegalArgumentException("A figure of " + width + " x " + height + " pixels");
            }
        }
    }

    private final String title;
    private final String subtitle;
    private final List<Block> blocks = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();

    public Report(String title, String subtitle) {
        this.title = title;
        this.subtitle = subtitle;
    }

    public Report heading(String text) {
        blocks.add(new Heading(text));
        return this;
    }

    public Report paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    public Report fields(List<Field> fields) {
        blocks.add(new Fields(List.copyOf(fields)));
        return this;
    }

    public Report table(List<String> headers, List<List<String>> rows, List<Integer> widths) {
        blocks.add(new Table(List.copyOf(headers), rows.stream().map(List::copyOf).toList(), List.copyOf(widths)));
        return this;
    }

    public Report figure(String caption, byte[] png, int width, int height) {
        figures.add(new Figure(caption, png.clone(), width, height));
        return this;
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }
}
