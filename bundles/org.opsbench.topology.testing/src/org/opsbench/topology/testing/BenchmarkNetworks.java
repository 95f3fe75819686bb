package org.opsbench.topology.testing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Port;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;

/** Generated networks of a fixed shape for the benchmarks (model and canvas alike); invented names only. */
public final class BenchmarkNetworks {

    private BenchmarkNetworks() {
    }

    /**
     * A provider's network (the numbers for 2,000 devices and 3,000 links): 10 routers on 5 WAN clouds, 2 firewalls each, 2 core switches per
     * firewall, 300 access switches with a second uplink, 1,625 servers, access points and storage
     * below them, 685 servers with a second link; the access switches and their devices in 20 zones.
     */
    public static Diagram provider(int devicesWanted, int linksWanted, int zoneCount) {
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        diagram.setName("Benchmark network");
        DiagramEditing editing = new DiagramEditing(diagram);
        Map<Device, Integer> used = new HashMap<>();
        List<Zone> zones = new ArrayList<>();
        for (int z = 0; z < zoneCount; z++) {
            zones.add(editing.addZone("Zone " + z, ZoneKind.ZONE, "10." + z + ".0.0/16", 0, 0, 100, 100));
        }
        List<Device> wans = new ArrayList<>();
        for (int w = 0; w < 5; w++) {
            wans.add(editing.addDevice(DeviceTypes.find("wan"), "ISP " + w, 0, 0));
        }
        List<Device> cores = new ArrayList<>();
        for (int r = 0; r < 10; r++) {
            Device router = editing.addDevice(DeviceTypes.find("router"), "gw-" + r, 0, 0);
            link(editing, used, wans.get(r / 2), router);
            for (int f = 0; f < 2; f++) {
                Device firewall = editing.addDevice(DeviceTypes.find("firewall"), "fw-" + r + "-" + f, 0, 0);
                link(editing, used, router, firewall);
                for (int c = 0; c < 2; c++) {
                    Device core = editing.addDevice(DeviceTypes.find("switch"), "core-" + cores.size(), 0, 0);
                    link(editing, used, firewall, core);
                    cores.add(core);
                }
            }
        }
        for (int c = 0; c + 1 < cores.size(); c += 2) {
            link(editing, used, cores.get(c), cores.get(c + 1));
        }
        List<Device> access = new ArrayList<>();
        for (int a = 0; a < 300; a++) {
            Device sw = editing.addDevice(DeviceTypes.find("switch"), "acc-" + a, 0, 0);
            link(editing, used, cores.get(a % cores.size()), sw);
            link(editing, used, cores.get((a + 1) % cores.size()), sw);
            editing.putInZone(List.of(sw), zones.get(a % zoneCount));
            access.add(sw);
        }
        String[] endpoints = { "server", "server", "server", "server", "wireless-ap", "storage" };
        List<Device> servers = new ArrayList<>();
        for (int e = 0; diagram.getDevices().size() < devicesWanted; e++) {
            String type = endpoints[e % endpoints.length];
            Device device = editing.addDevice(DeviceTypes.find(type), type + "-" + e, 0, 0);
            Device sw = access.get(e % access.size());
            link(editing, used, sw, device);
            editing.putInZone(List.of(device), sw.getZone());
            if (type.equals("server")) {
                servers.add(device);
            }
        }
        for (int s = 0; diagram.getLinks().size() < linksWanted; s++) {
            Device server = servers.get(s);
            link(editing, used, access.get((s * 7 + 1) % access.size()), server);
        }
        return diagram;
    }

    private static void link(DiagramEditing editing, Map<Device, Integer> used, Device from, Device to) {
        editing.connect(nextPort(used, from), nextPort(used, to));
    }

    private static Port nextPort(Map<Device, Integer> used, Device device) {
        int next = used.merge(device, 1, Integer::sum) - 1;
        return device.getPorts().get(next);
    }
}
