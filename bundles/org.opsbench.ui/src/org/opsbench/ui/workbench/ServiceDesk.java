package org.opsbench.ui.workbench;

import org.opsbench.model.User;
import org.opsbench.persistence.Database;
import org.opsbench.ui.internal.OpsBenchDatabase;

/**
 * What plug-ins that add to the workbench (case management, depots, ...) need from it: the
 * database the workbench opened and the user who logged in. Both exist before the first view opens.
 */
public final class ServiceDesk {

    private ServiceDesk() {
    }

    /** @return the open database; plug-ins never close it */
    public static Database database() {
        return OpsBenchDatabase.get();
    }

    /**
     * @return the scheduler running the installed modules' periodic work (SLA evaluation, outbox,
     *         indexing, ...) from login to exit; views listen to it to refresh after a run changed something
     */
    public static org.opsbench.services.Scheduler scheduler() {
        return OpsBenchDatabase.scheduler();
    }

    /** @return the logged-in user (read at login; not attached to any session) */
    public static User user() {
        return OpsBenchDatabase.user();
    }

    /**
     * Tells the workbench's views (the navigator, its plug-in folders) that an aggregate was saved, so
     * that they show it without a manual refresh. Call on the UI thread, after the save.
     */
    public static void announceSaved(org.eclipse.emf.ecore.EClass rootClass, long id) {
        org.opsbench.ui.internal.ModelChanges.saved(rootClass, id);
    }

    /** @return a name for this workbench in claims and records: the user's login, host and process */
    public static String workbenchName() {
        return user().getLogin() + "@" + Host.NAME + "#" + ProcessHandle.current().pid();
    }

    /** The host name, looked up once: background jobs name the workbench every minute. */
    private static final class Host {
        static final String NAME = lookUp();

        private static String lookUp() {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "localhost";
            }
        }
    }
}
