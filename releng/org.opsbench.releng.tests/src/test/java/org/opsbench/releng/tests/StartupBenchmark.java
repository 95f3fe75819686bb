package org.opsbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Warm start of the built product against a bare RCP product on the same platform (one empty
 * workbench window, ../org.opsbench.releng.baseline.product), both started as real processes on
 * the same display, in turns, so that both meet the same machine.
 * <p>
 * Measured from starting the process: the baseline's window; OpsBench's login dialog (the target:
 * within 1.5 times the baseline), the dialog ready for a login on the open database, and from
 * pressing Enter in it to the workbench window. Each product is started twice first (its
 * configuration area and OpsBench's sample data are made then), then {@value #RUNS} times each.
 * The table goes to target/benchmark-startup.md.
 */
@Tag("benchmark")
class StartupBenchmark {

    private static final int WARM_UPS = 2;
    private static final int RUNS = 10;
    private static final double TARGET_RATIO = 1.5;

    private static final String BASELINE_SHOWN = "Baseline window shown";
    private static final String LOGIN_SHOWN = "OpsBench login shown";
    private static final String LOGIN_READY = "OpsBench login ready";
    private static final String WORKBENCH_READY = "OpsBench workbench ready";

    @TempDir
    Path temp;

    @Test
    void opsBenchShowsItsLoginWithinOneAndAHalfTimesAnEmptyRcpWindow() throws Exception {
        String display = VirtualDisplay.get();
        Product product = Product.freshCopy(temp.resolve("opsbench"));
        Path baseline = Path.of(System.getProperty("opsbench.baseline.dir"));
        assertTrue(Files.isDirectory(baseline.resolve("plugins")), "no baseline product at " + baseline + ": build the releng modules");
        Map<String, List<Long>> millis = new LinkedHashMap<>();
        for (String measure : List.of("Baseline: empty RCP window", "OpsBench: login dialog shown",
                "OpsBench: login ready (database open)", "OpsBench: Enter in the login to workbench window")) {
            millis.put(measure, new ArrayList<>());
        }
        List<List<Long>> columns = new ArrayList<>(millis.values());
        for (int run = 0; run < WARM_UPS + RUNS; run++) {
            long window = startBaseline(baseline, display);
            long[] opsbench = startOpsBench(product, display, run == 0);
            if (run >= WARM_UPS) {
                columns.get(0).add(window);
                columns.get(1).add(opsbench[0]);
                columns.get(2).add(opsbench[1]);
                columns.get(3).add(opsbench[2]);
            }
        }

        double ratio = (double) median(columns.get(1)) / median(columns.get(0));
        StringBuilder table = new StringBuilder("# Start-up benchmark\n\n").append(String.format(Locale.ROOT,
                "Warm starts, %d runs each after %d warm-ups, %d cores, Java %s, milliseconds from starting the process.%n%n",
                RUNS, WARM_UPS, Runtime.getRuntime().availableProcessors(), Runtime.version()))
                .append("| measure | median | p95 | min | max |\n|---|---:|---:|---:|---:|\n");
        millis.forEach((measure, values) -> table.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", measure,
                median(values), percentile(values, 95), values.stream().mapToLong(Long::longValue).min().orElseThrow(),
                values.stream().mapToLong(Long::longValue).max().orElseThrow())));
        table.append(String.format(Locale.ROOT, "%nLogin dialog / empty RCP window (medians): %.2f (target at most %.1f)%n", ratio,
                TARGET_RATIO));
        System.out.println(table);
        Path report = Path.of(System.getProperty("opsbench.screenshots.dir")).getParent().resolve("benchmark-startup.md");
        Files.writeString(report, table);
        assertTrue(ratio <= TARGET_RATIO, table.toString());
    }

    /** @return milliseconds until the baseline's window was shown */
    private long startBaseline(Path home, String display) throws Exception {
        List<String> command = List.of(Product.java(), "-Xms256m", "-Xmx2g", "-Dosgi.requiredJavaVersion=21", "-Dfile.encoding=UTF-8",
                "-jar", Product.launcherJar(home).toString(), "-install", home.toString(), "-data", temp.resolve("baseline-workspace").toString());
        TimedProcess baseline = TimedProcess.start(command, home, display, BASELINE_SHOWN);
        try {
            return baseline.await(BASELINE_SHOWN);
        } finally {
            baseline.process.destroy();
            baseline.process.waitFor(1, TimeUnit.MINUTES);
        }
    }

    /**
     * Starts OpsBench, waits for its login dialog, logs in from the keyboard and leaves by File > Exit.
     *
     * @return milliseconds until the login dialog showed, until it was ready, and from Enter to the workbench
     */
    private long[] startOpsBench(Product product, String display, boolean first) throws Exception {
        List<String> command = new ArrayList<>(List.of(product.home.resolve("opsbench").toString(), "-nl", "en", "-data",
                temp.resolve("opsbench-workspace").toString()));
        if (first) {
            command.add("--sample-data");
        }
        TimedProcess opsbench = TimedProcess.start(command, product.home, display, LOGIN_SHOWN, LOGIN_READY, WORKBENCH_READY);
        try {
            long shown = opsbench.await(LOGIN_SHOWN);
            long ready = opsbench.await(LOGIN_READY);
            Product.xdotool(display, "search", "--sync", "--onlyvisible", "--name", "Log in to OpsBench", "windowfocus", "--sync");
            Product.xdotool(display, "type", "--delay", "10", "admin");
            Product.xdotool(display, "key", "Tab");
            Product.xdotool(display, "type", "--delay", "10", "opsbench-admin");
            long enter = opsbench.elapsed();
            Product.xdotool(display, "key", "Return");
            long workbench = opsbench.await(WORKBENCH_READY) - enter;
            Product.xdotool(display, "search", "--sync", "--onlyvisible", "--name", "^OpsBench - ", "windowfocus", "--sync", "key", "alt+f");
            Product.xdotool(display, "key", "x");
            assertTrue(opsbench.process.waitFor(2, TimeUnit.MINUTES), "OpsBench did not end after File > Exit:\n" + opsbench.output);
            return new long[] { shown, ready, workbench };
        } finally {
            if (opsbench.process.isAlive()) {
                opsbench.process.destroyForcibly();
            }
        }
    }

    static long median(List<Long> values) {
        return percentile(values, 50);
    }

    /** Nearest-rank percentile. */
    static long percentile(List<Long> values, int percent) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** A process whose output lines are watched for markers, each noted with the time it appeared. */
    private static final class TimedProcess {
        final Process process;
        final long started;
        final StringBuilder output = new StringBuilder();
        final Map<String, Long> seen = new ConcurrentHashMap<>();

        private TimedProcess(Process process, long started) {
            this.process = process;
            this.started = started;
        }

        static TimedProcess start(List<String> command, Path directory, String display, String... markers) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
            builder.environment().put("DISPLAY", display);
            long started = System.nanoTime();
            TimedProcess timed = new TimedProcess(builder.start(), started);
            BufferedReader lines = new BufferedReader(new InputStreamReader(timed.process.getInputStream(), StandardCharsets.UTF_8));
            Thread.ofVirtual().start(() -> {
                try {
                    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                        long now = System.nanoTime();
                        String text = line;
                        Arrays.stream(markers).filter(text::contains).forEach(marker -> timed.seen.putIfAbsent(marker, now));
                        synchronized (timed.output) {
                            timed.output.append(line).append('\n');
                            timed.output.notifyAll();
                        }
                    }
                } catch (IOException e) {
                    // the process ended
                }
            });
            return timed;
        }

        long elapsed() {
            return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        }

        /** @return milliseconds from the start to the marker's line */
        long await(String marker) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(4);
            synchronized (output) {
                while (!seen.containsKey(marker)) {
                    if (System.nanoTime() > deadline || !process.isAlive()) {
                        throw new AssertionError("\"" + marker + "\" not printed:\n" + output);
                    }
                    output.wait(200);
                }
            }
            return TimeUnit.NANOSECONDS.toMillis(seen.get(marker) - started);
        }
    }
}
