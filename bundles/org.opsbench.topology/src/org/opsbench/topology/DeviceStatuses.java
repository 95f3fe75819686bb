package org.opsbench.topology;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.opsbench.core.contributions.ContributionReader;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.persistence.Database;
import org.opsbench.topology.internal.Messages;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;

/** The statuses installed features report for a diagram's devices ({@code org.opsbench.topology.deviceStatus}). */
public final class DeviceStatuses {

    public static final String EXTENSION_POINT = "org.opsbench.topology.deviceStatus";

    /** The providers' declarations, each class once; a provider is created for each reading, as before. */
    private static final ContributionReader<IConfigurationElement> PROVIDERS = ContributionReader.keyedBy(EXTENSION_POINT, "class",
            element -> element);

    private DeviceStatuses() {
    }

    /**
     * @return the statuses of every device linked to an equipment item, most urgent first; a provider
     *         that fails is logged and left out, the others still count
     */
    public static Map<Device, List<DeviceStatusProvider.Status>> of(Database database, Diagram diagram, Long customerScope) {
        Map<Long, List<Device>> byEquipment = equipmentOf(diagram);
        Map<Device, List<DeviceStatusProvider.Status>> statuses = new LinkedHashMap<>();
        ofEquipment(database, byEquipment.keySet(), customerScope).forEach((equipmentId, found) -> {
            for (Device device : byEquipment.getOrDefault(equipmentId, List.of())) {
                statuses.put(device, found);
            }
        });
        return statuses;
    }

    /** @return the devices of the diagram by the id of the stored equipment item they stand for (read on the thread that edits the diagram) */
    public static Map<Long, List<Device>> equipmentOf(Diagram diagram) {
        Map<Long, List<Device>> byEquipment = new LinkedHashMap<>();
        for (Device device : diagram.getDevices()) {
            if (device.getEquipment() instanceof PersistentObject equipment && equipment.isPersistent()) {
                byEquipment.computeIfAbsent(equipment.getPersistentId(), id -> new ArrayList<>()).add(device);
            }
        }
        return byEquipment;
    }

    /**
     * @return the statuses of the equipment items, most urgent first, by equipment id; needs no
     *         diagram, so an editor can read them in a job while the diagram is being edited
     */
    public static Map<Long, List<DeviceStatusProvider.Status>> ofEquipment(Database database, Collection<Long> equipmentIds, Long customerScope) {
        Map<Long, List<DeviceStatusProvider.Status>> statuses = new LinkedHashMap<>();
        if (equipmentIds.isEmpty()) {
            return statuses;
        }
        for (IConfigurationElement element : PROVIDERS.installed().stream().map(ContributionReader.Contribution::value).toList()) {
            try {
                DeviceStatusProvider provider = (DeviceStatusProvider) element.createExecutableExtension("class");
                provider.statuses(database, equipmentIds, customerScope)
                        .forEach((equipmentId, status) -> statuses.computeIfAbsent(equipmentId, id -> new ArrayList<>()).add(status));
            } catch (CoreException | RuntimeException | LinkageError e) {
                System.getLogger(DeviceStatuses.class.getName()).log(System.Logger.Level.WARNING,
                        Messages.format("statusFailed", element.getContributor().getName(), e.toString()));
            }
        }
        statuses.values().forEach(list -> list.sort(Comparator.comparingInt(DeviceStatusProvider.Status::urgency)));
        return statuses;
    }
}
