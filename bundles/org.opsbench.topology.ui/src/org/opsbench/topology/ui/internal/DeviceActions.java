package org.opsbench.topology.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.opsbench.topology.ui.DeviceAction;

/** The device actions installed plug-ins contribute ({@code org.opsbench.topology.ui.deviceActions}), read once. */
final class DeviceActions {

    static final String EXTENSION_POINT = "org.opsbench.topology.ui.deviceActions";

    record Contributed(String id, String label, int order, DeviceAction action) {
    }

    private static List<Contributed> installed;

    private DeviceActions() {
    }

    static synchronized List<Contributed> installed() {
        if (installed == null) {
            List<Contributed> read = new ArrayList<>();
            for (IConfigurationElement element : RegistryFactory.getRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
                String id = element.getAttribute("id");
                try {
                    if (read.stream().anyMatch(action -> action.id().equals(id))) {
                        throw new CoreException(Status.error("Device action id " + id + " is declared twice"));
                    }
                    read.add(new Contributed(id, element.getAttribute("label"), order(element.getAttribute("order")),
                            (DeviceAction) element.createExecutableExtension("class")));
                } catch (CoreException | ClassCastException | LinkageError e) {
                    // A broken plug-in loses its entry, not the menu.
                    ILog.of(DeviceActions.class).log(Status.error("Device action " + id + " of " + element.getContributor().getName()
                            + " is left out: " + e.getMessage(), e));
                }
            }
            read.sort(Comparator.comparingInt(Contributed::order).thenComparing(Contributed::label));
            installed = List.copyOf(read);
        }
        return installed;
    }

    private static int order(String text) {
        try {
            return text == null ? 1000 : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 1000;
        }
    }
}
