package org.opsbench.persistence;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.apache.derby.jdbc.EmbeddedDataSource;

/** JDBC data sources for the three kinds of database, and plain-words connection errors. */
public final class DataSources {

    private DataSources() {
    }

    /**
     * Creates the data source and proves it with one connection.
     *
     * @throws DatabaseException naming the problem (locked, refused, credentials, ...) and the fix
     */
    public static DataSource open(DatabaseSettings settings) {
        DataSource dataSource = create(settings);
        prove(settings, dataSource);
        return dataSource;
    }

    /**
     * Tries the settings with one connection, e.g. for a "Test connection" button.
     *
     * @return the database product and version, e.g. "Apache Derby 10.17.1.0"
     * @throws DatabaseException naming the problem and the fix, as {@link #open} does
     */
    public static String probe(DatabaseSettings settings) {
        return prove(settings, create(settings));
    }

    private static String prove(DatabaseSettings settings, DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            java.sql.DatabaseMetaData metaData = connection.getMetaData();
            return metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw translate(settings, e);
        }
    }

    static DataSource create(DatabaseSettings settings) {
        return switch (settings.kind()) {
            case EMBEDDED -> {
                logBesideDatabase(settings);
                EmbeddedDataSource embedded = new EmbeddedDataSource();
                embedded.setDatabaseName(settings.location());
                embedded.setCreateDatabase("create");
                yield embedded;
            }
            case DERBY_SERVER -> derbyClient(settings);
            case POSTGRESQL -> {
                try {
                    yield postgresql(settings);
                } catch (NoClassDefFoundError e) {
                    // the driver bundle is optional: an installation without it says so instead of failing obscurely
                    throw new DatabaseException(Messages.format("connect.driverMissing", "PostgreSQL JDBC"), e);
                }
            }
        };
    }

    /**
     * Derby writes its log (derby.log) into the current directory unless told otherwise: the first
     * embedded database of a program puts it into the workspace, the database folder's parent.
     * Read when Derby's engine starts, so it applies to the first database opened.
     */
    private static void logBesideDatabase(DatabaseSettings settings) {
        if (System.getProperty("derby.stream.error.file") == null && System.getProperty("derby.system.home") == null) {
            java.nio.file.Path workspace = java.nio.file.Path.of(settings.location()).toAbsolutePath().getParent();
            try {
                if (workspace != null) {
                    // a new workspace does not exist yet; Derby would fall back to printing its log on the console
                    java.nio.file.Files.createDirectories(workspace);
                    System.setProperty("derby.stream.error.file", workspace.resolve("derby.log").toString());
                }
            } catch (java.io.IOException e) {
                // Derby will say itself that it cannot create the database there
            }
        }
    }

    private static DataSource postgresql(DatabaseSettings settings) {
        org.postgresql.ds.PGSimpleDataSource dataSource = new org.postgresql.ds.PGSimpleDataSource();
        dataSource.setURL(settings.location());
        if (settings.user() != null) {
            dataSource.setUser(settings.user());
        }
        if (settings.password() != null) {
            dataSource.setPassword(settings.password());
        }
        return dataSource;
    }

    /** The Derby network client, configured reflectively: its classes are not on our compile class path. */
    private static DataSource derbyClient(DatabaseSettings settings) {
        String url = settings.location();
        // jdbc:derby://host:port/database[;attributes]
        String rest = url.substring("jdbc:derby://".length());
        String hostPort = rest.substring(0, rest.indexOf('/') < 0 ? rest.length() : rest.indexOf('/'));
        String database = rest.indexOf('/') < 0 ? "" : rest.substring(rest.indexOf('/') + 1);
        String host = hostPort.contains(":") ? hostPort.substring(0, hostPort.indexOf(':')) : hostPort;
        int port = hostPort.contains(":") ? Integer.parseInt(hostPort.substring(hostPort.indexOf(':') + 1)) : 1527;
        try {
            Class<?> type = loadClientClass("org.apache.derby.client.BasicClientDataSource");
            DataSource dataSource = (DataSource) type.getConstructor().newInstance();
            type.getMethod("setServerName", String.class).invoke(dataSource, host);
            type.getMethod("setPortNumber", int.class).invoke(dataSource, port);
            String name = database.contains(";") ? database.substring(0, database.indexOf(';')) : database;
            type.getMethod("setDatabaseName", String.class).invoke(dataSource, name);
            if (database.contains(";")) {
                type.getMethod("setConnectionAttributes", String.class).invoke(dataSource, database.substring(database.indexOf(';') + 1));
            }
            if (settings.user() != null) {
                type.getMethod("setUser", String.class).invoke(dataSource, settings.user());
            }
            if (settings.password() != null) {
                type.getMethod("setPassword", String.class).invoke(dataSource, settings.password());
            }
            return dataSource;
        } catch (ReflectiveOperationException e) {
            throw new DatabaseException(Messages.format("connect.driverMissing", "Derby network client"), e);
        }
    }

    /** The client is a fragment of the derby bundle (org.opsbench.derby.client), so derby's class loader has it. */
    private static Class<?> loadClientClass(String name) throws ClassNotFoundException {
        return EmbeddedDataSource.class.getClassLoader().loadClass(name);
    }

    /** Turns a connection failure into a message that names the problem and the fix. */
    static DatabaseException translate(DatabaseSettings settings, SQLException e) {
        String where = settings.describe();
        for (Throwable t : causes(e)) {
            if (t instanceof SQLException sql) {
                String state = String.valueOf(sql.getSQLState());
                if ("XSDB6".equals(state)) {
                    return new DatabaseException(Messages.format("connect.locked", settings.location()), e);
                }
                if ("08001".equals(state) || "08004".equals(state) && settings.kind() == DatabaseKind.DERBY_SERVER
                        && String.valueOf(sql.getMessage()).contains("Connection refused")) {
                    return new DatabaseException(Messages.format("connect.refused", settings.location()), e);
                }
                if ("28P01".equals(state) || "28000".equals(state) || "08004".equals(state)
                        && String.valueOf(sql.getMessage()).toLowerCase().contains("authentication")) {
                    return new DatabaseException(Messages.format("connect.credentials", where, String.valueOf(settings.user())), e);
                }
                if ("3D000".equals(state) || "XJ004".equals(state) || "08004".equals(state)
                        && String.valueOf(sql.getMessage()).contains("not found")) {
                    return new DatabaseException(Messages.format("connect.unknownDatabase", settings.location()), e);
                }
            }
        }
        return new DatabaseException(Messages.format("connect.failed", where, e.getMessage()), e);
    }

    /** SQLSTATE of a unique-constraint violation, the same on Derby and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** @return whether the failure, or anything it was caused by, is a unique-constraint violation */
    public static boolean isUniqueViolation(Throwable e) {
        return causes(e).stream().anyMatch(t -> t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()));
    }

    /** Derby chains the real reason through getNextException(), other drivers through getCause(). */
    private static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>(java.util.List.of(e));
        while (!todo.isEmpty() && all.size() < 50) {
            Throwable t = todo.pop();
            if (all.contains(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
        }
        return all;
    }
}
