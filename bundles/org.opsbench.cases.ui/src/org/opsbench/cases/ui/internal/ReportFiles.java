package org.opsbench.cases.ui.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.opsbench.ui.workbench.FileWriting;
import org.opsbench.reports.ReportExporters;

/** Asks where to save a report or an export, then writes it in a job; a failure is shown with its reason. */
final class ReportFiles {

    private ReportFiles() {
    }

    /** @return the file chosen, or null when the user cancelled */
    static Path ask(Shell shell, String suggestedName, String extension) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFileName(suggestedName);
        dialog.setFilterExtensions(new String[] { "*." + extension, "*.*" });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /**
     * Asks where to save a report, offering every installed report format (PDF first; plug-ins add
     * more); the file name's extension chooses the format.
     *
     * @return the file chosen, or null when the user cancelled
     */
    static Path askReport(Shell shell, String baseName) {
        List<ReportExporters.Format> formats = ReportExporters.all();
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFileName(baseName + (formats.isEmpty() ? "" : "." + formats.get(0).extension()));
        dialog.setFilterExtensions(formats.stream().map(f -> "*." + f.extension()).toArray(String[]::new));
        dialog.setFilterNames(formats.stream().map(f -> f.name() + " (*." + f.extension() + ")").toArray(String[]::new));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        return chosen == null ? null : Path.of(chosen);
    }

    /** Writes {@code target} in a job; the user sees a refusal (no font, a folder that cannot be written) in a dialog. */
    static void write(Shell shell, Path target, Consumer<Path> writer) {
        FileWriting.inJob(shell, NLS.bind(Messages.reportWriting, target.getFileName()), () -> writer.accept(target),
                e -> Widgets.showRefusal(shell, target.getFileName().toString(), e));
    }
}
