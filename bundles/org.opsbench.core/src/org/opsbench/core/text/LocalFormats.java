package org.opsbench.core.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates and times as the user reads them, in the user's language: Chinese as a service center
 * writes them (2026-12-07 15:09), other languages in their own unambiguous medium style
 * (Dec 7, 2026, 3:09 PM), never the short numeric style that reads differently in every country.
 * Every text a person reads (views, editors, notices, messages) takes its dates from here; files
 * for machines use ISO formats of their own.
 */
public final class LocalFormats {

    private LocalFormats() {
    }

    /** @return date and time in the zone of this machine */
    public static String dateTime(Instant instant) {
        return dateTime(instant, ZoneId.systemDefault());
    }

    /** @return date and time in {@code zone} (e.g. a business calendar's), empty for null */
    public static String dateTime(Instant instant, ZoneId zone) {
        return instant == null ? "" : dateTimeFormat(Locale.getDefault()).format(instant.atZone(zone));
    }

    /** @return the date alone, empty for null */
    public static String date(LocalDate date) {
        return date == null ? "" : dateFormat(Locale.getDefault()).format(date);
    }

    /** @return a day of the year in short, for chart labels: 12-07 in Chinese, 12/7 elsewhere */
    public static String dayOfYear(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(chinese(Locale.getDefault()) ? "MM-dd" : "M/d").format(date);
    }

    static DateTimeFormatter dateTimeFormat(Locale locale) {
        return chinese(locale) ? DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    static DateTimeFormatter dateFormat(Locale locale) {
        return chinese(locale) ? DateTimeFormatter.ISO_LOCAL_DATE : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    private static boolean chinese(Locale locale) {
        return "zh".equals(locale.getLanguage());
    }
}
