package org.opsbench.topology;

import java.util.HashSet;
import java.util.Set;

import org.opsbench.topology.internal.Messages;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;

/** Names for new devices and zones (the palette, a drop of equipment): "switch-3", "Zone 2", the first number not taken yet; renamed in place afterwards. */
public final class DeviceNames {

    private DeviceNames() {
    }

    public static String next(Diagram diagram, DeviceTypes.DeviceType type) {
        Set<String> taken = new HashSet<>();
        diagram.getDevices().stream().map(Device::getName).forEach(taken::add);
        return first(taken, n -> type.id() + "-" + n);
    }

    /** A device for an equipment item is named after its serial number (then "-2", "-3" when taken). */
    public static String forEquipment(Diagram diagram, org.opsbench.model.Equipment item) {
        Set<String> taken = new HashSet<>();
        diagram.getDevices().stream().map(Device::getName).forEach(taken::add);
        String base = item.getSerialNumber() == null || item.getSerialNumber().isBlank() ? item.getModel() : item.getSerialNumber();
        return taken.contains(base) ? first(taken, n -> base + "-" + (n + 1)) : base;
    }

    public static String nextZone(Diagram diagram, ZoneKind kind) {
        Set<String> taken = new HashSet<>();
        diagram.getZones().stream().map(Zone::getName).forEach(taken::add);
        String key = kind == ZoneKind.SITE ? "siteName" : "zoneName";
        return first(taken, n -> Messages.format(key, n));
    }

    private static String first(Set<String> taken, java.util.function.IntFunction<String> name) {
        for (int n = 1;; n++) {
            if (!taken.contains(name.apply(n))) {
                return name.apply(n);
            }
        }
    }
}
