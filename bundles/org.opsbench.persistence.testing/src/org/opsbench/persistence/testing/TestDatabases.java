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

import org.opsbench.persistence.DatabaseSettings;

/**
 * Fresh databases for tests, of the kind named by -Dopsbench.test.db: embedded Derby
 * (default), a Derby network server, or PostgreSQL. The servers are real: started by
 * the tests on a free loopback port, once per build and shared by the test bundles of every module
 * ({@link SharedServers}), so that their suites run on each database an office may have.
 */
public final class TestDatabases {

    public static final String KIND = System.getProperty("opsbench.test.db", "embedded");

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static Path root;
    private static SharedServers servers;

    private TestDatabases() {
    }

    /** @return settings of a new, empty database */
    public static synchronized DatabaseSettings fresh() {
        String name = "db" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try {
            return switch (KIND) {
                case "embedded" -> DatabaseSettings.embedded(root().resolve(name));
                case "derby-server" -> DatabaseSettings.derbyServer("jdbc:derby://127.0.0.1:" + servers().derbyPort()
                        + "/" + servers().derbyHome().resolve(name) + ";create=true", "ops", "ops");
                case "postgresql" -> PostgresServer.createDatabase(servers().postgresPort(), name);
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
            Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::deleteRoot));
        }
        return root;
    }

    private static synchronized SharedServers servers() {
        if (servers == null) {
            servers = SharedServers.ofThisRun();
        }
        return servers;
    }

    /** @return a loopback port nobody listens on at the moment */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRoot() {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("Cannot delete " + root + ": " + e);
        }
    }

    /** A throw-away PostgreSQL cluster run from Debian's postgresql binaries. */
    static final class PostgresServer {
        private final Path data;
        private final Path binaries;

        private PostgresServer(Path data, Path binaries) {
            this.data = data;
            this.binaries = binaries;
        }

        static PostgresServer start(Path data, int port) throws Exception {
            Path binaries = findBinaries();
            Files.createDirectories(data);
            Path socketDir = Files.createDirectories(data.resolveSibling("pg-socket"));
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
            return new PostgresServer(data, binaries);
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

        static DatabaseSettings createDatabase(int port, String name) throws SQLException {
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

        /** @return the shell command that stops this cluster at once (its data is thrown away) */
        String stopCommand() {
            String stop = "'" + binaries.resolve("pg_ctl") + "' -D '" + data + "' -m immediate stop";
            return "root".equals(System.getProperty("user.name")) ? "runuser -u postgres -- " + stop : stop;
        }
    }

}
