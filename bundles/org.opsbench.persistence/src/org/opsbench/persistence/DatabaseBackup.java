package org.opsbench.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.eclipse.emf.ecore.EPackage;
import org.opsbench.model.OpsPackage;
import org.opsbench.persistence.internal.SchemaVersions;

/**
 * Online backup (users keep working) and restore of a Derby database, with Derby's own
 * backup procedure: the copy is consistent as of the moment the backup started.
 * <p>
 * A restore never touches the live database before the backup has proved itself: it is first
 * restored into a new folder of its own, opened there, its schema versions read and every
 * table checked. Only then is the live database replaced, and the one it replaced is kept
 * ({@link Restored#previous()}) until the user deletes it.
 */
public final class DatabaseBackup {

    /**
     * What a restore did.
     *
     * @param database the database that now holds the backup's data
     * @param previous where the database it replaced is kept (a folder or a backup copy), or null when there was none
     */
    public record Restored(String database, Path previous) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private DatabaseBackup() {
    }

    /**
     * Copies the open database into {@code folder}; Derby creates a sub-folder named after the database.
     *
     * @return the folder of the backup copy
     */
    public static Path backup(Database database, Path folder) {
        if (database.settings().kind() == DatabaseKind.POSTGRESQL) {
            throw new DatabaseException(Messages.format("backup.unsupported"));
        }
        Path target = folder.toAbsolutePath();
        String name = Path.of(databaseName(database.settings())).getFileName().toString();
        if (Files.exists(target.resolve(name))) {
            throw new DatabaseException(Messages.format("backup.targetExists", target));
        }
        try (Connection connection = database.dataSource().getConnection()) {
            backup(connection, target);
        } catch (SQLException e) {
            throw new DatabaseException(Messages.format("backup.failed", target, e.getMessage()), e);
        }
        return target.resolve(name);
    }

    private static void backup(Connection connection, Path target) throws SQLException {
        try (CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, target.toString());
            backup.execute();
        }
    }

    /**
     * Deletes a backup copy that is no longer wanted (e.g. one whose backup the user cancelled).
     * Only a folder that is a Derby backup is touched.
     */
    public static void discard(Path backupCopy) {
        Path copy = backupCopy.toAbsolutePath();
        if (!Files.isRegularFile(copy.resolve("service.properties"))) {
            throw new DatabaseException(Messages.format("restore.notABackup", copy));
        }
        deleteTree(copy);
    }

    /** Replaces the embedded database in {@code databaseFolder} with a backup copy of the core model's database. */
    public static Restored restore(Path backupCopy, Path databaseFolder) {
        return restore(backupCopy, DatabaseSettings.embedded(databaseFolder), List.of(OpsPackage.eINSTANCE));
    }

    /**
     * Replaces a Derby database (embedded, or on a Derby network server running on this machine,
     * which reads the backup from the same path) with a backup copy. Every program using the
     * database must be closed.
     *
     * @param packages the model packages this installation knows: a backup written by a newer OpsBench is refused
     * @throws DatabaseException when the backup is not a complete OpsBench backup, or the database is in use;
     *                           the live database is then exactly as it was
     */
    public static Restored restore(Path backupCopy, DatabaseSettings target, Collection<? extends EPackage> packages) {
        if (target.kind() == DatabaseKind.POSTGRESQL) {
            throw new DatabaseException(Messages.format("backup.unsupported"));
        }
        Path copy = backupCopy.toAbsolutePath().normalize();
        if (target.kind() == DatabaseKind.EMBEDDED) {
            refuseLiveFolder(copy, Path.of(target.location()).toAbsolutePath().normalize());
        } else if (isSameOrInside(copy, Path.of(databaseName(target)).toAbsolutePath().normalize())) {
            throw new DatabaseException(Messages.format("restore.isLive", copy));
        }
        if (!Files.isRegularFile(copy.resolve("service.properties"))) {
            throw new DatabaseException(Messages.format("restore.notABackup", copy));
        }
        if (target.kind() == DatabaseKind.EMBEDDED && isSameOrInside(Path.of(target.location()).toAbsolutePath().normalize(), copy)) {
            throw new DatabaseException(Messages.format("restore.isLive", copy)); // the backup would hold the live database
        }
        String stamp = LocalDateTime.now().format(STAMP);
        return target.kind() == DatabaseKind.EMBEDDED ? restoreEmbedded(copy, Path.of(target.location()).toAbsolutePath().normalize(),
                packages, stamp) : restoreOnServer(copy, target, packages, stamp);
    }

    private static Restored restoreEmbedded(Path copy, Path live, Collection<? extends EPackage> packages, String stamp) {
        Path staging = live.resolveSibling(live.getFileName() + ".restoring-" + stamp);
        check(copy, staging, null, packages); // the staging folder is removed when the check fails
        Path previous = null;
        try {
            if (Files.exists(live)) {
                closeUnlessInUse(live, staging);
                previous = live.resolveSibling(live.getFileName() + ".before-restore-" + stamp);
                Files.move(live, previous, StandardCopyOption.ATOMIC_MOVE);
            }
            try {
                Files.move(staging, live, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                if (previous != null) {
                    Files.move(previous, live, StandardCopyOption.ATOMIC_MOVE);
                }
                throw e;
            }
        } catch (IOException e) {
            deleteTree(staging);
            throw new DatabaseException(Messages.format("restore.swapFailed", live, e.getMessage()), e);
        }
        return new Restored(live.toString(), previous);
    }

    /**
     * The network server restores from the same path (it runs on this machine): the backup is
     * checked here first, the live database copied aside by the server's own backup, then replaced.
     */
    private static Restored restoreOnServer(Path copy, DatabaseSettings target, Collection<? extends EPackage> packages, String stamp) {
        Path checkFolder;
        try {
            checkFolder = Files.createTempDirectory("opsbench-restore-check-").resolve("database");
        } catch (IOException e) {
            throw new DatabaseException(Messages.format("restore.swapFailed", target.location(), e.getMessage()), e);
        }
        check(copy, checkFolder, target, packages);
        deleteTree(checkFolder.getParent());
        Path previousFolder = copy.getParent().resolve("before-restore-" + stamp);
        Path previous = null;
        DatabaseSettings live = withAttributes(target, "");
        try (Connection connection = DataSources.create(live).getConnection()) {
            backup(connection, previousFolder);
            previous = previousFolder.resolve(Path.of(databaseName(target)).getFileName().toString());
        } catch (SQLException e) {
            DatabaseException translated = DataSources.translate(live, e);
            if (!translated.getMessage().equals(Messages.format("connect.unknownDatabase", live.location()))) {
                throw translated;
            } // no database there yet: nothing to keep aside
        }
        if (previous != null) {
            connectExpecting(withAttributes(target, ";shutdown=true"), "08006");
        }
        try {
            connectExpecting(withAttributes(target, ";restoreFrom=" + copy), null);
            connectExpecting(live, null);
        } catch (DatabaseException e) {
            if (previous != null) {
                connectExpecting(withAttributes(target, ";restoreFrom=" + previous), null);
            }
            throw new DatabaseException(Messages.format("restore.putBack", target.location(), e.getMessage()), e);
        }
        return new Restored(databaseName(target), previous);
    }

    /**
     * Restores the backup into {@code folder} (a new Derby database), opens it, reads its schema
     * versions and checks every table. The backup itself is only read.
     *
     * @param credentials the live database's settings when its backup may require authentication, or null
     */
    private static void check(Path copy, Path folder, DatabaseSettings credentials, Collection<? extends EPackage> packages) {
        EmbeddedDataSource dataSource = embedded(folder, credentials);
        dataSource.setConnectionAttributes("restoreFrom=" + copy);
        try {
            try (Connection connection = dataSource.getConnection()) {
                // restored: from here on it is an ordinary database in the folder
            }
            EmbeddedDataSource opened = embedded(folder, credentials);
            checkSchema(copy, opened, packages);
            checkTables(copy, opened);
            shutdown(folder, credentials);
        } catch (SQLException | DatabaseException e) {
            try {
                shutdown(folder, credentials);
            } catch (DatabaseException notBooted) {
                // the restore never booted it: nothing to close
            }
            deleteTree(folder);
            if (e instanceof DatabaseException refused) {
                throw refused;
            }
            throw new DatabaseException(Messages.format("restore.unusable", copy, rootMessage((SQLException) e)), e);
        }
    }

    private static void checkSchema(Path copy, DataSource dataSource, Collection<? extends EPackage> packages) throws SQLException {
        Map<String, Integer> stored = SchemaVersions.stored(dataSource);
        if (!stored.containsKey(OpsPackage.eNS_URI)) {
            throw new DatabaseException(Messages.format("restore.notOpsBench", copy));
        }
        for (EPackage ePackage : packages) {
            Integer version = stored.get(ePackage.getNsURI());
            int known = SchemaVersions.declared(ePackage);
            if (version != null && version > known) {
                throw new DatabaseException(Messages.format("restore.newer", copy, version, ePackage.getNsURI(), known));
            }
        }
    }

    /** Derby's own consistency check of every table and index: a backup with missing or damaged files fails here. */
    private static void checkTables(Path copy, DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT s.SCHEMANAME, t.TABLENAME FROM SYS.SYSTABLES t"
                            + " JOIN SYS.SYSSCHEMAS s ON t.SCHEMAID = s.SCHEMAID WHERE t.TABLETYPE = 'T'")) {
                while (rows.next()) {
                    tables.add(new String[] { rows.getString(1), rows.getString(2) });
                }
            }
            try (PreparedStatement check = connection.prepareStatement("VALUES SYSCS_UTIL.SYSCS_CHECK_TABLE(?, ?)")) {
                for (String[] table : tables) {
                    check.setString(1, table[0]);
                    check.setString(2, table[1]);
                    try (ResultSet result = check.executeQuery()) {
                        if (!result.next() || result.getInt(1) != 1) {
                            throw new DatabaseException(Messages.format("restore.damaged", copy, table[1], "-"));
                        }
                    } catch (SQLException e) {
                        throw new DatabaseException(Messages.format("restore.damaged", copy, table[1], rootMessage(e)), e);
                    }
                }
            }
        }
    }

    private static void shutdown(Path folder, DatabaseSettings credentials) {
        DerbyShutdown.shutdown(folder.toString(), credentials == null ? null : credentials.user(),
                credentials == null ? null : credentials.password());
    }

    private static EmbeddedDataSource embedded(Path folder, DatabaseSettings credentials) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(folder.toString());
        if (credentials != null && credentials.user() != null) {
            dataSource.setUser(credentials.user());
            dataSource.setPassword(credentials.password());
        }
        return dataSource;
    }

    /** Boots the live database to learn whether another program has it open; closes it again when not. */
    private static void closeUnlessInUse(Path live, Path staging) {
        if (!Files.isRegularFile(live.resolve("service.properties"))) {
            return; // a folder that holds no database: it is kept aside all the same
        }
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(live.toString());
        try {
            dataSource.getConnection().close();
        } catch (SQLException e) {
            deleteTree(staging);
            DatabaseException translated = DataSources.translate(DatabaseSettings.embedded(live), e);
            throw translated.getMessage().contains(live.toString()) ? translated
                    : new DatabaseException(Messages.format("restore.targetOpen", live), e);
        }
        DerbyShutdown.shutdown(live.toString());
    }

    private static void refuseLiveFolder(Path copy, Path live) {
        if (isSameOrInside(copy, live)) {
            throw new DatabaseException(Messages.format("restore.isLive", copy));
        }
        try {
            if (Files.exists(copy) && Files.exists(live) && Files.isSameFile(copy, live)) {
                throw new DatabaseException(Messages.format("restore.isLive", copy));
            }
        } catch (IOException e) {
            throw new DatabaseException(Messages.format("restore.notABackup", copy), e);
        }
    }

    private static boolean isSameOrInside(Path path, Path folder) {
        return path.startsWith(folder);
    }

    private static void connectExpecting(DatabaseSettings settings, String expectedState) {
        try (Connection connection = DataSources.create(settings).getConnection()) {
            if (expectedState != null) {
                throw new DatabaseException(Messages.format("restore.swapFailed", settings.location(), "no " + expectedState));
            }
        } catch (SQLException e) {
            if (expectedState == null || !expectedState.equals(e.getSQLState())) {
                throw new DatabaseException(Messages.format("restore.swapFailed", databaseName(settings), rootMessage(e)), e);
            }
        }
    }

    /** @return the settings with the URL's attributes replaced, e.g. {@code ;shutdown=true} */
    private static DatabaseSettings withAttributes(DatabaseSettings settings, String attributes) {
        String location = settings.location();
        int semicolon = location.indexOf(';');
        return new DatabaseSettings(settings.kind(), (semicolon < 0 ? location : location.substring(0, semicolon)) + attributes,
                settings.user(), settings.password());
    }

    /** @return the database's name: its folder (embedded) or the path part of a network-server URL */
    private static String databaseName(DatabaseSettings settings) {
        String location = settings.location().replaceFirst(";.*$", "");
        if (settings.kind() == DatabaseKind.DERBY_SERVER) {
            String rest = location.substring("jdbc:derby://".length());
            return rest.indexOf('/') < 0 ? "" : rest.substring(rest.indexOf('/') + 1);
        }
        return location;
    }

    private static String rootMessage(SQLException e) {
        SQLException last = e;
        while (last.getNextException() != null) {
            last = last.getNextException();
        }
        Throwable cause = last;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return String.valueOf(cause.getMessage());
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new DatabaseException(Messages.format("backup.discardFailed", folder, e.getMessage()), e);
        }
    }
}
