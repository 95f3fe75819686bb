package org.opsbench.cases.ui.internal;

import java.time.Duration;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchListener;
import org.eclipse.ui.PlatformUI;
import org.opsbench.cases.CaseSetup;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * After the workbench is up: stores the case defaults the first time, then keeps the SLA evaluation,
 * the outbox delivery and the search's word index running in the background until the workbench closes.
 */
public final class CasesStartup implements IStartup {

    /** Seconds between SLA evaluations (the default suits a service desk; tests set it shorter). */
    static final Duration EVALUATION_INTERVAL = Duration.ofSeconds(Long.getLong("opsbench.cases.evaluationSeconds", 60));
    static final Duration DELIVERY_INTERVAL = Duration.ofSeconds(Long.getLong("opsbench.notifications.deliverySeconds", 30));

    @Override
    public void earlyStartup() {
        Job setup = Job.create(Messages.caseSetup, (IProgressMonitor monitor) -> {
            CaseSetup.ensureDefaults(ServiceDesk.database());
            return Status.OK_STATUS;
        });
        setup.setSystem(true);
        setup.addJobChangeListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (event.getResult().getSeverity() != IStatus.CANCEL) {
                    new BackgroundJob.SlaEvaluation().schedule();
                    new BackgroundJob.OutboxDelivery().schedule();
                    new BackgroundJob.WordIndexing().schedule();
                }
            }
        });
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.addWorkbenchListener(new IWorkbenchListener() {
            @Override
            public boolean preShutdown(IWorkbench closing, boolean forced) {
                BackgroundJob.stopAll();
                return true;
            }

            @Override
            public void postShutdown(IWorkbench closed) {
                // the jobs were stopped before the database closes
            }
        });
        setup.schedule();
    }
}
