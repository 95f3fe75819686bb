package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.cases.ActivityLog;
import org.opsbench.cases.CaseList;
import org.opsbench.cases.CaseWorkflow;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseSettings;
import org.opsbench.persistence.testing.Timings;

/**
 * Benchmark harness (not part of the normal test run): the case search of the Cases view over a
 * fixed history of cases with ten log records each, on embedded Derby, against the same query in raw
 * JDBC (through the word index) and against a raw scan of every record (the search before the index). Each search runs {@link #ROUNDS} times after warming up; the report gives the median and the
 * 95th percentile. {@code ./mvnw verify -Pbenchmark -pl ...} (see README) writes
 * target/benchmark-search.md. It asserts only that both sides find the same cases, never a time.
 */
@Tag("benchmark")
class CaseSearchBenchmark {

    static final int CASES = Integer.getInteger("opsbench.bench.searchCases", 100_000);
    static final int RECORDS_PER_CASE = 10;
    static final int ROUNDS = 20;
    static final int WARMUP = 3;
    /** The rows the Cases view reads first (its FIRST_PAGE). */
    static final int PAGE = 500;
    /** The scan of every record (the search before the word index) is slow: this many measured runs of it. */
    static final int SCANS = 3;
    private static final String[] VENDORS = { "Lanting", "Beiming", "Qingyun", "Haixin", "Zhuoyue" };
    private static final String[] SEVERITIES = { "P1", "P2", "P3", "P4" };
    private static final String[] PARTS = { "core switch", "firewall", "router", "access point", "storage array", "UPS", "server" };

    private final StringBuilder report = new StringBuilder();

    /** A search of the Cases view and the words a raw query has to find. */
    private record Search(String name, CaseList.Criteria criteria) {
    }

    @Test
    void caseSearchAgainstRawJdbc() throws Exception {
        Path folder = Files.createTempDirectory("opsbench-search-bench");
        try (Database database = CaseFixture.open(DatabaseSettings.embedded(folder.resolve("db")))) {
            CaseFixture.installDefaults(database);
            Instant start = CaseFixture.shanghai("2025-01-06T09:00");
            double storing = Timings.time(() -> store(database, start));
            // Stored behind the case desk's back, as an upgraded database would hold them: the workbench's
            // background job indexes their words once.
            double indexing = Timings.time(() -> assertEquals(CASES, org.opsbench.cases.CaseWords.catchUp(database, new NullProgressMonitor())));
            report.append("# Case search benchmark\n\n").append(CASES).append(" cases (one in ten open) with ").append(RECORDS_PER_CASE)
                    .append(" log records each (").append(CASES * RECORDS_PER_CASE).append(" records), embedded Derby, ").append(ROUNDS)
                    .append(" runs of each search after ").append(WARMUP).append(" warm-up runs, in ms. Storing them took ")
                    .append(String.format("%.0f", storing)).append(" ms, indexing their words ")
                    .append(String.format("%.0f", indexing)).append(" ms.\n\n")
                    .append("The Cases view shows a search's first ").append(PAGE).append(" rows (newest first) as soon as they are read,")
                    .append(" and the rest after them: the first page is what a user waits for.\n\n")
                    .append("| search | found | first page: OpsBench median | first page: OpsBench p95 | first page: raw JDBC p95 | ratio of p95 |")
                    .append(" whole result: OpsBench median | whole result: OpsBench p95 | whole result: raw JDBC p95 |")
                    .append(" raw scan of every record, median |\n|---|---|---|---|---|---|---|---|---|---|\n");
            List<Search> searches = List.of(
                    new Search("a rare word in the logs (\"ticket-4711\")", criteria("ticket-4711", null, null)),
                    new Search("a word in 1 % of the logs (\"overheating\")", criteria("overheating", null, null)),
                    new Search("two words (\"overheating fan\")", criteria("overheating fan", null, null)),
                    new Search("vendor and severity, no words", criteria(null, "Haixin", "P1")),
                    new Search("a common word and a vendor (\"firmware\", Haixin)", criteria("firmware", "Haixin", null)));
            for (Search search : searches) {
                double[] page = new double[ROUNDS + WARMUP];
                double[] rawPage = new double[ROUNDS + WARMUP];
                double[] ops = new double[ROUNDS + WARMUP];
                double[] raw = new double[ROUNDS + WARMUP];
                double[] scan = new double[ROUNDS + WARMUP];
                int[] found = new int[5];
                for (int round = 0; round < ROUNDS + WARMUP; round++) {
                    page[round] = Timings.time(() -> found[3] = CaseList.firstPage(database, search.criteria(), PAGE).size());
                    rawPage[round] = Timings.time(() -> found[4] = rawSearch(database, search.criteria(), true, PAGE));
                    ops[round] = Timings.time(() -> found[0] = CaseList.search(database, search.criteria()).size());
                    raw[round] = Timings.time(() -> found[1] = rawSearch(database, search.criteria(), true, 0));
                    scan[round] = round < WARMUP + SCANS ? Timings.time(() -> found[2] = rawSearch(database, search.criteria(), false, 0)) : Double.NaN;
                }
                assertEquals(found[1], found[0], search.name());
                assertEquals(found[2], found[0], search.name() + ": the index finds what the scan of every record finds");
                assertEquals(Math.min(PAGE, found[0]), found[3], search.name() + ": a full first page");
                assertEquals(found[3], found[4], search.name() + ": the raw page");
                double[] p = Arrays.copyOfRange(page, WARMUP, page.length);
                double[] rp = Arrays.copyOfRange(rawPage, WARMUP, rawPage.length);
                double[] o = Arrays.copyOfRange(ops, WARMUP, ops.length);
                double[] r = Arrays.copyOfRange(raw, WARMUP, raw.length);
                double[] x = Arrays.copyOfRange(scan, WARMUP, WARMUP + SCANS);
                report.append(String.format("| %s | %d | %.0f | %.0f | %.0f | %.1fx | %.0f | %.0f | %.0f | %.0f |%n", search.name(), found[0],
                        Timings.percentile(p, 50), Timings.percentile(p, 95), Timings.percentile(rp, 95),
                        Timings.percentile(p, 95) / Timings.percentile(rp, 95), Timings.percentile(o, 50),
                        Timings.percentile(o, 95), Timings.percentile(r, 95), Timings.percentile(x, 50)));
            }
        }
        Timings.write(report, "benchmark-search.md");
    }

    private static CaseList.Criteria criteria(String text, String vendor, String severity) {
        return new CaseList.Criteria(text, vendor, null, null, null, null, null, severity, null, true);
    }

    /**
     * Stores the cases in sessions of 5,000, opened five minutes apart: ten log records each, one in a
     * hundred mentions overheating (half of those a fan), one in ten firmware, each its own ticket
     * number; nine in ten closed.
     */
    private static void store(Database database, Instant start) {
        Benchmarks.storeCases(database, CASES, 5_000, (i, calendars, plan) -> {
            ServiceCase serviceCase = CasesFactory.eINSTANCE.createServiceCase();
            String part = PARTS[i % PARTS.length];
            serviceCase.setSeverity(SEVERITIES[i % SEVERITIES.length]);
            serviceCase.setVendor(VENDORS[i % VENDORS.length]);
            serviceCase.setTitle("The " + part + " at site " + (i % 300) + " drops traffic");
            serviceCase.setDescription("Users at site " + (i % 300) + " report lost connections through the " + part + ".");
            serviceCase.setCalendar(calendars.get(i % 2));
            serviceCase.setPlan(plan);
            Instant opened = start.plus(Duration.ofMinutes(5L * i));
            CaseWorkflow.open(serviceCase, String.format("S-%06d", i), opened, "bench");
            for (int r = 1; r < RECORDS_PER_CASE; r++) {
                ActivityLog.append(serviceCase, r % 3 == 0 ? ActivityKind.CALL : ActivityKind.NOTE, opened.plusSeconds(600L * r),
                        "engineer", record(i, r, part), false);
            }
            if (i % 10 != 0) {
                serviceCase.setStatus(CaseStatus.CLOSED);
                serviceCase.setClosedAt(opened.plus(Duration.ofHours(4)));
            }
            return serviceCase;
        });
    }

    private static String record(int caseIndex, int ordinal, String part) {
        StringBuilder text = new StringBuilder("Checked the ").append(part).append(" logs, record ").append(ordinal)
                .append(" of ticket-").append(caseIndex).append('.');
        if (ordinal == 4 && caseIndex % 100 == 7) {
            text.append(caseIndex % 200 == 7 ? " The fan is overheating." : " The unit is overheating.");
        }
        if (ordinal == 6 && caseIndex % 10 == 3) {
            text.append(" Upgraded the firmware to the vendor's latest release.");
        }
        return text.toString();
    }

    /**
     * The same search in plain SQL: with {@code indexed}, through the word index; without, every word
     * in the title, the description or a log record (a scan of every record, as before the index).
     * With {@code max} above 0, only the newest {@code max} rows.
     */
    private static int rawSearch(Database database, CaseList.Criteria criteria, boolean indexed, int max) {
        StringBuilder sql = new StringBuilder("SELECT c.ID, c.NUMBER_, c.SEVERITY, c.STATUS, c.KIND, c.TITLE, c.OPENED_AT, c.CLOSED_AT"
                + " FROM OB_SERVICE_CASE c WHERE 1 = 1");
        List<String> parameters = new ArrayList<>();
        if (criteria.vendor() != null) {
            sql.append(" AND LOWER(c.VENDOR) LIKE ?");
            parameters.add("%" + criteria.vendor().toLowerCase() + "%");
        }
        if (criteria.severity() != null) {
            sql.append(" AND c.SEVERITY = ?");
            parameters.add(criteria.severity());
        }
        if (criteria.text() != null && indexed) {
            return rawIndexedSearch(database, sql, parameters, criteria.text(), max);
        } else if (criteria.text() != null) {
            for (String word : criteria.text().toLowerCase().split("\\s+")) {
                sql.append(" AND (LOWER(c.TITLE) LIKE ? OR LOWER(c.DESCRIPTION) LIKE ? OR EXISTS (SELECT 1 FROM OB_ACTIVITY a"
                        + " WHERE a.IN_SERVICE_CASE_ACTIVITIES = c.ID AND LOWER(a.TEXT) LIKE ?))");
                for (int i = 0; i < 3; i++) {
                    parameters.add("%" + word + "%");
                }
            }
        }
        sql.append(" ORDER BY c.OPENED_AT DESC, c.ID DESC").append(max > 0 ? " FETCH FIRST " + max + " ROWS ONLY" : "");
        try (Connection connection = database.dataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setString(i + 1, parameters.get(i));
            }
            return Benchmarks.readAll(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Through the word index in plain SQL: the case ids of each term's index range, intersected, then
     * the rows of those cases 500 ids at a time; with {@code max}, first their opening instants, to read
     * the rows of the newest {@code max} only.
     */
    private static int rawIndexedSearch(Database database, StringBuilder sql, List<String> parameters, String text, int max) {
        try (Connection connection = database.dataSource().getConnection()) {
            java.util.Set<Long> ids = null;
            for (String term : org.opsbench.cases.CaseWords.terms(text)) {
                java.util.Set<Long> found = new java.util.HashSet<>();
                try (PreparedStatement select = connection.prepareStatement("SELECT CASE_ID FROM OB_CASE_WORD WHERE WORD LIKE ?")) {
                    select.setString(1, term + "%");
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.add(rows.getLong(1));
                        }
                    }
                }
                if (ids == null) {
                    ids = found;
                } else {
                    ids.retainAll(found);
                }
            }
            List<Long> all = ids == null ? List.of() : List.copyOf(ids);
            if (max > 0) {
                String dated = sql.toString().replaceFirst("SELECT .* FROM", "SELECT c.ID, c.OPENED_AT FROM");
                List<Object[]> newest = new ArrayList<>();
                for (List<Long> chunk : chunks(all)) {
                    try (PreparedStatement statement = byId(connection, dated, parameters, chunk); ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            newest.add(new Object[] { rows.getLong(1), rows.getTimestamp(2) });
                        }
                    }
                }
                newest.sort(java.util.Comparator.comparing((Object[] r) -> (java.sql.Timestamp) r[1], java.util.Comparator.reverseOrder())
                        .thenComparing(r -> (Long) r[0], java.util.Comparator.reverseOrder()));
                all = newest.stream().limit(max).map(r -> (Long) r[0]).toList();
            }
            int count = 0;
            for (List<Long> chunk : chunks(all)) {
                try (PreparedStatement statement = byId(connection, sql.toString(), parameters, chunk)) {
                    count += Benchmarks.readAll(statement);
                }
            }
            return count;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 500) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + 500)));
        }
        return chunks;
    }

    /** @return the statement of {@code sql} narrowed to the ids of {@code chunk}, its parameters set */
    private static PreparedStatement byId(Connection connection, String sql, List<String> parameters, List<Long> chunk) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql + " AND c.ID IN ("
                + String.join(",", java.util.Collections.nCopies(chunk.size(), "?")) + ")");
        int index = 1;
        for (String parameter : parameters) {
            statement.setString(index++, parameter);
        }
        for (long id : chunk) {
            statement.setLong(index++, id);
        }
        return statement;
    }
}
