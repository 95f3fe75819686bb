package org.opsbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real restart in another language, as an office does it: the built product is started in
 * English on a new workspace with the sample data, logged into from the keyboard and left by
 * File > Exit; started again in Chinese on the same workspace, its window title and every view tab
 * read Chinese, although the saved layout was written in English.
 */
class LanguageSwitchTest {

    @TempDir
    Path temp;

    @Test
    void aWorkbenchLeftInEnglishComesBackAllInChineseAfterTheSwitch() throws Exception {
        String display = VirtualDisplay.get();
        Product product = Product.freshCopy(temp.resolve("install"));
        Path workspace = temp.resolve("workspace");

        String english = session(product, workspace, display, "Log in to OpsBench", "-nl", "en", "--sample-data");
        assertTrue(english.contains("OpsBench workbench ready: OpsBench - Administrator - embedded Derby at "), english);
        assertTrue(english.contains("| views: Service Network, Customers, Properties, Progress"), english);

        String chinese = session(product, workspace, display, "登录 OpsBench", "-nl", "zh_CN");
        assertTrue(chinese.contains("OpsBench workbench ready: OpsBench - Administrator - 嵌入式 Derby（"), chinese);
        assertTrue(chinese.contains("| views: 服务网络, 客户, 属性, 进度"), chinese);
    }

    /**
     * Starts OpsBench, logs in as the sample administrator with the keyboard, waits for the workbench,
     * takes a screenshot and leaves by File > Exit (so that the workbench saves its layout).
     *
     * @return what OpsBench printed
     */
    private String session(Product product, Path workspace, String display, String loginTitle, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(product.home.resolve("opsbench").toString(), "-data", workspace.toString()));
        command.addAll(List.of(arguments));
        StringBuilder output = new StringBuilder();
        Process workbench = Product.startAndAwait(command, temp, Map.of("DISPLAY", display), "OpsBench login ready", Duration.ofMinutes(4),
                output);
        try {
            xdotool(display, "search", "--sync", "--onlyvisible", "--name", loginTitle, "windowfocus", "--sync");
            xdotool(display, "type", "--delay", "30", "admin");
            xdotool(display, "key", "Tab");
            xdotool(display, "type", "--delay", "30", "opsbench-admin");
            xdotool(display, "key", "Return");
            awaitLine(output, "OpsBench workbench ready", Duration.ofMinutes(2));
            Path screenshot = Path.of(System.getProperty("opsbench.screenshots.dir"), "language-" + arguments[1] + ".png");
            java.nio.file.Files.createDirectories(screenshot.getParent());
            Product.screenshotOnceSettled(display, screenshot, temp);
            // File > Exit from the keyboard, by the menus' mnemonics in either language: "&File"/"文件(&F)", "E&xit"/"退出(&X)".
            xdotool(display, "search", "--sync", "--onlyvisible", "--name", "^OpsBench - ", "windowfocus", "--sync", "key", "alt+f");
            xdotool(display, "key", "x");
            assertTrue(workbench.waitFor(2, TimeUnit.MINUTES), "OpsBench did not end after File > Exit:\n" + output);
        } finally {
            if (workbench.isAlive()) {
                workbench.destroyForcibly();
            }
        }
        synchronized (output) {
            return output.toString();
        }
    }

    private void xdotool(String display, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(arguments));
        Product.Result result = Product.run(command, temp, Map.of("DISPLAY", display), Duration.ofMinutes(1));
        assertEquals(0, result.exitCode(), command + ": " + result.output());
    }

    /** Waits until OpsBench has printed a line containing {@code line} (the reader appends and notifies). */
    private static void awaitLine(StringBuilder output, String line, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        synchronized (output) {
            while (!output.toString().contains(line)) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0) {
                    throw new AssertionError("\"" + line + "\" not printed within " + timeout + ":\n" + output);
                }
                output.wait(Math.min(left, 1000));
            }
        }
    }
}
