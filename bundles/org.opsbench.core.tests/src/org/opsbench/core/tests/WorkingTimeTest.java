package org.opsbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opsbench.core.calendar.CalendarException;
import org.opsbench.core.calendar.Calendars;
import org.opsbench.core.calendar.HolidayList;
import org.opsbench.core.calendar.WorkingTime;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.CalendarDay;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.Weekday;

/** Working-time arithmetic: worked examples on the PRC 2026 schedule, then properties over random calendars. */
@ExtendWith(EnglishLocale.class)
class WorkingTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static WorkingTime prcFiveByEight() {
        BusinessCalendar calendar = Calendars.fiveByEight("5x8", "Asia/Shanghai");
        HolidayList.prcStatutory(2026).applyTo(calendar);
        return WorkingTime.of(calendar);
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void fridayBeforeQingmingOnFiveByEightResumesTuesday() {
        WorkingTime time = prcFiveByEight();
        // Friday 3 April 2026 16:50; 4-6 April is Qingming (Saturday to Monday).
        Instant opened = shanghai("2026-04-03T16:50");
        assertEquals(shanghai("2026-04-07T09:50"), time.add(opened, Duration.ofHours(1)));
        assertEquals(shanghai("2026-04-07T12:50"), time.add(opened, Duration.ofHours(4)));
        assertEquals(shanghai("2026-04-09T16:50"), time.add(opened, Duration.ofHours(24)));
        assertEquals(Duration.ofMinutes(10), time.between(opened, shanghai("2026-04-06T23:59")));
    }

    @Test
    void theNextWorkingMomentSkipsEveningsAndTheHolidayWeekend() {
        WorkingTime time = prcFiveByEight();
        assertEquals(shanghai("2026-04-03T16:50"), time.nextWorking(shanghai("2026-04-03T16:50")), "working now: now");
        assertEquals(shanghai("2026-04-07T09:00"), time.nextWorking(shanghai("2026-04-03T17:00")), "closing time belongs to the next day");
        assertEquals(shanghai("2026-04-07T09:00"), time.nextWorking(shanghai("2026-04-05T10:00")), "Qingming Sunday");
        assertEquals(shanghai("2026-04-07T09:00"), time.nextWorking(shanghai("2026-04-07T06:30")), "early morning");
    }

    @Test
    void sameCaseOnSevenByTwentyFourIgnoresHolidays() {
        WorkingTime time = WorkingTime.of(Calendars.sevenByTwentyFour("7x24", "Asia/Shanghai"));
        Instant opened = shanghai("2026-04-03T16:50");
        assertEquals(shanghai("2026-04-03T17:50"), time.add(opened, Duration.ofHours(1)));
        assertEquals(shanghai("2026-04-06T16:50"), time.add(opened, Duration.ofHours(72)));
    }

    @Test
    void makeUpSaturdayIsWorkedAndLabourDayIsNot() {
        WorkingTime time = prcFiveByEight();
        // Thursday 30 April 16:50; 1-5 May off, Wednesday 6 May worked.
        assertEquals(shanghai("2026-05-06T12:50"), time.add(shanghai("2026-04-30T16:50"), Duration.ofHours(4)));
        // Friday 8 May 16:50; Saturday 9 May is a make-up working day.
        assertEquals(shanghai("2026-05-09T09:50"), time.add(shanghai("2026-05-08T16:50"), Duration.ofHours(1)));
        assertTrue(time.isWorkingDay(LocalDate.of(2026, 5, 9)));
        assertFalse(time.isWorkingDay(LocalDate.of(2026, 5, 4)));
        assertFalse(time.isWorkingDay(LocalDate.of(2026, 5, 10)));
    }

    @Test
    void startingOutsideWorkingHoursCountsFromTheNextPeriod() {
        WorkingTime time = prcFiveByEight();
        assertEquals(shanghai("2026-11-23T09:30"), time.add(shanghai("2026-11-21T22:00"), Duration.ofMinutes(30)));
        assertFalse(time.isWorking(shanghai("2026-11-23T08:59")));
        assertTrue(time.isWorking(shanghai("2026-11-23T09:00")));
        assertFalse(time.isWorking(shanghai("2026-11-23T17:00")));
        assertEquals(Instant.parse("2026-11-21T14:00:00Z"), time.add(shanghai("2026-11-21T22:00"), Duration.ZERO));
    }

    @Test
    void lunchBreakIsNotWorked() {
        BusinessCalendar calendar = Calendars.empty("split day", "Asia/Shanghai");
        for (Weekday day : List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY, Weekday.THURSDAY, Weekday.FRIDAY)) {
            Calendars.addHours(calendar, day, LocalTime.of(13, 0), LocalTime.of(18, 0)); // out of order on purpose
            Calendars.addHours(calendar, day, LocalTime.of(9, 0), LocalTime.of(12, 0));
        }
        WorkingTime time = WorkingTime.of(calendar);
        assertEquals(shanghai("2026-11-23T13:30"), time.add(shanghai("2026-11-23T11:00"), Duration.ofMinutes(90)));
        assertEquals(Duration.ofHours(8), time.between(shanghai("2026-11-23T00:00"), shanghai("2026-11-24T00:00")));
    }

    @Test
    void daylightSavingDaysHaveTheirRealLength() {
        WorkingTime time = WorkingTime.of(Calendars.sevenByTwentyFour("Berlin 7x24", "Europe/Berlin"));
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Instant springDay = LocalDate.of(2026, 3, 29).atStartOfDay(berlin).toInstant();
        Instant autumnDay = LocalDate.of(2026, 10, 25).atStartOfDay(berlin).toInstant();
        assertEquals(Duration.ofHours(23), time.between(springDay, LocalDate.of(2026, 3, 30).atStartOfDay(berlin).toInstant()));
        assertEquals(Duration.ofHours(25), time.between(autumnDay, LocalDate.of(2026, 10, 26).atStartOfDay(berlin).toInstant()));
    }

    @Test
    void hoursStartingInTheGapStartWhenClocksHaveGoneForward() {
        BusinessCalendar calendar = Calendars.empty("night shift", "Europe/Berlin");
        Calendars.addHours(calendar, Weekday.SUNDAY, LocalTime.of(2, 30), LocalTime.of(6, 0));
        WorkingTime time = WorkingTime.of(calendar);
        Instant sunday = LocalDate.of(2026, 3, 29).atStartOfDay(ZoneId.of("Europe/Berlin")).toInstant();
        assertEquals(Duration.ofHours(3), time.between(sunday, sunday.plus(Duration.ofDays(1))));
    }

    @Test
    void aNonExistentLocalTimeIsRefusedWithTheGap() {
        WorkingTime time = WorkingTime.of(Calendars.sevenByTwentyFour("Berlin 7x24", "Europe/Berlin"));
        CalendarException refused = assertThrows(CalendarException.class,
                () -> time.toInstant(LocalDateTime.parse("2026-03-29T02:30")));
        assertEquals("2026-03-29T02:30 does not exist in Europe/Berlin: the clocks go forward from 02:00 to 03:00 that day."
                + " Enter a time outside the gap.", refused.getMessage());
        assertEquals(LocalDateTime.parse("2026-03-29T03:30").atZone(ZoneId.of("Europe/Berlin")).toInstant(),
                time.toInstant(LocalDateTime.parse("2026-03-29T03:30")));
    }

    @Test
    void aDayBothHolidayAndMakeUpDayIsRefused() {
        BusinessCalendar calendar = Calendars.fiveByEight("broken", "Asia/Shanghai");
        calendar.getHolidays().add(day(LocalDate.of(2026, 10, 8)));
        calendar.getMakeUpDays().add(day(LocalDate.of(2026, 10, 8)));
        CalendarException refused = assertThrows(CalendarException.class, () -> WorkingTime.of(calendar));
        assertTrue(refused.getMessage().startsWith("The calendar \"broken\" cannot be used: 2026-10-08 is both a holiday"),
                refused.getMessage());
    }

    @Test
    void anUnknownTimeZoneOrNoHoursAreRefused() {
        CalendarException zone = assertThrows(CalendarException.class,
                () -> WorkingTime.of(Calendars.fiveByEight("far away", "Asia/Atlantis")));
        assertTrue(zone.getMessage().contains("\"Asia/Atlantis\" is not a time zone"), zone.getMessage());
        CalendarException empty = assertThrows(CalendarException.class,
                () -> WorkingTime.of(Calendars.empty("never", "Asia/Shanghai")));
        assertTrue(empty.getMessage().startsWith("The calendar \"never\" has no working hours."), empty.getMessage());
    }

    @Test
    void aCalendarWithoutAnyWorkingDayAheadStopsSearching() {
        BusinessCalendar calendar = Calendars.empty("only 1 Jan", "Asia/Shanghai");
        Calendars.addHours(calendar, Weekday.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0));
        for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() < 2037; d = d.plusDays(1)) {
            if (d.getDayOfWeek() == java.time.DayOfWeek.MONDAY) {
                calendar.getHolidays().add(day(d));
            }
        }
        WorkingTime time = WorkingTime.of(calendar);
        CalendarException refused = assertThrows(CalendarException.class,
                () -> time.add(shanghai("2026-01-01T00:00"), Duration.ofMinutes(1)));
        assertTrue(refused.getMessage().contains("has no working time in the next 3660 days"), refused.getMessage());
    }

    // ---- properties, checked over random calendars, instants and durations (fixed seeds, so failures repeat) ----

    private static final int TRIALS = 3000;

    private static List<Supplier<WorkingTime>> calendars() {
        return List.of(WorkingTimeTest::prcFiveByEight, () -> WorkingTime.of(Calendars.sevenByTwentyFour("7x24", "Asia/Shanghai")),
                () -> {
                    BusinessCalendar c = Calendars.empty("shifts", "Europe/Berlin"); // with daylight saving
                    for (Weekday day : Weekday.VALUES) {
                        Calendars.addHours(c, day, LocalTime.of(1, 30), LocalTime.of(3, 30));
                        Calendars.addHours(c, day, LocalTime.of(20, 0), LocalTime.MIDNIGHT);
                    }
                    c.getHolidays().add(day(LocalDate.of(2026, 12, 25)));
                    return WorkingTime.of(c);
                });
    }

    private static Instant randomInstant(Random random) {
        return Instant.parse("2025-12-01T00:00:00Z").plusSeconds(random.nextLong(400L * 24 * 3600));
    }

    private static Duration randomDuration(Random random) {
        return Duration.ofSeconds(random.nextLong(300L * 3600));
    }

    @Test
    void betweenUndoesAdd() {
        for (Supplier<WorkingTime> calendar : calendars()) {
            WorkingTime time = calendar.get();
            Random random = new Random(11);
            for (int i = 0; i < TRIALS; i++) {
                Instant t = randomInstant(random);
                Duration d = randomDuration(random);
                assertEquals(d, time.between(t, time.add(t, d)), () -> "t=" + t + " d=" + d);
            }
        }
    }

    @Test
    void addIsMonotonicInDurationAndStart() {
        for (Supplier<WorkingTime> calendar : calendars()) {
            WorkingTime time = calendar.get();
            Random random = new Random(12);
            for (int i = 0; i < TRIALS; i++) {
                Instant t1 = randomInstant(random);
                Instant t2 = t1.plusSeconds(random.nextInt(5 * 24 * 3600));
                Duration d1 = randomDuration(random);
                Duration d2 = d1.plusSeconds(random.nextInt(48 * 3600));
                String context = "t1=" + t1 + " t2=" + t2 + " d1=" + d1 + " d2=" + d2;
                assertFalse(time.add(t1, d2).isBefore(time.add(t1, d1)), context);
                assertFalse(time.add(t2, d1).isBefore(time.add(t1, d1)), context);
                assertFalse(time.add(t1, d1).isBefore(t1.plus(d1)), context); // never faster than the wall clock
            }
        }
    }

    @Test
    void betweenIsAdditiveAndBoundedByTheWallClock() {
        for (Supplier<WorkingTime> calendar : calendars()) {
            WorkingTime time = calendar.get();
            Random random = new Random(13);
            for (int i = 0; i < TRIALS; i++) {
                Instant a = randomInstant(random);
                Instant b = a.plusSeconds(random.nextInt(20 * 24 * 3600));
                Instant c = b.plusSeconds(random.nextInt(20 * 24 * 3600));
                String context = "a=" + a + " b=" + b + " c=" + c;
                assertEquals(time.between(a, c), time.between(a, b).plus(time.between(b, c)), context);
                assertTrue(time.between(a, c).compareTo(Duration.between(a, c)) <= 0, context);
                assertEquals(time.between(a, c).negated(), time.between(c, a), context);
            }
        }
    }

    @Test
    void theEndOfAnAddedSpanIsWorkingTimeOrItsEdge() {
        for (Supplier<WorkingTime> calendar : calendars()) {
            WorkingTime time = calendar.get();
            Random random = new Random(14);
            for (int i = 0; i < TRIALS; i++) {
                Instant t = randomInstant(random);
                Duration d = randomDuration(random).plusSeconds(1);
                Instant end = time.add(t, d);
                assertTrue(time.isWorking(end.minusSeconds(1)), () -> "t=" + t + " d=" + d);
            }
        }
    }

    private static CalendarDay day(LocalDate date) {
        CalendarDay day = OpsFactory.eINSTANCE.createCalendarDay();
        day.setDate(date);
        return day;
    }
}
