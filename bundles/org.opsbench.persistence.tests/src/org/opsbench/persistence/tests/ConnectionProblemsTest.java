package org.opsbench.persistence.tests;

import org.opsbench.persistence.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.persistence.DatabaseSettings;

/** Every way of failing to reach the database gets a message that names the problem and the fix. */
@Tag("all-databases")
class ConnectionProblemsTest {

    @Test
    void anEmbeddedDatabaseOpenInAnotherProgramIsReportedAsLocked() throws Exception {
        assumeTrue("embedded".equals(TestDatabases.KIND), "embedded Derby only");
        DatabaseSettings settings = TestDatabases.fresh();
        Database.open(settings).close();
        Process other = holdInAnotherProcess(settings.location());
        try {
            DatabaseException locked = assertThrows(DatabaseException.class, () -> Database.open(settings));
            assertTrue(locked.getMessage().contains("already open in another OpsBench"), locked.getMessage());
        } finally {
            other.getOutputStream().close();
            other.destroy();
            other.waitFor();
        }
    }

    @Test
    void wrongCredentialsAreNamedAsSuch() {
        assumeTrue(!"embedded".equals(TestDatabases.KIND), "servers only: embedded Derby has no login");
        DatabaseSettings settings = TestDatabases.withPassword(TestDatabases.fresh(), "not-the-password");
        DatabaseException refused = assertThrows(DatabaseException.class, () -> Database.open(settings));
        assertTrue(refused.getMessage().contains("wrong user name or password"), refused.getMessage());
    }

    @Test
    void aServerThatDoesNotAnswerIsNamed() throws IOException {
        int closedPort = TestDatabases.freePort();
        for (DatabaseSettings settings : List.of(
                DatabaseSettings.derbyServer("jdbc:derby://127.0.0.1:" + closedPort + "/opsbench", "ops", "ops"),
                DatabaseSettings.postgresql("jdbc:postgresql://127.0.0.1:" + closedPort + "/opsbench", "ops", "ops"))) {
            DatabaseException refused = assertThrows(DatabaseException.class, () -> Database.open(settings));
            assertTrue(refused.getMessage().contains("No database server answers at"), refused.getMessage());
        }
    }

    @Test
    void probingNamesTheServerOrTheProblem() throws IOException {
        String product = org.opsbench.persistence.DataSources.probe(TestDatabases.fresh());
        assertTrue(product.startsWith("embedded".equals(TestDatabases.KIND) || "derby-server".equals(TestDatabases.KIND)
                ? "Apache Derby " : "PostgreSQL "), product);
        DatabaseSettings closed = DatabaseSettings.postgresql("jdbc:postgresql://127.0.0.1:" + TestDatabases.freePort() + "/opsbench",
                "ops", "ops");
        DatabaseException refused = assertThrows(DatabaseException.class, () -> org.opsbench.persistence.DataSources.probe(closed));
        assertTrue(refused.getMessage().startsWith("No database server answers at"), refused.getMessage());
    }

    @Test
    void anUnknownUrlOrKindIsExplained() {
        DatabaseException url = assertThrows(DatabaseException.class, () -> DatabaseSettings.fromProperties(
                Map.of(DatabaseSettings.URL_PROPERTY, "jdbc:mysql://db/ops")::get, Path.of("unused")));
        assertTrue(url.getMessage().contains("jdbc:postgresql://"), url.getMessage());
        DatabaseException kind = assertThrows(DatabaseException.class, () -> DatabaseSettings.fromProperties(
                Map.of(DatabaseSettings.KIND_PROPERTY, "oracle")::get, Path.of("unused")));
        assertTrue(kind.getMessage().contains("embedded, derby-server or postgresql"), kind.getMessage());
    }

    /** Starts Derby's ij in a second JVM, connected to the database, until its input is closed. */
    private static Process holdInAnotherProcess(String databaseFolder) throws Exception {
        ClassLoader derby = org.apache.derby.jdbc.EmbeddedDataSource.class.getClassLoader();
        StringBuilder classPath = new StringBuilder();
        for (String name : new String[] { "org.apache.derby.tools.ij", "org.apache.derby.iapi.services.monitor.Monitor",
                "org.apache.derby.shared.common.error.StandardException" }) {
            Path jar = Path.of(derby.loadClass(name).getProtectionDomain().getCodeSource().getLocation().toURI());
            classPath.append(jar).append(java.io.File.pathSeparator);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", classPath.toString(), "org.apache.derby.tools.ij")
                .redirectErrorStream(true).start();
        OutputStream input = process.getOutputStream();
        input.write(("connect 'jdbc:derby:" + databaseFolder + "';\nvalues 4711;\n").getBytes(StandardCharsets.UTF_8));
        input.flush();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            seen.append(line).append('\n');
            if (line.contains("4711")) {
                return process; // connected and answering
            }
        }
        throw new IllegalStateException("The second process could not open the database:\n" + seen);
    }
}
