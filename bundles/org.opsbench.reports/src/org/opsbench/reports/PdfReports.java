package org.opsbench.reports;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.opsbench.core.files.AtomicFile;

/**
 * Writes a {@link Report} as an A4 PDF with the report font embedded (a subset of it), so that
 * Chinese text shows on any machine: word wrap (Chinese may break between any two characters),
 * tables whose header repeats on every page, and "page n of m" at the foot. The file appears
 * complete or not at all.
 */
public final class PdfReports {

    private static final float MARGIN = 50;
    private static final float TITLE_SIZE = 16;
    private static final float HEADING_SIZE = 12;
    private static final float BODY_SIZE = 9.5f;
    private static final float LEADING = 1.35f;
    private static final float CELL_PADDING = 3;
    private static final Color HEADER_FILL = new Color(0xe4, 0xe8, 0xee);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);

    private PdfReports() {
    }

    /** Writes the report to {@code target} with the font {@link ReportFonts#find()} chooses. */
    public static void write(Report report, Path target) {
        write(report, target, ReportFonts.find());
    }

    /** Writes the report to {@code target} with the given font file, through a temporary file beside it. */
    public static void write(Report report, Path target, Path fontFile) {
        try {
            AtomicFile.write(target, out -> write(report, out, fontFile));
        } catch (IOException e) {
            throw new ReportException(Messages.format("writeFailed", target, e.getMessage()), e);
        }
    }

    /** Writes the report as PDF to {@code out}. */
    public static void write(Report report, OutputStream out, Path fontFile) throws IOException {
        List<AutoCloseable> fontFiles = new ArrayList<>();
        try (PDDocument document = new PDDocument()) {
            PDFont font = loadFont(document, fontFile, fontFiles);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(report.title());
            info.setCreator("OpsBench");
            info.setCreationDate(Calendar.getInstance());
            document.getDocumentCatalog().setLanguage(Locale.getDefault().toLanguageTag());
            Layout layout = new Layout(document, font);
            layout.text(report.title(), TITLE_SIZE, MARGIN, layout.width);
            if (report.subtitle() != null && !report.subtitle().isBlank()) {
                layout.text(report.subtitle(), BODY_SIZE, MARGIN, layout.width);
            }
            layout.space(8);
            for (Report.Figure figure : report.figures()) {
                layout.figure(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject.createFromByteArray(document, figure.png(), figure.caption()),
                        figure.width(), figure.height());
                layout.text(figure.caption(), BODY_SIZE, MARGIN, layout.width);
                layout.space(8);
            }
            for (Report.Block block : report.blocks()) {
                switch (block) {
                    case Report.Heading heading -> {
                        layout.space(6);
                        layout.text(heading.text(), HEADING_SIZE, MARGIN, layout.width);
                        layout.space(2);
                    }
                    case Report.Paragraph paragraph -> {
                        layout.text(paragraph.text(), BODY_SIZE, MARGIN, layout.width);
                        layout.space(4);
                    }
                    case Report.Fields fields -> layout.fields(fields);
                    case Report.Table table -> layout.table(table);
                }
            }
            layout.finish();
            footers(document, font, report.title());
            document.save(out);
        } finally {
            for (AutoCloseable file : fontFiles) {
                try {
                    file.close();
                } catch (Exception e) {
                    // read only
                }
            }
        }
    }

    private static PDFont loadFont(PDDocument document, Path fontFile, List<AutoCloseable> open) throws IOException {
        try {
            if (fontFile.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                // A collection: the first of its fonts that has Chinese characters. The collection stays
                // open with the document, which reads glyphs from it when it subsets the font on save.
                TrueTypeCollection collection = new TrueTypeCollection(fontFile.toFile());
                open.add(collection);
                TrueTypeFont[] chosen = new TrueTypeFont[1];
                collection.processAllFonts(font -> {
                    if (chosen[0] == null && font.getUnicodeCmapLookup(false) != null
                            && font.getUnicodeCmapLookup(false).getGlyphId('\u4e2d') > 0) {
                        chosen[0] = font;
                    }
                });
                if (chosen[0] == null) {
                    throw new IOException("no font of the collection has Chinese characters");
                }
                return PDType0Font.load(document, chosen[0], true);
            }
            return PDType0Font.load(document, fontFile.toFile());
        } catch (IOException | RuntimeException e) {
            throw new ReportException(Messages.format("fontUnusable", fontFile, e.getMessage(), ReportFonts.FONT_PROPERTY), e);
        }
    }

    /** "title · page n of m" at the foot of every page, once the page count is known. */
    private static void footers(PDDocument document, PDFont font, String title) throws IOException {
        int pages = document.getNumberOfPages();
        Text text = new Text(font);
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true)) {
                text.show(stream, Messages.format("page", title, i + 1, pages), 8, MARGIN, MARGIN / 2, Color.DARK_GRAY);
            }
        }
    }

    /**
     * Measures, wraps and shows text in the report font, falling back to Helvetica for what it lacks
     * (some Chinese fonts have no Latin letters); characters neither has print as '?', rather than
     * failing the report.
     */
    private static final class Text {
        private final List<PDFont> fonts;
        private final Map<Integer, Integer> fontOf = new HashMap<>();

        Text(PDFont font) {
            this.fonts = List.of(font, new PDType1Font(Standard14Fonts.FontName.HELVETICA));
        }

        /** @return the index of the first font that has the character, or -1 */
        private int fontFor(int code) {
            return fontOf.computeIfAbsent(code, c -> {
                String character = new String(Character.toChars(c));
                for (int i = 0; i < fonts.size(); i++) {
                    try {
                        fonts.get(i).encode(character);
                        return i;
                    } catch (IOException | IllegalArgumentException e) {
                        // not in this font
                    }
                }
                return -1;
            });
        }

        String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                int shown = c == '\t' ? ' ' : c;
                if (!Character.isISOControl(shown)) {
                    out.appendCodePoint(fontFor(shown) >= 0 ? shown : '?');
                }
            });
            return out.toString();
        }

        /** Runs of characters shown in the same font, over printable text. */
        private List<Map.Entry<PDFont, String>> runs(String text) {
            List<Map.Entry<PDFont, String>> runs = new ArrayList<>();
            int start = 0;
            int current = -1;
            for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
                int font = fontFor(text.codePointAt(i));
                if (font != current && i > start) {
                    runs.add(Map.entry(fonts.get(current), text.substring(start, i)));
                    start = i;
                }
                current = font;
            }
            if (start < text.length()) {
                runs.add(Map.entry(fonts.get(current), text.substring(start)));
            }
            return runs;
        }

        float width(String text, float size) throws IOException {
            float width = 0;
            for (Map.Entry<PDFont, String> run : runs(printable(text))) {
                width += run.getKey().getStringWidth(run.getValue()) / 1000 * size;
            }
            return width;
        }

        void show(PDPageContentStream stream, String text, float size, float x, float baseline, Color color) throws IOException {
            stream.setNonStrokingColor(color);
            float at = x;
            for (Map.Entry<PDFont, String> run : runs(printable(text))) {
                stream.beginText();
                stream.setFont(run.getKey(), size);
                stream.newLineAtOffset(at, baseline);
                stream.showText(run.getValue());
                stream.endText();
                at += run.getKey().getStringWidth(run.getValue()) / 1000 * size;
            }
        }

        /** @return the lines of {@code text} (its own line breaks kept) that fit {@code width} */
        List<String> wrap(String text, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            for (String paragraph : (text == null ? "" : text).split("\r?\n", -1)) {
                String clean = printable(paragraph);
                StringBuilder line = new StringBuilder();
                for (String token : tokens(clean)) {
                    if (line.length() > 0 && width(line + token, size) > width) {
                        lines.add(line.toString().stripTrailing());
                        line.setLength(0);
                        token = token.stripLeading();
                    }
                    // A single token wider than the line (a long number, a URL) is cut where it must be.
                    while (width(token, size) > width && token.length() > 1) {
                        int fit = token.length() - 1;
                        while (fit > 1 && width(token.substring(0, fit), size) > width) {
                            fit--;
                        }
                        lines.add(token.substring(0, fit));
                        token = token.substring(fit);
                    }
                    line.append(token);
                }
                lines.add(line.toString().stripTrailing());
            }
            return lines;
        }

        /** Words with their following spaces; every Chinese (or other wide) character is a token of its own. */
        private static List<String> tokens(String text) {
            List<String> tokens = new ArrayList<>();
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (isWide(c)) {
                    if (word.length() > 0) {
                        tokens.add(word.toString());
                        word.setLength(0);
                    }
                    tokens.add(String.valueOf(c));
                } else if (c == ' ') {
                    word.append(c);
                    tokens.add(word.toString());
                    word.setLength(0);
                } else {
                    word.append(c);
                }
            }
            if (word.length() > 0) {
                tokens.add(word.toString());
            }
            return tokens;
        }

        private static boolean isWide(char c) {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL
                    || (c >= '\u3000' && c <= '\u303f') || (c >= '\uff00' && c <= '\uffef');
        }
    }

    /** Places text and tables top to bottom, starting a new page when the next line does not fit. */
    private static final class Layout {
        private final PDDocument document;
        private final Text text;
        private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        private PDPageContentStream stream;
        private float y;

        Layout(PDDocument document, PDFont font) throws IOException {
            this.document = document;
            this.text = new Text(font);
            newPage();
        }

        private void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN;
        }

        /** Starts a new page unless {@code height} still fits above the bottom margin. */
        private boolean ensure(float height) throws IOException {
            if (y - height < MARGIN) {
                newPage();
                return true;
            }
            return false;
        }

        void space(float points) {
            y -= points;
        }

        /** A picture at 96 dpi, made smaller to fit the width and most of a page, never larger. */
        void figure(org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image, int pixelsWide, int pixelsHigh) throws IOException {
            float maxHeight = (PDRectangle.A4.getHeight() - 2 * MARGIN) * 0.8f;
            float scale = Math.min(0.75f, Math.min(width / pixelsWide, maxHeight / pixelsHigh));
            float w = pixelsWide * scale;
            float h = pixelsHigh * scale;
            ensure(h);
            y -= h;
            stream.drawImage(image, MARGIN, y, w, h);
        }

        void text(String value, float size, float x, float maxWidth) throws IOException {
            for (String line : text.wrap(value, size, maxWidth)) {
                ensure(size * LEADING);
                y -= size * LEADING;
                show(line, size, x, y + size * (LEADING - 1));
            }
        }

        private void show(String line, float size, float x, float baseline) throws IOException {
            text.show(stream, line, size, x, baseline, Color.BLACK);
        }

        /** Two label/value pairs to a line, labels in grey. */
        void fields(Report.Fields fields) throws IOException {
            List<Report.Field> all = fields.fields();
            float labelWidth = width * 0.22f;
            float valueWidth = width * 0.28f;
            for (int i = 0; i < all.size(); i += 2) {
                List<List<String>> wrapped = new ArrayList<>();
                for (int j = i; j < Math.min(i + 2, all.size()); j++) {
                    wrapped.add(text.wrap(all.get(j).label(), BODY_SIZE, labelWidth - 4));
                    wrapped.add(text.wrap(all.get(j).value() == null ? "" : all.get(j).value(), BODY_SIZE, valueWidth - 6));
                }
                int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
                float height = lines * BODY_SIZE * LEADING;
                ensure(height);
                for (int column = 0; column < wrapped.size(); column++) {
                    float x = MARGIN + (column / 2) * (labelWidth + valueWidth) + (column % 2 == 0 ? 0 : labelWidth);
                    float lineY = y;
                    for (String line : wrapped.get(column)) {
                        lineY -= BODY_SIZE * LEADING;
                        text.show(stream, line, BODY_SIZE, x, lineY + BODY_SIZE * (LEADING - 1),
                                column % 2 == 0 ? Color.DARK_GRAY : Color.BLACK);
                    }
                }
                y -= height;
            }
            space(4);
        }

        void table(Report.Table table) throws IOException {
            int total = table.widths().stream().mapToInt(Integer::intValue).sum();
            float[] columns = new float[table.widths().size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = width * table.widths().get(i) / total;
            }
            row(table.headers(), columns, true);
            for (List<String> cells : table.rows()) {
                row(cells, columns, false);
            }
            space(6);
        }

        /** One table row, on a new page (after the repeated header) when it does not fit. */
        private void row(List<String> cells, float[] columns, boolean header) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                wrapped.add(text.wrap(cells.get(i), BODY_SIZE, columns[i] - 2 * CELL_PADDING));
            }
            int lines = wrapped.stream().mapToInt(List::size).max().orElse(1);
            float height = lines * BODY_SIZE * LEADING + 2 * CELL_PADDING;
            boolean paged = ensure(height);
            if (paged && !header && lastHeader != null) {
                row(lastHeader, columns, true);
            }
            if (header) {
                lastHeader = cells;
                stream.setNonStrokingColor(HEADER_FILL);
                stream.addRect(MARGIN, y - height, width, height);
                stream.fill();
            }
            float x = MARGIN;
            for (int i = 0; i < wrapped.size(); i++) {
                float lineY = y - CELL_PADDING;
                for (String line : wrapped.get(i)) {
                    lineY -= BODY_SIZE * LEADING;
                    show(line, BODY_SIZE, x + CELL_PADDING, lineY + BODY_SIZE * (LEADING - 1));
                }
                x += columns[i];
            }
            stream.setStrokingColor(RULE);
            stream.setLineWidth(0.4f);
            stream.moveTo(MARGIN, y - height);
            stream.lineTo(MARGIN + width, y - height);
            if (header) {
                stream.moveTo(MARGIN, y);
                stream.lineTo(MARGIN + width, y);
            }
            stream.stroke();
            y -= height;
        }

        private List<String> lastHeader;

        void finish() throws IOException {
            stream.close();
        }
    }
}
