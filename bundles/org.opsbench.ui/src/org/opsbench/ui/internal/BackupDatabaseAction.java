package org.opsbench.ui.internal;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchWindow;
import org.opsbench.persistence.DatabaseBackup;
import org.opsbench.persistence.DatabaseException;

/**
 * File &gt; Back Up Database: asks for a folder, then copies the open database there in a job
 * with progress, while everyone keeps working. Derby's copy cannot be interrupted once it
 * runs; a cancelled backup removes its copy when Derby returns, so no half-wanted backup stays.
 */
final class BackupDatabaseAction extends Action {

    private final IWorkbenchWindow window;

    BackupDatabaseAction(IWorkbenchWindow window) {
        super(Messages.menuBackup);
        this.window = window;
        setId("org.opsbench.ui.backupDatabase");
    }

    @Override
    public void run() {
        Path suggested = Path.of(System.getProperty("user.home"), "opsbench-backups",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm")));
        BackupDialog dialog = new BackupDialog(window.getShell(), suggested);
        if (dialog.open() == BackupDialog.OK) {
            schedule(dialog.folder(), window.getShell().getDisplay());
        }
    }

    /** Runs the backup as a user job: the platform shows its progress, with Cancel and Run in Background. */
    static Job schedule(Path folder, Display display) {
        Job job = Job.create(NLS.bind(Messages.backupJob, folder), (IProgressMonitor monitor) -> {
            monitor.beginTask(NLS.bind(Messages.backupJob, folder), IProgressMonitor.UNKNOWN);
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            Path copy;
            try {
                copy = DatabaseBackup.backup(OpsBenchDatabase.get(), folder);
            } catch (DatabaseException e) {
                display.asyncExec(() -> MessageDialog.openError(null, Messages.backupFailed, e.getMessage()));
                return Status.OK_STATUS; // already explained to the user; not an internal error
            }
            if (monitor.isCanceled()) {
                try {
                    DatabaseBackup.discard(copy);
                } catch (DatabaseException e) {
                    display.asyncExec(() -> MessageDialog.openError(null, Messages.backupFailed, e.getMessage()));
                    return Status.CANCEL_STATUS;
                }
                display.asyncExec(() -> MessageDialog.openInformation(null, Messages.backupTitle,
                        NLS.bind(Messages.backupCancelled, copy)));
                return Status.CANCEL_STATUS;
            }
            display.asyncExec(() -> MessageDialog.openInformation(null, Messages.backupTitle, NLS.bind(Messages.backupDone, copy)));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
        return job;
    }
}
