package org.opsbench.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.opsbench.persistence.Database;
import org.opsbench.cases.internal.Messages;

/**
 * Case numbers from a pattern such as {@code C-{yyyyMMdd}-{seq:4}}: text, date fields in braces
 * (DateTimeFormatter letters), and one counter {@code {seq}} or {@code {seq:N}} (zero-padded to
 * N digits). The counter runs per rendered prefix, so a pattern with the day in it starts at 1
 * every day. Numbers come from the database's counters and are unique across workbenches.
 */
public final class CaseNumbers {

    private sealed interface Part permits Text, DateField, Counter {
    }

    private record Text(String text) implements Part {
    }

    private record DateField(DateTimeFormatter format) implements Part {
    }

    private record Counter(int digits) implements Part {
    }

    private final String pattern;
    private final List<Part> parts;

    private CaseNumbers(String pattern, List<Part> parts) {
        this.pattern = pattern;
        this.parts = parts;
    }

    /** @throws CaseException when the pattern is malformed or has no counter */
    public static CaseNumbers parse(String pattern) {
        List<Part> parts = new ArrayList<>();
        int counters = 0;
        int i = 0;
        while (i < pattern.length()) {
            int open = pattern.indexOf('{', i);
            if (open < 0) {
                parts.add(new Text(pattern.substring(i)));
                break;
            }
            if (open > i) {
                parts.add(new Text(pattern.substring(i, open)));
            }
            int close = pattern.indexOf('}', open);
            if (close < 0) {
                throw new CaseException(Messages.format("badPattern", pattern, Messages.format("patternBrace")));
            }
            String field = pattern.substring(open + 1, close);
            if (field.equals("seq") || field.startsWith("seq:")) {
                int digits = 1;
                if (field.startsWith("seq:")) {
                    try {
                        digits = Integer.parseInt(field.substring(4));
                    } catch (NumberFormatException e) {
                        throw new CaseException(Messages.format("badPattern", pattern, Messages.format("patternField", field)));
                    }
                }
                parts.add(new Counter(Math.max(1, Math.min(digits, 18))));
                counters++;
            } else {
                try {
                    if (field.isBlank() || !field.chars().allMatch(Character::isLetter)) {
                        throw new IllegalArgumentException(field);
                    }
                    parts.add(new DateField(DateTimeFormatter.ofPattern(field)));
                } catch (IllegalArgumentException e) {
                    throw new CaseException(Messages.format("badPattern", pattern, Messages.format("patternField", field)));
                }
            }
            i = close + 1;
        }
        if (counters != 1) {
            throw new CaseException(Messages.format("badPattern", pattern, Messages.format("patternNoSeq")));
        }
        return new CaseNumbers(pattern, parts);
    }

    /** @return the next number for a case opened at {@code openedAt}, dates in {@code zone} */
    public String next(Database database, Instant openedAt, ZoneId zone) {
        var time = openedAt.atZone(zone);
        StringBuilder prefix = new StringBuilder();
        StringBuilder suffix = new StringBuilder();
        int digits = 0;
        for (Part part : parts) {
            StringBuilder target = digits == 0 ? prefix : suffix;
            switch (part) {
            case Text text -> target.append(text.text());
            case DateField date -> target.append(date.format().format(time));
            case Counter counter -> digits = counter.digits();
            }
        }
        long value = database.nextValue("case-number:" + prefix + "#" + suffix);
        return prefix + String.format("%0" + digits + "d", value) + suffix;
    }

    public String pattern() {
        return pattern;
    }
}
