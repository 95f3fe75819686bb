package org.opsbench.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.core.sample.SampleDataGenerator.Sizes;
import org.opsbench.model.OpsPackage;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseBackup;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.persistence.DatabaseKind;
import org.opsbench.persistence.DatabaseSettings;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.persistence.testing.TestDatabases;

/**
 * A restore from a bad backup is refused before the live database is touched: after each
 * refusal the database still opens with every customer it had. Runs on embedded Derby and on
 * the Derby network server (whose database the restore replaces through the server).
 */
@Tag("all-databases")
class RestoreSafetyTest {

    private static final Sizes SMALL = new Sizes(3, 2, 6, 2, 3, 1);
    private final Locale original = Locale.getDefault();
    private DatabaseSettings settings;
    private Path backups;
    private Path goodCopy;

    @BeforeEach
    void liveDatabaseWithABackup() throws IOException {
        assumeTrue(!"postgresql".equals(TestDatabases.KIND), "Derby's backup and restore");
        Locale.setDefault(Locale.ENGLISH);
        settings = TestDatabases.fresh();
        backups = Files.createTempDirectory("opsbench-restore-");
        try (Database database = Database.open(settings)) {
            SampleDataLoader.load(database, SMALL, 1);
            goodCopy = DatabaseBackup.backup(database, backups);
        }
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(original);
    }

    private long customers() {
        try (Database database = Database.open(settings)) {
            return database.list("SELECT COUNT(c) FROM Customer c", Long.class).get(0);
        }
    }

    private DatabaseException refused(Path backup) {
        return assertThrows(DatabaseException.class, () -> DatabaseBackup.restore(backup, settings, List.of(OpsPackage.eINSTANCE)));
    }

    /** A copy of the good backup to spoil. */
    private Path copyOfBackup(String name) throws IOException {
        Path target = Files.createDirectories(backups.resolve(name)).resolve(goodCopy.getFileName());
        try (Stream<Path> files = Files.walk(goodCopy)) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(goodCopy.relativize(file).toString()));
            }
        }
        return target;
    }

    private Path liveFolder() {
        String location = settings.location().replaceFirst(";.*$", "");
        return Path.of(settings.kind() == DatabaseKind.EMBEDDED ? location : location.replaceFirst("^jdbc:derby://[^/]*/", ""));
    }

    @Test
    void aBackupWithAnEmptyServicePropertiesIsRefusedAndTheDatabaseKeepsItsData() throws IOException {
        Path spoiled = copyOfBackup("empty-properties");
        Files.writeString(spoiled.resolve("service.properties"), "");
        DatabaseException refusal = refused(spoiled);
        assertTrue(refusal.getMessage().contains("cannot be restored") && refusal.getMessage().contains("was not changed"),
                refusal.getMessage());
        assertEquals(6, customers());
    }

    @Test
    void aBackupWithoutItsSeg0FolderIsRefusedAndTheDatabaseKeepsItsData() throws IOException {
        Path spoiled = copyOfBackup("no-seg0");
        deleteTree(spoiled.resolve("seg0"));
        refused(spoiled);
        assertEquals(6, customers());
    }

    @Test
    void aBackupWithAMissingTableFileIsRefusedByTheConsistencyCheck() throws IOException {
        Path spoiled = copyOfBackup("missing-table-file");
        try (Stream<Path> files = Files.list(spoiled.resolve("seg0"))) {
            // user tables are created after the catalogs, so their files carry the highest numbers
            Path newest = files.max(Comparator.comparingLong(RestoreSafetyTest::conglomerate)).orElseThrow();
            Files.delete(newest);
        }
        refused(spoiled);
        assertEquals(6, customers());
    }

    @Test
    void theLiveDatabaseFolderIsRefusedAsABackup() {
        DatabaseException refusal = refused(liveFolder());
        assertTrue(refusal.getMessage().contains("is the live database"), refusal.getMessage());
        assertEquals(6, customers());
    }

    @Test
    void aDerbyBackupOfAnotherProgramsDatabaseIsRefused() throws Exception {
        Path foreign = backups.resolve("foreign-db");
        EmbeddedDataSource dataSource = embedded(foreign);
        dataSource.setCreateDatabase("create");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE INVOICES (ID INT)");
            statement.execute("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('" + backups.resolve("foreign") + "')");
        }
        shutDown(foreign);
        DatabaseException refusal = refused(backups.resolve("foreign").resolve("foreign-db"));
        assertTrue(refusal.getMessage().contains("not of an OpsBench database"), refusal.getMessage());
        assertEquals(6, customers());
    }

    @Test
    void aBackupWrittenByANewerOpsBenchIsRefused() throws Exception {
        Path newer = copyOfBackup("newer");
        Path booted = backups.resolve("newer-booted");
        EmbeddedDataSource dataSource = embedded(booted);
        dataSource.setConnectionAttributes("restoreFrom=" + newer);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE OB_SCHEMA SET SCHEMA_VERSION = 99");
            statement.execute("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE('" + backups.resolve("newer-backup") + "')");
        }
        shutDown(booted);
        DatabaseException refusal = refused(backups.resolve("newer-backup").resolve(booted.getFileName()));
        assertTrue(refusal.getMessage().contains("newer OpsBench"), refusal.getMessage());
        assertEquals(6, customers());
    }

    @Test
    void aGoodBackupReplacesTheDatabaseAndTheReplacedOneIsKept() {
        try (Database database = Database.open(settings)) {
            try (var session = database.openSession()) {
                session.delete(session.findAll(org.opsbench.model.Customer.class, "code").get(0));
                session.save();
            }
        }
        assertEquals(5, customers());

        DatabaseBackup.Restored restored = DatabaseBackup.restore(goodCopy, settings, List.of(OpsPackage.eINSTANCE));

        assertEquals(6, customers(), "the backup's data");
        assertNotNull(restored.previous(), "the replaced database is kept");
        assertTrue(Files.isRegularFile(restored.previous().resolve("service.properties")), restored.previous().toString());
        DatabaseSettings previous = settings.kind() == DatabaseKind.EMBEDDED ? DatabaseSettings.embedded(restored.previous()) : null;
        if (previous != null) {
            try (Database database = Database.open(previous)) {
                assertEquals(5, database.list("SELECT COUNT(c) FROM Customer c", Long.class).get(0), "the data before the restore");
            }
        }
    }

    private static long conglomerate(Path file) {
        String name = file.getFileName().toString().replaceAll("[^0-9a-f]", "");
        return name.isEmpty() ? -1 : Long.parseLong(name, 16);
    }

    /** An embedded database in this JVM, with the test server's credentials (which the network-server run requires of every connection). */
    private EmbeddedDataSource embedded(Path folder) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(folder.toString());
        if (settings.user() != null) {
            dataSource.setUser(settings.user());
            dataSource.setPassword(settings.password());
        }
        return dataSource;
    }

    private void shutDown(Path folder) {
        EmbeddedDataSource dataSource = embedded(folder);
        dataSource.setShutdownDatabase("shutdown");
        try {
            dataSource.getConnection().close();
        } catch (java.sql.SQLException expected) {
            assertEquals("08006", expected.getSQLState(), expected.getMessage());
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
