package org.opsbench.core.calendar;

import java.time.LocalTime;
import java.util.List;

import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.Weekday;
import org.opsbench.model.WorkingHours;

/** The usual coverage calendars, as starting points a service center edits. */
public final class Calendars {

    private static final List<Weekday> MONDAY_TO_FRIDAY = List.of(Weekday.MONDAY, Weekday.TUESDAY, Weekday.WEDNESDAY,
            Weekday.THURSDAY, Weekday.FRIDAY);

    private Calendars() {
    }

    /** 5x8: Monday to Friday, 09:00 to 17:00, no holidays yet. */
    public static BusinessCalendar fiveByEight(String name, String timeZone) {
        BusinessCalendar calendar = empty(name, timeZone);
        MONDAY_TO_FRIDAY.forEach(day -> addHours(calendar, day, LocalTime.of(9, 0), LocalTime.of(17, 0)));
        return calendar;
    }

    /** 7x24: every day around the clock; holidays do not matter to it. */
    public static BusinessCalendar sevenByTwentyFour(String name, String timeZone) {
        BusinessCalendar calendar = empty(name, timeZone);
        Weekday.VALUES.forEach(day -> addHours(calendar, day, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT));
        return calendar;
    }

    /** Adds working hours on a weekday; an end of 00:00 means midnight at the end of the day. */
    public static void addHours(BusinessCalendar calendar, Weekday day, LocalTime start, LocalTime end) {
        WorkingHours hours = OpsFactory.eINSTANCE.createWorkingHours();
        hours.setDay(day);
        hours.setStart(start);
        hours.setEnd(end);
        calendar.getWorkingHours().add(hours);
    }

    public static BusinessCalendar empty(String name, String timeZone) {
        BusinessCalendar calendar = OpsFactory.eINSTANCE.createBusinessCalendar();
        calendar.setName(name);
        calendar.setTimeZone(timeZone);
        return calendar;
    }
}
