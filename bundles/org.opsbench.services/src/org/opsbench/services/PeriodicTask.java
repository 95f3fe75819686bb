package org.opsbench.services;

import java.time.Duration;
import java.time.Instant;

import org.opsbench.persistence.Database;

/**
 * Work a module repeats in the background, contributed through {@code org.opsbench.services.periodicTasks}
 * and run by the {@link Scheduler} of a workbench or of the headless service runner. A task keeps no
 * state that another machine would need: it derives its work from the database.
 */
public interface PeriodicTask {

    /** What one run is given: the open database, the machine it runs on (for records), and the time. */
    record Context(Database database, String machine, Instant now) {
    }

    /**
     * What one run did.
     *
     * @param changed whether it changed what views show (they refresh then)
     * @param summary what it did in a few words, e.g. "12 events recorded"; empty when there was nothing to do
     */
    record Outcome(boolean changed, String summary) {

        public static final Outcome NOTHING = new Outcome(false, "");

        public static Outcome did(boolean changed, String summary) {
            return new Outcome(changed, summary == null ? "" : summary);
        }
    }

    /** @return the time from the end of one run to the start of the next */
    Duration interval();

    /**
     * Runs once. A failure is recorded and the task runs again after its interval: a database that
     * is briefly away must not stop the clocks.
     *
     * @throws Exception what went wrong, recorded with the run
     */
    Outcome run(Context context) throws Exception;
}
