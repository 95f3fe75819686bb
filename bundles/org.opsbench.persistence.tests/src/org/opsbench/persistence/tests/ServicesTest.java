package org.opsbench.persistence.tests;

import org.opsbench.persistence.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.core.exchange.CsvImportException;
import org.opsbench.core.exchange.CustomerCsv;
import org.opsbench.core.sample.SampleDataGenerator.Sizes;
import org.opsbench.core.security.PasswordHasher;
import org.opsbench.persistence.CustomerExchange;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseBackup;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.persistence.DatabaseSettings;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.persistence.UserAccounts;
import org.opsbench.persistence.UserAccounts.LoginOutcome;

/** The services the command line and the workbench use, against a real database. */
@Tag("all-databases")
class ServicesTest {

    private static final Sizes SMALL = new Sizes(3, 2, 6, 2, 3, 1);
    private final Locale original = Locale.getDefault();
    private Database database;

    @BeforeEach
    void open() {
        Locale.setDefault(Locale.ENGLISH);
        database = Database.open(TestDatabases.fresh());
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
        Locale.setDefault(original);
    }

    private long count(String jpql) {
        return database.list(jpql, Long.class).get(0);
    }

    @Test
    void sampleDataIsLoadedOnceIntoAnEmptyDatabaseOnly() {
        assertTrue(SampleDataLoader.isEmpty(database));
        SampleDataLoader.load(database, SMALL, 1);
        assertEquals(6, count("SELECT COUNT(c) FROM Customer c"));
        assertEquals(6 * 2 * 3, count("SELECT COUNT(e) FROM Equipment e"));
        DatabaseException refused = assertThrows(DatabaseException.class, () -> SampleDataLoader.load(database, SMALL, 2));
        assertTrue(refused.getMessage().contains("only loaded into an empty database"), refused.getMessage());
        assertEquals(6, count("SELECT COUNT(c) FROM Customer c"));
    }

    @Test
    void cancellingTheSampleDataHalfwayStoresNothingAndALaterLoadSucceeds() {
        Sizes larger = new Sizes(3, 2, 200, 2, 3, 1);
        // Cancels once a quarter of the work is reported: customers are being flushed by then.
        NullProgressMonitor cancelling = new NullProgressMonitor() {
            private double done;

            @Override
            public void internalWorked(double work) {
                done += work;
                if (done >= 25) {
                    setCanceled(true);
                }
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }
        };
        assertThrows(OperationCanceledException.class, () -> SampleDataLoader.load(database, larger, 1, cancelling));
        assertTrue(cancelling.isCanceled());
        assertTrue(SampleDataLoader.isEmpty(database), "a cancelled load leaves the database empty");
        assertEquals(0, count("SELECT COUNT(o) FROM Office o"));
        assertEquals(0, count("SELECT COUNT(e) FROM Engineer e"));

        NullProgressMonitor counting = new NullProgressMonitor() {
            private int total;

            @Override
            public void beginTask(String name, int totalWork) {
                total = totalWork;
            }

            @Override
            public void done() {
                assertEquals(100, total, "progress is reported in percent of the whole load");
            }
        };
        SampleDataLoader.load(database, larger, 1, counting);
        assertEquals(200, count("SELECT COUNT(c) FROM Customer c"));
        assertEquals(200 * 2 * 3, count("SELECT COUNT(e) FROM Equipment e"));
    }

    @Test
    void usersLogInAndAreLockedAfterRepeatedWrongPasswords() {
        SampleDataLoader.load(database, SMALL, 1);
        UserAccounts accounts = new UserAccounts(database, new PasswordHasher(1_000), 3);
        accounts.create("li.na", "Li Na", "dispatch-2026".toCharArray(), List.of("seat-agent"));
        assertTrue(accounts.login("li.na", "dispatch-2026".toCharArray()).accepted());
        assertTrue(accounts.login(" li.na ", "dispatch-2026".toCharArray()).accepted(), "surrounding blanks are ignored");

        assertEquals("Unknown login or wrong password. 2 more wrong attempts lock the account.",
                accounts.login("li.na", "wrong".toCharArray()).message());
        UserAccounts.LoginResult lastChance = accounts.login("li.na", "wrong".toCharArray());
        assertEquals(LoginOutcome.UNKNOWN_OR_WRONG_PASSWORD, lastChance.outcome());
        assertEquals("Unknown login or wrong password. One more wrong attempt locks the account.", lastChance.message());
        assertEquals(LoginOutcome.LOCKED, accounts.login("li.na", "wrong".toCharArray()).outcome());
        UserAccounts.LoginResult locked = accounts.login("li.na", "dispatch-2026".toCharArray());
        assertEquals(LoginOutcome.LOCKED, locked.outcome(), "a locked account stays locked even with the right password");
        assertTrue(locked.message().contains("Ask an administrator"), locked.message());
        assertEquals(LoginOutcome.UNKNOWN_OR_WRONG_PASSWORD, accounts.login("nobody", "x".toCharArray()).outcome());

        String stored = database.list("SELECT u.passwordHash FROM User u WHERE u.login = 'li.na'", String.class).get(0);
        assertTrue(stored.startsWith("pbkdf2-sha256$") && !stored.contains("dispatch-2026"));
    }

    @Test
    void creatingAUserExplainsWhatIsWrong() {
        SampleDataLoader.load(database, SMALL, 1);
        UserAccounts accounts = new UserAccounts(database, new PasswordHasher(1_000), 5);
        assertTrue(assertThrows(DatabaseException.class, () -> accounts.create("admin", null, "long-enough".toCharArray(), List.of()))
                .getMessage().contains("already taken"));
        assertTrue(assertThrows(DatabaseException.class, () -> accounts.create("x", null, "short".toCharArray(), List.of()))
                .getMessage().contains("at least 8"));
        assertTrue(assertThrows(DatabaseException.class, () -> accounts.create("x", null, "long-enough".toCharArray(), List.of("pilot")))
                .getMessage().contains("There is no role \"pilot\""));
    }

    @Test
    void importIsAllOrNothingAndChecksTheDatabase() throws Exception {
        SampleDataLoader.load(database, SMALL, 1);
        CustomerExchange exchange = new CustomerExchange(database);
        String header = CustomerCsv.expectedHeader() + "\n";
        String existingSerial = database.list("SELECT e.serialNumber FROM Equipment e WHERE e.vendor = 'Lanting Networks'",
                String.class).get(0);

        String clash = header + "C-8001,Yuelu Hospital,other,Ward building,,,Harbor Compute,HC-R740,HX-1,,\n"
                + "C-8002,Shiqiao School,education,Library,,,Lanting Networks,LT-SW5600," + existingSerial + ",,\n";
        CsvImportException refused = assertThrows(CsvImportException.class, () -> exchange.importCsv(clash.getBytes(StandardCharsets.UTF_8)));
        assertEquals(3, refused.row());
        assertEquals("serial_number", refused.column());
        assertEquals(6, count("SELECT COUNT(c) FROM Customer c"), "the valid first row was not imported either");

        String good = header + "C-8001,Yuelu Hospital,other,Ward building,,,Harbor Compute,HC-R740,HX-1,,\n"
                + "C-8001,Yuelu Hospital,other,Ward building,,,Harbor Compute,HC-R740,HX-2,,\n";
        assertEquals(1, exchange.importCsv(good.getBytes(StandardCharsets.UTF_8)));
        assertEquals(7, count("SELECT COUNT(c) FROM Customer c"));
        CsvImportException again = assertThrows(CsvImportException.class, () -> exchange.importCsv(good.getBytes(StandardCharsets.UTF_8)));
        assertTrue(again.getMessage().contains("customer C-8001 already exists"), again.getMessage());
    }

    @Test
    void exportWritesEveryEquipmentRowAndReimportsIntoAnotherDatabase() throws Exception {
        SampleDataLoader.load(database, SMALL, 1);
        StringWriter out = new StringWriter();
        assertEquals(6, new CustomerExchange(database).exportCsv(out));
        assertEquals(1 + 6 * 2 * 3, out.toString().lines().count());
        try (Database other = Database.open(TestDatabases.fresh())) {
            assertEquals(6, new CustomerExchange(other).importCsv(out.toString().getBytes(StandardCharsets.UTF_8)));
            assertEquals(36, other.list("SELECT COUNT(e) FROM Equipment e", Long.class).get(0));
        }
    }

    @Test
    void anOnlineBackupRestoresTheDataAsItWas() throws Exception {
        assumeTrue("embedded".equals(TestDatabases.KIND), "restore replaces an embedded database");
        DatabaseSettings settings = database.settings();
        SampleDataLoader.load(database, SMALL, 1);
        Path backups = Files.createTempDirectory("opsbench-backup-");
        Path copy = DatabaseBackup.backup(database, backups);
        database.list("SELECT COUNT(c) FROM Customer c", Long.class);
        try (var session = database.openSession()) {
            session.delete(session.findAll(org.opsbench.model.Customer.class, "code").get(0));
            session.save();
        }
        assertEquals(5, count("SELECT COUNT(c) FROM Customer c"));
        database.close();
        database = null;

        DatabaseBackup.restore(copy, Path.of(settings.location()));
        database = Database.open(settings);
        assertEquals(6, count("SELECT COUNT(c) FROM Customer c"));
        assertFalse(SampleDataLoader.isEmpty(database));

        DatabaseException notBackup = assertThrows(DatabaseException.class,
                () -> DatabaseBackup.restore(backups.getParent(), Path.of(settings.location())));
        assertTrue(notBackup.getMessage().contains("is not a Derby backup"), notBackup.getMessage());
    }

    @Test
    void anUnwantedBackupCopyIsDiscardedButNothingElse() throws Exception {
        assumeTrue(!"postgresql".equals(TestDatabases.KIND), "Derby's online backup");
        SampleDataLoader.load(database, SMALL, 1);
        Path backups = Files.createTempDirectory("opsbench-backup-");
        Path copy = DatabaseBackup.backup(database, backups);
        assertTrue(Files.isRegularFile(copy.resolve("service.properties")));

        DatabaseBackup.discard(copy);
        assertFalse(Files.exists(copy), "the copy is gone");
        assertTrue(Files.isDirectory(backups), "the folder that held it stays");

        Path notABackup = Files.createDirectories(backups.resolve("documents"));
        DatabaseException refused = assertThrows(DatabaseException.class, () -> DatabaseBackup.discard(notABackup));
        assertTrue(refused.getMessage().contains("is not a Derby backup"), refused.getMessage());
        assertTrue(Files.isDirectory(notABackup), "a folder that is not a backup is left alone");
    }
}
