package org.opsbench.core.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.CalendarDay;
import org.opsbench.model.WorkingHours;

/**
 * Working-time arithmetic on a {@link BusinessCalendar}: SLA clocks count only the minutes
 * the calendar works. A day's working periods come from its weekday's hours; a holiday has
 * none; a make-up working day (调休) works the hours of the calendar's first working
 * weekday, normally Monday. Local times are those of the calendar's time zone; a period that
 * starts in a daylight-saving gap starts when the clocks have gone forward.
 * <p>
 * Instances are immutable snapshots of the calendar taken by {@link #of(BusinessCalendar)}.
 */
public final class WorkingTime {

    /** How far ahead {@link #add} searches for working time before it gives up. */
    private static final int MAX_DAYS_AHEAD = 3660;

    /** Working hours of a weekday, as wall-clock times. */
    private record Period(LocalTime start, LocalTime end) {
    }

    /** Working hours of one date, as instants; every span lies within its date, so dates never overlap. */
    private record Span(Instant start, Instant end) {
    }

    private final String name;
    private final ZoneId zone;
    private final Map<DayOfWeek, List<Period>> weekly = new EnumMap<>(DayOfWeek.class);
    private final List<Period> makeUpDayHours;
    private final Set<LocalDate> holidays = new HashSet<>();
    private final Set<LocalDate> makeUpDays = new HashSet<>();

    private WorkingTime(BusinessCalendar calendar) {
        this.name = calendar.getName();
        this.zone = ZoneId.of(calendar.getTimeZone());
        for (WorkingHours hours : calendar.getWorkingHours()) {
            DayOfWeek day = DayOfWeek.valueOf(hours.getDay().getName());
            weekly.computeIfAbsent(day, d -> new ArrayList<>()).add(new Period(hours.getStart(), hours.getEnd()));
        }
        weekly.values().forEach(periods -> periods.sort((a, b) -> a.start().compareTo(b.start())));
        makeUpDayHours = weekly.entrySet().stream().findFirst().map(Map.Entry::getValue).orElse(List.of());
        calendar.getHolidays().stream().map(CalendarDay::getDate).forEach(holidays::add);
        calendar.getMakeUpDays().stream().map(CalendarDay::getDate).forEach(makeUpDays::add);
    }

    /**
     * @throws CalendarException when the calendar breaks a model rule (an unknown time zone, a
     *         day both holiday and make-up day, hours ending before they start) or never works
     */
    public static WorkingTime of(BusinessCalendar calendar) {
        Diagnostic diagnostic = Diagnostician.INSTANCE.validate(calendar);
        if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
            String problems = diagnostic.getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                    .map(Diagnostic::getMessage).collect(Collectors.joining(" "));
            throw new CalendarException(Messages.format("invalidCalendar", calendar.getName(), problems));
        }
        if (calendar.getWorkingHours().isEmpty()) {
            throw new CalendarException(Messages.format("noWorkingHours", calendar.getName()));
        }
        return new WorkingTime(calendar);
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * @return the instant at which {@code workingTime} of working time has passed after
     *         {@code start}; {@code start} itself for a zero duration
     */
    public Instant add(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("negative working time " + workingTime);
        }
        if (workingTime.isZero()) {
            return start;
        }
        Duration remaining = workingTime;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
            for (Span span : spans(day)) {
                if (!span.end().isAfter(start)) {
                    continue;
                }
                Instant from = span.start().isAfter(start) ? span.start() : start;
                Duration available = Duration.between(from, span.end());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new CalendarException(Messages.format("noWorkingTimeAhead", name, MAX_DAYS_AHEAD));
    }

    /** @return {@code instant} when the calendar works then, else the start of its next working period */
    public Instant nextWorking(Instant instant) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS_AHEAD; i++, day = day.plusDays(1)) {
            for (Span span : spans(day)) {
                if (span.end().isAfter(instant)) {
                    return span.start().isAfter(instant) ? span.start() : instant;
                }
            }
        }
        throw new CalendarException(Messages.format("noWorkingTimeAhead", name, MAX_DAYS_AHEAD));
    }

    /** @return the working time between the two instants; negative when {@code to} is before {@code from} */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Span span : spans(day)) {
                Instant start = span.start().isAfter(from) ? span.start() : from;
                Instant end = span.end().isBefore(to) ? span.end() : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    /** @return whether the calendar works at this instant */
    public boolean isWorking(Instant instant) {
        return spans(instant.atZone(zone).toLocalDate()).stream()
                .anyMatch(span -> !instant.isBefore(span.start()) && instant.isBefore(span.end()));
    }

    /** @return whether the calendar works on this date at all */
    public boolean isWorkingDay(LocalDate date) {
        return !hoursOn(date).isEmpty();
    }

    /**
     * The instant a wall-clock time of the calendar's zone stands for, refusing times that do
     * not exist (skipped when clocks go forward) instead of silently moving them.
     *
     * @throws CalendarException naming the gap
     */
    public Instant toInstant(LocalDateTime localTime) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(localTime);
        if (transition != null && transition.isGap()) {
            throw new CalendarException(Messages.format("nonExistentTime", localTime, zone,
                    transition.getDateTimeBefore().toLocalTime(), transition.getDateTimeAfter().toLocalTime()));
        }
        return localTime.atZone(zone).toInstant();
    }

    private List<Period> hoursOn(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        if (makeUpDays.contains(date)) {
            return makeUpDayHours;
        }
        return weekly.getOrDefault(date.getDayOfWeek(), Collections.emptyList());
    }

    /** A wall-clock time in a daylight-saving gap stands for the moment the clocks went forward. */
    private Instant instant(LocalDate date, LocalTime time) {
        LocalDateTime local = date.atTime(time);
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        return transition != null && transition.isGap() ? transition.getInstant() : ZonedDateTime.of(local, zone).toInstant();
    }

    private List<Span> spans(LocalDate date) {
        List<Period> hours = hoursOn(date);
        List<Span> result = new ArrayList<>(hours.size());
        for (Period period : hours) {
            Instant start = instant(date, period.start());
            // End 00:00 means midnight at the end of the day (24:00).
            Instant end = period.end().equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay(zone).toInstant()
                    : instant(date, period.end());
            if (end.isAfter(start)) {
                result.add(new Span(start, end));
            }
        }
        return result;
    }
}
