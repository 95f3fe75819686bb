package org.opsbench.cases;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.opsbench.persistence.Database;

/**
 * Tables of derived data the case services keep beside the model's tables (SLA checks, the search
 * words): written with plain JDBC, created on first use, and always rebuildable from the cases.
 */
final class DerivedTables {

    /** The tables known to exist, per database (weakly: a closed database's source is forgotten). */
    private static final Map<DataSource, Set<String>> READY = Collections.synchronizedMap(new WeakHashMap<>());

    private DerivedTables() {
    }

    /**
     * @param ddl the statements that create the table and its indexes, run when it does not exist yet
     * @return a connection to the database, the table created first if this is its first use there
     */
    static Connection connect(Database database, String table, List<String> ddl) throws SQLException {
        ensure(database, table, ddl);
        return database.dataSource().getConnection();
    }

    /** Creates the table unless it exists; after the first call for a database, costs nothing. */
    static void ensure(Database database, String table, List<String> ddl) throws SQLException {
        DataSource dataSource = database.dataSource();
        Set<String> ready = READY.computeIfAbsent(dataSource, source -> ConcurrentHashMap.newKeySet());
        if (!ready.contains(table)) {
            try (Connection connection = dataSource.getConnection()) {
                create(connection, table, ddl);
                ready.add(table);
            }
        }
    }

    private static void create(Connection connection, String table, List<String> ddl) throws SQLException {
        if (exists(connection.getMetaData(), table)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : ddl) {
                statement.executeUpdate(sql);
            }
        } catch (SQLException e) {
            // Another workbench created it at the same moment.
            if (!exists(connection.getMetaData(), table)) {
                throw e;
            }
        }
    }

    static boolean exists(DatabaseMetaData metaData, String table) throws SQLException {
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
