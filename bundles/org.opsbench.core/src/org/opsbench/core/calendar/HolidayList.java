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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.opsbench.core.exchange.Utf8Text;
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
 * CSV: a header {@code date,kind,name}, then one day per row, date as yyyy-MM-dd and kind
 * {@code holiday} or {@code make-up}. iCalendar (.ics): every all-day VEVENT is a holiday
 * for each day from DTSTART up to (not including) DTEND; an event whose CATEGORIES contain
 * {@code MAKE-UP} or {@code WORKDAY}, or whose SUMMARY contains 班 or "make-up", is a
 * make-up working day instead (the usual way Chinese holiday feeds mark 调休 days).
 */
public final class HolidayList {

    /** One dated entry and the file line it came from. */
    public record Entry(LocalDate date, boolean makeUpDay, String name, int line) {
    }

    private static final String[] CSV_HEADER = { "date", "kind", "name" };

    private final List<Entry> entries;

    private HolidayList(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** @throws CalendarException naming the line of the first problem; nothing is read then */
    public static HolidayList readCsv(byte[] content) {
        String text = utf8(content);
        List<Entry> entries = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            if (!header.equals(List.of(CSV_HEADER))) {
                throw new CalendarException(1, Messages.format("csvHeader", String.join(",", header), String.join(",", CSV_HEADER)));
            }
            for (CSVRecord record : parser) {
                int line = (int) parser.getCurrentLineNumber();
                if (record.size() < 2) {
                    throw new CalendarException(line, Messages.format("csvShortRow", line));
                }
                LocalDate date = parseDate(record.get(0), line);
                String kind = record.get(1).toLowerCase(Locale.ROOT);
                boolean makeUp = switch (kind) {
                case "holiday" -> false;
                case "make-up" -> true;
                default -> throw new CalendarException(line, Messages.format("csvKind", line, record.get(1)));
                };
                entries.add(new Entry(date, makeUp, record.size() > 2 ? record.get(2) : "", line));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new CalendarException(0, Messages.format("csvMalformed", e.getMessage()));
        }
        return checked(entries);
    }

    /** @throws CalendarException naming the line of the first problem; nothing is read then */
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
        List<Entry> entries = new ArrayList<>();
        int index = 0;
        for (Component component : calendar.getComponents(Component.VEVENT)) {
            VEvent event = (VEvent) component;
            index++;
            String summary = value(event.getProperty(Property.SUMMARY));
            String categories = value(event.getProperty(Property.CATEGORIES)).toUpperCase(Locale.ROOT);
            if (event.getStartDate() == null) {
                throw new CalendarException(0, Messages.format("icsNoStart", index, summary));
            }
            LocalDate start = icsDate(event.getStartDate().getValue(), index, summary);
            LocalDate end = event.getEndDate() == null ? start.plusDays(1) : icsDate(event.getEndDate().getValue(), index, summary);
            if (!end.isAfter(start)) {
                end = start.plusDays(1);
            }
            boolean makeUp = categories.contains("MAKE-UP") || categories.contains("WORKDAY") || summary.contains("班")
                    || summary.toLowerCase(Locale.ROOT).contains("make-up");
            for (LocalDate day = start; day.isBefore(end); day = day.plusDays(1)) {
                entries.add(new Entry(day, makeUp, summary, index));
            }
        }
        return checked(entries);
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
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new CalendarException(line, Messages.format("csvDate", line, text));
        }
    }

    private static LocalDate icsDate(String value, int event, String summary) {
        try {
            return LocalDate.parse(value.length() >= 8 ? value.substring(0, 8) : value, DateTimeFormatter.BASIC_ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new CalendarException(0, Messages.format("icsDate", event, summary, value));
        }
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
