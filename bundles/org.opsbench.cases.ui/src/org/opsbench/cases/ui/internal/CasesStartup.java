package org.opsbench.cases.ui.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;
import org.opsbench.cases.CaseSetup;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * After the workbench is up: stores the case defaults the first time, and refreshes the case views
 * whenever a background run (SLA evaluation, outbox delivery; the workbench's scheduler runs them)
 * changed what they show.
 */
public final class CasesStartup implements IStartup {

    @Override
    public void earlyStartup() {
        Job setup = Job.create(Messages.caseSetup, (IProgressMonitor monitor) -> {
            CaseSetup.ensureDefaults(ServiceDesk.database());
            return Status.OK_STATUS;
        });
        setup.setSystem(true);
        setup.schedule();
        ServiceDesk.scheduler().addListener(run -> {
            if (run.outcome().changed()) {
                CaseEvents.changed();
            }
        });
    }
}
