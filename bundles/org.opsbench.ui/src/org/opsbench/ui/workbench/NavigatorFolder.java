package org.opsbench.ui.workbench;

import java.util.List;

import org.eclipse.ui.IWorkbenchPage;
import org.opsbench.persistence.Database;

/**
 * A folder a plug-in adds under every customer in the Service Network navigator (for example the
 * customer's network diagrams), contributed through the {@code org.opsbench.ui.navigatorFolders}
 * extension point. The navigator reads the items in a background job when the folder is expanded and
 * reads them again after any save announced with {@link ServiceDesk#announceSaved}.
 */
public interface NavigatorFolder {

    /** One entry of the folder: the id the plug-in opens it by, and the text shown. */
    record Item(long id, String label) {
    }

    /** @return the folder's entries for the customer; called in a background job, never on the UI thread */
    List<Item> items(Database database, long customerId);

    /** Opens an entry (double-click, or Open in the context menu); called on the UI thread. */
    void open(IWorkbenchPage page, long customerId, Item item);

    /** @return the label of the folder's "new" action (e.g. "New Network Diagram..."), or null for none */
    default String newItemLabel() {
        return null;
    }

    /**
     * Creates an entry for the customer, asking the user what it needs; called on the UI thread, and
     * only for a folder whose {@link #newItemLabel()} is not null (so the default, for folders without
     * a "new" action, is never reached).
     */
    default void create(IWorkbenchPage page, long customerId) {
        throw new IllegalStateException("A folder without a \"new\" action was asked to create an entry");
    }
}
