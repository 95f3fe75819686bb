package org.opsbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.derby.drda.NetworkServerControl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The headless service runner as an office runs it: the product with case management and the
 * command line, a Derby network server as the shared database, and two runners serving it at once
 * with no workbench open. A P1 is opened from the command line (as a monitoring alarm would); the
 * runners' clocks run two days ahead (a rehearsal option), so its targets fall due: the runners
 * record the breaches and escalations, each event exactly once, report their runs, show in the
 * service health, and stop cleanly on SIGTERM.
 */
class ServiceRunnerTest {

    private static final String READY = "OpsBench service runner ready";
    private static final String SLA_TASK = "Evaluating case deadlines";

    @TempDir
    Path temp;

    @Test
    void twoRunnersServeASharedDatabaseWithoutAWorkbenchAndRecordEveryEventOnce() throws Exception {
        Product product = Product.freshCopy(temp.resolve("install"));
        Product.Result install = product.director("-installIU", "org.opsbench.cli.feature.feature.group,org.opsbench.cases.feature.feature.group");
        assertEquals(0, install.exitCode(), install.output());
        Path cli = product.home.resolve("opsbench-cli");

        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        System.setProperty("derby.system.home", Files.createDirectories(temp.resolve("derby-server")).toString());
        NetworkServerControl server = new NetworkServerControl(InetAddress.getLoopbackAddress(), port);
        server.start(new PrintWriter(Files.newBufferedWriter(temp.resolve("derby-server.log"))));
        try {
            awaitServer(server);
            String url = "jdbc:derby://127.0.0.1:" + port + "/opsbench;create=true";
            Product.Result sample = Product.run(List.of(cli.toString(), "--db-url", url, "generate-sample-data", "--language", "en"), temp,
                    Map.of(), Duration.ofMinutes(5));
            assertEquals(0, sample.exitCode(), sample.output());
            // A monitoring system opens a P1 at night; nobody is logged in.
            Product.Result opened = Product.run(List.of(cli.toString(), "--db-url", url, "open-case", "--caller", "C-0001", "--severity", "P1",
                    "--title", "Core router down at the head office"), temp, Map.of(), Duration.ofMinutes(2));
            assertEquals(0, opened.exitCode(), opened.output());
            assertTrue(opened.output().matches("(?s)Opened C-\\d{8}-\\d{4} \\(P1\\) for C-0001 .*"), opened.output());
            int before = count(port, "SELECT COUNT(*) FROM OB_SLA_EVENT");

            List<Process> runners = new ArrayList<>();
            List<StringBuilder> outputs = new ArrayList<>();
            for (String machine : List.of("runner-a", "runner-b")) {
                StringBuilder output = new StringBuilder();
                runners.add(Product.startAndAwait(List.of(cli.toString(), "--db-url", url, "serve", "--machine", machine, "--clock-ahead", "P2D"),
                        temp, Map.of(), READY, Duration.ofMinutes(3), output));
                outputs.add(output);
            }
            try {
                for (StringBuilder output : outputs) {
                    Product.awaitLine(output, SLA_TASK, Duration.ofMinutes(3));
                    synchronized (output) {
                        assertTrue(output.toString().contains(READY + ": Derby server jdbc:derby://127.0.0.1:"), output.toString());
                    }
                }
                // Both ran their first evaluation; between them they recorded what fell due in the two days.
                assertTrue(outputs.stream().anyMatch(output -> text(output).matches("(?s).*" + SLA_TASK + "  \\d+ ms  \\d+ events recorded.*")),
                        text(outputs.get(0)) + "\n---\n" + text(outputs.get(1)));

                Product.Result status = Product.run(List.of(cli.toString(), "--db-url", url, "serve", "--status"), temp, Map.of(),
                        Duration.ofMinutes(2));
                assertEquals(0, status.exitCode(), status.output());
                assertTrue(status.output().contains("runner-a") && status.output().contains("runner-b")
                        && status.output().contains(SLA_TASK) && status.output().contains("Delivering notifications"), status.output());
            } finally {
                for (Process runner : runners) {
                    runner.toHandle().destroy(); // SIGTERM, as systemd stops a service (Process.destroy would close its output first)
                }
            }
            for (int i = 0; i < runners.size(); i++) {
                assertTrue(runners.get(i).waitFor(2, TimeUnit.MINUTES), "the runner stops on SIGTERM:\n" + text(outputs.get(i)));
                Product.awaitLine(outputs.get(i), "  stopped", Duration.ofSeconds(30)); // the reader may still be reading its last lines
                String output = text(outputs.get(i));
                assertTrue(output.contains("stopping: waiting for runs under way") && output.strip().endsWith("stopped"), output);
            }

            int after = count(port, "SELECT COUNT(*) FROM OB_SLA_EVENT");
            int byRunners = count(port, "SELECT COUNT(*) FROM OB_SLA_EVENT WHERE RECORDED_BY IN ('runner-a', 'runner-b')");
            assertTrue(after > before && byRunners == after - before, "events before " + before + ", after " + after + ", by the runners "
                    + byRunners);
            assertEquals(0, count(port, "SELECT COUNT(*) FROM (SELECT SERVICE_CASE_ID, EVENT_KEY FROM OB_SLA_EVENT"
                    + " GROUP BY SERVICE_CASE_ID, EVENT_KEY HAVING COUNT(*) > 1) AS TWICE"), "no event recorded twice");
        } finally {
            server.shutdown();
        }
    }

    private static void awaitServer(NetworkServerControl server) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            try {
                server.ping();
                return;
            } catch (Exception notYet) {
                if (Instant.now().isAfter(deadline)) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }

    private static int count(int port, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:derby://127.0.0.1:" + port + "/opsbench");
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static String text(StringBuilder output) {
        synchronized (output) {
            return output.toString();
        }
    }
}
