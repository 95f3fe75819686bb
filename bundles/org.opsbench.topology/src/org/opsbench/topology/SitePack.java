package org.opsbench.topology;

import java.util.ArrayList;
import java.util.List;

import org.opsbench.model.Equipment;
import org.opsbench.reports.Report;
import org.opsbench.topology.internal.Messages;
import org.opsbench.topology.model.AddressRange;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Port;
import org.opsbench.topology.model.Zone;

/**
 * The "site pack" an engineer takes on site, offline: the diagram's picture, its IP address plan
 * (the plan's ranges and the zones' subnets), the devices with their addresses and equipment, and
 * every link with its ports - as a report, which {@code PdfReports} lays out as PDF.
 */
public final class SitePack {

    private SitePack() {
    }

    /**
     * @param png    the diagram drawn at full size (the editor draws it), or null for none
     * @param width  its width in pixels
     * @param height its height in pixels
     */
    public static Report report(Diagram diagram, byte[] png, int width, int height) {
        String customer = diagram.getCustomer() == null ? "" : diagram.getCustomer().getCode() + "  " + diagram.getCustomer().getName();
        String site = diagram.getSite() == null ? "" : "  \u00b7  " + diagram.getSite().getName();
        Report report = new Report(Messages.format("packTitle", diagram.getName()), customer + site);
        if (png != null) {
            report.figure(Messages.format("packFigure", diagram.getName(), diagram.getDevices().size(), diagram.getLinks().size()), png, width,
                    height);
        }
        List<List<String>> plan = new ArrayList<>();
        for (AddressRange range : diagram.getAddressPlan()) {
            plan.add(List.of(Messages.format("purpose." + range.getPurpose().getLiteral()), text(range.getCidr()), text(range.getNote())));
        }
        for (Zone zone : diagram.getZones()) {
            if (zone.getSubnet() != null) {
                plan.add(List.of(Messages.format("packZone", zone.getName()), zone.getSubnet(), ""));
            }
        }
        report.heading(Messages.format("packPlan"));
        if (plan.isEmpty()) {
            report.paragraph(Messages.format("packNoPlan"));
        } else {
            report.table(List.of(Messages.format("packPurpose"), Messages.format("packRange"), Messages.format("packNote")), plan, List.of(3, 3, 4));
        }
        List<List<String>> devices = new ArrayList<>();
        for (Device device : diagram.getDevices()) {
            DeviceTypes.DeviceType type = DeviceTypes.find(device.getDeviceType());
            devices.add(List.of(device.getName(), type == null ? device.getDeviceType() : type.name(), text(device.getManagementIp()),
                    device.getZone() == null ? "" : device.getZone().getName(), equipment(device.getEquipment())));
        }
        report.heading(Messages.format("packDevices", devices.size()));
        report.table(List.of(Messages.format("packDevice"), Messages.format("packType"), Messages.format("packAddress"), Messages.format("packZoneColumn"),
                Messages.format("packEquipment")), devices, List.of(3, 2, 3, 2, 4));
        List<List<String>> links = new ArrayList<>();
        for (Link link : diagram.getLinks()) {
            links.add(List.of(device(link.getSource()), link.getSource().getName(), device(link.getTarget()), link.getTarget().getName(),
                    link.getMedia().getLiteral(), link.getBandwidthMbps() + " Mbit/s"));
        }
        report.heading(Messages.format("packLinks", links.size()));
        report.table(List.of(Messages.format("packDevice"), Messages.format("packPort"), Messages.format("packDevice"), Messages.format("packPort"),
                Messages.format("packMedia"), Messages.format("packBandwidth")), links, List.of(3, 2, 3, 2, 2, 2));
        return report;
    }

    private static String device(Port port) {
        return ((Device) port.eContainer()).getName();
    }

    private static String equipment(Equipment item) {
        return item == null ? "" : item.getVendor() + " " + item.getModel() + " \u00b7 " + item.getSerialNumber();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
