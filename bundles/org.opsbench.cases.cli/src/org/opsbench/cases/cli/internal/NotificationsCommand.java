package org.opsbench.cases.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.opsbench.cli.api.ContributedCommand;
import org.opsbench.notifications.Outbox;
import org.opsbench.notifications.model.DeliveryStatus;
import org.opsbench.persistence.Database;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * opsbench-cli notifications: what the outbox holds (messages waiting, failed with their last error,
 * sent) and sending a failed message again. Every message that could not be delivered is listed
 * with its reason here, never only in a log.
 */
@Command(name = "notifications", mixinStandardHelpOptions = true, description = "The outbox of e-mail, SMS and workbench notifications.",
        subcommands = { NotificationsCommand.OutboxList.class, NotificationsCommand.Resend.class })
public final class NotificationsCommand extends ContributedCommand {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(out());
        return 2;
    }

    @Command(name = "outbox", mixinStandardHelpOptions = true, description = {
            "Lists the outbox, newest first: waiting and failed messages (with attempts and last error) unless told otherwise." })
    static final class OutboxList implements Callable<Integer> {
        @ParentCommand
        NotificationsCommand notifications;

        @Option(names = "--failed", description = "Only messages that could not be delivered.")
        boolean failed;

        @Option(names = "--sent", description = "Only messages that were delivered.")
        boolean sent;

        @Option(names = "--max", paramLabel = "N", description = "At most N messages of each status (default: ${DEFAULT-VALUE}).")
        int max = 50;

        @Override
        public Integer call() throws IOException {
            List<DeliveryStatus> statuses = failed ? List.of(DeliveryStatus.FAILED)
                    : sent ? List.of(DeliveryStatus.SENT) : List.of(DeliveryStatus.PENDING, DeliveryStatus.FAILED);
            List<Object[]> messages = new ArrayList<>();
            try (Database database = notifications.openDatabase()) {
                for (DeliveryStatus status : statuses) {
                    messages.addAll(database.listPage("SELECT m.persistentId, m.createdAt, m.channel, m.recipient, m.status, m.attempts,"
                            + " m.subject, m.lastError FROM OutboxMessage m WHERE m.status = ?1 ORDER BY m.createdAt DESC, m.persistentId DESC",
                            Object[].class, 0, max, status));
                }
            }
            messages.sort(Comparator.comparing((Object[] row) -> (Instant) row[1]).reversed());
            PrintWriter out = notifications.out();
            if (messages.isEmpty()) {
                out.println("The outbox holds no " + String.join(" or ", statuses.stream().map(DeliveryStatus::getLiteral).toList())
                        + " message.");
                return 0;
            }
            out.printf("%8s  %-20s %-10s %-28s %-8s %8s  %s%n", "ID", "CREATED", "CHANNEL", "RECIPIENT", "STATUS", "ATTEMPTS",
                    "SUBJECT / LAST ERROR");
            for (Object[] row : messages) {
                DeliveryStatus status = (DeliveryStatus) row[4];
                String detail = status == DeliveryStatus.FAILED && row[7] != null ? row[6] + " / " + row[7] : String.valueOf(row[6]);
                out.printf("%8d  %-20s %-10s %-28s %-8s %8d  %s%n", (Long) row[0],
                        ((Instant) row[1]).truncatedTo(java.time.temporal.ChronoUnit.SECONDS), row[2], row[3], status.getLiteral(),
                        (Integer) row[5], detail);
            }
            return 0;
        }
    }

    @Command(name = "resend", mixinStandardHelpOptions = true,
            description = "Puts a failed message back in the queue, due now; the next delivery run sends it.")
    static final class Resend implements Callable<Integer> {
        @ParentCommand
        NotificationsCommand notifications;

        @Parameters(paramLabel = "ID", description = "The message's id, as outbox lists it.")
        long id;

        @Override
        public Integer call() throws IOException {
            try (Database database = notifications.openDatabase()) {
                List<String> recipient = database.list("SELECT m.recipient FROM OutboxMessage m WHERE m.persistentId = ?1 AND m.status = ?2",
                        String.class, id, DeliveryStatus.FAILED);
                if (recipient.isEmpty()) {
                    notifications.err().println("No failed message has the id " + id + " (notifications outbox --failed lists them).");
                    return FAILED;
                }
                new Outbox(database, "opsbench-cli").retry(id, Instant.now());
                notifications.out().println("Message " + id + " to " + recipient.get(0) + " is queued again.");
            }
            return 0;
        }
    }
}
