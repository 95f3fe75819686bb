package org.opsbench.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.opsbench.notifications.model.DeliverySettings;
import org.opsbench.notifications.model.DeliveryStatus;
import org.opsbench.notifications.model.NotificationsFactory;
import org.opsbench.notifications.model.OutboxMessage;
import org.opsbench.persistence.ConcurrentChangeException;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.notifications.internal.Messages;

/**
 * Messages are queued in the same transaction as the change they tell about, and delivered later
 * by {@link #deliver}: a channel that fails is retried with doubling waits up to the settings'
 * limit; after the last attempt the message is marked failed and kept. A mail server that is
 * down delays mail, it never loses it. Several workbenches may deliver at once: each message is
 * claimed under the optimistic lock first, so only one of them sends it.
 */
public final class Outbox {

    /** What one delivery round did. */
    public record Report(int sent, int retrying, int failed) {
    }

    /** The channel whose messages are shown in the recipient's workbench. */
    public static final String WORKBENCH_CHANNEL = "workbench";

    private final Database database;
    private final String workbench;

    /** @param workbench a name for this workbench in claims, e.g. host and process id */
    public Outbox(Database database, String workbench) {
        this.database = database;
        this.workbench = workbench;
    }

    /** Adds a message to {@code session}; it is stored with the caller's next save, and only then. */
    public static OutboxMessage queue(ModelSession session, String channel, String recipient, String subject, String body,
            String reference, Instant now) {
        OutboxMessage message = NotificationsFactory.eINSTANCE.createOutboxMessage();
        message.setChannel(channel);
        message.setRecipient(recipient);
        message.setSubject(subject);
        message.setBody(body);
        message.setReference(reference);
        message.setCreatedAt(now);
        message.setStatus(DeliveryStatus.PENDING);
        message.setNextAttemptAt(now);
        session.add(message);
        return message;
    }

    /** @return the stored settings, or defaults (nothing configured) when none are stored yet */
    public static DeliverySettings settings(ModelSession session) {
        List<DeliverySettings> stored = session.findAll(DeliverySettings.class, null);
        return stored.isEmpty() ? NotificationsFactory.eINSTANCE.createDeliverySettings() : stored.get(0);
    }

    /** Tries every message that is due at {@code now}, one by one. */
    public Report deliver(Instant now) {
        List<Long> due = database.list("SELECT m.persistentId FROM OutboxMessage m WHERE m.status = ?1 AND m.nextAttemptAt <= ?2"
                + " AND (m.claimedUntil IS NULL OR m.claimedUntil < ?2) ORDER BY m.nextAttemptAt, m.persistentId", Long.class,
                DeliveryStatus.PENDING, now);
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        for (long id : due) {
            Optional<DeliveryStatus> outcome = deliverOne(id, now);
            if (outcome.isPresent()) {
                switch (outcome.get()) {
                    case SENT -> sent++;
                    case FAILED -> failed++;
                    default -> retrying++;
                }
            }
        }
        return new Report(sent, retrying, failed);
    }

    /** Puts a failed message back in the queue, due now, with a fresh count of attempts. */
    public void retry(long messageId, Instant now) {
        try (ModelSession session = database.openSession()) {
            OutboxMessage message = session.find(OutboxMessage.class, messageId);
            if (message != null && message.getStatus() == DeliveryStatus.FAILED) {
                message.setStatus(DeliveryStatus.PENDING);
                message.setAttempts(0);
                message.setNextAttemptAt(now);
                session.save();
            }
        }
    }

    /** @return the status after the attempt; empty when another workbench had it or it was no longer due */
    private Optional<DeliveryStatus> deliverOne(long id, Instant now) {
        try (ModelSession session = database.openSession()) {
            OutboxMessage message = session.find(OutboxMessage.class, id);
            if (message == null || message.getStatus() != DeliveryStatus.PENDING
                    || message.getClaimedUntil() != null && message.getClaimedUntil().isAfter(now)) {
                return Optional.empty(); // done meanwhile, or being sent by another workbench
            }
            DeliverySettings settings = settings(session);
            // Long enough for one attempt to time out; a workbench that dies mid-send frees the message after it.
            message.setClaimedBy(workbench);
            message.setClaimedUntil(now.plus(Duration.ofSeconds(3L * Math.max(1, settings.getConnectTimeoutSeconds()) + 60)));
            try {
                session.save();
            } catch (ConcurrentChangeException e) {
                return Optional.empty(); // another workbench claimed it first
            }
            String error = null;
            try {
                NotificationChannel channel = NotificationChannels.create(message.getChannel())
                        .orElseThrow(() -> new DeliveryException(Messages.format("channelMissing", message.getChannel())));
                channel.send(new NotificationChannel.Message(message.getRecipient(), message.getSubject(), message.getBody(),
                        message.getReference()), settings);
            } catch (DeliveryException e) {
                error = e.getMessage();
            } catch (RuntimeException e) {
                error = Messages.format("channelCrashed", message.getChannel(), String.valueOf(e));
            }
            message.setAttempts(message.getAttempts() + 1);
            message.setClaimedBy(null);
            message.setClaimedUntil(null);
            if (error == null) {
                message.setStatus(DeliveryStatus.SENT);
                message.setSentAt(now);
                message.setLastError(null);
            } else {
                message.setLastError(error.length() > 1000 ? error.substring(0, 1000) : error);
                if (message.getAttempts() >= settings.getMaxAttempts()) {
                    message.setStatus(DeliveryStatus.FAILED);
                } else {
                    message.setNextAttemptAt(now.plus(backoff(settings, message.getAttempts())));
                }
            }
            try {
                session.save();
            } catch (ConcurrentChangeException e) {
                // Our claim lapsed during a very slow attempt and another workbench took the message over.
                return Optional.empty();
            }
            return Optional.of(message.getStatus());
        }
    }

    /** The wait after the n-th failed attempt: the first wait, doubled each time, never above the maximum. */
    public static Duration backoff(DeliverySettings settings, int failedAttempts) {
        long first = Math.max(1, settings.getFirstRetrySeconds());
        long max = Math.max(first, settings.getMaxRetrySeconds());
        long wait = first;
        for (int i = 1; i < failedAttempts && wait < max; i++) {
            wait *= 2;
        }
        return Duration.ofSeconds(Math.min(wait, max));
    }

    /** @return messages in a status, newest first, at most {@code max}, detached for a list in the workbench */
    public List<OutboxMessage> list(DeliveryStatus status, int max) {
        List<Long> ids = database.listPage("SELECT m.persistentId FROM OutboxMessage m WHERE m.status = ?1"
                + " ORDER BY m.createdAt DESC, m.persistentId DESC", Long.class, 0, max, status);
        List<OutboxMessage> found = new ArrayList<>(ids.size());
        try (ModelSession session = database.openSession()) {
            for (long id : ids) {
                found.add(ModelSession.detachedCopy(session.find(OutboxMessage.class, id)));
            }
        }
        return found;
    }

    /** An in-workbench notification as its recipient sees it. */
    public record Notice(long id, String subject, String body, String reference, Instant createdAt) {
    }

    /** @return the in-workbench notifications delivered to {@code login} and not read yet, newest first */
    public List<Notice> unread(String login, int max) {
        return database.listPage("SELECT m.persistentId, m.subject, m.body, m.reference, m.createdAt FROM OutboxMessage m"
                + " WHERE m.channel = ?1 AND m.recipient = ?2 AND m.status = ?3 AND m.readAt IS NULL"
                + " ORDER BY m.createdAt DESC, m.persistentId DESC", Object[].class, 0, max, WORKBENCH_CHANNEL, login,
                DeliveryStatus.SENT).stream()
                .map(row -> new Notice((Long) row[0], (String) row[1], (String) row[2], (String) row[3], (Instant) row[4]))
                .toList();
    }

    /** Marks in-workbench notifications as read by their recipient. */
    public void markRead(List<Long> messageIds, Instant now) {
        try (ModelSession session = database.openSession()) {
            for (long id : messageIds) {
                OutboxMessage message = session.find(OutboxMessage.class, id);
                if (message != null && message.getReadAt() == null) {
                    message.setReadAt(now);
                }
            }
            session.save();
        }
    }
}
