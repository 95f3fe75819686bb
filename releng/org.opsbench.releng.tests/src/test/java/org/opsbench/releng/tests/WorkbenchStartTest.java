package org.opsbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, as a test: the product starts on embedded Derby with the
 * sample data and asks for a login, from any directory and through a symbolic link,
 * choosing a JDK of version 21 or newer even when the java on the PATH is older. (Logging
 * in and the workbench behind it are tested in org.opsbench.ui.tests.)
 */
class WorkbenchStartTest {

    @TempDir
    Path temp;

    @Test
    void theProductStartsOnEmbeddedDerbyWithTheSampleDataAndAsksForALogin() throws Exception {
        String display = VirtualDisplay.get();
        Product product = Product.freshCopy(temp.resolve("install"));
        Path link = Files.createSymbolicLink(temp.resolve("opsbench-link"), product.home.resolve("opsbench"));
        Path elsewhere = Files.createDirectories(temp.resolve("somewhere-else"));
        Path workspace = temp.resolve("workspace");

        StringBuilder output = new StringBuilder();
        Process workbench = Product.startAndAwait(List.of(link.toString(), "-data", workspace.toString(), "--sample-data"),
                elsewhere, Map.of("JAVA_HOME", "", "DISPLAY", display), "OpsBench login ready", Duration.ofMinutes(4), output);
        try {
            Path screenshots = Files.createDirectories(Path.of(System.getProperty("opsbench.screenshots.dir")));
            Path picture = screenshots.resolve("product-started-login.png");
            screenshotOnceSettled(display, picture);
            assertTrue(Files.size(picture) > 10_000, "the screenshot shows something");
            assertFalse(output.toString().contains("Registered provider"), "no log line per service provider at start:\n" + output);
            assertTrue(Files.isRegularFile(workspace.resolve("derby.log")), "Derby logs into the workspace");
            assertFalse(Files.exists(elsewhere.resolve("derby.log")), "not into the directory OpsBench was started from");
        } finally {
            workbench.destroy();
            if (!workbench.waitFor(60, TimeUnit.SECONDS)) {
                workbench.destroyForcibly();
            }
        }
        try (Connection connection = DriverManager.getConnection("jdbc:derby:" + workspace.resolve("database"));
                ResultSet rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM OB_CUSTOMER")) {
            rows.next();
            assertEquals(60, rows.getInt(1), "the sample data was loaded into the new embedded database");
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:;shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby reports its shutdown as an exception.
            }
        }
    }

    /**
     * The ready line comes when the window opens; its content paints a little later.
     * Screenshots are taken until two in a row are identical, i.e. the screen has settled.
     */
    private void screenshotOnceSettled(String display, Path picture) throws Exception {
        Path raw = picture.resolveSibling("capture.ppm");
        byte[] previous = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            // PPM has no timestamps, so two captures of the same screen are byte-identical.
            Product.Result shot = Product.run(List.of("import", "-display", display, "-window", "root", raw.toString()), temp,
                    Map.of(), Duration.ofMinutes(1));
            assertEquals(0, shot.exitCode(), "screenshot: " + shot.output());
            byte[] current = Files.readAllBytes(raw);
            if (previous != null && java.util.Arrays.equals(previous, current) && !blank(current)) {
                Product.Result png = Product.run(List.of("convert", raw.toString(), picture.toString()), temp, Map.of(),
                        Duration.ofMinutes(1));
                assertEquals(0, png.exitCode(), png.output());
                Files.delete(raw);
                return;
            }
            previous = current;
        }
        throw new AssertionError("The screen stayed blank or kept changing; last capture in " + raw);
    }

    /** @return whether a binary PPM capture shows a single colour (nothing mapped yet) */
    private static boolean blank(byte[] ppm) {
        int newlines = 0;
        int start = 0;
        while (newlines < 3 && start < ppm.length) {
            if (ppm[start++] == '\n') {
                newlines++;
            }
        }
        for (int i = start + 3; i < ppm.length; i++) {
            if (ppm[i] != ppm[start + (i - start) % 3]) {
                return false;
            }
        }
        return true;
    }
}
