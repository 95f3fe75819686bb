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

    private CaseStatistics() {
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
        long breaches = database.list("SELECT COUNT(e) FROM SlaEvent e JOIN e.serviceCase c LEFT JOIN c.customer u WHERE e.kind = "
                + kindParameter + " AND c.openedAt >= ?1 AND c.openedAt < ?2" + customerCondition, Long.class,
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
