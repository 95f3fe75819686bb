package org.opsbench.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.opsbench.ui.workbench.NavigatorFolder;

/** The folders installed plug-ins add under each customer, read once from {@code org.opsbench.ui.navigatorFolders}. */
final class NavigatorFolders {

    static final String EXTENSION_POINT = "org.opsbench.ui.navigatorFolders";

    /** A contributed folder: its id (unique), name, palette order and implementation. */
    record Contributed(String id, String name, int order, NavigatorFolder folder) {
    }

    private static List<Contributed> installed;

    private NavigatorFolders() {
    }

    static synchronized List<Contributed> installed() {
        if (installed == null) {
            installed = read();
        }
        return installed;
    }

    private static List<Contributed> read() {
        List<Contributed> folders = new ArrayList<>();
        var registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
            String id = element.getAttribute("id");
            try {
                if (folders.stream().anyMatch(folder -> folder.id().equals(id))) {
                    throw new CoreException(Status.error("Folder id " + id + " is declared twice"));
                }
                folders.add(new Contributed(id, element.getAttribute("name"), order(element.getAttribute("order")),
                        (NavigatorFolder) element.createExecutableExtension("class")));
            } catch (CoreException | ClassCastException e) {
                // One broken plug-in loses its folder, not the navigator.
                ILog.of(NavigatorFolders.class).log(new Status(IStatus.ERROR, element.getContributor().getName(),
                        "Navigator folder " + id + " is left out: " + e.getMessage(), e));
            }
        }
        folders.sort(Comparator.comparingInt(Contributed::order).thenComparing(Contributed::name));
        return List.copyOf(folders);
    }

    private static int order(String text) {
        try {
            return text == null ? 1000 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1000;
        }
    }
}
