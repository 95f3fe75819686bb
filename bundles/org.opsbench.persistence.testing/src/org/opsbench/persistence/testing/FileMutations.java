package org.opsbench.persistence.testing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * Damaged copies of a valid file, the way careless editing, wrong tools and hostile users damage
 * them: bytes cut, doubled or inserted (NUL, invalid UTF-8, quotes, separators, markup), lines
 * swapped, doubled or cut short, formula and number tokens, very long values, the file re-encoded
 * in GB18030. Deterministic from a seed, so a failure names the copy that caused it. Importer tests
 * feed each copy to the importer and accept only its own refusal or a faithful read.
 */
public final class FileMutations {

    private static final String[] TOKENS = { "\"", ",", "\n", "\r\n", "\r", "\u0000", "\u0007", "\u007f", "\ufeff", "'", "''=1",
            "=cmd|'/c calc'!A1", "=HYPERLINK(\"http://example.invalid\")", "@SUM(A1:A9)", "+1", "-1", "-1e309", "NaN", "Infinity",
            "99999999999999999999", "0x1F", "\t", " ", ";", "<", ">", "&", "&amp;", "<![CDATA[x]]>", "</", "<x>", "]]>", "&#0;",
            "&undefined;", "\"\"\"", "中文", "\ud83d\ude80", "\\", "%s", "${x}", "1970-01-01", "0000-00-00", "2026-13-40", "9999-12-31",
            "-0001-01-01", "19700101T000000Z", "RRULE:FREQ=DAILY", "BEGIN:VEVENT", "END:VCALENDAR", "href=\"file:/etc/passwd#//\"" };

    private final byte[] original;
    private final long seed;

    public FileMutations(byte[] original, long seed) {
        this.original = original.clone();
        this.seed = seed;
    }

    /** An importer under test: reads a copy, and when it accepts, checks that what it read comes back the same. */
    @FunctionalInterface
    public interface Importer {
        void readAndCheck(byte[] content) throws Exception;
    }

    /** How many copies an importer refused and how many it read. */
    public record Outcome(int refused, int accepted) {
    }

    /**
     * Feeds {@code count} damaged copies to the importer. Each must be refused with the importer's
     * own exception or read faithfully (the importer's check throws AssertionError otherwise); any
     * other exception fails with the copy that caused it, and so does a copy the importer is still
     * reading after {@code secondsEach} seconds.
     */
    public Outcome feed(int count, Class<? extends Throwable> own, int secondsEach, Importer importer) {
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "importer under test");
            thread.setDaemon(true);
            return thread;
        });
        int refused = 0;
        try {
            for (int n = 0; n < count; n++) {
                byte[] copy = mutant(n);
                java.util.concurrent.Future<?> reading = worker.submit(() -> {
                    importer.readAndCheck(copy);
                    return null;
                });
                try {
                    reading.get(secondsEach, java.util.concurrent.TimeUnit.SECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    reading.cancel(true);
                    throw new AssertionError("copy " + n + " (seed " + seed + ") still being read after " + secondsEach + " s:\n" + describe(copy));
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (own.isInstance(cause)) {
                        refused++;
                    } else if (cause instanceof AssertionError failed) {
                        throw new AssertionError("copy " + n + " (seed " + seed + ") was read but not faithfully: " + failed.getMessage()
                                + "\n" + describe(copy), failed);
                    } else {
                        throw new AssertionError("copy " + n + " (seed " + seed + ") threw " + cause + " instead of "
                                + own.getSimpleName() + ":\n" + describe(copy), cause);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return new Outcome(refused, count - refused);
    }

    /** @return the n-th damaged copy; the same n gives the same copy */
    public byte[] mutant(int n) {
        Random random = new Random(seed * 1_000_003L + n);
        byte[] content = original;
        int steps = 1 + random.nextInt(3);
        for (int i = 0; i < steps; i++) {
            content = mutate(content, random);
        }
        return content;
    }

    /** @return the copy written so that a failure message shows it exactly */
    public static String describe(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        StringBuilder shown = new StringBuilder();
        for (char c : text.toCharArray()) {
            shown.append(c < 0x20 && c != '\n' || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return shown.length() > 4000 ? shown.substring(0, 4000) + "... (" + content.length + " bytes, hex "
                + HexFormat.of().formatHex(content, 0, Math.min(64, content.length)) + "...)" : shown.toString();
    }

    private static byte[] mutate(byte[] content, Random random) {
        String text = new String(content, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        int kind = random.nextInt(12);
        switch (kind) {
        case 0: // cut bytes
            return splice(content, random, new byte[0], 1 + random.nextInt(8));
        case 1: // random bytes, invalid UTF-8 among them
            byte[] noise = new byte[1 + random.nextInt(6)];
            random.nextBytes(noise);
            return splice(content, random, noise, 0);
        case 2: // a token into the text
            return insertText(text, random, TOKENS[random.nextInt(TOKENS.length)]);
        case 3: // a token replacing a few characters
            return replaceText(text, random, TOKENS[random.nextInt(TOKENS.length)]);
        case 4: // a line doubled
            if (!lines.isEmpty()) {
                int at = random.nextInt(lines.size());
                lines.add(at, lines.get(at));
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        case 5: // two lines swapped
            if (lines.size() > 1) {
                java.util.Collections.swap(lines, random.nextInt(lines.size()), random.nextInt(lines.size()));
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        case 6: // a line removed
            if (!lines.isEmpty()) {
                lines.remove(random.nextInt(lines.size()));
            }
            return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
        case 7: // cut short
            return Arrays.copyOf(content, content.length == 0 ? 0 : random.nextInt(content.length));
        case 8: // a very long value
            return insertText(text, random, "A".repeat(1000 + random.nextInt(20_000)));
        case 9: // another encoding
            return text.getBytes(Charset.forName(random.nextBoolean() ? "GB18030" : "UTF-16LE"));
        case 10: // a separator or quote doubled
            return replaceText(text, random, random.nextBoolean() ? ",," : "\"\"");
        default: // a digit changed, which moves numbers and dates out of range
            return replaceText(text, random, String.valueOf(random.nextInt(10)).repeat(1 + random.nextInt(12)));
        }
    }

    private static byte[] splice(byte[] content, Random random, byte[] insert, int remove) {
        int at = content.length == 0 ? 0 : random.nextInt(content.length);
        int end = Math.min(content.length, at + remove);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(content, 0, at);
        out.writeBytes(insert);
        out.write(content, end, content.length - end);
        return out.toByteArray();
    }

    private static byte[] insertText(String text, Random random, String token) {
        int at = text.isEmpty() ? 0 : random.nextInt(text.length());
        return (text.substring(0, at) + token + text.substring(at)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] replaceText(String text, Random random, String token) {
        if (text.isEmpty()) {
            return token.getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(text.length());
        int end = Math.min(text.length(), at + 1 + random.nextInt(3));
        return (text.substring(0, at) + token + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
