package org.opsbench.releng.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The X display UI tests use: $DISPLAY when there is one, otherwise an Xvfb server
 * started for this test run (and stopped at its end), so that a plain {@code ./mvnw verify}
 * works on a machine without a screen.
 */
final class VirtualDisplay {

    private static String display;

    private VirtualDisplay() {
    }

    static synchronized String get() {
        if (display != null) {
            return display;
        }
        String existing = System.getenv("DISPLAY");
        if (existing != null && !existing.isBlank()) {
            display = existing;
            return display;
        }
        try {
            // -displayfd: Xvfb picks a free display number and writes it to its standard output.
            Process xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1600x1000x24", "-nolisten", "tcp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String number = new BufferedReader(new InputStreamReader(xvfb.getInputStream(), StandardCharsets.UTF_8)).readLine();
            if (number == null || number.isBlank()) {
                xvfb.destroy();
                throw new IllegalStateException("Xvfb started but gave no display number");
            }
            Runtime.getRuntime().addShutdownHook(new Thread(xvfb::destroy));
            display = ":" + number.trim();
            return display;
        } catch (IOException e) {
            throw new IllegalStateException("No display and no Xvfb: install the xvfb package or run with a DISPLAY", e);
        }
    }
}
