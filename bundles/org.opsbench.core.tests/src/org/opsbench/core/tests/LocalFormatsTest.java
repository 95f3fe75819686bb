package org.opsbench.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opsbench.core.text.LocalFormats;

class LocalFormatsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant AFTERNOON = Instant.parse("2026-12-07T07:09:00Z"); // 15:09 in Shanghai
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void chineseReadsDatesAsAServiceCenterWritesThem() {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals("2026-12-07 15:09", LocalFormats.dateTime(AFTERNOON, SHANGHAI));
        assertEquals("2026-05-03", LocalFormats.date(LocalDate.of(2026, 5, 3)), "two-digit month and day");
        assertEquals("05-03", LocalFormats.dayOfYear(LocalDate.of(2026, 5, 3)), "a week's Monday on a chart");
    }

    @Test
    void englishReadsThemUnambiguouslyNotAsNumbersInUsOrder() {
        Locale.setDefault(Locale.US);
        assertEquals("Dec 7, 2026, 3:09\u202fPM", LocalFormats.dateTime(AFTERNOON, SHANGHAI));
        assertEquals("May 3, 2026", LocalFormats.date(LocalDate.of(2026, 5, 3)));
        assertEquals("5/3", LocalFormats.dayOfYear(LocalDate.of(2026, 5, 3)));
        assertEquals("", LocalFormats.dateTime(null, SHANGHAI));
        assertEquals("", LocalFormats.date(null));
    }
}
