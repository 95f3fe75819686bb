package org.opsbench.persistence.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EPackage;

/**
 * The schema version of every model package, kept in table OB_SCHEMA.
 * A package declares its version in an EAnnotation
 * {@value #ANNOTATION} with key {@code schemaVersion}; it is raised with every
 * model change that needs more than new columns.
 */
public final class SchemaVersions {

    public static final String ANNOTATION = "http://opsbench.org/persistence";
    static final String TABLE = "OB_SCHEMA";

    private SchemaVersions() {
    }

    public static int declared(EPackage ePackage) {
        EAnnotation annotation = ePackage.getEAnnotation(ANNOTATION);
        String value = annotation == null ? null : annotation.getDetails().get("schemaVersion");
        return value == null ? 1 : Integer.parseInt(value.trim());
    }

    /** @return the versions stored in the database, by package namespace URI; empty for a new database */
    public static Map<String, Integer> stored(DataSource dataSource) throws SQLException {
        Map<String, Integer> versions = new HashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            if (!tableExists(connection, TABLE)) {
                return versions;
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT PACKAGE_URI, SCHEMA_VERSION FROM " + TABLE)) {
                while (rows.next()) {
                    versions.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return versions;
    }

    public static void store(DataSource dataSource, Map<String, Integer> versions) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            if (!tableExists(connection, TABLE)) {
                try (Statement statement = connection.createStatement()) {
                    statement.executeUpdate("CREATE TABLE " + TABLE
                            + " (PACKAGE_URI VARCHAR(255) NOT NULL PRIMARY KEY, SCHEMA_VERSION INTEGER NOT NULL)");
                }
            }
            for (Map.Entry<String, Integer> entry : versions.entrySet()) {
                try (PreparedStatement update = connection
                        .prepareStatement("UPDATE " + TABLE + " SET SCHEMA_VERSION = ? WHERE PACKAGE_URI = ?")) {
                    update.setInt(1, entry.getValue());
                    update.setString(2, entry.getKey());
                    if (update.executeUpdate() == 0) {
                        try (PreparedStatement insert = connection
                                .prepareStatement("INSERT INTO " + TABLE + " (PACKAGE_URI, SCHEMA_VERSION) VALUES (?, ?)")) {
                            insert.setString(1, entry.getKey());
                            insert.setInt(2, entry.getValue());
                            insert.executeUpdate();
                        }
                    }
                }
            }
            connection.commit();
        }
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        DatabaseMetaData metaData = connection.getMetaData();
        for (String name : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
            try (ResultSet tables = metaData.getTables(null, null, name, new String[] { "TABLE" })) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
