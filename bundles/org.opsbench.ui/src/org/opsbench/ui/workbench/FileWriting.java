package org.opsbench.ui.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewSite;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.opsbench.ui.internal.Messages;

/**
 * Files the user asks for (a report, an export, a picture): the file dialogs, which open in the
 * folder the user last chose (at first their home folder, never the program's), and the writing in
 * a job, so the UI thread never waits on the disk; when the file is there, the status line says
 * where. The writer goes through AtomicFile (org.opsbench.core) or a writer built on it; a failure
 * comes back on the UI thread to be shown in the module's own words.
 */
public final class FileWriting {

    /** Writes the whole file. */
    public interface Writer {
        void write() throws IOException;
    }

    private static final String LAST_FOLDER = "files.lastFolder";

    private FileWriting() {
    }

    /**
     * Asks where to save a file.
     *
     * @param extensions filter patterns such as "*.pdf", the first chosen at first
     * @param names      what the dialog shows for each pattern, or null
     * @return the file chosen, or null when the user cancelled
     */
    public static Path askSave(Shell shell, String suggestedName, String[] extensions, String[] names) {
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setFilterPath(lastFolder().toString());
        dialog.setFileName(suggestedName);
        dialog.setFilterExtensions(extensions);
        if (names != null) {
            dialog.setFilterNames(names);
        }
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path file = Path.of(chosen);
        remember(file.getParent());
        return file;
    }

    /** Asks for files to read; @return those chosen (empty when the user cancelled) */
    public static List<Path> askOpen(Shell shell, String[] extensions, boolean several) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | (several ? SWT.MULTI : 0));
        dialog.setFilterPath(lastFolder().toString());
        dialog.setFilterExtensions(extensions);
        List<Path> chosen = new ArrayList<>();
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                chosen.add(Path.of(dialog.getFilterPath(), name));
            }
            remember(Path.of(dialog.getFilterPath()));
        }
        return chosen;
    }

    /**
     * Writes {@code target} in a job; once it is written, the status line of the window says where.
     *
     * @param jobName     what the Progress view shows, e.g. "Writing report.pdf"
     * @param showFailure called on the UI thread with what went wrong, unless {@code shell} is gone by then
     */
    public static void inJob(Shell shell, String jobName, Path target, Writer writer, Consumer<Exception> showFailure) {
        Job.create(jobName, (IProgressMonitor monitor) -> {
            try {
                writer.write();
                shell.getDisplay().asyncExec(() -> announce(NLS.bind(Messages.fileWritten, target.toAbsolutePath())));
            } catch (IOException | RuntimeException e) {
                shell.getDisplay().asyncExec(() -> {
                    if (!shell.isDisposed()) {
                        showFailure.accept(e);
                    }
                });
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    /** Says {@code message} in the status line of the active part of the active window. */
    private static void announce(String message) {
        IWorkbenchWindow window = PlatformUI.isWorkbenchRunning() ? PlatformUI.getWorkbench().getActiveWorkbenchWindow() : null;
        IWorkbenchPart part = window == null || window.getActivePage() == null ? null : window.getActivePage().getActivePart();
        if (part == null) {
            return;
        }
        if (part.getSite() instanceof IEditorSite editor) {
            editor.getActionBars().getStatusLineManager().setMessage(message);
        } else if (part.getSite() instanceof IViewSite view) {
            view.getActionBars().getStatusLineManager().setMessage(message);
        }
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.opsbench.ui");
    }

    private static Path lastFolder() {
        String stored = preferences().get(LAST_FOLDER, null);
        if (stored != null && Files.isDirectory(Path.of(stored))) {
            return Path.of(stored);
        }
        return Path.of(System.getProperty("user.home"));
    }

    private static void remember(Path folder) {
        if (folder != null) {
            preferences().put(LAST_FOLDER, folder.toAbsolutePath().toString());
        }
    }
}
