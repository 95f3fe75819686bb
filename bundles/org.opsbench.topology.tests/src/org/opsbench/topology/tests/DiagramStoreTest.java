package org.opsbench.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.model.Customer;
import org.opsbench.model.Equipment;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.Site;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.persistence.testing.TestDatabases;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.Diagrams;
import org.opsbench.topology.TopologyException;
import org.opsbench.topology.model.AddressRange;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.RangePurpose;
import org.opsbench.topology.model.Routing;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.TopologyPackage;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;

/** A diagram is stored in the database like every aggregate, and read back whole: devices, ports, links, zones, address plan. */
@Tag("all-databases")
class DiagramStoreTest {

    private Database database;
    private long equipmentId;

    @BeforeEach
    void open() {
        database = Database.open(TestDatabases.fresh(), List.of(TopologyPackage.eINSTANCE));
        try (ModelSession session = database.openSession()) {
            Customer customer = OpsFactory.eINSTANCE.createCustomer();
            customer.setCode("C-0100");
            customer.setName("Yunzhou Water Group");
            Site site = OpsFactory.eINSTANCE.createSite();
            site.setName("Pumping station 3");
            Equipment equipment = OpsFactory.eINSTANCE.createEquipment();
            equipment.setVendor("Lanting");
            equipment.setModel("LT-S5720-28X");
            equipment.setSerialNumber("LT2026A0042");
            site.getEquipment().add(equipment);
            customer.getSites().add(site);
            session.add(customer);
            session.save();
            equipmentId = ((org.opsbench.model.base.PersistentObject) equipment).getPersistentId();
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aDiagramIsReadBackWithItsLinksBetweenTheRightPorts() throws java.io.IOException {
        long diagramId;
        try (ModelSession session = database.openSession()) {
            Customer customer = session.query("SELECT c FROM Customer c", Customer.class).get(0);
            Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
            diagram.setName("Pumping station 3");
            diagram.setCustomer(customer);
            diagram.setSite(customer.getSites().get(0));
            DiagramEditing editing = new DiagramEditing(diagram);
            editing.setRouting(Routing.ORTHOGONAL);
            Zone lan = editing.addZone("Control LAN", ZoneKind.ZONE, "10.3.1.0/24", 40, 140, 400, 220);
            Device router = editing.addDevice(DeviceTypes.find("router"), "gw-03", 120, 20);
            Device core = editing.addDevice(DeviceTypes.find("switch"), "sw-03", 120, 180);
            Device scada = editing.addDevice(DeviceTypes.find("server"), "scada-03", 300, 280);
            editing.putInZone(List.of(core, scada), lan);
            editing.connect(router.getPorts().get(1), core.getPorts().get(0));
            editing.connect(core.getPorts().get(23), scada.getPorts().get(0));
            editing.setManagementIp(core, "10.3.1.2");
            core.setEquipment(customer.getSites().get(0).getEquipment().get(0));
            core.getProperties().get(0).setValue("V200R021");
            AddressRange plan = TopologyFactory.eINSTANCE.createAddressRange();
            plan.setPurpose(RangePurpose.CENTRAL_LAN);
            plan.setCidr("10.3.1.0/24");
            diagram.getAddressPlan().add(plan);
            session.add(diagram);
            session.save();
            diagramId = ((org.opsbench.model.base.PersistentObject) diagram).getPersistentId();
        }

        try (ModelSession session = database.openSession()) {
            Diagram diagram = session.find(Diagram.class, diagramId);
            assertEquals(Routing.ORTHOGONAL, diagram.getRouting());
            assertEquals(List.of("gw-03", "sw-03", "scada-03"), diagram.getDevices().stream().map(Device::getName).toList());
            Device core = diagram.getDevices().get(1);
            assertEquals(DeviceTypes.find(core.getDeviceType()).ports().size(), core.getPorts().size(), "the type's ports");
            assertEquals("GE1/0/1", core.getPorts().get(0).getName(), "ports in their order");
            assertEquals("10.3.1.2", core.getManagementIp());
            assertEquals("LT2026A0042", core.getEquipment().getSerialNumber());
            assertEquals(equipmentId, ((org.opsbench.model.base.PersistentObject) core.getEquipment()).getPersistentId());
            assertEquals("V200R021", core.getProperties().get(0).getValue());
            assertSame(diagram.getZones().get(0), core.getZone());
            assertEquals("10.3.1.0/24", diagram.getZones().get(0).getSubnet());
            Link uplink = diagram.getLinks().get(0);
            assertSame(diagram.getDevices().get(0).getPorts().get(1), uplink.getSource());
            assertSame(core.getPorts().get(0), uplink.getTarget());
            assertSame(core.getPorts().get(23), diagram.getLinks().get(1).getSource());
            assertEquals(RangePurpose.CENTRAL_LAN, diagram.getAddressPlan().get(0).getPurpose());

            // Its XMI, read back, is stored as a second diagram of its own.
            java.io.ByteArrayOutputStream xmi = new java.io.ByteArrayOutputStream();
            org.opsbench.topology.DiagramExchange.writeXmi(diagram, xmi);
            try (ModelSession other = database.openSession()) {
                other.add(org.opsbench.topology.DiagramExchange.readXmi(new java.io.ByteArrayInputStream(xmi.toByteArray())));
                other.save();
            }
            assertEquals(2L, database.list("SELECT COUNT(d) FROM Diagram d", Long.class).get(0));
            assertEquals(4L, database.list("SELECT COUNT(l) FROM Link l", Long.class).get(0), "two links each");

            // Edited with the same commands and saved again: the switch goes with both its links.
            new DiagramEditing(diagram).delete(List.of(core));
            session.save();
        }

        try (ModelSession session = database.openSession()) {
            Diagram diagram = session.find(Diagram.class, diagramId);
            assertEquals(List.of("gw-03", "scada-03"), diagram.getDevices().stream().map(Device::getName).toList());
            assertTrue(diagram.getLinks().isEmpty());
            assertEquals(2L, database.list("SELECT COUNT(l) FROM Link l", Long.class).get(0), "the XMI copy keeps its own");
            assertEquals(1L, database.list("SELECT COUNT(e) FROM Equipment e", Long.class).get(0), "the equipment itself stays");
        }
    }

    @Test
    void aCustomersDiagramsAreListedByNameAndANewOneStartsEmpty() {
        long customerId;
        try (ModelSession session = database.openSession()) {
            customerId = ((org.opsbench.model.base.PersistentObject) session.query("SELECT c FROM Customer c", Customer.class).get(0))
                    .getPersistentId();
        }
        assertEquals(List.of(), Diagrams.of(database, customerId));
        long station = Diagrams.create(database, customerId, "  Pumping station 3 ");
        long head = Diagrams.create(database, customerId, "Head office");
        assertEquals(List.of(new Diagrams.Entry(head, "Head office"), new Diagrams.Entry(station, "Pumping station 3")),
                Diagrams.of(database, customerId));
        assertEquals(List.of(), Diagrams.of(database, customerId + 1000));
        try (ModelSession session = database.openSession()) {
            Diagram diagram = session.find(Diagram.class, station);
            assertEquals(customerId, ((org.opsbench.model.base.PersistentObject) diagram.getCustomer()).getPersistentId());
            assertTrue(diagram.getDevices().isEmpty());
        }
        TopologyException unnamed = assertThrows(TopologyException.class, () -> Diagrams.create(database, customerId, " "));
        assertEquals("Give it a name.", unnamed.getMessage());
        assertThrows(TopologyException.class, () -> Diagrams.create(database, customerId + 1000, "Nowhere"));
        assertEquals(2, Diagrams.of(database, customerId).size());
    }
}
