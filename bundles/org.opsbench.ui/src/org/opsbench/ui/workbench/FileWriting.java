package org.opsbench.ui.workbench;

import java.io.IOException;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Shell;

/**
 * Writes a file the user asked for (a report, an export, a picture) in a job, so the UI thread never
 * waits on the disk. The writer goes through AtomicFile (org.opsbench.core) or a writer
 * built on it; a failure comes back on the UI thread to be shown in the module's own words.
 */
public final class FileWriting {

    /** Writes the whole file. */
    public interface Writer {
        void write() throws IOException;
    }

    private FileWriting() {
    }

    /**
     * @param jobName what the Progress view shows, e.g. "Writing report.pdf"
     * @param showFailure called on the UI thread with what went wrong, unless {@code shell} is gone by then
     */
    public static void inJob(Shell shell, String jobName, Writer writer, Consumer<Exception> showFailure) {
        Job.create(jobName, (IProgressMonitor monitor) -> {
            try {
                writer.write();
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
}
