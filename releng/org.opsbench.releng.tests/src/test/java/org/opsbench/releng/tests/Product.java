package org.opsbench.releng.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A fresh copy of the built product, and ways to run it as a user would. */
final class Product {

    record Result(int exitCode, String output) {
    }

    final Path home;

    private Product(Path home) {
        this.home = home;
    }

    /** Copies the materialised product, so every test starts from the state a download has. */
    static Product freshCopy(Path target) throws IOException {
        Path built = Path.of(System.getProperty("opsbench.product.dir"));
        if (!Files.isExecutable(built.resolve("opsbench"))) {
            throw new IllegalStateException("No built product at " + built + ": run the whole reactor (./mvnw verify)");
        }
        copyTree(built, target, path -> false);
        return new Product(target);
    }

    /** Copies a folder with its attributes (executable scripts stay executable), leaving out what {@code skip} says. */
    static void copyTree(Path from, Path to, java.util.function.Predicate<Path> skip) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                if (skip.test(from.relativize(source))) {
                    continue;
                }
                Path copy = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    static Path repository() {
        return Path.of(System.getProperty("opsbench.repository.dir"));
    }

    List<String> installedBundles() throws IOException {
        return new ArrayList<>(installedBundleVersions().keySet());
    }

    /** The bundles the product's configuration starts, by symbolic name, with their versions. */
    Map<String, String> installedBundleVersions() throws IOException {
        Map<String, String> bundles = new java.util.LinkedHashMap<>();
        for (String line : Files.readAllLines(home.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"))) {
            if (!line.startsWith("#")) {
                String[] fields = line.split(",");
                bundles.put(fields[0], fields[1]);
            }
        }
        return bundles;
    }

    /** Runs the p2 director of the product itself against the build's repository. */
    Result director(String... arguments) throws Exception {
        return director(List.of(), arguments);
    }

    /** Runs the p2 director against the build's repository and further ones (a third party's). */
    Result director(List<Path> moreRepositories, String... arguments) throws Exception {
        List<Path> all = new ArrayList<>(List.of(repository()));
        all.addAll(moreRepositories);
        return directorWith(all, arguments);
    }

    /** Runs the p2 director of the product itself against the given repositories only. */
    Result directorWith(List<Path> repositoryFolders, String... arguments) throws Exception {
        List<String> repositories = repositoryFolders.stream().map(folder -> folder.toUri().toString()).toList();
        List<String> command = new ArrayList<>(List.of(java(), "-jar", launcherJar().toString(), "-nosplash", "-application",
                "org.eclipse.equinox.p2.director", "-repository", String.join(",", repositories), "-destination",
                home.toString(), "-profile", "DefaultProfile"));
        command.addAll(List.of(arguments));
        return run(command, home, Map.of(), Duration.ofMinutes(3));
    }

    Path launcherJar() throws IOException {
        return launcherJar(home);
    }

    /** The Equinox launcher of an installed product (OpsBench or another). */
    static Path launcherJar(Path home) throws IOException {
        try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
            return plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_")).findFirst()
                    .orElseThrow();
        }
    }

    /** The JDK running this test (21 or newer), for commands that are not our script. */
    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Result run(List<String> command, Path directory, Map<String, String> environment, Duration timeout) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Thread reader = Thread.ofVirtual().start(() -> copy(process, output));
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("Timed out after " + timeout + ": " + command + "\n" + output);
        }
        reader.join();
        return new Result(process.exitValue(), output.toString());
    }

    /** Starts a long-running process and returns once a line containing {@code ready} was printed. */
    static Process startAndAwait(List<String> command, Path directory, Map<String, String> environment, String ready,
            Duration timeout, StringBuilder output) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        Instant deadline = Instant.now().plus(timeout);
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = Thread.ofVirtual().start(() -> {
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    synchronized (output) {
                        output.append(line).append('\n');
                        output.notifyAll();
                    }
                }
            } catch (IOException e) {
                // process ended
            }
        });
        synchronized (output) {
            while (!output.toString().contains(ready)) {
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0 || !process.isAlive() && !reader.isAlive()) {
                    process.destroyForcibly();
                    throw new AssertionError("\"" + ready + "\" not printed within " + timeout + ":\n" + output);
                }
                output.wait(Math.min(left, 1000));
            }
        }
        return process;
    }

    private static void copy(Process process, StringBuilder output) {
        try {
            output.append(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            output.append(e);
        }
    }

    /**
     * The ready line comes when the window opens; its content paints a little later.
     * Screenshots are taken until two in a row are identical, i.e. the screen has settled.
     */
    static void screenshotOnceSettled(String display, Path picture, Path workFolder) throws Exception {
        Path raw = picture.resolveSibling("capture.ppm");
        byte[] previous = null;
        for (int attempt = 0; attempt < 40; attempt++) {
            // PPM has no timestamps, so two captures of the same screen are byte-identical.
            Product.Result shot = run(List.of("import", "-display", display, "-window", "root", raw.toString()), workFolder,
                    Map.of(), Duration.ofMinutes(1));
            assertEquals(0, shot.exitCode(), "screenshot: " + shot.output());
            byte[] current = Files.readAllBytes(raw);
            if (previous != null && java.util.Arrays.equals(previous, current) && !blank(current)) {
                Product.Result png = run(List.of("convert", raw.toString(), picture.toString()), workFolder, Map.of(),
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

    /**
     * Starts OpsBench, logs in as the sample administrator with the keyboard, waits for the workbench,
     * takes a screenshot and leaves by File > Exit (so that the workbench saves its layout).
     *
     * @param loginTitle the login dialog's title in the session's language
     * @return what OpsBench printed
     */
    String session(Path workspace, String display, String loginTitle, Path screenshot, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("opsbench").toString(), "-data", workspace.toString()));
        command.addAll(List.of(arguments));
        StringBuilder output = new StringBuilder();
        Process workbench = startAndAwait(command, home, Map.of("DISPLAY", display), "OpsBench login ready", Duration.ofMinutes(4),
                output);
        try {
            xdotool(display, "search", "--sync", "--onlyvisible", "--name", loginTitle, "windowfocus", "--sync");
            xdotool(display, "type", "--delay", "30", "admin");
            xdotool(display, "key", "Tab");
            xdotool(display, "type", "--delay", "30", "opsbench-admin");
            xdotool(display, "key", "Return");
            awaitLine(output, "OpsBench workbench ready", Duration.ofMinutes(2));
            Files.createDirectories(screenshot.getParent());
            screenshotOnceSettled(display, screenshot, home);
            // File > Exit from the keyboard, by the menus' mnemonics in either language: "&File"/"文件(&F)", "E&xit"/"退出(&X)".
            xdotool(display, "search", "--sync", "--onlyvisible", "--name", "^OpsBench - ", "windowfocus", "--sync", "key", "alt+f");
            xdotool(display, "key", "x");
            if (!workbench.waitFor(2, TimeUnit.MINUTES)) {
                throw new AssertionError("OpsBench did not end after File > Exit:\n" + output);
            }
        } finally {
            if (workbench.isAlive()) {
                workbench.destroyForcibly();
            }
        }
        synchronized (output) {
            return output.toString();
        }
    }

    /** Runs xdotool on the display: the X server's keyboard and windows, as a user's. */
    static void xdotool(String display, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("xdotool"));
        command.addAll(List.of(arguments));
        Result result = run(command, Path.of(System.getProperty("java.io.tmpdir")), Map.of("DISPLAY", display), Duration.ofMinutes(1));
        assertEquals(0, result.exitCode(), command + ": " + result.output());
    }

    /** Waits until OpsBench has printed a line containing {@code line} (the reader appends and notifies). */
    static void awaitLine(StringBuilder output, String line, Duration timeout) throws InterruptedException {
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
