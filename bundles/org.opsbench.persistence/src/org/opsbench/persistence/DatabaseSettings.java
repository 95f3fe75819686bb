package org.opsbench.persistence;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * How to reach the database.
 *
 * @param kind     embedded Derby, Derby network server or PostgreSQL
 * @param location the database folder (embedded) or a JDBC URL (servers)
 * @param user     user name for servers, may be null for embedded
 * @param password password for servers, may be null for embedded
 */
public record DatabaseSettings(DatabaseKind kind, String location, String user, String password) {

    /** System properties (and command-line -D options) that choose the database. */
    public static final String KIND_PROPERTY = "opsbench.db.kind";
    public static final String URL_PROPERTY = "opsbench.db.url";
    public static final String USER_PROPERTY = "opsbench.db.user";
    public static final String PASSWORD_PROPERTY = "opsbench.db.password";

    public DatabaseSettings {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
    }

    public static DatabaseSettings embedded(Path folder) {
        return new DatabaseSettings(DatabaseKind.EMBEDDED, folder.toAbsolutePath().toString(), null, null);
    }

    public static DatabaseSettings derbyServer(String jdbcUrl, String user, String password) {
        return new DatabaseSettings(DatabaseKind.DERBY_SERVER, jdbcUrl, user, password);
    }

    public static DatabaseSettings postgresql(String jdbcUrl, String user, String password) {
        return new DatabaseSettings(DatabaseKind.POSTGRESQL, jdbcUrl, user, password);
    }

    /**
     * Reads the settings from properties, falling back to embedded Derby in the given folder.
     * A JDBC URL alone is enough: its prefix tells Derby server from PostgreSQL.
     *
     * @throws DatabaseException when the properties name an unknown kind or a URL of the wrong kind
     */
    public static DatabaseSettings fromProperties(Function<String, String> properties, Path defaultEmbeddedFolder) {
        String url = properties.apply(URL_PROPERTY);
        String kindName = properties.apply(KIND_PROPERTY);
        DatabaseKind kind;
        if (kindName != null && !kindName.isBlank()) {
            try {
                kind = DatabaseKind.valueOf(kindName.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new DatabaseException(Messages.format("settings.unknownKind", kindName));
            }
        } else if (url == null || url.isBlank()) {
            kind = DatabaseKind.EMBEDDED;
        } else if (url.startsWith("jdbc:postgresql:")) {
            kind = DatabaseKind.POSTGRESQL;
        } else if (url.startsWith("jdbc:derby://")) {
            kind = DatabaseKind.DERBY_SERVER;
        } else {
            throw new DatabaseException(Messages.format("settings.unknownUrl", url));
        }
        String user = properties.apply(USER_PROPERTY);
        String password = properties.apply(PASSWORD_PROPERTY);
        return switch (kind) {
            case EMBEDDED -> url == null || url.isBlank() ? embedded(defaultEmbeddedFolder)
                    : new DatabaseSettings(DatabaseKind.EMBEDDED, url.replaceFirst("^jdbc:derby:", ""), user, password);
            case DERBY_SERVER -> derbyServer(requireUrl(url, "jdbc:derby://"), user, password);
            case POSTGRESQL -> postgresql(requireUrl(url, "jdbc:postgresql:"), user, password);
        };
    }

    private static String requireUrl(String url, String prefix) {
        if (url == null || !url.startsWith(prefix)) {
            throw new DatabaseException(Messages.format("settings.urlPrefix", String.valueOf(url), prefix));
        }
        return url;
    }

    /** @return the location without the password, for messages and logs */
    public String describe() {
        // In the user's language: it stands in the window title and in messages.
        String where = switch (kind) {
            case EMBEDDED -> Messages.format("settings.describeEmbedded", location);
            case DERBY_SERVER -> Messages.format("settings.describeDerbyServer", location);
            case POSTGRESQL -> Messages.format("settings.describePostgresql", location);
        };
        return kind == DatabaseKind.EMBEDDED || user == null ? where : Messages.format("settings.describeAs", where, user);
    }

    @Override
    public String toString() {
        return describe();
    }
}
