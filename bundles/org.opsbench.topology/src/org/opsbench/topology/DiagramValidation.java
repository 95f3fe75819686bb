package org.opsbench.topology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.opsbench.topology.internal.Messages;
import org.opsbench.topology.internal.Subnets;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Media;
import org.opsbench.topology.model.Port;
import org.opsbench.topology.model.Zone;

/**
 * What is wrong with a diagram, as the editor marks it on the figures and lists it: duplicate
 * management addresses, an address outside its zone's subnet, overlapping subnets, malformed
 * addresses, and links between ports that cannot be joined.
 */
public final class DiagramValidation {

    /** One problem, on the element to select when it is clicked. */
    public record Problem(EObject element, String message) {
    }

    private DiagramValidation() {
    }

    /** @return the diagram's problems, in the order of its zones, devices and links */
    public static List<Problem> problems(Diagram diagram) {
        List<Problem> problems = new ArrayList<>();
        List<Zone> withSubnet = new ArrayList<>();
        for (Zone zone : diagram.getZones()) {
            if (zone.getSubnet() == null) {
                continue;
            }
            try {
                Subnets.subnet(zone.getSubnet());
            } catch (TopologyException malformed) {
                problems.add(new Problem(zone, malformed.getMessage()));
                continue;
            }
            for (Zone earlier : withSubnet) {
                if (Subnets.overlap(earlier.getSubnet(), zone.getSubnet())) {
                    problems.add(new Problem(zone, Messages.format("problemOverlap", zone.getName(), zone.getSubnet(), earlier.getName(),
                            earlier.getSubnet())));
                }
            }
            withSubnet.add(zone);
        }
        List<String> plan = new ArrayList<>();
        for (org.opsbench.topology.model.AddressRange range : diagram.getAddressPlan()) {
            try {
                Subnets.subnet(range.getCidr());
            } catch (TopologyException malformed) {
                problems.add(new Problem(range, malformed.getMessage()));
                continue;
            }
            for (String earlier : plan) {
                if (Subnets.overlap(earlier, range.getCidr())) {
                    problems.add(new Problem(range, Messages.format("problemPlanOverlap", range.getCidr(), earlier)));
                }
            }
            plan.add(range.getCidr());
        }
        Map<String, Device> byAddress = new LinkedHashMap<>();
        for (Device device : diagram.getDevices()) {
            if (device.getManagementIp() == null) {
                continue;
            }
            String address;
            try {
                address = Subnets.address(device.getManagementIp()).toCanonicalString();
            } catch (TopologyException malformed) {
                problems.add(new Problem(device, malformed.getMessage()));
                continue;
            }
            Device first = byAddress.putIfAbsent(address, device);
            if (first != null) {
                problems.add(new Problem(device, Messages.format("problemDuplicateIp", device.getName(), address, first.getName())));
            }
            // A plan that lists ranges covers every address in use: one outside all of them is not planned.
            if (!plan.isEmpty() && plan.stream().noneMatch(cidr -> Subnets.contains(cidr, address))) {
                problems.add(new Problem(device, Messages.format("problemOutsidePlan", device.getName(), address)));
            }
            Zone zone = device.getZone();
            if (zone != null && withSubnet.contains(zone) && !Subnets.contains(zone.getSubnet(), address)) {
                problems.add(new Problem(device, Messages.format("problemOutsideSubnet", device.getName(), address, zone.getName(),
                        zone.getSubnet())));
            }
        }
        for (Link link : diagram.getLinks()) {
            if (!compatible(link.getSource(), link.getTarget())) {
                problems.add(new Problem(link, Messages.format("problemIncompatible", end(link.getSource()), link.getSource().getMedia(),
                        end(link.getTarget()), link.getTarget().getMedia())));
            }
        }
        return problems;
    }

    /** @return whether a cable can join the two ports: the same media, or a virtual link on either side */
    public static boolean compatible(Port source, Port target) {
        return source.getMedia() == target.getMedia() || source.getMedia() == Media.VIRTUAL || target.getMedia() == Media.VIRTUAL;
    }

    private static String end(Port port) {
        return ((Device) port.eContainer()).getName() + " " + port.getName();
    }
}
