package org.opsbench.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.opsbench.core.exchange.CsvImportException;
import org.opsbench.core.exchange.CsvTable;
import org.opsbench.core.internal.Utf8Text;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.CalendarDay;
import org.opsbench.model.OpsFactory;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * A list of public holidays and make-up working days read from a file, applied to a
 * calendar all at once or not at all.
 * <p>
 * CSV: a header {@code date,kind,name} (name optional), then one day per row, date as yyyy-MM-dd
 * and kind {@code holiday} or {@code make-up}; read strictly ({@link CsvTable}). iCalendar (.ics):
 * every all-day VEVENT is a holiday for each day from DTSTART up to (not including) DTEND; an
 * event whose CATEGORIES contain {@code MAKE-UP} or {@code WORKDAY}, or whose SUMMARY contains 班
 * or "make-up", is a make-up working day instead (the usual way Chinese holiday feeds mark 调休
 * days). Timed and repeating events are refused, and so are dates outside 1970-2100 and events
 * longer than 31 days.
 */
public final class HolidayList {

    /** One dated entry and the file line it came from. */
    public record Entry(LocalDate date, boolean makeUpDay, String name, int line) {
    }

    private static final String[] CSV_HEADER = { "date", "kind", "name" };
    private static final LocalDate FIRST_DATE = LocalDate.of(1970, 1, 1);
    private static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);
    /** Public holidays and make-up days come a few at a time; an all-day event longer than this is refused. */
    private static final int MAX_EVENT_DAYS = 31;

    private final List<Entry> entries;

    private HolidayList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** @throws CalendarException naming the line of the first problem; nothing is read then */
    public static HolidayList readCsv(byte[] content) {
        utf8(content); // refused in the calendar's words before the table reads it
        CsvTable table;
        try {
            table = CsvTable.read(content, List.of(CSV_HEADER), List.of(CSV_HEADER[0], CSV_HEADER[1]));
        } catch (CsvImportException e) {
            throw new CalendarException(e.row(), Messages.format("csvRefused", e.getMessage()));
        }
        List<Entry> entries = new ArrayList<>();
        for (CsvTable.Row record : table.rows()) {
            int line = record.line();
            LocalDate date = parseDate(record.get("date"), line);
            boolean makeUp = switch (record.get("kind").toLowerCase(Locale.ROOT)) {
            case "holiday" -> false;
            case "make-up" -> true;
            default -> throw new CalendarException(line, Messages.format("csvKind", line, record.get("kind")));
            };
            entries.add(new Entry(date, makeUp, record.get("name"), line));
        }
        return checked(entries);
    }

    /**
     * Reads all-day events. Events that repeat (RRULE, RDATE, EXDATE, RECURRENCE-ID) are refused rather
     * than read as their first occurrence: holiday schedules list each year's days, and a repeating
     * event cannot say which make-up days go with which year. Timed events are refused too.
     *
     * @throws CalendarException naming the line of the first problem; nothing is read then
     */
    public static HolidayList readIcs(byte[] content) {
        String text = utf8(content);
        net.fortuna.ical4j.model.Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(text));
        } catch (ParserException e) {
            throw new CalendarException(e.getLineNo(), Messages.format("icsMalformed", e.getLineNo(), rootMessage(e)));
        } catch (IOException | RuntimeException e) {
            throw new CalendarException(0, Messages.format("icsMalformed", 0, rootMessage(e)));
        }
        List<Integer> eventLines = eventLines(text);
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (Component component : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) component;
            int line = index < eventLines.size() ? eventLines.get(index) : 0;
            index++;
            String summary = value(event.getProperty(Property.SUMMARY));
            String categories = value(event.getProperty(Property.CATEGORIES)).toUpperCase(Locale.ROOT);
            if (event.getStartDate() == null) {
                throw new CalendarException(line, Messages.format("icsNoStart", index, summary, line));
            }
            for (String repeating : List.of(Property.RRULE, Property.RDATE, Property.EXDATE, Property.RECURRENCE_ID)) {
                if (event.getProperty(repeating) != null) {
                    throw new CalendarException(line, Messages.format("icsRepeats", index, summary, line, repeating));
                }
            }
            if (event.getStartDate().getDate() instanceof net.fortuna.ical4j.model.DateTime
                    || event.getEndDate() != null && event.getEndDate().getDate() instanceof net.fortuna.ical4j.model.DateTime) {
                throw new CalendarException(line, Messages.format("icsTimed", index, summary, line));
            }
            LocalDate start = icsDate(event.getStartDate().getValue(), index, summary, line);
            LocalDate end = event.getEndDate() == null ? start.plusDays(1) : icsDate(event.getEndDate().getValue(), index, summary, line);
            if (!end.isAfter(start)) {
                end = start.plusDays(1);
            }
            if (end.toEpochDay() - start.toEpochDay() > MAX_EVENT_DAYS) {
                throw new CalendarException(line, Messages.format("icsTooLong", index, summary, line, start, end.minusDays(1), MAX_EVENT_DAYS));
            }
            boolean makeUp = categories.contains("MAKE-UP") || categories.contains("WORKDAY") || summary.contains("班")
                    || summary.toLowerCase(Locale.ROOT).contains("make-up");
            for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
                entries.add(new Entry(day, makeUp, summary, line));
            }
        }
        return checked(entries);
    }

    /** @return the line of each BEGIN:VEVENT, in file order (ical4j keeps no line numbers) */
    private static List<Integer> eventLines(String text) {
        List<Integer> lines = new ArrayList<>();
        int line = 0;
        for (String row : text.split("\r?\n|\r", -1)) {
            line++;
            if (row.strip().equalsIgnoreCase("BEGIN:VEVENT")) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The PRC statutory holiday schedule shipped as editable sample data. */
    public static HolidayList prcStatutory(int year) {
        String resource = "prc-holidays-" + year + ".csv";
        try (InputStream in = HolidayList.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new CalendarException(Messages.format("noShippedSchedule", year));
            }
            return readCsv(in.readAllBytes());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Adds the entries to the calendar; an entry for a date already listed replaces its name.
     * Checks everything first: a date that would be both holiday and make-up day changes nothing.
     *
     * @return the number of dates added
     */
    public int applyTo(BusinessCalendar calendar) {
        Map<LocalDate, CalendarDay> holidays = index(calendar.getHolidays());
        Map<LocalDate, CalendarDay> makeUps = index(calendar.getMakeUpDays());
        for (Entry entry : entries) {
            if (entry.makeUpDay() ? holidays.containsKey(entry.date()) : makeUps.containsKey(entry.date())) {
                throw new CalendarException(entry.line(), Messages.format("conflictsWithCalendar", entry.line(), entry.date(),
                        calendar.getName()));
            }
        }
        int added = 0;
        for (Entry entry : entries) {
            Map<LocalDate, CalendarDay> existing = entry.makeUpDay() ? makeUps : holidays;
            CalendarDay day = existing.get(entry.date());
            if (day == null) {
                day = OpsFactory.eINSTANCE.createCalendarDay();
                day.setDate(entry.date());
                (entry.makeUpDay() ? calendar.getMakeUpDays() : calendar.getHolidays()).add(day);
                existing.put(entry.date(), day);
                added++;
            }
            day.setName(entry.name());
        }
        return added;
    }

    private static Map<LocalDate, CalendarDay> index(List<CalendarDay> days) {
        Map<LocalDate, CalendarDay> map = new HashMap<>();
        days.forEach(d -> map.put(d.getDate(), d));
        return map;
    }

    /** Refuses a file that names one date both holiday and make-up day. */
    private static HolidayList checked(List<Entry> entries) {
        Map<LocalDate, Entry> seen = new HashMap<>();
        for (Entry entry : entries) {
            Entry earlier = seen.putIfAbsent(entry.date(), entry);
            if (earlier != null && earlier.makeUpDay() != entry.makeUpDay()) {
                throw new CalendarException(entry.line(), Messages.format("bothKinds", entry.date(), earlier.line(), entry.line()));
            }
        }
        return new HolidayList(entries);
    }

    private static LocalDate parseDate(String text, int line) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CalendarException(line, Messages.format("csvDate", line, text));
        }
        return inRange(date, line);
    }

    private static LocalDate icsDate(String value, int event, String summary, int line) {
        LocalDate date;
        try {
            date = LocalDate.parse(value.length() >= 8 ? value.substring(0, 8) : value, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new CalendarException(line, Messages.format("icsDate", event, summary, value, line));
        }
        return inRange(date, line);
    }

    /** Business calendars plan service years: a date far outside them is a typing error, not a holiday. */
    private static LocalDate inRange(LocalDate date, int line) {
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw new CalendarException(line, Messages.format("dateRange", line, date, FIRST_DATE, LAST_DATE));
        }
        return date;
    }

    private static String value(Property property) {
        return property == null || property.getValue() == null ? "" : property.getValue();
    }

    private static String utf8(byte[] content) {
        try {
            return Utf8Text.decode(content);
        } catch (Utf8Text.NotUtf8Exception e) {
            throw new CalendarException(e.line(), Messages.format("encoding", e.line()));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return message.replaceFirst("^Error at line \\d+:\\s*", "");
    }
}
