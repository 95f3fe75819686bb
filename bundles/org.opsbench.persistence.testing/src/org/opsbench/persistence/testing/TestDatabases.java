package org.opsbench.persistence.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.opsbench.persistence.DatabaseSettings;

/**
 * Fresh databases for tests, of the kind named by -Dopsbench.test.db: embedded Derby
 * (default), a Derby network server, or PostgreSQL. The servers are real: started by
 * the tests on a free loopback port, once per test run, and stopped at its end. Test bundles of
 * every module use it, so that their suites run on each database an office may have.
 */
public final class TestDatabases {

    public static final String KIND = System.getProperty("opsbench.test.db", "embedded");

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Path root;
    private static Object derbyServer;
    private static int derbyPort;
    private static PostgresServer postgres;

    private TestDatabases() {
    }

    /** @return settings of a new, empty database */
    public static synchronized DatabaseSettings fresh() {
        String name = "db" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try {
            return switch (KIND) {
                case "embedded" -> DatabaseSettings.embedded(root().resolve(name));
                case "derby-server" -> DatabaseSettings.derbyServer(
                        "jdbc:derby://127.0.0.1:" + derbyServerPort() + "/" + root().resolve(name) + ";create=true", "ops", "ops");
                case "postgresql" -> postgres().createDatabase(name);
                default -> throw new IllegalStateException("Unknown opsbench.test.db " + KIND);
            };
        } catch (Exception e) {
            throw new IllegalStateException("Cannot prepare a " + KIND + " test database", e);
        }
    }

    /** @return the settings of the same database with another user's password, for credential tests */
    public static DatabaseSettings withPassword(DatabaseSettings settings, String password) {
        return new DatabaseSettings(settings.kind(), settings.location(), settings.user(), password);
    }

    static synchronized Path root() throws IOException {
        if (root == null) {
            root = Files.createTempDirectory("opsbench-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stopServersAndDeleteRoot));
        }
        return root;
    }

    private static int derbyServerPort() throws Exception {
        if (derbyServer == null) {
            derbyPort = freePort();
            System.setProperty("derby.system.home", root().toString());
            // Authentication on, so that wrong credentials are really refused.
            System.setProperty("derby.connection.requireAuthentication", "true");
            System.setProperty("derby.authentication.provider", "BUILTIN");
            System.setProperty("derby.user.ops", "ops");
            // The server classes come with the derbynet fragment of the derby bundle.
            Class<?> control = derbyClass("org.apache.derby.drda.NetworkServerControl");
            derbyServer = control.getConstructor(InetAddress.class, int.class, String.class, String.class)
                    .newInstance(InetAddress.getByName("127.0.0.1"), derbyPort, "ops", "ops");
            // The server announces on its console writer when it accepts connections: wait for that line.
            java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(1);
            StringBuilder console = new StringBuilder();
            java.io.Writer watcher = new java.io.Writer() {
                @Override
                public synchronized void write(char[] text, int offset, int length) {
                    console.append(text, offset, length);
                    if (console.indexOf("ready to accept connections") >= 0) {
                        ready.countDown();
                    }
                }

                @Override
                public void flush() {
                }

                @Override
                public void close() {
                }
            };
            control.getMethod("start", java.io.PrintWriter.class).invoke(derbyServer, new java.io.PrintWriter(watcher, true));
            if (!ready.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
                throw new IllegalStateException("The Derby network server did not start:\n" + console);
            }
        }
        return derbyPort;
    }

    /** Loads a class of the derby bundle or its fragments (a plain class path outside OSGi). */
    private static Class<?> derbyClass(String name) throws ClassNotFoundException {
        Bundle self = FrameworkUtil.getBundle(TestDatabases.class);
        if (self != null) {
            for (Bundle bundle : self.getBundleContext().getBundles()) {
                if ("derby".equals(bundle.getSymbolicName())) {
                    return bundle.loadClass(name);
                }
            }
        }
        return Class.forName(name);
    }

    private static PostgresServer postgres() throws Exception {
        if (postgres == null) {
            postgres = PostgresServer.start(root().resolve("pg"), freePort());
        }
        return postgres;
    }

    /** @return a loopback port nobody listens on at the moment */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static void stopServersAndDeleteRoot() {
        if (derbyServer != null) {
            try {
                derbyServer.getClass().getMethod("shutdown").invoke(derbyServer);
            } catch (ReflectiveOperationException e) {
                System.err.println("Derby server shutdown: " + e.getCause());
            }
        }
        if (postgres != null) {
            postgres.stop();
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Cannot delete " + root + ": " + e);
        }
    }

    /** A throw-away PostgreSQL cluster run from Debian's postgresql binaries. */
    static final class PostgresServer {
        private final Path data;
        private final int port;
        private final Path binaries;

        private PostgresServer(Path data, int port, Path binaries) {
            this.data = data;
            this.port = port;
            this.binaries = binaries;
        }

        static PostgresServer start(Path data, int port) throws Exception {
            Path binaries = findBinaries();
            Files.createDirectories(data);
            Path socketDir = Files.createTempDirectory("opsbench-pgsock-");
            boolean root = "root".equals(System.getProperty("user.name"));
            if (root) {
                // PostgreSQL refuses to run as root: the cluster belongs to the postgres user.
                run(false, "chown", "-R", "postgres", data.toString(), socketDir.toString());
                run(false, "chmod", "755", data.getParent().toString());
            }
            run(root, binaries.resolve("initdb").toString(), "-D", data.toString(), "-U", "ops", "--auth=password",
                    "--pwfile=" + writePasswordFile(root), "-E", "UTF8", "--locale=C");
            run(root, binaries.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", data.resolve("server.log").toString(),
                    "-o", "-p " + port + " -k " + socketDir + " -c listen_addresses=127.0.0.1 -c fsync=off", "start");
            return new PostgresServer(data, port, binaries);
        }

        private static String writePasswordFile(boolean root) throws Exception {
            Path file = Files.createTempFile("opsbench-pgpw-", ".txt");
            Files.writeString(file, "ops\n");
            if (root) {
                run(false, "chown", "postgres", file.toString());
            }
            return file.toString();
        }

        private static Path findBinaries() throws IOException {
            Path base = Path.of("/usr/lib/postgresql");
            if (!Files.isDirectory(base)) {
                throw new IllegalStateException("PostgreSQL is not installed: apt-get install postgresql (see .ci/run)");
            }
            try (Stream<Path> versions = Files.list(base)) {
                return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                        .max(Comparator.naturalOrder())
                        .orElseThrow(() -> new IllegalStateException("No initdb under /usr/lib/postgresql"));
            }
        }

        private static void run(boolean asPostgres, String... command) throws Exception {
            String[] full = command;
            if (asPostgres) {
                full = new String[command.length + 3];
                full[0] = "runuser";
                full[1] = "-u";
                full[2] = "postgres";
                System.arraycopy(command, 0, full, 3, command.length);
                String[] withDash = new String[full.length + 1];
                System.arraycopy(full, 0, withDash, 0, 3);
                withDash[3] = "--";
                System.arraycopy(full, 3, withDash, 4, full.length - 3);
                full = withDash;
            }
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
        }

        DatabaseSettings createDatabase(String name) throws SQLException {
            String admin = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
            try (Connection connection = new org.postgresql.Driver().connect(admin, credentials());
                    Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE DATABASE " + name);
            }
            return DatabaseSettings.postgresql("jdbc:postgresql://127.0.0.1:" + port + "/" + name, "ops", "ops");
        }

        private static java.util.Properties credentials() {
            java.util.Properties properties = new java.util.Properties();
            properties.setProperty("user", "ops");
            properties.setProperty("password", "ops");
            return properties;
        }

        void stop() {
            try {
                run("root".equals(System.getProperty("user.name")), binaries.resolve("pg_ctl").toString(), "-D",
                        data.toString(), "-m", "immediate", "stop");
            } catch (Exception e) {
                System.err.println("PostgreSQL stop: " + e);
            }
        }
    }

}
