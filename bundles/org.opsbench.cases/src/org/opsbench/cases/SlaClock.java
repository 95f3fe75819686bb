package org.opsbench.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.SeverityLevel;
import org.opsbench.cases.model.SlaPause;
import org.opsbench.core.calendar.WorkingTime;
import org.opsbench.cases.internal.Messages;

/**
 * A case's SLA clock: working time of the case calendar since a start, without the pauses
 * (waiting for the customer, for a spare part). Derived from stored timestamps only, so every
 * workbench computes the same instants.
 */
public final class SlaClock {

    /** A pause as two instants; {@code end} is null while it lasts. */
    public record Pause(Instant start, Instant end) {
    }

    private final WorkingTime workingTime;
    private final List<Pause> pauses;

    public SlaClock(WorkingTime workingTime, List<Pause> pauses) {
        this.workingTime = workingTime;
        List<Pause> sorted = new ArrayList<>(pauses);
        sorted.sort(Comparator.comparing(Pause::start));
        this.pauses = List.copyOf(sorted);
    }

    public static List<Pause> pausesOf(List<SlaPause> pauses) {
        return pauses.stream().map(p -> new Pause(p.getPausedAt(), p.getResumedAt())).toList();
    }

    /** @return working time between {@code from} and {@code now} while the clock ran */
    public Duration elapsed(Instant from, Instant now) {
        Duration total = workingTime.between(from, now);
        for (Pause pause : pauses) {
            Instant start = max(pause.start(), from);
            Instant end = pause.end() == null ? now : min(pause.end(), now);
            if (end.isAfter(start)) {
                total = total.minus(workingTime.between(start, end));
            }
        }
        return total.isNegative() ? Duration.ZERO : total;
    }

    /**
     * @return when {@code target} of running working time has passed after {@code from}; null while
     *         the clock is paused with no end before the target is reached
     */
    public Instant due(Instant from, Duration target) {
        Instant cursor = from;
        Duration remaining = target;
        for (Pause pause : pauses) {
            if (pause.end() != null && !pause.end().isAfter(cursor)) {
                continue;
            }
            Instant reached = workingTime.add(cursor, remaining);
            if (!pause.start().isBefore(reached)) {
                break;
            }
            if (pause.start().isAfter(cursor)) {
                remaining = remaining.minus(workingTime.between(cursor, pause.start()));
            }
            if (pause.end() == null) {
                return null;
            }
            cursor = max(cursor, pause.end());
        }
        return workingTime.add(cursor, remaining);
    }

    /**
     * Checks that a plan can drive clocks: a scheme with levels, each with its thresholds.
     *
     * @throws CaseException naming the level and the missing number
     */
    public static void check(EscalationPlan plan) {
        if (plan.getScheme() == null || plan.getScheme().getLevels().isEmpty()) {
            throw new CaseException(Messages.format("noLevels", plan.getName()));
        }
        for (SeverityLevel level : plan.getScheme().getLevels()) {
            if (level.getResponseMinutes() <= 0 || level.getResolveMinutes() <= 0) {
                throw new CaseException(Messages.format("noThresholds", plan.getScheme().getName(), level.getCode()));
            }
        }
        if (plan.getWarningPercent() <= 0 || plan.getWarningPercent() >= 100) {
            throw new CaseException(Messages.format("warningPercent", plan.getName(), plan.getWarningPercent()));
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
