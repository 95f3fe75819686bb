package org.opsbench.notifications.internal;

import java.time.Duration;

import org.opsbench.notifications.Outbox;
import org.opsbench.services.PeriodicTask;

/** Sends what the outbox holds (e-mail, SMS, workbench notices), with retries and back-off. */
public final class OutboxDeliveryTask implements PeriodicTask {

    /** Seconds between deliveries (tests set it shorter). */
    private static final Duration INTERVAL = Duration.ofSeconds(Long.getLong("opsbench.notifications.deliverySeconds", 30));

    @Override
    public Duration interval() {
        return INTERVAL;
    }

    @Override
    public Outcome run(Context context) {
        Outbox.Report report = new Outbox(context.database(), context.machine()).deliver(context.now());
        int handled = report.sent() + report.failed();
        return Outcome.did(handled > 0, handled == 0 ? "" : report.sent() + " sent, " + report.failed() + " failed");
    }
}
