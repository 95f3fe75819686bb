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
            Product.screenshotOnceSettled(display, picture, temp);
            assertTrue(Files.size(picture) > 10_000, "the screenshot shows something");
            assertFalse(output.toString().contains("Registered provider"), "no log line per service provider at start:\n" + output);
            assertTrue(output.indexOf("OpsBench login shown") < output.indexOf("OpsBench login ready"),
                    "the login dialog shows before the database is open:\n" + output);
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
                DriverManager.getConnection("jdbc:derby:" + workspace.resolve("database") + ";shutdown=true");
            } catch (java.sql.SQLException expected) {
                // Derby reports a database's shutdown as an exception. (Shutting the whole engine down would unregister its driver.)
            }
        }
    }

    @Test
    void aDatabaseThatCannotBeReachedIsExplainedInTheLoginDialog() throws Exception {
        String display = VirtualDisplay.get();
        Product product = Product.freshCopy(temp.resolve("install"));
        StringBuilder output = new StringBuilder();
        // Nothing listens on the discard port: the Derby network server cannot be reached.
        Process workbench = Product.startAndAwait(List.of(product.home.resolve("opsbench").toString(), "-nl", "en", "-data",
                temp.resolve("workspace").toString()), temp, Map.of("DISPLAY", display, "OPSBENCH_VM_ARGS",
                        "-Dopsbench.db.url=jdbc:derby://127.0.0.1:9/opsbench"), "127.0.0.1", Duration.ofMinutes(4), output);
        try {
            assertTrue(output.toString().contains("OpsBench login shown"), output.toString());
            Path picture = Files.createDirectories(Path.of(System.getProperty("opsbench.screenshots.dir")))
                    .resolve("login-database-unreachable.png");
            Product.screenshotOnceSettled(display, picture, temp);
            // Cancel is the default button now: Enter ends OpsBench.
            Product.Result close = Product.run(List.of("xdotool", "search", "--sync", "--onlyvisible", "--name", "Log in to OpsBench",
                    "windowfocus", "--sync", "key", "Return"), temp, Map.of("DISPLAY", display), Duration.ofMinutes(1));
            assertEquals(0, close.exitCode(), close.output());
            assertTrue(workbench.waitFor(1, TimeUnit.MINUTES), "closing the dialog ends OpsBench:\n" + output);
            assertEquals(1, workbench.exitValue(), "a start without a database is an error for scripts:\n" + output);
            assertFalse(output.toString().contains("OpsBench login ready"), output.toString());
        } finally {
            if (workbench.isAlive()) {
                workbench.destroyForcibly();
            }
        }
    }
}
