package org.opsbench.cases.internal;

import java.time.Duration;

import org.opsbench.cases.CaseWords;
import org.opsbench.services.PeriodicTask;

/** Indexes the words of cases not indexed at their stored version (all of them, the first time), for the search. */
public final class WordIndexingTask implements PeriodicTask {

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public Outcome run(Context context) {
        CaseWords.catchUp(context.database(), null);
        return Outcome.NOTHING;
    }
}
