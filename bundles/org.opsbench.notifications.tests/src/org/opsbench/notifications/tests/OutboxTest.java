package org.opsbench.notifications.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsbench.notifications.Outbox;
import org.opsbench.notifications.Outbox.Report;
import org.opsbench.notifications.model.DeliverySettings;
import org.opsbench.notifications.model.DeliveryStatus;
import org.opsbench.notifications.model.NotificationsFactory;
import org.opsbench.notifications.model.NotificationsPackage;
import org.opsbench.notifications.model.OutboxMessage;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseSettings;
import org.opsbench.persistence.ModelSession;

/** The outbox against real servers: GreenMail for SMTP, the JDK's HTTP server as SMS gateway, embedded Derby. */
class OutboxTest {

    private static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    private static final String ENGINEER = "gao.lei@opsbench-demo.example";

    @TempDir
    Path folder;
    private Database database;
    private final Locale original = Locale.getDefault();

    @BeforeEach
    void open() {
        Locale.setDefault(Locale.ENGLISH);
        database = Database.open(DatabaseSettings.embedded(folder.resolve("db")), List.of(NotificationsPackage.eINSTANCE));
    }

    @AfterEach
    void close() {
        database.close();
        Locale.setDefault(original);
    }

    @Test
    void aMailServerThatIsDownDelaysMailButNeverLosesItAndChineseArrivesIntact() throws Exception {
        int port = GreenMailProcess.freePort();
        settings(s -> {
            s.setSmtpHost("127.0.0.1");
            s.setSmtpPort(port);
        });
        long id = queue("email", ENGINEER, "\u5de5\u5355 C-20261123-0001 \u5df2\u5206\u6d3e\u7ed9\u60a8",
                "P1 \u6838\u5fc3\u4ea4\u6362\u673a\u5b95\u673a\nQinghe Water Works, Head office");

        assertEquals(new Report(0, 1, 0), outbox().deliver(T0), "nobody listens on the port yet");
        OutboxMessage waiting = stored(id);
        assertEquals(DeliveryStatus.PENDING, waiting.getStatus());
        assertEquals(1, waiting.getAttempts());
        assertEquals(T0.plusSeconds(60), waiting.getNextAttemptAt());
        assertTrue(waiting.getLastError().startsWith("The mail server 127.0.0.1:" + port + " did not accept the message: Couldn't connect"),
                waiting.getLastError());

        assertEquals(new Report(0, 0, 0), outbox().deliver(T0.plusSeconds(30)), "not due again before the back-off ends");
        try (GreenMailProcess greenMail = GreenMailProcess.start(port, "")) {
            assertEquals(new Report(1, 0, 0), outbox().deliver(T0.plusSeconds(61)));
            OutboxMessage sent = stored(id);
            assertEquals(DeliveryStatus.SENT, sent.getStatus());
            assertEquals(2, sent.getAttempts());
            assertEquals(null, sent.getLastError());
            List<GreenMailProcess.Received> mails = greenMail.mailbox(ENGINEER, "any");
            assertEquals(1, mails.size());
            assertEquals("hotline@opsbench-demo.example", mails.get(0).from());
            assertEquals("\u5de5\u5355 C-20261123-0001 \u5df2\u5206\u6d3e\u7ed9\u60a8", mails.get(0).subject());
            assertEquals("P1 \u6838\u5fc3\u4ea4\u6362\u673a\u5b95\u673a\r\nQinghe Water Works, Head office".replace("\r\n", "\n"),
                    mails.get(0).text().replace("\r\n", "\n"));
            assertEquals(new Report(0, 0, 0), outbox().deliver(T0.plusSeconds(3600)), "sent once, never again");
        }
    }

    @Test
    void aServerThatRejectsTheLoginIsRetriedWithDoublingWaitsThenMarkedFailedAndCanBeSentAgain() throws Exception {
        int port = GreenMailProcess.freePort();
        try (GreenMailProcess greenMail = GreenMailProcess.start(port, "ops:secret@localhost")) {
            settings(s -> {
                s.setSmtpHost("127.0.0.1");
                s.setSmtpPort(port);
                s.setSmtpUser("ops");
                s.setSmtpPassword("wrong");
                s.setMaxAttempts(3);
            });
            long id = queue("email", "ops@localhost", "Case C-7 escalated", "Technical manager notified.");
            assertEquals(new Report(0, 1, 0), outbox().deliver(T0));
            assertTrue(stored(id).getLastError().contains("535"), stored(id).getLastError());
            assertEquals(T0.plusSeconds(60), stored(id).getNextAttemptAt());
            assertEquals(new Report(0, 1, 0), outbox().deliver(T0.plusSeconds(60)));
            assertEquals(T0.plusSeconds(60 + 120), stored(id).getNextAttemptAt(), "the wait doubles");
            assertEquals(new Report(0, 0, 1), outbox().deliver(T0.plusSeconds(180)));
            OutboxMessage failed = stored(id);
            assertEquals(DeliveryStatus.FAILED, failed.getStatus());
            assertEquals("Case C-7 escalated", failed.getSubject(), "kept, with its text");
            assertEquals(List.of(failed.getSubject()), outbox().list(DeliveryStatus.FAILED, 10).stream().map(OutboxMessage::getSubject).toList());

            settings(s -> s.setSmtpPassword("secret"));
            outbox().retry(id, T0.plusSeconds(600));
            assertEquals(new Report(1, 0, 0), outbox().deliver(T0.plusSeconds(600)));
            assertEquals(List.of("Case C-7 escalated"), greenMail.mailbox("ops", "secret").stream().map(m -> m.subject()).toList());
        }
    }

    @Test
    void smsGoesThroughTheHttpGatewayAndABusyGatewayIsRetried() throws Exception {
        List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        List<String> tokens = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger calls = new AtomicInteger();
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.createContext("/sms", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            tokens.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] answer = (calls.incrementAndGet() == 1 ? "busy, try later" : "{\"id\":\"m-1\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(calls.get() == 1 ? 503 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        gateway.start();
        try {
            settings(s -> {
                s.setSmsGatewayUrl("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
                s.setSmsGatewayToken("t0k3n");
            });
            long id = queue("sms", "+86 139 5555 0101", "Case C-1", "P1 \"core\" switch down");
            assertEquals(new Report(0, 1, 0), outbox().deliver(T0));
            assertEquals("The SMS gateway answered 503: busy, try later", stored(id).getLastError());
            assertEquals(new Report(1, 0, 0), outbox().deliver(T0.plusSeconds(60)));
            assertEquals("{\"to\":\"+86 139 5555 0101\",\"text\":\"Case C-1: P1 \\\"core\\\" switch down\",\"reference\":\"C-1\"}",
                    bodies.get(1));
            assertEquals(List.of("Bearer t0k3n", "Bearer t0k3n"), tokens);
        } finally {
            gateway.stop(0);
        }
    }

    @Test
    void twoWorkbenchesDeliveringAtOnceSendEachMessageExactlyOnce() throws Exception {
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        HttpServer gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        gateway.setExecutor(Executors.newFixedThreadPool(4));
        gateway.createContext("/sms", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String reference = body.substring(body.indexOf("\"reference\":\"") + 13, body.lastIndexOf('"'));
            received.computeIfAbsent(reference, r -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        gateway.start();
        try {
            settings(s -> s.setSmsGatewayUrl("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms"));
            for (int i = 1; i <= 30; i++) {
                queue("sms", "+86 139 5555 0" + (100 + i), "Case C-" + i, "reminder", "C-" + i);
            }
            ExecutorService workbenches = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Report>> reports = new ArrayList<>();
            // A second workbench: its own Database (own connection pool and cache) on the same database.
            try (Database other = Database.open(database.settings(), List.of(NotificationsPackage.eINSTANCE))) {
                for (Outbox outbox : List.of(new Outbox(database, "workbench-a"), new Outbox(other, "workbench-b"))) {
                    reports.add(workbenches.submit(() -> {
                        start.await();
                        return outbox.deliver(T0);
                    }));
                }
                start.countDown();
                int sent = 0;
                for (Future<Report> report : reports) {
                    sent += report.get().sent();
                }
                assertEquals(30, sent, "together they sent all");
            }
            workbenches.shutdown();
            assertEquals(30, received.size());
            received.forEach((reference, count) -> assertEquals(1, count.get(), reference + " sent " + count + " times"));
        } finally {
            gateway.stop(0);
        }
    }

    @Test
    void aMessageForAChannelThatIsNotInstalledEndsAsFailedWithTheReasonAndTheWaitsAreCapped() {
        settings(s -> s.setMaxAttempts(2));
        long id = queue("pager", "duty-officer", "Case C-3", "breach");
        outbox().deliver(T0);
        outbox().deliver(T0.plusSeconds(60));
        assertEquals(DeliveryStatus.FAILED, stored(id).getStatus());
        assertEquals("No notification channel \"pager\" is installed.", stored(id).getLastError());

        DeliverySettings defaults = NotificationsFactory.eINSTANCE.createDeliverySettings();
        assertEquals(List.of(60L, 120L, 240L, 480L, 960L, 1920L, 3600L, 3600L),
                java.util.stream.IntStream.rangeClosed(1, 8).mapToObj(n -> Outbox.backoff(defaults, n)).map(Duration::toSeconds).toList());
    }

    // ---- helpers ----

    private Outbox outbox() {
        return new Outbox(database, "test-workbench");
    }

    private void settings(Consumer<DeliverySettings> change) {
        try (ModelSession session = database.openSession()) {
            List<DeliverySettings> stored = session.findAll(DeliverySettings.class, null);
            DeliverySettings settings = stored.isEmpty() ? NotificationsFactory.eINSTANCE.createDeliverySettings() : stored.get(0);
            if (stored.isEmpty()) {
                settings.setSender("hotline@opsbench-demo.example");
                settings.setConnectTimeoutSeconds(5);
                session.add(settings);
            }
            change.accept(settings);
            session.save();
        }
    }

    private long queue(String channel, String recipient, String subject, String body) {
        return queue(channel, recipient, subject, body, subject.replace("Case ", ""));
    }

    private long queue(String channel, String recipient, String subject, String body, String reference) {
        try (ModelSession session = database.openSession()) {
            OutboxMessage message = Outbox.queue(session, channel, recipient, subject, body, reference, T0);
            session.save();
            return ((org.opsbench.model.base.PersistentObject) message).getPersistentId();
        }
    }

    private OutboxMessage stored(long id) {
        try (ModelSession session = database.openSession()) {
            return ModelSession.detachedCopy(session.find(OutboxMessage.class, id));
        }
    }
}
