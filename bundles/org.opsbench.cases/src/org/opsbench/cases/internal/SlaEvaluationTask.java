package org.opsbench.cases.internal;

import java.time.Duration;
import java.util.List;

import org.opsbench.cases.CaseSetup;
import org.opsbench.cases.SlaEvaluator;
import org.opsbench.cases.model.SlaEvent;
import org.opsbench.persistence.Database;
import org.opsbench.services.PeriodicTask;

/** Records the reminders, warnings, breaches and escalations that fell due, each once, with their notices. */
public final class SlaEvaluationTask implements PeriodicTask {

    /** Seconds between evaluations (the default suits a service desk; tests set it shorter). */
    private static final Duration INTERVAL = Duration.ofSeconds(Long.getLong("opsbench.cases.evaluationSeconds", 60));

    /** One evaluator for all runs: it remembers when it last evaluated every case, so that most runs read only those due. */
    private SlaEvaluator evaluator;
    private Database evaluated;

    @Override
    public Duration interval() {
        return INTERVAL;
    }

    @Override
    public Outcome run(Context context) {
        if (evaluated != context.database()) {
            CaseSetup.ensureDefaults(context.database()); // the plans the clocks run on, on a database used for cases the first time
            evaluated = context.database();
            evaluator = new SlaEvaluator(evaluated, context.machine());
        }
        List<SlaEvent> recorded = evaluator.run(context.now());
        return Outcome.did(!recorded.isEmpty(), recorded.isEmpty() ? "" : recorded.size() + " events recorded");
    }
}
