package org.opsbench.notifications.internal;

import org.opsbench.notifications.DeliveryException;
import org.opsbench.notifications.NotificationChannel;

import org.opsbench.notifications.model.DeliverySettings;

/**
 * In-workbench notifications: the stored outbox message is the notification, shown to the user
 * whose login is the recipient. Delivering it only marks it as ready to show.
 */
public final class WorkbenchChannel implements NotificationChannel {

    @Override
    public void send(Message message, DeliverySettings settings) throws DeliveryException {
        if (message.recipient() == null || message.recipient().isBlank()) {
            throw new DeliveryException(Messages.format("workbenchNoUser"));
        }
    }
}
