package org.opsbench.persistence.testing;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The database servers of one test run. A build forks one test JVM per test bundle and database; the
 * first JVM that needs a Derby network server or a PostgreSQL cluster starts it as a process of its
 * own, and every later JVM of the same build uses it. A watchdog stops both, and deletes their data,
 * when the build process ends. Sharing is safe because every test database has a name of its own
 * (see {@link TestDatabases#fresh()}) and no test stops or reconfigures a server.
 */
final class SharedServers {

    private static final String SERVER_USER = "ops";

    /** The directory of this test run's servers, keyed by the build process that forked this JVM. */
    private final Path directory;
    private final long build;
    private int derbyPort;
    private int postgresPort;

    private SharedServers(Path directory, long build) {
        this.directory = directory;
        this.build = build;
    }

    static SharedServers ofThisRun() {
        long build = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(ProcessHandle.current().pid());
        return new SharedServers(Path.of(System.getProperty("java.io.tmpdir"), "opsbench-test-servers-" + build), build);
    }

    /** @return the port of this run's Derby network server, started now if no JVM before this one did */
    synchronized int derbyPort() throws Exception {
        if (derbyPort == 0) {
            derbyPort = startDerbyOnce();
        }
        return derbyPort;
    }

    private int startDerbyOnce() throws Exception {
        return underLock("derby.port", () -> {
            Path home = Files.createDirectories(derbyHome());
            int port = TestDatabases.freePort();
            List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx3g",
                    "-Dderby.system.home=" + home,
                    // Authentication on, so that wrong credentials are really refused.
                    "-Dderby.connection.requireAuthentication=true", "-Dderby.authentication.provider=BUILTIN",
                    "-Dderby.user." + SERVER_USER + "=" + SERVER_USER,
                    "-cp", derbyClassPath(), "org.apache.derby.drda.NetworkServerControl", "start",
                    "-h", "127.0.0.1", "-p", Integer.toString(port), "-noSecurityManager"));
            Path log = directory.resolve("derby-server.log");
            Process server = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            Files.writeString(directory.resolve("stop-derby.sh"), "kill " + server.pid() + "\n");
            awaitListening(port, server, log);
            return port;
        });
    }

    /** @return the port of this run's PostgreSQL cluster, started now if no JVM before this one did */
    synchronized int postgresPort() throws Exception {
        if (postgresPort == 0) {
            postgresPort = startPostgresOnce();
        }
        return postgresPort;
    }

    private int startPostgresOnce() throws Exception {
        return underLock("postgres.port", () -> {
            int port = TestDatabases.freePort();
            TestDatabases.PostgresServer server = TestDatabases.PostgresServer.start(directory.resolve("pg"), port);
            Files.writeString(directory.resolve("stop-postgres.sh"), server.stopCommand() + "\n");
            return port;
        });
    }

    /** @return the directory under which the Derby server keeps this run's databases */
    Path derbyHome() {
        return directory.resolve("derby");
    }

    /**
     * Reads the port recorded in {@code portFile}; when there is none yet (or its server no longer
     * answers), starts the server with {@code start} and records its port. The file lock keeps two test
     * JVMs of the run from starting the same server twice.
     */
    private int underLock(String portFile, Callable<Integer> start) throws Exception {
        Files.createDirectories(directory);
        try (FileChannel channel = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            startWatchdogOnce();
            Path recorded = directory.resolve(portFile);
            if (Files.exists(recorded)) {
                int port = Integer.parseInt(Files.readString(recorded).trim());
                if (answers(port)) {
                    return port;
                }
            }
            int port = start.call();
            Files.writeString(recorded, Integer.toString(port));
            return port;
        }
    }

    /** Stops the servers and deletes their data once the build process has ended. */
    private void startWatchdogOnce() throws IOException {
        Path marker = directory.resolve("watchdog");
        if (Files.exists(marker)) {
            return;
        }
        String script = "while kill -0 " + build + " 2>/dev/null; do sleep 2; done; "
                + "for stop in '" + directory + "'/stop-*.sh; do [ -f \"$stop\" ] && sh \"$stop\"; done; "
                + "rm -rf '" + directory + "'";
        new ProcessBuilder("sh", "-c", script).redirectErrorStream(true)
                .redirectOutput(directory.resolve("watchdog.log").toFile()).start();
        Files.writeString(marker, "");
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void awaitListening(int port, Process server, Path log) throws Exception {
        for (int i = 0; i < 600; i++) {
            if (answers(port)) {
                return;
            }
            if (!server.isAlive()) {
                break;
            }
            Thread.sleep(100);
        }
        server.destroy();
        throw new IllegalStateException("The Derby network server did not start:\n" + Files.readString(log));
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The files of the derby bundle and of its fragments (tools, shared code, network server). */
    private static String derbyClassPath() {
        Bundle self = FrameworkUtil.getBundle(SharedServers.class);
        List<String> files = new ArrayList<>();
        if (self != null) {
            for (Bundle bundle : self.getBundleContext().getBundles()) {
                String name = bundle.getSymbolicName();
                if ("derby".equals(name) || name != null && name.startsWith("org.apache.derby.derby")) {
                    files.add(fileOf(bundle).toString());
                }
            }
        }
        if (files.isEmpty()) {
            // Outside OSGi the class path already holds Derby.
            return System.getProperty("java.class.path");
        }
        return String.join(File.pathSeparator, files);
    }

    private static Path fileOf(Bundle bundle) {
        String location = bundle.getLocation();
        try {
            // "reference:file:<path>", where a relative path is relative to the framework's install area.
            String path = location.substring(location.indexOf("file:") + "file:".length());
            String installArea = FrameworkUtil.getBundle(SharedServers.class).getBundleContext()
                    .getProperty("osgi.install.area");
            Path file = Path.of(path);
            if (!file.isAbsolute() && installArea != null) {
                file = Path.of(URI.create(installArea.replace(" ", "%20"))).resolve(path);
            }
            return file.normalize();
        } catch (RuntimeException e) {
            throw new IllegalStateException("Cannot find the file of " + bundle.getSymbolicName() + " at " + location, e);
        }
    }
}
