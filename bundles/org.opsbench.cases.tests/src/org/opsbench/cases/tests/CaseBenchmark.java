package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.cases.CaseList;
import org.opsbench.cases.CaseWorkflow;
import org.opsbench.cases.SlaEvaluator;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseSettings;
import org.opsbench.persistence.testing.Timings;

/**
 * Benchmark harness (not part of the normal test run): the case list's rows and the SLA evaluation
 * over a fixed number of open cases on embedded Derby, against reading the same columns with raw
 * JDBC. {@code ./mvnw verify -Pbenchmark -pl ...} (see README) prints medians and ratios and writes
 * target/benchmark-cases.md. It asserts only that both sides read the same rows, never a time.
 */
@Tag("benchmark")
class CaseBenchmark {

    static final int CASES = Integer.getInteger("opsbench.bench.cases", 100_000);
    static final int ROUNDS = Integer.getInteger("opsbench.bench.rounds", 5);
    static final int WARMUP = Integer.getInteger("opsbench.bench.warmup", 2);
    private static final String[] SEVERITIES = { "P1", "P2", "P3", "P4" };

    private final StringBuilder report = new StringBuilder();

    @Test
    void caseListAndSlaEvaluationAgainstRawJdbc() throws Exception {
        Path folder = Files.createTempDirectory("opsbench-case-bench");
        try (Database database = CaseFixture.open(DatabaseSettings.embedded(folder.resolve("db")))) {
            CaseFixture.installDefaults(database);
            Instant opened = CaseFixture.shanghai("2026-11-02T09:00");
            double storing = Timings.time(() -> store(database, opened));
            Instant now = opened.plus(Duration.ofDays(1));
            report.append("# Case benchmark\n\n").append(CASES).append(" open cases (P1-P4, half on 5x8 with holidays, half on 7x24,")
                    .append(" escalation matrix), embedded Derby, ").append(ROUNDS).append(" measured rounds after ").append(WARMUP)
                    .append(" warm-up rounds, medians in ms. Storing them took ").append(String.format("%.0f", storing))
                    .append(" ms.\n\n| operation | OpsBench | raw JDBC read of the same columns | ratio |\n|---|---|---|---|\n");

            double[] firstPage = new double[ROUNDS + WARMUP];
            double[] rawPage = new double[ROUNDS + WARMUP];
            double[] list = new double[ROUNDS + WARMUP];
            double[] deadlines = new double[ROUNDS + WARMUP];
            double[] evaluate = new double[ROUNDS + WARMUP];
            double[] raw = new double[ROUNDS + WARMUP];
            for (int round = 0; round < ROUNDS + WARMUP; round++) {
                firstPage[round] = Timings.time(() -> assertEquals(500,
                        CaseList.firstPage(database, CaseList.Criteria.all(false), 500).size()));
                rawPage[round] = Timings.time(() -> assertEquals(500, rawFirstPage(database)));
                list[round] = Timings.time(() -> assertEquals(CASES, CaseList.read(database, false).size()));
                deadlines[round] = Timings.time(() -> assertEquals(CASES, new SlaEvaluator(database, "bench").deadlines().size()));
                evaluate[round] = Timings.time(() -> assertTrue(new SlaEvaluator(database, "bench").evaluate(now).size() >= CASES,
                        "a day later every case has something due"));
                raw[round] = Timings.time(() -> assertEquals(CASES, rawRead(database)));
            }
            row("case list, first paint: the 500 newest rows with their deadlines (raw: the same 500 rows)", firstPage, rawPage);
            row("case list, all rows (projection + next deadline of each)", list, raw);
            row("next deadline of every open case", deadlines, raw);
            row("SLA evaluation, first run: every event due, none recorded yet", evaluate, raw);

            // The background job: one evaluator, run every minute. Its first run evaluates every case,
            // records what is due and stores each case's next check; later runs read only the checks due.
            SlaEvaluator job = new SlaEvaluator(database, "bench");
            int[] recorded = new int[1];
            double firstRun = Timings.time(() -> recorded[0] = job.run(now).size());
            report.append(String.format("| SLA run, a workbench's first: every case evaluated, %d events recorded, %d next checks stored"
                    + " (once per database) | %.0f | | |%n", recorded[0], CASES, firstRun));
            double[] fullPass = new double[ROUNDS + WARMUP];
            double[] idle = new double[ROUNDS + WARMUP];
            double[] minute = new double[ROUNDS + WARMUP];
            double[] checks = new double[ROUNDS + WARMUP];
            int[] fallingDue = new int[ROUNDS + WARMUP];
            for (int round = 0; round < ROUNDS + WARMUP; round++) {
                fullPass[round] = Timings.time(() -> assertEquals(0, new SlaEvaluator(database, "bench").run(now).size()));
                idle[round] = Timings.time(() -> assertEquals(0, job.run(now).size()));
                Instant later = now.plus(Duration.ofMinutes(round + 1));
                int index = round;
                minute[round] = Timings.time(() -> fallingDue[index] = job.run(later).size());
                checks[round] = Timings.time(() -> rawCount(database, "SELECT c.ID, c.NUMBER_, c.OPENED_AT, c.SEVERITY, c.ASSIGNED_AT,"
                        + " c.RESPONDED_AT, c.DIAGNOSED_AT, c.STATUS, c.STATUS_SINCE, c.CALENDAR_ID, c.PLAN_ID FROM OB_SERVICE_CASE c"
                        + " WHERE c.CLOSED_AT IS NULL AND c.ID IN (SELECT CASE_ID FROM OB_SLA_CHECK WHERE NEXT_CHECK_AT <= "
                        + now.plus(Duration.ofMinutes(index + 2)).toEpochMilli() + ")"));
            }
            row("SLA run, full pass with the checks stored (each workbench at start and once an hour)", fullPass, raw);
            row("SLA run, routine: nothing fell due since the last run", idle, checks);
            int[] due = Arrays.copyOfRange(fallingDue, WARMUP, fallingDue.length);
            row("SLA run, routine a minute later: " + Arrays.stream(due).min().orElse(0) + "-" + Arrays.stream(due).max().orElse(0)
                    + " events falling due in that minute recorded, with their notices", minute, checks);
            report.append("\nThe routine rows compare with a raw JDBC read of the facts of the cases whose check is due.\n");
        }
        Timings.write(report, "benchmark-cases.md");
    }

    /** Stores the open cases in sessions of 10,000, assigned and opened a minute apart. */
    private static void store(Database database, Instant opened) {
        Benchmarks.storeCases(database, CASES, 10_000, (i, calendars, plan) -> {
            ServiceCase serviceCase = CasesFactory.eINSTANCE.createServiceCase();
            serviceCase.setSeverity(SEVERITIES[i % SEVERITIES.length]);
            serviceCase.setTitle("Benchmark case " + i);
            serviceCase.setCalendar(calendars.get(i % 2));
            serviceCase.setPlan(plan);
            CaseWorkflow.open(serviceCase, String.format("B-%06d", i), opened.plusSeconds(60L * (i % 600)), "bench");
            return serviceCase;
        });
    }

    /** The columns the evaluation and the list read, with plain JDBC. */
    private static int rawRead(Database database) {
        return rawCount(database, "SELECT c.ID, c.NUMBER_, c.OPENED_AT, c.SEVERITY, c.ASSIGNED_AT, c.RESPONDED_AT, c.DIAGNOSED_AT,"
                + " c.STATUS, c.STATUS_SINCE, c.CALENDAR_ID, c.PLAN_ID, c.TITLE FROM OB_SERVICE_CASE c WHERE c.CLOSED_AT IS NULL");
    }

    /** The newest 500 open cases' list columns, with plain JDBC. */
    private static int rawFirstPage(Database database) {
        return rawCount(database, "SELECT c.ID, c.NUMBER_, c.SEVERITY, c.STATUS, c.TITLE, c.OPENED_AT FROM OB_SERVICE_CASE c"
                + " WHERE c.CLOSED_AT IS NULL ORDER BY c.OPENED_AT DESC, c.ID DESC FETCH FIRST 500 ROWS ONLY");
    }

    /** Runs the query and reads every column of every row as an object, as a list would. @return the rows read */
    private static int rawCount(Database database, String sql) {
        try (Connection connection = database.dataSource().getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            return Benchmarks.readAll(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void row(String operation, double[] ops, double[] jdbc) {
        double opsMedian = Timings.median(Arrays.copyOfRange(ops, WARMUP, ops.length));
        double jdbcMedian = Timings.median(Arrays.copyOfRange(jdbc, WARMUP, jdbc.length));
        report.append(String.format("| %s | %.0f | %.0f | %.1fx |%n", operation, opsMedian, jdbcMedian, opsMedian / jdbcMedian));
    }
}
