package org.opsbench.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opsbench.cli.internal.OpsBenchCommand;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseSettings;

/** The command line as an administrator uses it: commands, messages and exit codes. */
class CommandLineTest {

    record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path temp;

    private final Locale original = Locale.getDefault();

    @BeforeEach
    void english() {
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(original);
    }

    private static Run run(String... arguments) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = OpsBenchCommand.execute(arguments, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsEveryCommand() {
        Run help = run("--help");
        assertEquals(0, help.exitCode());
        for (String command : List.of("create-user", "generate-sample-data", "import-customers", "export-customers", "backup", "restore")) {
            assertTrue(help.out().contains(command), command + " missing in:\n" + help.out());
        }
    }

    @Test
    void anUnknownOptionIsNamedAndExitsWithTheUsageCode() {
        Run run = run("--colour", "red", "backup", "x");
        assertEquals(OpsBenchCommand.USAGE, run.exitCode());
        assertTrue(run.err().contains("Unknown options: '--colour'"), run.err());
        Run noCommand = run();
        assertEquals(OpsBenchCommand.USAGE, noCommand.exitCode());
        assertTrue(noCommand.out().contains("Usage: opsbench-cli"), noCommand.out());
    }

    @Test
    void aDatabaseThatCannotBeReachedFailsWithItsReason() {
        Run run = run("--db-url", "jdbc:mysql://db/ops", "generate-sample-data");
        assertEquals(OpsBenchCommand.FAILED, run.exitCode());
        assertTrue(run.err().contains("Cannot tell the database from the URL"), run.err());
    }

    @Test
    void sampleDataExportImportUsersAndBackupWorkEndToEnd() throws Exception {
        Path workspace = temp.resolve("ws");
        Run sample = run("--workspace", workspace.toString(), "generate-sample-data", "--seed", "9");
        assertEquals(0, sample.exitCode(), sample.err());
        assertTrue(sample.out().contains("60 customers, 240 sites, 2400 equipment items, 72 engineers"), sample.out());

        Path csv = temp.resolve("customers.csv");
        Run export = run("--workspace", workspace.toString(), "export-customers", csv.toString());
        assertEquals(0, export.exitCode(), export.err());
        assertEquals(2401, Files.readAllLines(csv, StandardCharsets.UTF_8).size());

        Path other = temp.resolve("other");
        assertEquals(0, run("--workspace", other.toString(), "import-customers", csv.toString()).exitCode());
        Run twice = run("--workspace", other.toString(), "import-customers", csv.toString());
        assertEquals(OpsBenchCommand.FAILED, twice.exitCode());
        assertTrue(twice.err().startsWith("Row 2, column customer_code: customer C-0001 already exists"), twice.err());

        Path password = Files.writeString(temp.resolve("pw.txt"), "dispatch-2026\n");
        Run user = run("--workspace", workspace.toString(), "create-user", "--login", "zhou.min", "--password-file",
                password.toString(), "--roles", "seat-agent,service-engineer");
        assertEquals(0, user.exitCode(), user.err());

        Run backup = run("--workspace", workspace.toString(), "backup", temp.resolve("backups").toString());
        assertEquals(0, backup.exitCode(), backup.err());
        try (Database database = Database.open(DatabaseSettings.embedded(workspace.resolve("database")))) {
            assertEquals(java.util.List.of("admin", "agent", "customer", "engineer", "expert", "manager", "zhou.min"),
                    database.list("SELECT u.login FROM User u ORDER BY u.login", String.class), "the sample data's users and the new one");
        }
        assertTrue(Files.isRegularFile(temp.resolve("backups").resolve("database").resolve("service.properties")));
    }

    @Test
    void aBadCsvRowIsReportedAndNothingIsImported() throws Exception {
        Path csv = Files.writeString(temp.resolve("bad.csv"), "customer_code,customer_name,industry\nC-1,Alpha,other\nC-2,,other\n");
        Run run = run("--workspace", temp.resolve("ws").toString(), "import-customers", csv.toString());
        assertEquals(OpsBenchCommand.FAILED, run.exitCode());
        assertEquals("Row 3, column customer_name: Customer name is required. Nothing was imported.", run.err().strip());
        try (Database database = Database.open(DatabaseSettings.embedded(temp.resolve("ws").resolve("database")))) {
            assertEquals(0, database.list("SELECT COUNT(c) FROM Customer c", Long.class).get(0));
        }
    }

    @Test
    void restoreRefusesABadBackupAndTheNextCommandStillSeesEveryCustomer() throws Exception {
        Path workspace = temp.resolve("ws");
        assertEquals(0, run("--workspace", workspace.toString(), "generate-sample-data").exitCode());
        Run backup = run("--workspace", workspace.toString(), "backup", temp.resolve("backups").toString());
        assertEquals(0, backup.exitCode(), backup.err());
        Path copy = temp.resolve("backups").resolve("database");
        Path spoiled = Files.createDirectories(temp.resolve("spoiled").resolve("database"));
        Files.writeString(spoiled.resolve("service.properties"), "");

        for (Path bad : List.of(spoiled, workspace.resolve("database"))) {
            Run restore = run("--workspace", workspace.toString(), "restore", bad.toString());
            assertEquals(OpsBenchCommand.FAILED, restore.exitCode(), restore.out());
            assertTrue(restore.err().contains("was not changed") || restore.err().contains("is the live database"), restore.err());
            Run export = run("--workspace", workspace.toString(), "export-customers", temp.resolve("after.csv").toString());
            assertTrue(export.out().contains("Exported 60 customers"), "the database is intact after " + bad + ": " + export.out());
        }

        Run restore = run("--workspace", workspace.toString(), "restore", copy.toString());
        assertEquals(0, restore.exitCode(), restore.err());
        assertTrue(restore.out().contains("The database it replaced is kept in " + workspace.resolve("database.before-restore-")),
                restore.out());
        assertTrue(run("--workspace", workspace.toString(), "export-customers", temp.resolve("restored.csv").toString()).out()
                .contains("Exported 60 customers"));
    }
}
