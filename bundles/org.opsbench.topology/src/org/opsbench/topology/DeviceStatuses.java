package org.opsbench.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.persistence.Database;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;

/** The statuses installed features report for a diagram's devices ({@code org.opsbench.topology.deviceStatus}). */
public final class DeviceStatuses {

    public static final String EXTENSION_POINT = "org.opsbench.topology.deviceStatus";

    private DeviceStatuses() {
    }

    /**
     * @return the statuses of every device linked to an equipment item, most urgent first; a provider
     *         that fails is logged and left out, the others still count
     */
    public static Map<Device, List<DeviceStatusProvider.Status>> of(Database database, Diagram diagram, Long customerScope) {
        Map<Long, List<Device>> byEquipment = new LinkedHashMap<>();
        for (Device device : diagram.getDevices()) {
            if (device.getEquipment() instanceof PersistentObject equipment && equipment.isPersistent()) {
                byEquipment.computeIfAbsent(equipment.getPersistentId(), id -> new ArrayList<>()).add(device);
            }
        }
        Map<Device, List<DeviceStatusProvider.Status>> statuses = new LinkedHashMap<>();
        if (byEquipment.isEmpty()) {
            return statuses;
        }
        for (IConfigurationElement element : Contributions.of(EXTENSION_POINT)) {
            try {
                DeviceStatusProvider provider = (DeviceStatusProvider) element.createExecutableExtension("class");
                provider.statuses(database, byEquipment.keySet(), customerScope).forEach((equipmentId, status) -> {
                    for (Device device : byEquipment.getOrDefault(equipmentId, List.of())) {
                        statuses.computeIfAbsent(device, d -> new ArrayList<>()).add(status);
                    }
                });
            } catch (CoreException | RuntimeException | LinkageError e) {
                System.getLogger(DeviceStatuses.class.getName()).log(System.Logger.Level.WARNING,
                        Messages.format("statusFailed", element.getContributor().getName(), e.toString()));
            }
        }
        statuses.values().forEach(list -> list.sort(Comparator.comparingInt(DeviceStatusProvider.Status::urgency)));
        return statuses;
    }
}
