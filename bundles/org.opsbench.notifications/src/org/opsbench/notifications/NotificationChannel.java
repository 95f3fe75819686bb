package org.opsbench.notifications;

import org.opsbench.notifications.model.DeliverySettings;

/**
 * A way a message leaves OpsBench, contributed through {@code org.opsbench.notifications.channels}.
 * The outbox calls {@link #send} off the UI thread, one message at a time, and retries later with
 * back-off when it throws: an implementation reports every failure as a {@link DeliveryException}
 * whose message says, in the server's words where possible, why.
 */
public interface NotificationChannel {

    /** What is to be delivered. */
    record Message(String recipient, String subject, String body, String reference) {
    }

    void send(Message message, DeliverySettings settings) throws DeliveryException;
}
