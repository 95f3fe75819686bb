package org.opsbench.persistence;

import java.sql.SQLException;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** Closes an embedded Derby database so that its files are consistent and another program may open it. */
final class DerbyShutdown {

    private DerbyShutdown() {
    }

    static void shutdown(String location) {
        shutdown(location, null, null);
    }

    /** With the credentials of a database that requires authentication. */
    static void shutdown(String location, String user, String password) {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName(location);
        if (user != null) {
            dataSource.setUser(user);
            dataSource.setPassword(password);
        }
        dataSource.setShutdownDatabase("shutdown");
        try {
            dataSource.getConnection().close();
        } catch (SQLException expected) {
            // Derby reports a successful shutdown as SQLState 08006.
            if (!"08006".equals(expected.getSQLState()) && !"XJ004".equals(expected.getSQLState())) {
                throw new DatabaseException(expected.getMessage(), expected);
            }
        }
    }
}
