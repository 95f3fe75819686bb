package org.opsbench.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.opsbench.core.contributions.ContributionReader;
import org.opsbench.core.files.AtomicFile;

/**
 * The installed report formats, from {@code org.opsbench.reports.exporters} (PDF is contributed the
 * same way), and writing a report in the format its file name asks for.
 */
public final class ReportExporters {

    public static final String EXTENSION_POINT = "org.opsbench.reports.exporters";

    /**
     * The declarations, each id and each file extension once (the built-in PDF first); one without
     * a name, an extension or a class is logged and left out. Exporters are created when used.
     */
    private static final ContributionReader<Format> READER = ContributionReader.of(EXTENSION_POINT, element -> {
        Format format = format(element);
        if (format.name() == null || format.extension().isEmpty() || element.getAttribute("class") == null) {
            throw new ContributionReader.Refused(Messages.format("formatMalformed", element.getContributor().getName()));
        }
        return format;
    }).alsoUnique("extension", element -> format(element).extension());

    /** One installed format: its file name extension (without the dot) and the plug-in that contributes it. */
    public record Format(String id, String name, String extension, int order, String contributor) {
    }

    private ReportExporters() {
    }

    /** @return every installed format in order; of two with one id or one extension, the first installed is kept */
    public static List<Format> all() {
        return READER.installed().stream().map(ContributionReader.Contribution::value).toList();
    }

    /**
     * Writes the report to {@code target} in the format of its extension (a name without one gets
     * the first format, PDF), through a temporary file beside it.
     *
     * @throws ReportException when no installed format has that extension, or the exporter or the
     *                         file system failed; nothing is written then
     */
    public static void write(Report report, Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? null : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        List<IConfigurationElement> elements = elements();
        IConfigurationElement chosen = elements.stream()
                .filter(e -> extension == null || extension.equals(format(e).extension())).findFirst().orElse(null);
        if (chosen == null) {
            throw new ReportException(Messages.format("formatUnknown", name, elements.stream().map(ReportExporters::format)
                    .map(f -> f.name() + " (." + f.extension() + ")").collect(Collectors.joining(", "))), null);
        }
        ReportExporter exporter;
        try {
            exporter = (ReportExporter) chosen.createExecutableExtension("class");
        } catch (CoreException | ClassCastException e) {
            throw new ReportException(Messages.format("formatBroken", format(chosen).name(), chosen.getContributor().getName(),
                    e.getMessage()), e);
        }
        try {
            AtomicFile.write(target, out -> exporter.write(report, out));
        } catch (IOException e) {
            throw new ReportException(Messages.format("writeFailed", target, e.getMessage()), e);
        }
    }

    private static Format format(IConfigurationElement element) {
        String extension = element.getAttribute("extension");
        return new Format(element.getAttribute("id"), element.getAttribute("name"),
                extension == null ? "" : extension.strip().replaceFirst("^\\.", "").toLowerCase(Locale.ROOT), ContributionReader.order(element),
                element.getContributor().getName());
    }

    /** @return the usable exporter elements in order */
    private static List<IConfigurationElement> elements() {
        return READER.installed().stream().map(ContributionReader.Contribution::element).toList();
    }
}
