package org.opsbench.cases;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.opsbench.core.text.LocalFormats;
import org.opsbench.persistence.Database;

/**
 * A chart of the dashboard, contributed through the {@code org.opsbench.cases.dashboardCharts}
 * extension point. It reads its figures from the database, in a background job, and says what to
 * draw; the dashboard draws it. A chart needs no UI code of its own.
 */
public interface DashboardChart {

    /** What the dashboard is drawn for. */
    record Scope(Database database, Instant now, ZoneId zone, int weeks, Long customerId) {

        /** @return whether only one customer's figures may be shown (the user is that customer's staff) */
        public boolean oneCustomer() {
            return customerId != null;
        }

        /** @return the Monday the first week shown begins on; weeks start on Monday, the current one is last */
        public LocalDate firstMonday() {
            return LocalDate.ofInstant(now, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(weeks - 1L);
        }

        /** @return the first instant of the weeks shown */
        public Instant from() {
            return firstMonday().atStartOfDay(zone).toInstant();
        }

        /** @return the first instant after the weeks shown */
        public Instant before() {
            return firstMonday().plusWeeks(weeks).atStartOfDay(zone).toInstant();
        }

        /** @return the position among the weeks shown of the week holding {@code at} (between {@link #from} and {@link #before}) */
        public int week(Instant at) {
            return (int) ChronoUnit.WEEKS.between(firstMonday(), LocalDate.ofInstant(at, zone));
        }

        /** @return the weeks shown by their Mondays, e.g. 5/11 (05-11 in Chinese), as categories of a chart */
        public List<String> weekLabels() {
            LocalDate first = firstMonday();
            return java.util.stream.IntStream.range(0, weeks).mapToObj(i -> LocalFormats.dayOfYear(first.plusWeeks(i))).toList();
        }
    }

    /** How the series are drawn. */
    enum Style {
        BARS, LINES
    }

    /**
     * What the values measure, which decides the value axis: counts in whole steps from zero, hours
     * shown in minutes or hours as reads better ({@link DurationScale}), or any other number.
     */
    enum Quantity {
        COUNT, HOURS, NUMBER
    }

    /**
     * One series: a value per category; {@code name} is what a legend shows. A category without a
     * value (a week without cases has no mean time) is {@link Double#NaN}: it is left out, not drawn as 0.
     */
    record Series(String id, String name, double[] values) {
    }

    /** A duration axis in minutes or in hours, whichever reads better for the longest value shown. */
    record DurationScale(String title, double perHour) {

        /** Below this many hours the axis counts minutes. */
        static final double MINUTES_BELOW_HOURS = 2;

        public static DurationScale forLongest(double hours) {
            return hours < MINUTES_BELOW_HOURS ? new DurationScale(org.opsbench.cases.internal.Messages.format("chartMinutes"), 60)
                    : new DurationScale(org.opsbench.cases.internal.Messages.format("chartHours"), 1);
        }
    }

    /** What to draw: a title, the axes' titles, the categories along the x axis and the series over them. */
    record Figure(String title, Style style, String xTitle, String yTitle, List<String> categories, List<Series> series,
            Quantity quantity) {

        /** A figure of plain numbers ({@link Quantity#NUMBER}). */
        public Figure(String title, Style style, String xTitle, String yTitle, List<String> categories, List<Series> series) {
            this(title, style, xTitle, yTitle, categories, series, Quantity.NUMBER);
        }

        public Figure {
            categories = List.copyOf(categories);
            series = List.copyOf(series);
            for (Series s : series) {
                if (s.values().length != categories.size()) {
                    throw new IllegalArgumentException("Series " + s.id() + " of \"" + title + "\" has " + s.values().length
                            + " values for " + categories.size() + " categories");
                }
            }
        }
    }

    /**
     * Reads the chart's figures. Runs outside the UI thread; a customer's staff must see their own
     * organisation's figures only ({@link Scope#customerId()}).
     *
     * @throws RuntimeException when the figures cannot be read; the dashboard shows the message in the chart's place
     */
    Figure figure(Scope scope);
}
