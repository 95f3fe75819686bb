package org.opsbench.topology.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.opsbench.model.Customer;
import org.opsbench.model.Equipment;
import org.opsbench.model.Site;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.persistence.SampleDataContribution;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramLayout;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.RangePurpose;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;

/**
 * The sample data's network diagrams: the head-office network of the first few customers, drawn
 * with the real editing steps and the automatic layout, its devices standing for the site's
 * equipment where the site has a matching item.
 */
public final class SampleDiagrams implements SampleDataContribution {

    /** How many customers have a diagram. */
    static final int CUSTOMERS = 3;

    @Override
    public void add(Context context, Database database, ModelSession session, IProgressMonitor monitor) {
        if (!database.packages().contains(org.opsbench.topology.model.TopologyPackage.eINSTANCE)) {
            return; // a database opened without the diagrams' model (as some tests open one)
        }
        List<Customer> customers = context.data().customers().stream().filter(c -> !c.getSites().isEmpty()).limit(CUSTOMERS).toList();
        SubMonitor progress = SubMonitor.convert(monitor, customers.size());
        int network = 10;
        for (Customer customer : customers) {
            session.add(headOffice(customer, customer.getSites().get(0), network++, context.chinese()));
            progress.split(1);
        }
    }

    private static Diagram headOffice(Customer customer, Site site, int network, boolean chinese) {
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        diagram.setName(chinese ? "总部网络" : "Head office network");
        diagram.setCustomer(customer);
        DiagramEditing editing = new DiagramEditing(diagram);
        Set<Equipment> used = new HashSet<>();
        Device isp = editing.addDevice(DeviceTypes.find("wan"), chinese ? "运营商专线" : "ISP line", 0, 0);
        Device router = device(editing, site, used, "router", "gw-1", "LT-GW");
        Device firewall = device(editing, site, used, "firewall", "fw-1", "KS-FW");
        Device core1 = device(editing, site, used, "switch", "core-1", "LT-SW");
        Device core2 = device(editing, site, used, "switch", "core-2", "LT-SW");
        String lan = "10." + network + ".";
        editing.setManagementIp(router, "203.0.113." + (8 * (network - 10) + 1));
        editing.setManagementIp(firewall, lan + "10.1");
        editing.setManagementIp(core1, lan + "10.2");
        editing.setManagementIp(core2, lan + "10.3");
        editing.connect(isp, router);
        editing.connect(router, firewall);
        editing.connect(firewall, core1);
        editing.connect(firewall, core2);
        editing.connect(core1, core2);

        Zone servers = editing.addZone(chinese ? "服务器区" : "Server zone", ZoneKind.ZONE, "10." + network + ".10.0/24", 0, 0, 100, 100);
        List<Device> inServers = new ArrayList<>();
        for (int s = 1; s <= 2; s++) {
            Device server = device(editing, site, used, "server", "srv-" + s, "HC-R");
            editing.setManagementIp(server, lan + "10." + (10 + s));
            editing.connect(core1, server);
            editing.connect(core2, server);
            inServers.add(server);
        }
        Device storage = device(editing, site, used, "storage", "san-1", "PS-");
        editing.setManagementIp(storage, lan + "10.21");
        editing.connect(core1, storage);
        inServers.add(storage);
        Device ups = device(editing, site, used, "ups", "ups-1", "NP-UPS");
        editing.setManagementIp(ups, lan + "10.31");
        inServers.add(ups);
        editing.putInZone(inServers, servers);

        Zone office = editing.addZone(chinese ? "办公区" : "Office floor", ZoneKind.ZONE, "10." + network + ".20.0/24", 0, 0, 100, 100);
        List<Device> inOffice = new ArrayList<>();
        for (int a = 1; a <= 2; a++) {
            Device access = device(editing, site, used, "switch", "acc-" + a, "LT-SW");
            editing.connect(a == 1 ? core1 : core2, access);
            Device ap = device(editing, site, used, "wireless-ap", "ap-" + a, "LT-AP");
            editing.setManagementIp(access, lan + "20." + (1 + a));
            editing.setManagementIp(ap, lan + "20." + (10 + a));
            editing.connect(access, ap);
            inOffice.add(access);
            inOffice.add(ap);
        }
        editing.putInZone(inOffice, office);
        // The plan the addresses come from: the ISP's block (a documentation range), the two zones, room to grow.
        editing.setAddressPlan(List.of(
                new DiagramEditing.PlanRow(RangePurpose.WAN, "203.0.113." + 8 * (network - 10) + "/29", chinese ? "运营商分配" : "assigned by the ISP"),
                new DiagramEditing.PlanRow(RangePurpose.CENTRAL_LAN, lan + "10.0/24", chinese ? "服务器" : "servers"),
                new DiagramEditing.PlanRow(RangePurpose.CENTRAL_LAN, lan + "20.0/24", chinese ? "办公终端" : "office floor"),
                new DiagramEditing.PlanRow(RangePurpose.SPARE, lan + "30.0/24", null)));
        editing.place(DiagramLayout.compute(diagram, null));
        return diagram;
    }

    /** A device of the type, standing for the site's first unused item whose model starts so, if it has one. */
    private static Device device(DiagramEditing editing, Site site, Set<Equipment> used, String type, String name, String model) {
        Device device = editing.addDevice(DeviceTypes.find(type), name, 0, 0);
        site.getEquipment().stream().filter(e -> e.getModel() != null && e.getModel().startsWith(model) && used.add(e)).findFirst()
                .ifPresent(item -> editing.linkEquipment(device, item));
        return device;
    }
}
