package org.opsbench.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.opsbench.core.calendar.CalendarException;
import org.opsbench.core.calendar.HolidayList;
import org.opsbench.core.calendar.WorkingTime;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.CalendarDay;
import org.opsbench.model.WorkingHours;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.persistence.ModelSession;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Business calendars from the command line: list, show, import a holiday file (with a dry run), add working time. */
@Command(name = "calendar", description = "Business calendars: their hours, holidays and make-up working days.", subcommands = {
        CalendarCommand.ListCalendars.class, CalendarCommand.Show.class, CalendarCommand.ImportHolidays.class,
        CalendarCommand.AddWorkingTime.class })
final class CalendarCommand implements Callable<Integer> {

    @ParentCommand
    OpsBenchCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return OpsBenchCommand.USAGE;
    }

    /** The calendar of that name, or a failure that lists the names there are. */
    static BusinessCalendar named(ModelSession session, String name) {
        List<BusinessCalendar> all = session.findAll(BusinessCalendar.class, "name");
        return all.stream().filter(calendar -> calendar.getName().equals(name)).findFirst()
                .orElseThrow(() -> new DatabaseException("No business calendar is named \"" + name + "\"; there are: "
                        + String.join(", ", all.stream().map(BusinessCalendar::getName).toList()) + "."));
    }

    @Command(name = "list", description = "Lists the calendars with their time zone, hours per week, holidays and make-up days.")
    static final class ListCalendars implements Callable<Integer> {
        @ParentCommand
        CalendarCommand calendar;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = calendar.spec.commandLine().getOut();
            try (Database database = calendar.parent.open(); ModelSession session = database.openSession()) {
                out.printf("%-32s %-20s %10s %9s %14s%n", "NAME", "TIME ZONE", "HOURS/WEEK", "HOLIDAYS", "MAKE-UP DAYS");
                for (BusinessCalendar each : session.findAll(BusinessCalendar.class, "name")) {
                    out.printf("%-32s %-20s %10s %9d %14d%n", each.getName(), each.getTimeZone(), hoursPerWeek(each),
                            each.getHolidays().size(), each.getMakeUpDays().size());
                }
            }
            return 0;
        }
    }

    @Command(name = "show", description = "Shows a calendar: its weekday hours, holidays and make-up working days.")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CalendarCommand calendar;

        @Parameters(paramLabel = "NAME", description = "The calendar's name (calendar list shows them).")
        String name;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = calendar.spec.commandLine().getOut();
            try (Database database = calendar.parent.open(); ModelSession session = database.openSession()) {
                BusinessCalendar shown = named(session, name);
                out.println(shown.getName() + " (" + shown.getTimeZone() + "), " + hoursPerWeek(shown) + " working hours a week");
                for (WorkingHours hours : shown.getWorkingHours()) {
                    out.println("  " + hours.getDay().getLiteral() + " " + hours.getStart() + "-"
                            + (hours.getEnd().equals(java.time.LocalTime.MIDNIGHT) ? "24:00" : hours.getEnd()));
                }
                shown.getHolidays().stream().sorted(java.util.Comparator.comparing(CalendarDay::getDate))
                        .forEach(day -> out.println("  holiday  " + day.getDate() + "  " + nullToEmpty(day.getName())));
                shown.getMakeUpDays().stream().sorted(java.util.Comparator.comparing(CalendarDay::getDate))
                        .forEach(day -> out.println("  make-up  " + day.getDate() + "  " + nullToEmpty(day.getName())));
            }
            return 0;
        }
    }

    @Command(name = "import-holidays", description = {
            "Adds the holidays and make-up working days of a CSV (date,kind,name) or iCalendar (.ics) file to a calendar;",
            "the whole file or nothing. Prints what is added and what is renamed; --dry-run stores nothing." })
    static final class ImportHolidays implements Callable<Integer> {
        @ParentCommand
        CalendarCommand calendar;

        @Option(names = "--calendar", paramLabel = "NAME", required = true, description = "The calendar to add to.")
        String name;

        @Option(names = "--dry-run", description = "Check the file and show what would change, without storing anything.")
        boolean dryRun;

        @Parameters(paramLabel = "FILE", description = "A .csv or .ics holiday list.")
        Path file;

        @Override
        public Integer call() throws IOException {
            byte[] content = Files.readAllBytes(file);
            HolidayList list;
            try {
                list = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ics") ? HolidayList.readIcs(content)
                        : HolidayList.readCsv(content);
            } catch (CalendarException e) {
                throw new DatabaseException(file + ": " + e.getMessage());
            }
            PrintWriter out = calendar.spec.commandLine().getOut();
            try (Database database = calendar.parent.open(); ModelSession session = database.openSession()) {
                BusinessCalendar target = named(session, name);
                Map<LocalDate, String> holidays = names(target.getHolidays());
                Map<LocalDate, String> makeUps = names(target.getMakeUpDays());
                int added = 0;
                int renamed = 0;
                for (HolidayList.Entry entry : list.entries()) {
                    Map<LocalDate, String> same = entry.makeUpDay() ? makeUps : holidays;
                    String kind = entry.makeUpDay() ? "make-up" : "holiday";
                    if (!same.containsKey(entry.date())) {
                        out.println("  add     " + kind + "  " + entry.date() + "  " + entry.name() + "  (line " + entry.line() + ")");
                        added++;
                    } else if (!entry.name().equals(same.get(entry.date()))) {
                        out.println("  rename  " + kind + "  " + entry.date() + "  " + same.get(entry.date()) + " -> " + entry.name()
                                + "  (line " + entry.line() + ")");
                        renamed++;
                    }
                }
                try {
                    list.applyTo(target); // refuses a day that would be both holiday and make-up day, before changing anything
                } catch (CalendarException e) {
                    throw new DatabaseException(file + ": " + e.getMessage());
                }
                String summary = added + " days added, " + renamed + " renamed, " + (list.entries().size() - added - renamed)
                        + " already there";
                if (dryRun) {
                    out.println("Dry run, nothing stored: " + summary + " in " + target.getName() + ".");
                } else {
                    session.save();
                    out.println("Stored: " + summary + " in " + target.getName() + ".");
                }
            }
            return 0;
        }
    }

    @Command(name = "add-working-time", description = "Prints when the given working time, counted on a calendar from a local time, ends.")
    static final class AddWorkingTime implements Callable<Integer> {
        @ParentCommand
        CalendarCommand calendar;

        @Option(names = "--calendar", paramLabel = "NAME", required = true, description = "The calendar to count on.")
        String name;

        @Option(names = "--from", paramLabel = "LOCAL-TIME", required = true, description = "Start in the calendar's time zone, e.g. 2026-09-30T16:00.")
        String from;

        @Option(names = "--minutes", paramLabel = "N", required = true, description = "Working minutes to add (0 or more).")
        long minutes;

        @Override
        public Integer call() throws IOException {
            LocalDateTime start;
            try {
                start = LocalDateTime.parse(from);
            } catch (DateTimeParseException e) {
                throw new picocli.CommandLine.ParameterException(calendar.spec.commandLine(),
                        "--from: '" + from + "' is not a local date and time such as 2026-09-30T16:00.");
            }
            if (minutes < 0) {
                throw new picocli.CommandLine.ParameterException(calendar.spec.commandLine(), "--minutes: " + minutes + " is below 0.");
            }
            try (Database database = calendar.parent.open(); ModelSession session = database.openSession()) {
                WorkingTime time = WorkingTime.of(named(session, name));
                Instant end = time.add(time.toInstant(start), Duration.ofMinutes(minutes));
                calendar.spec.commandLine().getOut().println(end.atZone(time.zone()).toLocalDateTime());
            }
            return 0;
        }
    }

    private static Map<LocalDate, String> names(List<CalendarDay> days) {
        Map<LocalDate, String> names = new HashMap<>();
        days.forEach(day -> names.put(day.getDate(), nullToEmpty(day.getName())));
        return names;
    }

    private static String hoursPerWeek(BusinessCalendar calendar) {
        // An end of 00:00 is midnight at the end of the day.
        long minutes = calendar.getWorkingHours().stream().mapToLong(hours -> (hours.getEnd().equals(java.time.LocalTime.MIDNIGHT) ? 24 * 60
                : hours.getEnd().toSecondOfDay() / 60) - hours.getStart().toSecondOfDay() / 60).sum();
        return minutes % 60 == 0 ? Long.toString(minutes / 60) : String.format(Locale.ROOT, "%.1f", minutes / 60.0);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
