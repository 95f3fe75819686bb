package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opsbench.cases.ActivityLog;
import org.opsbench.cases.CaseStatistics;
import org.opsbench.cases.KnowledgeBase;
import org.opsbench.cases.SlaEvaluator;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.SlaEventKind;
import org.opsbench.core.sample.SampleDataGenerator.Sizes;
import org.opsbench.notifications.Outbox;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.persistence.testing.TestDatabases;

/**
 * The sample data's year of cases, loaded through the extension point into a real database: it
 * spans the year, every severity, open and closed cases with surveys, escalations and articles,
 * notices; it is what the real engine would have recorded, and the same seed gives the same year.
 */
@ExtendWith(EnglishLocale.class)
class SampleHistoryTest {

    private static final Sizes SIZES = new Sizes(2, 2, 20, 2, 4, 3);
    private static final Instant NOW = CaseFixture.shanghai("2026-12-07T15:00");

    private static Database load(long seed, Locale language) {
        Database database = CaseFixture.open(TestDatabases.fresh());
        SampleDataLoader.load(database, SIZES, seed, language, NOW, null);
        return database;
    }

    @Test
    void aYearOfCasesAcrossSeveritiesWithSurveysEscalationsArticlesAndNotices() {
        try (Database database = load(7, Locale.ENGLISH)) {
            List<Object[]> cases = database.list("SELECT c.openedAt, c.severity, c.status, c.satisfaction, c.closedAt FROM ServiceCase c",
                    Object[].class);
            assertEquals(20 * 7, cases.size());
            Set<YearMonth> months = cases.stream().map(r -> YearMonth.from(((Instant) r[0]).atZone(CaseFixture.SHANGHAI)))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertTrue(months.size() >= 12, "cases in every month of the year: " + months);
            assertTrue(cases.stream().allMatch(r -> ((Instant) r[0]).isBefore(NOW) && ((Instant) r[0]).isAfter(NOW.minus(Duration.ofDays(366)))));
            assertEquals(Set.of("P1", "P2", "P3", "P4"), cases.stream().map(r -> (String) r[1]).collect(Collectors.toSet()));
            long closed = cases.stream().filter(r -> r[2] == CaseStatus.CLOSED).count();
            assertTrue(closed > cases.size() / 2, closed + " closed");
            assertTrue(cases.stream().filter(r -> r[2] == CaseStatus.CLOSED).allMatch(r -> r[3] != null && r[4] != null),
                    "every closed case has its survey");
            assertTrue(cases.stream().anyMatch(r -> r[2] != CaseStatus.CLOSED), "the last days' cases are still open");

            long escalations = database.list("SELECT COUNT(e) FROM SlaEvent e WHERE e.kind = ?1", Long.class, SlaEventKind.ESCALATION).get(0);
            long breaches = database.list("SELECT COUNT(e) FROM SlaEvent e WHERE e.kind = ?1", Long.class, SlaEventKind.BREACH).get(0);
            assertTrue(escalations > 0 && breaches > 0, escalations + " escalations, " + breaches + " breaches");
            assertEquals(0L, database.list("SELECT COUNT(e) FROM SlaEvent e, ServiceCase c WHERE c.persistentId = e.serviceCaseId"
                    + " AND c.closedAt IS NOT NULL AND e.dueAt > c.closedAt", Long.class).get(0), "no event after its case closed");
            assertTrue(CaseStatistics.dashboard(database, NOW, CaseFixture.SHANGHAI, 8).weeks().stream()
                    .anyMatch(w -> w.meanRespondHours() != null), "the dashboard has weeks with data");

            assertTrue(new KnowledgeBase(database, "test").list(false).size() >= 5, "articles written from solved cases");
            assertTrue(new KnowledgeBase(database, "test").list(false).stream().allMatch(a -> a.sourceCaseNumber() != null));
            List<String> recipients = database.list("SELECT DISTINCT m.recipient FROM OutboxMessage m WHERE m.channel = ?1", String.class,
                    Outbox.WORKBENCH_CHANNEL);
            assertTrue(recipients.stream().anyMatch(r -> !new Outbox(database, "test").unread(r, 10).isEmpty()),
                    "recent notices wait unread for " + recipients);
            assertEquals(0L, database.list("SELECT COUNT(m) FROM OutboxMessage m WHERE m.sentAt IS NULL", Long.class).get(0));

            assertTrue(ActivityLog.verifyAll(database, null).breaks().isEmpty(), "every activity log is an unbroken chain");
            assertTrue(new SlaEvaluator(database, "test").evaluate(NOW).isEmpty(),
                    "the evaluator finds nothing due that the history did not record");
        }
    }

    @Test
    void theSameSeedGivesTheSameYearAndChineseWordsInAChineseSet() {
        String query = "SELECT c.number, c.title, c.severity, c.status, c.openedAt FROM ServiceCase c ORDER BY c.number";
        List<String> first;
        try (Database database = load(3, Locale.ENGLISH)) {
            first = database.list(query, Object[].class).stream().map(java.util.Arrays::toString).toList();
        }
        try (Database database = load(3, Locale.ENGLISH)) {
            assertEquals(first, database.list(query, Object[].class).stream().map(java.util.Arrays::toString).toList());
        }
        try (Database database = load(3, Locale.SIMPLIFIED_CHINESE)) {
            List<Object[]> chinese = database.list(query, Object[].class);
            assertEquals(first.size(), chinese.size());
            assertTrue(chinese.stream().allMatch(r -> ((String) r[1]).codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN)), "case titles in Chinese");
            assertTrue(database.list("SELECT c.name FROM Customer c", String.class).stream()
                    .allMatch(n -> n.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)));
        }
    }
}
