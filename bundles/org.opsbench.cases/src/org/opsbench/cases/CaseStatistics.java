package org.opsbench.cases;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cases.model.SlaEventKind;
import org.opsbench.persistence.Database;
import org.opsbench.cases.internal.Messages;

/**
 * Figures over the cases opened in a period, for the half-yearly summary and the dashboard: how
 * many, by severity and type, how fast they were answered and solved, missed deadlines,
 * complaints and satisfaction. Times are wall-clock, from opening to the first response and to the
 * fix.
 */
public final class CaseStatistics {

    /** One case of the period. */
    public record Line(long id, String number, Instant openedAt, String severity, CaseKind kind, DefectClass defectClass, String title,
            CaseStatus status, Instant respondedAt, Instant resolvedAt, Instant closedAt, Integer satisfaction, String customer) {
    }

    /** The figures of a period; means are null when no case had the time (or score) measured. */
    public record Summary(Instant from, Instant before, String customer, List<Line> lines, Map<String, Long> bySeverity,
            Map<String, Long> byKind, long closed, Duration meanResponse, Duration meanResolve, long breaches, long complaints,
            Double meanSatisfaction) {

        public long opened() {
            return lines.size();
        }

        public long stillOpen() {
            return opened() - closed;
        }
    }

    /** One week of the dashboard: missed deadlines that fell due in it, mean times of the cases opened in it (hours, null without any). */
    public record Week(LocalDate monday, long breaches, Double meanRespondHours, Double meanResolveHours) {
    }

    /** What the dashboard charts: open cases by severity, and the last weeks. */
    public record Dashboard(Map<String, Long> openBySeverity, List<Week> weeks) {
    }

    private CaseStatistics() {
    }

    /** @return the open cases by severity and the {@code weekCount} weeks up to the one of {@code now} (weeks start on Monday) */
    public static Dashboard dashboard(Database database, Instant now, ZoneId zone, int weekCount) {
        return dashboard(database, now, zone, weekCount, null);
    }

    /**
     * @param customerId only this customer's cases (a customer's staff see their own figures), or null for all
     * @return the open cases by severity and the {@code weekCount} weeks up to the one of {@code now} (weeks start on Monday)
     */
    public static Dashboard dashboard(Database database, Instant now, ZoneId zone, int weekCount, Long customerId) {
        return new Dashboard(openBySeverity(database, customerId), weeks(database, now, zone, weekCount, customerId));
    }

    /**
     * @param customerId only this customer's cases, or null for all
     * @return the open cases by severity: every level of the default scheme in its order (zero when none), then any other
     */
    public static Map<String, Long> openBySeverity(Database database, Long customerId) {
        // Every level of the default scheme, in its order, so that a level without open cases shows as zero.
        Map<String, Long> open = new LinkedHashMap<>();
        try (org.opsbench.persistence.ModelSession session = database.openSession()) {
            org.opsbench.cases.model.EscalationPlan plan = CaseSetup.settings(session).getDefaultPlan();
            if (plan != null && plan.getScheme() != null) {
                plan.getScheme().getLevels().forEach(level -> open.put(level.getCode(), 0L));
            }
        }
        String ofCase = customerId == null ? "" : " AND c.customer.persistentId = " + customerId; // a long: nothing to escape
        for (Object[] r : database.list("SELECT c.severity, COUNT(c) FROM ServiceCase c WHERE c.closedAt IS NULL" + ofCase
                + " GROUP BY c.severity", Object[].class)) {
            open.put(r[0] == null ? "-" : (String) r[0], (Long) r[1]);
        }
        return open;
    }

    /**
     * @param customerId only this customer's cases, or null for all
     * @return the {@code weekCount} weeks up to the one of {@code now} (weeks start on Monday), oldest first
     */
    public static List<Week> weeks(Database database, Instant now, ZoneId zone, int weekCount, Long customerId) {
        DashboardChart.Scope scope = new DashboardChart.Scope(database, now, zone, weekCount, customerId);
        long[] breaches = breachesPerWeek(scope);
        MeanTimes times = meanTimesPerWeek(scope);
        List<Week> weeks = new ArrayList<>();
        for (int i = 0; i < weekCount; i++) {
            weeks.add(new Week(scope.firstMonday().plusWeeks(i), breaches[i], times.respondHours()[i], times.resolveHours()[i]));
        }
        return weeks;
    }

    /** Mean hours to respond and to resolve of the cases opened in each week shown; null for a week without any. */
    public record MeanTimes(Double[] respondHours, Double[] resolveHours) {
    }

    /** @return the missed deadlines that fell due in each week of the scope, of its customer when it has one */
    public static long[] breachesPerWeek(DashboardChart.Scope scope) {
        long[] breaches = new long[scope.weeks()];
        for (Instant due : scope.database().list("SELECT e.dueAt FROM SlaEvent e, ServiceCase c WHERE c.persistentId = e.serviceCaseId AND e.kind = ?1"
                + " AND e.dueAt >= ?2 AND e.dueAt < ?3" + ofCustomer(scope, "c.customer"), Instant.class, SlaEventKind.BREACH, scope.from(), scope.before())) {
            breaches[scope.week(due)]++;
        }
        return breaches;
    }

    /** @return the mean times of the cases opened in each week of the scope, of its customer when it has one */
    public static MeanTimes meanTimesPerWeek(DashboardChart.Scope scope) {
        int weekCount = scope.weeks();
        long[] respondSeconds = new long[weekCount];
        long[] responded = new long[weekCount];
        long[] resolveSeconds = new long[weekCount];
        long[] resolved = new long[weekCount];
        for (Object[] r : scope.database().list("SELECT c.openedAt, c.respondedAt, c.resolvedAt FROM ServiceCase c WHERE c.openedAt >= ?1"
                + " AND c.openedAt < ?2" + ofCustomer(scope, "c.customer"), Object[].class, scope.from(), scope.before())) {
            int week = scope.week((Instant) r[0]);
            if (r[1] != null) {
                respondSeconds[week] += Duration.between((Instant) r[0], (Instant) r[1]).toSeconds();
                responded[week]++;
            }
            if (r[2] != null) {
                resolveSeconds[week] += Duration.between((Instant) r[0], (Instant) r[2]).toSeconds();
                resolved[week]++;
            }
        }
        Double[] respond = new Double[weekCount];
        Double[] resolve = new Double[weekCount];
        for (int i = 0; i < weekCount; i++) {
            respond[i] = responded[i] == 0 ? null : respondSeconds[i] / 3600.0 / responded[i];
            resolve[i] = resolved[i] == 0 ? null : resolveSeconds[i] / 3600.0 / resolved[i];
        }
        return new MeanTimes(respond, resolve);
    }

    private static String ofCustomer(DashboardChart.Scope scope, String customerPath) {
        return scope.customerId() == null ? "" : " AND " + customerPath + ".persistentId = " + scope.customerId(); // a long: nothing to escape
    }

    /** @return the first instant of the half year ({@code half} 1: January to June, 2: July to December) and the first after it */
    public static Instant[] halfYear(int year, int half, ZoneId zone) {
        if (half != 1 && half != 2) {
            throw new CaseException(Messages.format("halfYearUnknown", half));
        }
        LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
        return new Instant[] { start.atStartOfDay(zone).toInstant(), start.plusMonths(6).atStartOfDay(zone).toInstant() };
    }

    /** @return the figures of the cases opened from {@code from} until before {@code before}, of one customer or (null) all */
    public static Summary summary(Database database, Instant from, Instant before, Long customerId) {
        String customerCondition = customerId == null ? "" : " AND u.persistentId = ?3";
        Object[] parameters = customerId == null ? new Object[] { from, before } : new Object[] { from, before, customerId };
        List<Line> lines = new ArrayList<>();
        for (Object[] r : database.list("SELECT c.persistentId, c.number, c.openedAt, c.severity, c.kind, c.defectClass, c.title,"
                + " c.status, c.respondedAt, c.resolvedAt, c.closedAt, c.satisfaction, u.name FROM ServiceCase c LEFT JOIN c.customer u"
                + " WHERE c.openedAt >= ?1 AND c.openedAt < ?2" + customerCondition + " ORDER BY c.openedAt, c.persistentId",
                Object[].class, parameters)) {
            lines.add(new Line((Long) r[0], (String) r[1], (Instant) r[2], (String) r[3], (CaseKind) r[4], (DefectClass) r[5],
                    (String) r[6], (CaseStatus) r[7], (Instant) r[8], (Instant) r[9], (Instant) r[10], (Integer) r[11], (String) r[12]));
        }
        Map<String, Long> bySeverity = new TreeMap<>();
        Map<String, Long> byKind = new LinkedHashMap<>();
        long closed = 0;
        long responseSeconds = 0;
        long responded = 0;
        long resolveSeconds = 0;
        long resolved = 0;
        long scoreSum = 0;
        long scored = 0;
        for (Line line : lines) {
            bySeverity.merge(line.severity() == null ? "-" : line.severity(), 1L, Long::sum);
            byKind.merge(CaseLabels.kind(line.kind(), line.defectClass()), 1L, Long::sum);
            if (line.closedAt() != null) {
                closed++;
            }
            if (line.respondedAt() != null) {
                responseSeconds += Duration.between(line.openedAt(), line.respondedAt()).toSeconds();
                responded++;
            }
            if (line.resolvedAt() != null) {
                resolveSeconds += Duration.between(line.openedAt(), line.resolvedAt()).toSeconds();
                resolved++;
            }
            if (line.satisfaction() != null) {
                scoreSum += line.satisfaction();
                scored++;
            }
        }
        String kindParameter = "?" + (parameters.length + 1);
        long breaches = database.list("SELECT COUNT(e) FROM SlaEvent e, ServiceCase c LEFT JOIN c.customer u WHERE e.kind = "
                + kindParameter + " AND c.persistentId = e.serviceCaseId AND c.openedAt >= ?1 AND c.openedAt < ?2" + customerCondition, Long.class,
                append(parameters, SlaEventKind.BREACH)).get(0);
        long complaints = database.list("SELECT COUNT(a) FROM ServiceCase c JOIN c.activities a LEFT JOIN c.customer u WHERE a.kind = "
                + kindParameter + " AND c.openedAt >= ?1 AND c.openedAt < ?2" + customerCondition, Long.class,
                append(parameters, ActivityKind.COMPLAINT)).get(0);
        String customer = customerId == null ? null
                : database.list("SELECT u.name FROM Customer u WHERE u.persistentId = ?1", String.class, customerId).stream().findFirst()
                        .orElse(null);
        return new Summary(from, before, customer, lines, bySeverity, byKind, closed,
                responded == 0 ? null : Duration.ofSeconds(responseSeconds / responded),
                resolved == 0 ? null : Duration.ofSeconds(resolveSeconds / resolved), breaches, complaints,
                scored == 0 ? null : (double) scoreSum / scored);
    }

    private static Object[] append(Object[] parameters, Object last) {
        Object[] all = java.util.Arrays.copyOf(parameters, parameters.length + 1);
        all[parameters.length] = last;
        return all;
    }
}
