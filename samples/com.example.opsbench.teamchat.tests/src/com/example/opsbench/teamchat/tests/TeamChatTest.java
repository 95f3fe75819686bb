package com.example.opsbench.teamchat.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsbench.cases.CaseChannels;
import org.opsbench.cases.CaseTypes;
import org.opsbench.cases.CaseWorkflow;
import org.opsbench.cases.DashboardChart;
import org.opsbench.cases.DashboardCharts;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.notifications.DeliveryException;
import org.opsbench.notifications.NotificationChannel;
import org.opsbench.notifications.NotificationChannels;
import org.opsbench.notifications.model.DeliverySettings;
import org.opsbench.notifications.model.NotificationsFactory;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseSettings;
import org.opsbench.persistence.ModelPackages;
import org.opsbench.persistence.ModelSession;
import org.opsbench.reports.Report;
import org.opsbench.reports.ReportExporters;

import com.example.opsbench.teamchat.SecurityIncidentChart;
import com.sun.net.httpserver.HttpServer;

/** The plug-in's contributions, as OpsBench's own registries see them: its channel against a real HTTP server, its report format. */
class TeamChatTest {

    private static final String PLUG_IN = "com.example.opsbench.teamchat";

    @Test
    void theDashboardCountsTheSecurityIncidentsOfEachWeek(@TempDir Path folder) {
        DashboardCharts.Chart chart = DashboardCharts.all().stream().filter(c -> c.id().equals("com.example.security-incidents"))
                .findFirst().orElseThrow();
        assertEquals("Security incidents per week", chart.name());
        assertEquals(PLUG_IN, chart.contributor());

        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant wednesday = LocalDateTime.of(2026, 11, 18, 10, 0).atZone(shanghai).toInstant();
        Database database = Database.open(DatabaseSettings.embedded(folder.resolve("db")), ModelPackages.contributed());
        try (ModelSession session = database.openSession()) {
            int number = 0;
            for (long daysAgo : new long[] { 0, 2, 8, 40 }) { // this week twice, last week, and long before
                session.add(incident("S-" + ++number, SecurityIncidentChart.CASE_TYPE, wednesday.minus(Duration.ofDays(daysAgo))));
            }
            session.add(incident("S-" + ++number, "consultation", wednesday));
            session.save();

            DashboardChart.Figure figure = DashboardCharts.draw(new DashboardChart.Scope(database, wednesday, shanghai, 3, null)).stream()
                    .filter(d -> d.chart().id().equals(chart.id())).findFirst().orElseThrow().figure();
            assertEquals("Security incidents per week", figure.title());
            assertEquals(List.of("11/2", "11/9", "11/16"), figure.categories(), "three weeks by their Mondays, this one last");
            assertArrayEquals(new double[] { 0, 1, 2 }, figure.series().get(0).values());
        } finally {
            database.close();
        }
    }

    private static ServiceCase incident(String number, String caseType, Instant openedAt) {
        ServiceCase serviceCase = CasesFactory.eINSTANCE.createServiceCase();
        CaseWorkflow.open(serviceCase, number, openedAt, "sample");
        serviceCase.setCaseType(caseType);
        serviceCase.setSeverity("P2");
        return serviceCase;
    }

    @Test
    void opsBenchOffersTheChannelAndTheCaseType() {
        CaseChannels.Channel chat = CaseChannels.all().stream().filter(c -> c.id().equals("com.example.teamchat")).findFirst().orElseThrow();
        assertEquals("Team chat", chat.name());
        assertEquals(PLUG_IN, chat.contributor());
        assertTrue(CaseChannels.all().stream().anyMatch(c -> c.id().equals("hotline")), "the built-in channels stay");

        CaseTypes.CaseType security = CaseTypes.find("com.example.security-incident");
        assertEquals("Security incident", security.name());
        assertEquals(CaseKind.DEFECT, security.kind(), "it follows the defect workflow");
        assertEquals(DefectClass.TECHNICAL, security.defectClass());

        assertEquals("Team chat group", NotificationChannels.names().get("com.example.teamchat"));
    }

    @Test
    void aNotificationIsPostedToTheGroupsWebhook() throws Exception {
        List<String> received = new ArrayList<>();
        HttpServer chat = server(200, received);
        try {
            NotificationChannel channel = NotificationChannels.create("com.example.teamchat").orElseThrow();
            channel.send(new NotificationChannel.Message(webhook(chat), "C-20261122-0007 P1 escalated",
                    "Core switch down at \"Site 3\"\n泵站离线", "C-20261122-0007"), settings());
        } finally {
            chat.stop(0);
        }
        assertEquals(List.of("POST /hook/robot-1 {\"msgtype\":\"text\",\"text\":{\"content\":\"C-20261122-0007 P1 escalated\\n"
                + "Core switch down at \\\"Site 3\\\"\\n泵站离线\"},\"reference\":\"C-20261122-0007\"}"), received);
    }

    @Test
    void aRefusalOrABadAddressIsADeliveryFailureThatSaysWhy() throws Exception {
        NotificationChannel channel = NotificationChannels.create("com.example.teamchat").orElseThrow();
        HttpServer chat = server(403, new ArrayList<>());
        try {
            DeliveryException refused = assertThrows(DeliveryException.class,
                    () -> channel.send(new NotificationChannel.Message(webhook(chat), "s", "b", "C-1"), settings()));
            assertEquals("The chat webhook refused the message: HTTP 403 invalid robot key", refused.getMessage());
        } finally {
            chat.stop(0);
        }
        DeliveryException notAUrl = assertThrows(DeliveryException.class,
                () -> channel.send(new NotificationChannel.Message("ops-group", "s", "b", "C-1"), settings()));
        assertEquals("The recipient \"ops-group\" is not a chat webhook URL (not an http or https address).", notAUrl.getMessage());
    }

    @Test
    void aReportSavedAsMarkdownIsReadyForTheChat() throws Exception {
        assertTrue(ReportExporters.all().stream().anyMatch(f -> f.extension().equals("md") && f.contributor().equals(PLUG_IN)),
                ReportExporters.all().toString());
        Path folder = Files.createTempDirectory("teamchat-report");
        Path target = folder.resolve("C-20261122-0007.md");
        ReportExporters.write(new Report("Fault analysis 故障分析", "Case C-20261122-0007").heading("Cause")
                .fields(List.of(new Report.Field("Fault type:", "Defect: technical"))).paragraph("Fan | failure\nreplaced")
                .table(List.of("Step", "By"), List.of(List.of("Replaced the fan", "Gao")), List.of(70, 30)), target);
        assertEquals("""
                # Fault analysis 故障分析

                Case C-20261122-0007

                ## Cause

                - **Fault type:** Defect: technical

                Fan | failure
                replaced

                | Step | By |
                |---|---|
                | Replaced the fan | Gao |

                """, Files.readString(target));
    }

    private static HttpServer server(int status, List<String> received) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            received.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = (status == 200 ? "{\"errcode\":0}" : "invalid robot key").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String webhook(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook/robot-1";
    }

    private static DeliverySettings settings() {
        DeliverySettings settings = NotificationsFactory.eINSTANCE.createDeliverySettings();
        settings.setConnectTimeoutSeconds(5);
        return settings;
    }
}
