package org.opsbench.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * Online backup (users keep working) and restore of a Derby database, with Derby's own
 * backup procedure: the copy is consistent as of the moment the backup started.
 */
public final class DatabaseBackup {

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
        String name = Path.of(database.settings().location().replaceFirst(";.*$", "")).getFileName().toString();
        if (Files.exists(target.resolve(name))) {
            throw new DatabaseException(Messages.format("backup.targetExists", target));
        }
        try (Connection connection = database.dataSource().getConnection();
                CallableStatement backup = connection.prepareCall("CALL SYSCS_UTIL.SYSCS_BACKUP_DATABASE(?)")) {
            backup.setString(1, target.toString());
            backup.execute();
        } catch (SQLException e) {
            throw new DatabaseException(Messages.format("backup.failed", target, e.getMessage()), e);
        }
        return target.resolve(name);
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
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new DatabaseException(Messages.format("backup.discardFailed", copy, e.getMessage()), e);
        }
    }

    /**
     * Replaces the embedded database in {@code databaseFolder} with a backup copy. The
     * database must not be open anywhere.
     */
    public static void restore(Path backupCopy, Path databaseFolder) {
        Path copy = backupCopy.toAbsolutePath();
        if (!Files.isRegularFile(copy.resolve("service.properties"))) {
            throw new DatabaseException(Messages.format("restore.notABackup", copy));
        }
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(databaseFolder.toAbsolutePath().toString());
        dataSource.setConnectionAttributes("restoreFrom=" + copy);
        try {
            dataSource.getConnection().close();
        } catch (SQLException e) {
            DatabaseException translated = DataSources.translate(DatabaseSettings.embedded(databaseFolder), e);
            throw translated.getMessage().contains(databaseFolder.toAbsolutePath().toString()) ? translated
                    : new DatabaseException(Messages.format("restore.targetOpen", databaseFolder), e);
        }
        DerbyShutdown.shutdown(databaseFolder.toAbsolutePath().toString());
    }
}
