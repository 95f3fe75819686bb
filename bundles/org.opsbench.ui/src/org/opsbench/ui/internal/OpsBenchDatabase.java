package org.opsbench.ui.internal;

import java.nio.file.Path;
import java.util.Objects;

import org.eclipse.core.runtime.Platform;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseSettings;

/** The database this workbench works on (opened once at start-up, closed at exit) and the user logged in. */
public final class OpsBenchDatabase {

    private static volatile Database database;
    private static volatile org.opsbench.model.User user;
    private static volatile org.opsbench.services.Scheduler scheduler;

    private OpsBenchDatabase() {
    }

    public static Database get() {
        return Objects.requireNonNull(database, "The database is opened by the application before any view");
    }

    /** @return the user who logged in */
    public static org.opsbench.model.User user() {
        return user;
    }

    static void setUser(org.opsbench.model.User loggedIn) {
        user = loggedIn;
    }

    /** @return the scheduler of the installed modules' background work, running from login to exit */
    public static org.opsbench.services.Scheduler scheduler() {
        return Objects.requireNonNull(scheduler, "The scheduler is started by the application after login");
    }

    /** @return the scheduler while it runs, else null (a view closing after the workbench stopped it) */
    static org.opsbench.services.Scheduler runningScheduler() {
        return scheduler;
    }

    /** Starts the background work of every installed module on the open database, as the logged-in user's workbench. */
    static void startScheduler(String machine) {
        org.opsbench.services.Scheduler started = org.opsbench.services.Scheduler.ofInstalledTasks(get(), machine);
        scheduler = started;
        started.start();
    }

    static void set(Database opened) {
        database = opened;
    }

    /**
     * Database settings: -Dopsbench.db.* properties, else the Database preferences of this workspace,
     * else embedded Derby in the workspace's database folder.
     */
    public static DatabaseSettings settings() {
        return DatabaseSettings.fromProperties(Preferences.databaseProperties(), defaultEmbeddedFolder());
    }

    static Path defaultEmbeddedFolder() {
        return Path.of(Platform.getInstanceLocation().getURL().getPath()).resolve("database");
    }

    static void close() {
        org.opsbench.services.Scheduler running = scheduler;
        scheduler = null;
        if (running != null) {
            running.stop(java.time.Duration.ofSeconds(30)); // runs under way finish before the database closes
        }
        Database open = database;
        database = null;
        if (open != null) {
            open.close();
        }
    }
}
