package org.opsbench.topology.ui.internal;

import java.util.List;

import org.opsbench.topology.ui.DeviceAction;
import org.opsbench.ui.workbench.Contributions;

/** The device actions installed plug-ins contribute ({@code org.opsbench.topology.ui.deviceActions}), read once. */
final class DeviceActions {

    static final String EXTENSION_POINT = "org.opsbench.topology.ui.deviceActions";

    private static List<Contributions.Contributed<DeviceAction>> installed;

    private DeviceActions() {
    }

    static synchronized List<Contributions.Contributed<DeviceAction>> installed() {
        if (installed == null) {
            installed = Contributions.read(EXTENSION_POINT, "label", DeviceAction.class);
        }
        return installed;
    }
}
