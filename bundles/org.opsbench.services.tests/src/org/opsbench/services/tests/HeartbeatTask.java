package org.opsbench.services.tests;

import java.time.Duration;

import org.opsbench.services.PeriodicTask;

/** The task this bundle contributes: counts its runs. */
public class HeartbeatTask implements PeriodicTask {

    @Override
    public Duration interval() {
        return Duration.ofHours(1);
    }

    @Override
    public Outcome run(Context context) {
        return Outcome.did(false, "beat on " + context.machine());
    }
}
