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
        for (String command : List.of("create-user", "generate-sample-data", "import-customers", "export-customers", "backup", "restore",
                "serve")) {
            assertTrue(help.out().contains(command), command + " missing in:\n" + help.out());
        }
    }

    @Test
    void theServiceHealthOfADatabaseNobodyServedSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path workspace) {
        Run status = run("--workspace", workspace.toString(), "serve", "--status");
        assertEquals(0, status.exitCode(), status.err());
        assertTrue(status.out().startsWith("No task has run on embedded Derby"), status.out());
        assertTrue(status.out().contains("no workbench and no service runner served it"), status.out());
    }

    @Test
    void calendarsAreListedShownCountedOnAndTakeAHolidayFileWholeOrNotAtAll() throws Exception {
        Path workspace = temp.resolve("calendars");
        assertEquals(0, run("--workspace", workspace.toString(), "generate-sample-data", "--language", "en").exitCode());
        String ws = workspace.toString();

        Run list = run("--workspace", ws, "calendar", "list");
        assertEquals(0, list.exitCode(), list.err());
        assertTrue(list.out().lines().anyMatch(line -> line.matches("5x8 standard +Asia/Shanghai +40 +\\d+ +\\d+")), list.out());
        assertTrue(list.out().lines().anyMatch(line -> line.matches("7x24 +Asia/Shanghai +168 +0 +0")), list.out());

        Run show = run("--workspace", ws, "calendar", "show", "5x8 standard");
        assertEquals(0, show.exitCode(), show.err());
        assertTrue(show.out().contains("monday 09:00-17:00") && show.out().contains("holiday  2026-10-01")
                && show.out().contains("make-up  2026-09-20"), show.out());
        Run unknown = run("--workspace", ws, "calendar", "show", "5x9");
        assertEquals(OpsBenchCommand.FAILED, unknown.exitCode());
        assertEquals("No business calendar is named \"5x9\"; there are: 5x8 standard, 7x24.", unknown.err().strip());

        // Counted on the calendar: 16:00 on the day before the National Day holiday, plus 4 working hours.
        Run add = run("--workspace", ws, "calendar", "add-working-time", "--calendar", "5x8 standard", "--from", "2026-09-30T16:00",
                "--minutes", "240");
        assertEquals(0, add.exitCode(), add.err());
        assertEquals("2026-10-08T12:00", add.out().strip(), "one hour on the 30th, the National Day week off, three hours on the 8th");

        Path holidays = Files.writeString(temp.resolve("2027.csv"), "date,kind,name\n2027-01-01,holiday,New Year's Day\n"
                + "2026-10-01,holiday,National Day (renamed)\n", StandardCharsets.UTF_8);
        Run dryRun = run("--workspace", ws, "calendar", "import-holidays", "--calendar", "5x8 standard", "--dry-run", holidays.toString());
        assertEquals(0, dryRun.exitCode(), dryRun.err());
        assertTrue(dryRun.out().contains("add     holiday  2027-01-01  New Year's Day  (line 2)")
                && dryRun.out().contains("rename  holiday  2026-10-01") && dryRun.out().contains("Dry run, nothing stored: 1 days added, 1 renamed"),
                dryRun.out());
        assertTrue(!run("--workspace", ws, "calendar", "show", "5x8 standard").out().contains("2027-01-01"), "the dry run stored nothing");

        // A day both holiday and make-up day: refused with its line, nothing stored.
        Path conflicting = Files.writeString(temp.resolve("bad.csv"), "date,kind,name\n2027-01-01,holiday,New Year's Day\n"
                + "2026-10-01,make-up,Not a working day\n", StandardCharsets.UTF_8);
        Run refused = run("--workspace", ws, "calendar", "import-holidays", "--calendar", "5x8 standard", conflicting.toString());
        assertEquals(OpsBenchCommand.FAILED, refused.exitCode());
        assertTrue(refused.err().contains("bad.csv: Line 3: 2026-10-01 is listed the other way round in calendar \"5x8 standard\""),
                refused.err());
        assertTrue(!run("--workspace", ws, "calendar", "show", "5x8 standard").out().contains("2027-01-01"), "nothing stored half");

        Run stored = run("--workspace", ws, "calendar", "import-holidays", "--calendar", "5x8 standard", holidays.toString());
        assertEquals(0, stored.exitCode(), stored.err());
        assertTrue(stored.out().contains("Stored: 1 days added, 1 renamed, 0 already there in 5x8 standard."), stored.out());
        Run after = run("--workspace", ws, "calendar", "show", "5x8 standard");
        assertTrue(after.out().contains("holiday  2027-01-01  New Year's Day") && after.out().contains("2026-10-01  National Day (renamed)"),
                after.out());
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
