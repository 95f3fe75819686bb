package org.opsbench.cases.ui.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.opsbench.cases.SlaEvaluator;
import org.opsbench.cases.model.SlaEvent;
import org.opsbench.notifications.Outbox;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * Work that repeats while the workbench runs, off the UI thread and out of the user's way (system
 * jobs). Everything it does is derived from the database, so several workbenches may run it at once.
 */
abstract class BackgroundJob extends Job {

    static final Object FAMILY = BackgroundJob.class;
    private static volatile boolean stopped;

    private final Duration interval;

    BackgroundJob(String name, Duration interval) {
        super(name);
        this.interval = interval;
        setSystem(true);
    }

    @Override
    protected final IStatus run(IProgressMonitor monitor) {
        try {
            if (runOnce(Instant.now())) {
                CaseEvents.changed();
            }
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (RuntimeException e) {
            // Logged, and tried again at the next interval: a database that is briefly away must not stop the clocks.
            ILog.of(BackgroundJob.class).error(getName() + ": " + e.getMessage(), e);
        }
        if (!stopped && !monitor.isCanceled()) {
            schedule(interval.toMillis());
        }
        return Status.OK_STATUS;
    }

    /** @return whether anything changed that views show */
    abstract boolean runOnce(Instant now);

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** Stops the repetition and waits (briefly) for a running round, so that the database can be closed. */
    static void stopAll() {
        stopped = true;
        Job.getJobManager().cancel(FAMILY);
        try {
            Job.getJobManager().join(FAMILY, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Records reminders, warnings, breaches and escalations that fell due, each once, with their notices. */
    static final class SlaEvaluation extends BackgroundJob {
        /** One for all runs: it remembers when it last evaluated every case, so that most runs read only those due. */
        private SlaEvaluator evaluator;
        private org.opsbench.persistence.Database evaluated;

        SlaEvaluation() {
            super(Messages.slaEvaluation, CasesStartup.EVALUATION_INTERVAL);
        }

        @Override
        boolean runOnce(Instant now) {
            if (evaluated != ServiceDesk.database()) {
                evaluated = ServiceDesk.database();
                evaluator = new SlaEvaluator(evaluated, ServiceDesk.workbenchName());
            }
            List<SlaEvent> recorded = evaluator.run(now);
            return !recorded.isEmpty();
        }
    }

    /** Indexes the words of cases not indexed at their stored version (all of them, the first time), for the search. */
    static final class WordIndexing extends BackgroundJob {
        WordIndexing() {
            super(Messages.wordIndexing, Duration.ofHours(1));
        }

        @Override
        boolean runOnce(Instant now) {
            org.opsbench.cases.CaseWords.catchUp(ServiceDesk.database(), null);
            return false;
        }
    }

    /** Sends what the outbox holds (e-mail, SMS, workbench notices), with retries and back-off. */
    static final class OutboxDelivery extends BackgroundJob {
        OutboxDelivery() {
            super(Messages.outboxDelivery, CasesStartup.DELIVERY_INTERVAL);
        }

        @Override
        boolean runOnce(Instant now) {
            Outbox.Report report = new Outbox(ServiceDesk.database(), ServiceDesk.workbenchName()).deliver(now);
            return report.sent() + report.failed() > 0;
        }
    }
}
