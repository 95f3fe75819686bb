package org.opsbench.cases.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.opsbench.ui.workbench.FileWriting;
import org.opsbench.reports.ReportExporters;

/** Asks where to save a report or an export (FileWriting's dialogs), then writes it in a job; a failure is shown with its reason. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** @return the file chosen, or null when the user cancelled */
    static Path ask(Shell shell, String suggestedName, String extension) {
        return FileWriting.askSave(shell, suggestedName, new String[] { "*." + extension, "*.*" }, null);
    }

    /**
     * Asks where to save a report, offering every installed report format (PDF first; plug-ins add
     * more); the file name's extension chooses the format.
     *
     * @return the file chosen, or null when the user cancelled
     */
    static Path askReport(Shell shell, String baseName) {
        List<ReportExporters.Format> formats = ReportExporters.all();
        return FileWriting.askSave(shell, baseName + (formats.isEmpty() ? "" : "." + formats.get(0).extension()),
                formats.stream().map(f -> "*." + f.extension()).toArray(String[]::new),
                formats.stream().map(f -> f.name() + " (*." + f.extension() + ")").toArray(String[]::new));
    }

    /** Writes {@code target} in a job; the user sees a refusal (no font, a folder that cannot be written) in a dialog. */
    static void write(Shell shell, Path target, Consumer<Path> writer) {
        FileWriting.inJob(shell, NLS.bind(Messages.reportWriting, target.getFileName()), target, () -> writer.accept(target),
                e -> Widgets.showRefusal(shell, target.getFileName().toString(), e));
    }
}
