package org.opsbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.opsbench.core.calendar.CalendarException;
import org.opsbench.core.calendar.Calendars;
import org.opsbench.core.calendar.HolidayList;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.CalendarDay;
import org.opsbench.persistence.testing.FileMutations;

/** Holiday lists from CSV and iCalendar files: read completely or not at all, with the line to fix. */
@ExtendWith(EnglishLocale.class)
class HolidayListTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shippedPrcScheduleFor2026() {
        BusinessCalendar calendar = Calendars.fiveByEight("5x8", "Asia/Shanghai");
        assertEquals(39, HolidayList.prcStatutory(2026).applyTo(calendar));
        assertEquals(33, calendar.getHolidays().size());
        assertEquals(List.of("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"),
                calendar.getMakeUpDays().stream().map(d -> d.getDate().toString()).sorted().toList());
        assertTrue(calendar.getHolidays().stream().anyMatch(d -> d.getDate().equals(LocalDate.of(2026, 2, 23))
                && d.getName().contains("春节")));
        CalendarException none = assertThrows(CalendarException.class, () -> HolidayList.prcStatutory(1999));
        assertTrue(none.getMessage().startsWith("No statutory holiday schedule ships for 1999."), none.getMessage());
    }

    @Test
    void csvAddsHolidaysAndMakeUpDaysAndRenamesKnownOnes() {
        BusinessCalendar calendar = Calendars.fiveByEight("5x8", "Asia/Shanghai");
        HolidayList.prcStatutory(2026).applyTo(calendar);
        HolidayList list = HolidayList.readCsv(utf8("""
                date,kind,name
                2026-10-01,holiday,Guoqing
                2027-01-01,holiday,New Year 2027
                2027-01-04,make-up,Make-up
                """));
        assertEquals(3, list.entries().size());
        assertEquals(2, list.applyTo(calendar));
        assertEquals("Guoqing", calendar.getHolidays().stream().filter(d -> d.getDate().equals(LocalDate.of(2026, 10, 1)))
                .findFirst().orElseThrow().getName());
        assertEquals(34, calendar.getHolidays().size());
        assertEquals(7, calendar.getMakeUpDays().size());
    }

    @Test
    void malformedCsvNamesTheLineAndReadsNothing() {
        CalendarException date = assertThrows(CalendarException.class, () -> HolidayList.readCsv(utf8("""
                date,kind,name
                2026-10-01,holiday,National Day

                2026-02-30,holiday,No such day
                """)));
        assertEquals(4, date.line());
        assertEquals("Line 4: \"2026-02-30\" is not a date; write it as yyyy-MM-dd, e.g. 2026-10-01. Nothing was imported.",
                date.getMessage());
        CalendarException kind = assertThrows(CalendarException.class,
                () -> HolidayList.readCsv(utf8("date,kind,name\n2026-10-01,vacation,x\n")));
        assertEquals("Line 2: \"vacation\" is not a kind; use holiday or make-up. Nothing was imported.", kind.getMessage());
        CalendarException header = assertThrows(CalendarException.class, () -> HolidayList.readCsv(utf8("day,name\n2026-10-01,x\n")));
        assertEquals(1, header.line());
        CalendarException encoding = assertThrows(CalendarException.class,
                () -> HolidayList.readCsv("date,kind,name\n2026-10-01,holiday,国庆\n".getBytes(java.nio.charset.Charset.forName("GB18030"))));
        assertTrue(encoding.getMessage().startsWith("The file is not UTF-8 text."), encoding.getMessage());
        assertEquals(2, encoding.line());
    }

    @Test
    void aDayBothHolidayAndMakeUpDayIsRefusedInTheFileAndAgainstTheCalendar() {
        CalendarException inFile = assertThrows(CalendarException.class, () -> HolidayList.readCsv(utf8("""
                date,kind,name
                2026-10-08,holiday,Extra
                2026-10-09,holiday,Extra
                2026-10-08,make-up,Work
                """)));
        assertEquals("2026-10-08 is both a holiday (line 2) and a make-up working day (line 4). Fix the file; nothing was imported.",
                inFile.getMessage());

        BusinessCalendar calendar = Calendars.fiveByEight("5x8", "Asia/Shanghai");
        HolidayList.prcStatutory(2026).applyTo(calendar);
        BusinessCalendar before = EcoreUtil.copy(calendar);
        HolidayList clash = HolidayList.readCsv(utf8("date,kind,name\n2027-01-01,holiday,New Year\n2026-10-10,holiday,Day off\n"));
        CalendarException refused = assertThrows(CalendarException.class, () -> clash.applyTo(calendar));
        assertEquals("Line 3: 2026-10-10 is listed the other way round in calendar \"5x8\" (holiday versus make-up day)."
                + " Remove it there first; nothing was imported.", refused.getMessage());
        assertTrue(EcoreUtil.equals(before, calendar), "the calendar is unchanged");
    }

    @Test
    void icalendarEventsSpanDaysAndMakeUpEventsAreWorkingDays() {
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//OpsBench test//EN",
                "BEGIN:VEVENT", "UID:1@test", "DTSTAMP:20251104T000000Z", "DTSTART;VALUE=DATE:20261001",
                "DTEND;VALUE=DATE:20261008", "SUMMARY:国庆节", "END:VEVENT",
                "BEGIN:VEVENT", "UID:2@test", "DTSTAMP:20251104T000000Z", "DTSTART;VALUE=DATE:20261010",
                "DTEND;VALUE=DATE:20261011", "SUMMARY:国庆节调休 上班", "END:VEVENT",
                "BEGIN:VEVENT", "UID:3@test", "DTSTAMP:20251104T000000Z", "DTSTART;VALUE=DATE:20260920",
                "SUMMARY:Make-up working day", "CATEGORIES:WORKDAY", "END:VEVENT", "END:VCALENDAR", "");
        HolidayList list = HolidayList.readIcs(utf8(ics));
        BusinessCalendar calendar = Calendars.fiveByEight("5x8", "Asia/Shanghai");
        assertEquals(9, list.applyTo(calendar));
        assertEquals(7, calendar.getHolidays().size());
        assertEquals(List.of(LocalDate.of(2026, 10, 10), LocalDate.of(2026, 9, 20)),
                calendar.getMakeUpDays().stream().map(CalendarDay::getDate).toList());
    }

    @Test
    void malformedIcalendarNamesTheLine() {
        // The event is never ended: the parser notices on line 5.
        String ics = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20261001",
                "END:VCALENDAR", "");
        CalendarException refused = assertThrows(CalendarException.class, () -> HolidayList.readIcs(utf8(ics)));
        assertEquals("The file is not valid iCalendar near line 5: Expected [VEVENT], read [VCALENDAR]. Nothing was imported.",
                refused.getMessage());
        assertEquals(5, refused.line());
    }

    private static String ics(String... eventLines) {
        List<String> lines = new java.util.ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//OpsBench test//EN", "BEGIN:VEVENT",
                "UID:1@test", "DTSTAMP:20251104T000000Z"));
        lines.addAll(List.of(eventLines));
        lines.addAll(List.of("END:VEVENT", "END:VCALENDAR", ""));
        return String.join("\r\n", lines);
    }

    @Test
    void repeatingEventsAreRefusedRatherThanReadAsTheirFirstDay() {
        for (String repeating : List.of("RRULE:FREQ=YEARLY", "RDATE;VALUE=DATE:20271001", "EXDATE;VALUE=DATE:20261002")) {
            CalendarException refused = assertThrows(CalendarException.class, () -> HolidayList.readIcs(utf8(ics(
                    "DTSTART;VALUE=DATE:20261001", "DTEND;VALUE=DATE:20261008", "SUMMARY:National Day", repeating))));
            assertEquals(4, refused.line(), "the line of BEGIN:VEVENT");
            assertTrue(refused.getMessage().startsWith("Event 1 (\"National Day\", line 4) repeats (" + repeating.replaceAll("[:;].*", "")
                    + ")."), refused.getMessage());
        }
    }

    @Test
    void aTimedMeetingIsNoHoliday() {
        CalendarException refused = assertThrows(CalendarException.class, () -> HolidayList.readIcs(utf8(ics(
                "DTSTART:20261009T140000Z", "DTEND:20261009T160000Z", "SUMMARY:Quarterly review"))));
        assertEquals("Event 1 (\"Quarterly review\", line 4) has a time of day; only all-day events are holidays or make-up days."
                + " Nothing was imported.", refused.getMessage());
    }

    @Test
    void datesFarOutsideAnyServiceYearAreRefused() {
        CalendarException csv = assertThrows(CalendarException.class,
                () -> HolidayList.readCsv(utf8("date,kind,name\n2026-10-01,holiday,National Day\n+99999-01-01,holiday,Far\n")));
        assertEquals(3, csv.line());
        CalendarException early = assertThrows(CalendarException.class,
                () -> HolidayList.readCsv(utf8("date,kind,name\n0001-01-01,holiday,Long ago\n")));
        assertEquals("Line 2: 0001-01-01 is outside 1970-01-01 to 2100-12-31; check the year. Nothing was imported.", early.getMessage());
        CalendarException longEvent = assertThrows(CalendarException.class, () -> HolidayList.readIcs(utf8(ics(
                "DTSTART;VALUE=DATE:20260101", "DTEND;VALUE=DATE:20990101", "SUMMARY:Forever"))));
        assertTrue(longEvent.getMessage().contains("longer than 31 days"), longEvent.getMessage());
        CalendarException ics = assertThrows(CalendarException.class, () -> HolidayList.readIcs(utf8(ics(
                "DTSTART;VALUE=DATE:29990101", "SUMMARY:Far"))));
        assertEquals(4, ics.line());
    }

    @Test
    void aHeaderWithAnEmptyOrRepeatedNameIsRefusedWithItsLine() {
        CalendarException empty = assertThrows(CalendarException.class,
                () -> HolidayList.readCsv(utf8("date,,kind\n2026-10-01,x,holiday\n")));
        assertEquals(1, empty.line());
        assertTrue(empty.getMessage().contains("has no name"), empty.getMessage());
        CalendarException twice = assertThrows(CalendarException.class,
                () -> HolidayList.readCsv(utf8("date,kind,date\n2026-10-01,holiday,2026-10-02\n")));
        assertTrue(twice.getMessage().contains("twice"), twice.getMessage());
        CalendarException ragged = assertThrows(CalendarException.class,
                () -> HolidayList.readCsv(utf8("date,kind,name\n2026-10-01,holiday,National Day,extra\n")));
        assertEquals(2, ragged.line());
    }

    @Test
    void damagedCopiesOfAValidHolidayCsvAreRefusedOrReadFaithfully() {
        byte[] valid = utf8("date,kind,name\n2026-10-01,holiday,National Day\n2026-10-02,holiday,\"National Day, second\"\n"
                + "2026-10-10,make-up,Make-up working day\n2027-01-01,holiday,New Year\n");
        FileMutations.Outcome outcome = new FileMutations(valid, 30).feed(2000, CalendarException.class, 10, copy -> {
            List<HolidayList.Entry> read = HolidayList.readCsv(copy).entries();
            java.io.StringWriter again = new java.io.StringWriter();
            try (org.apache.commons.csv.CSVPrinter printer = new org.apache.commons.csv.CSVPrinter(again,
                    org.apache.commons.csv.CSVFormat.DEFAULT)) {
                printer.printRecord("date", "kind", "name");
                for (HolidayList.Entry entry : read) {
                    printer.printRecord(entry.date(), entry.makeUpDay() ? "make-up" : "holiday",
                            org.opsbench.core.exchange.CsvCells.escape(entry.name()));
                }
            }
            assertEquals(days(read), days(HolidayList.readCsv(utf8(again.toString())).entries()), "read back the same");
        });
        assertTrue(outcome.refused() > 100 && outcome.accepted() > 100, outcome.toString());
    }

    @Test
    void damagedCopiesOfAValidIcalendarFileAreRefusedOrReadFaithfully() {
        byte[] valid = utf8(String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//OpsBench test//EN",
                "BEGIN:VEVENT", "UID:1@test", "DTSTAMP:20251104T000000Z", "DTSTART;VALUE=DATE:20261001",
                "DTEND;VALUE=DATE:20261008", "SUMMARY:国庆节", "END:VEVENT",
                "BEGIN:VEVENT", "UID:2@test", "DTSTAMP:20251104T000000Z", "DTSTART;VALUE=DATE:20261010",
                "SUMMARY:国庆节调休 上班", "CATEGORIES:WORKDAY", "END:VEVENT", "END:VCALENDAR", ""));
        FileMutations.Outcome outcome = new FileMutations(valid, 31).feed(1000, CalendarException.class, 10, copy -> {
            List<HolidayList.Entry> read = HolidayList.readIcs(copy).entries();
            for (HolidayList.Entry entry : read) {
                assertTrue(entry.date().getYear() >= 1970 && entry.date().getYear() <= 2100, entry.toString());
            }
            assertEquals(days(read), days(HolidayList.readIcs(copy).entries()), "the same file reads the same");
        });
        assertTrue(outcome.refused() > 50 && outcome.accepted() > 50, outcome.toString());
    }

    private static List<String> days(List<HolidayList.Entry> entries) {
        return entries.stream().map(e -> e.date() + " " + e.makeUpDay() + " " + e.name()).toList();
    }
}
