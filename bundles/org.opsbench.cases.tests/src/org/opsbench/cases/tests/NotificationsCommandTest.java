package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.opsbench.cli.api.OpsBenchCli;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.notifications.Outbox;
import org.opsbench.notifications.model.DeliveryStatus;
import org.opsbench.notifications.model.OutboxMessage;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;

/** opsbench-cli notifications outbox and resend, contributed by the case feature's command plug-in, on a real workspace database. */
@ExtendWith(EnglishLocale.class)
class NotificationsCommandTest {

    record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path workspace;

    @Test
    void theOutboxListsWhatCouldNotBeDeliveredWithItsReasonAndAFailedMessageIsSentAgain() throws Exception {
        long failedId;
        try (Database database = CaseFixture.open(workspace.resolve("database")); ModelSession session = database.openSession()) {
            Instant now = Instant.parse("2026-12-08T01:00:00Z");
            Outbox.queue(session, "email", "wang.lei@example.invalid", "Case C-1 assigned to you", "Body", "C-1", now);
            OutboxMessage failed = Outbox.queue(session, "sms", "zhao.min", "Case C-2 escalated", "Body", "C-2", now.plusSeconds(60));
            failed.setStatus(DeliveryStatus.FAILED);
            failed.setAttempts(5);
            failed.setLastError("zhao.min has no mobile number");
            session.save();
            failedId = ((PersistentObject) failed).getPersistentId();
        }

        Run all = run("--workspace", workspace.toString(), "notifications", "outbox");
        assertEquals(0, all.exitCode(), all.err());
        assertTrue(all.out().contains("pending") && all.out().contains("wang.lei@example.invalid"), all.out());
        assertTrue(all.out().lines().anyMatch(line -> line.contains(" sms ") && line.contains("failed")
                && line.contains("Case C-2 escalated / zhao.min has no mobile number")), all.out());

        Run failedOnly = run("--workspace", workspace.toString(), "notifications", "outbox", "--failed");
        assertEquals(2, failedOnly.out().strip().lines().count(), "a header and the failed message:\n" + failedOnly.out());
        assertTrue(failedOnly.out().lines().skip(1).findFirst().orElseThrow().strip().startsWith(failedId + "  "), failedOnly.out());

        Run unknown = run("--workspace", workspace.toString(), "notifications", "resend", "99999");
        assertEquals(1, unknown.exitCode());
        assertEquals("No failed message has the id 99999 (notifications outbox --failed lists them).", unknown.err().strip());

        Run resend = run("--workspace", workspace.toString(), "notifications", "resend", Long.toString(failedId));
        assertEquals(0, resend.exitCode(), resend.err());
        assertEquals("Message " + failedId + " to zhao.min is queued again.", resend.out().strip());
        assertEquals("The outbox holds no failed message.", run("--workspace", workspace.toString(), "notifications", "outbox", "--failed")
                .out().strip());
        try (Database database = CaseFixture.open(workspace.resolve("database"))) {
            assertEquals(java.util.List.of(0), database.list("SELECT m.attempts FROM OutboxMessage m WHERE m.persistentId = ?1 AND m.status = ?2",
                    Integer.class, failedId, DeliveryStatus.PENDING), "queued again with a fresh count of attempts");
        }
    }

    private static Run run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OpsBenchCli.run(arguments, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }
}
