package org.opsbench.reports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the font for reports comes from: a Chinese text needs a font that has its characters, and
 * PDF viewers on other machines may not have one, so it is embedded. A configured file wins
 * (system property {@value #FONT_PROPERTY}); otherwise the first of the usual Debian/Ubuntu, Red Hat
 * and Windows locations that exists. TrueType outlines are preferred: PDFBox embeds them as subsets.
 */
public final class ReportFonts {

    /** System property naming a TrueType font file (.ttf, or .ttc with a font that has Chinese characters). */
    public static final String FONT_PROPERTY = "opsbench.reports.font";

    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/google-droid-sans-fonts/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/msyh.ttc");

    private ReportFonts() {
    }

    /** @return the configured font file, or the first installed one of the usual ones */
    public static Path find() {
        String configured = System.getProperty(FONT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured.strip());
            if (!Files.isReadable(path)) {
                throw new ReportException(Messages.format("fontConfiguredMissing", path, FONT_PROPERTY), null);
            }
            return path;
        }
        List<String> tried = new ArrayList<>();
        for (String candidate : CANDIDATES) {
            Path path = Path.of(candidate);
            if (Files.isReadable(path)) {
                return path;
            }
            tried.add(candidate);
        }
        throw new ReportException(Messages.format("fontNotFound", String.join(", ", tried), FONT_PROPERTY), null);
    }
}
