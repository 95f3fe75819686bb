package org.opsbench.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.TopologyException;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Media;
import org.opsbench.topology.model.Routing;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;

/** The editor's model commands without any UI: each change executes, undoes and redoes as one step. */
class DiagramEditingTest {

    private Diagram diagram;
    private DiagramEditing editing;
    private Device router;
    private Device core;

    @BeforeEach
    void draw() {
        diagram = TopologyFactory.eINSTANCE.createDiagram();
        diagram.setName("Yunzhou Water HQ");
        editing = new DiagramEditing(diagram);
        router = editing.addDevice(DeviceTypes.find("router"), "gw-01", 100, 40);
        core = editing.addDevice(DeviceTypes.find("switch"), "core-sw-01", 100, 200);
    }

    @Test
    void aZonesSubnetAndKindAreSetAsStepsAndAMalformedSubnetIsRefused() {
        Zone zone = editing.addZone("Plant LAN", ZoneKind.ZONE, null, 0, 0, 200, 200);
        TopologyException address = assertThrows(TopologyException.class, () -> editing.setSubnet(zone, "10.7.0.9/24"));
        assertEquals("\"10.7.0.9/24\" is an address inside 10.7.0.0/24, not a subnet; write 10.7.0.0/24.", address.getMessage());
        assertThrows(TopologyException.class, () -> editing.setSubnet(zone, "10.7.0.0"), "no prefix length");
        assertEquals(null, zone.getSubnet(), "a refusal changes nothing");
        editing.setSubnet(zone, " 10.7.0.0/24 ");
        assertEquals("10.7.0.0/24", zone.getSubnet());
        assertEquals("Set Subnet", editing.commandStack().getUndoCommand().getLabel());
        editing.setKind(zone, ZoneKind.SITE);
        assertEquals(ZoneKind.SITE, zone.getKind());
        editing.undo();
        editing.undo();
        assertEquals(ZoneKind.ZONE, zone.getKind());
        assertEquals(null, zone.getSubnet());
        editing.redo();
        editing.setSubnet(zone, "");
        assertEquals(null, zone.getSubnet(), "blank: no subnet");
    }

    @Test
    void aNewDeviceHasItsTypesPortsAndPropertiesAndUndoRemovesIt() {
        assertEquals(List.of(router, core), diagram.getDevices());
        assertEquals(DeviceTypes.find("switch").ports().size(), core.getPorts().size(), "the type's ports");
        assertEquals("GE1/0/1", core.getPorts().get(0).getName());
        assertEquals(List.of("firmware", "stack"), core.getProperties().stream().map(p -> p.getKey()).toList());
        assertEquals(DiagramEditing.DEVICE_WIDTH, core.getWidth());
        assertEquals("Add Switch", editing.commandStack().getUndoCommand().getLabel());

        editing.undo();
        assertEquals(List.of(router), diagram.getDevices());
        editing.redo();
        assertEquals(List.of(router, core), diagram.getDevices());
    }

    @Test
    void portsAreConnectedOnceAndTheLinkTakesTheirMediaAndSpeed() {
        Link uplink = editing.connect(router.getPorts().get(0), core.getPorts().get(0));
        assertEquals(Media.COPPER, uplink.getMedia());
        assertEquals(1000, uplink.getBandwidthMbps());
        assertSame(uplink, editing.linkAt(core.getPorts().get(0)));

        assertEquals("Port GE1/0/1 of core-sw-01 is already linked (gw-01 GE0/0/0 - core-sw-01 GE1/0/1).",
                assertThrows(TopologyException.class, () -> editing.connect(router.getPorts().get(1), core.getPorts().get(0))).getMessage());
        assertEquals("A link joins two devices; both ports are on core-sw-01.",
                assertThrows(TopologyException.class, () -> editing.connect(core.getPorts().get(1), core.getPorts().get(2))).getMessage());
        assertEquals(1, diagram.getLinks().size(), "a refused link changes nothing");
        assertEquals("Connect", editing.commandStack().getUndoCommand().getLabel(), "nor adds a step");

        Link serial = editing.connect(router.getPorts().get(4), core.getPorts().get(27));
        assertEquals(Media.SERIAL, serial.getMedia(), "serial to fibre: the first end's media (validation flags the pair)");
        assertEquals(2, serial.getBandwidthMbps(), "the slower end");
        editing.undo();
        editing.undo();
        assertTrue(diagram.getLinks().isEmpty());
    }

    @Test
    void deletingADeviceTakesItsLinksAndUndoBringsBothBack() {
        Device server = editing.addDevice(DeviceTypes.find("server"), "scada-01", 300, 360);
        Link uplink = editing.connect(router.getPorts().get(0), core.getPorts().get(0));
        Link serverLink = editing.connect(server.getPorts().get(0), core.getPorts().get(1));

        editing.delete(List.of(core));
        assertEquals(List.of(router, server), diagram.getDevices());
        assertTrue(diagram.getLinks().isEmpty(), "a link without its device would dangle");

        editing.undo();
        assertEquals(List.of(router, core, server), diagram.getDevices(), "back in its place");
        assertEquals(List.of(uplink, serverLink), diagram.getLinks());
        assertSame(core.getPorts().get(0), uplink.getTarget());
        editing.redo();
        assertEquals(2, diagram.getDevices().size());
    }

    @Test
    void devicesMoveResizeAndAreRenamedAsSingleSteps() {
        editing.move(List.of(router, core), 20, -10);
        assertEquals(120, router.getX());
        assertEquals(190, core.getY());
        editing.undo();
        assertEquals(100, router.getX());
        assertEquals(200, core.getY(), "both moved back in one step");

        editing.setBounds(core, 80, 220, 160, 48);
        assertEquals(160, core.getWidth());
        assertEquals("core-sw-01 cannot be 8 x 48: a device is at least 16 x 16.",
                assertThrows(TopologyException.class, () -> editing.setBounds(core, 80, 220, 8, 48)).getMessage());

        editing.rename(core, "  core-sw-02 ");
        assertEquals("core-sw-02", core.getName());
        assertEquals("Give it a name.", assertThrows(TopologyException.class, () -> editing.rename(core, " ")).getMessage());
        editing.undo();
        assertEquals("core-sw-01", core.getName());
    }

    @Test
    void aZoneMovesWithItsDevicesAndDeletingItLeavesThemOutsideAny() {
        Zone lan = editing.addZone("Office LAN", ZoneKind.ZONE, "10.1.20.0/24", 60, 160, 300, 200);
        editing.putInZone(List.of(core), lan);
        assertSame(lan, core.getZone());

        editing.moveZone(lan, 40, 0);
        assertEquals(100, lan.getX());
        assertEquals(140, core.getX(), "the device in it went along");
        assertEquals(100, router.getX(), "the one outside did not");
        editing.undo();
        assertEquals(100, core.getX());

        editing.delete(List.of(lan));
        assertTrue(diagram.getZones().isEmpty());
        assertNull(core.getZone());
        assertEquals(2, diagram.getDevices().size(), "its devices stay");
        editing.undo();
        assertSame(lan, core.getZone());

        assertThrows(TopologyException.class, () -> editing.addZone("DMZ", ZoneKind.ZONE, "10.1.30.9/24", 0, 0, 100, 100),
                "an address is not a subnet");
        assertEquals(1, diagram.getZones().size());
    }

    @Test
    void routingAndManagementAddressesAreCheckedSteps() {
        editing.setRouting(Routing.ORTHOGONAL);
        assertEquals(Routing.ORTHOGONAL, diagram.getRouting());
        editing.setManagementIp(core, "10.1.20.2");
        assertEquals("10.1.20.2", core.getManagementIp());
        assertThrows(TopologyException.class, () -> editing.setManagementIp(core, "10.1.20.256"));
        assertEquals("10.1.20.2", core.getManagementIp());
        editing.undo();
        assertNull(core.getManagementIp());
        editing.undo();
        assertEquals(Routing.STRAIGHT, diagram.getRouting());
        assertTrue(editing.canUndo(), "the two devices are still there to undo");
    }

    @Test
    void drawingALinkBetweenDevicesTakesTheirFirstFreeCompatiblePorts() {
        Device storage = editing.addDevice(DeviceTypes.find("storage"), "san-01", 300, 300);
        // The storage's first free port is fibre: it meets the switch's first fibre port, not its first (copper) one.
        Link fibre = editing.connect(storage, core);
        assertEquals("FC0", fibre.getSource().getName());
        assertEquals("XGE1/0/1", fibre.getTarget().getName());
        Link copper = editing.connect(router, core);
        assertEquals("GE0/0/0", copper.getSource().getName());
        assertEquals("GE1/0/1", copper.getTarget().getName());
        assertEquals(core.getPorts().size() - 2, editing.freePorts(core).size(), "two of the switch's ports are taken");

        Device ap = editing.addDevice(DeviceTypes.find("wireless-ap"), "ap-01", 400, 400);
        editing.connect(ap, core);
        TopologyException full = assertThrows(TopologyException.class, () -> editing.connect(ap, router));
        assertTrue(full.getMessage().contains("ap-01"), full.getMessage());
        assertThrows(TopologyException.class, () -> editing.connect(core, core));
    }

    @Test
    void severalEditsInOneStepUndoTogetherAndARefusalLeavesNothing() {
        Zone lan = editing.addZone("LAN", ZoneKind.ZONE, "10.1.0.0/24", 0, 0, 400, 400);
        editing.inOneStep("Move", () -> {
            editing.move(List.of(router), 10, 10);
            editing.putInZone(List.of(router), lan);
            editing.setBounds(lan, 5, 5, 500, 300);
        });
        assertEquals("Move", editing.commandStack().getUndoCommand().getLabel());
        assertEquals(110, router.getX());
        assertSame(lan, router.getZone());
        assertEquals(500, lan.getWidth());

        editing.undo();
        assertEquals(100, router.getX());
        assertNull(router.getZone());
        assertEquals(400, lan.getWidth());
        assertEquals("Add Zone", editing.commandStack().getUndoCommand().getLabel());
        editing.redo();
        assertEquals(110, router.getX());
        assertSame(lan, router.getZone());

        assertThrows(TopologyException.class, () -> editing.inOneStep("Resize", () -> {
            editing.setBounds(router, 0, 0, 200, 200);
            editing.setBounds(core, 0, 0, 4, 4);
        }));
        assertEquals(DiagramEditing.DEVICE_WIDTH, router.getWidth());
        assertEquals("Move", editing.commandStack().getUndoCommand().getLabel());
    }

    @Test
    void copiedDevicesArePastedWithTheirPortsAndTheLinksAmongThemAsOneStep() {
        Zone lan = editing.addZone("LAN", ZoneKind.ZONE, "10.1.0.0/24", 0, 150, 400, 300);
        editing.putInZone(List.of(core), lan);
        editing.setManagementIp(core, "10.1.0.2");
        Device server = editing.addDevice(DeviceTypes.find("server"), "srv-01", 100, 300);
        editing.connect(router.getPorts().get(0), core.getPorts().get(0));
        Link inside = editing.connect(core.getPorts().get(1), server.getPorts().get(0));
        core.getProperties().get(0).setValue("V200R021");

        DiagramEditing.Copied copied = DiagramEditing.copy(List.of(core, server));
        assertEquals(2, copied.devices().size());
        assertEquals(1, copied.links().size(), "only the link between two copied devices");
        List<Device> pasted = editing.paste(copied, 32, 32);
        assertEquals(List.of("core-sw-01-2", "srv-01-2"), pasted.stream().map(Device::getName).toList());
        assertEquals(List.of(router, core, server, pasted.get(0), pasted.get(1)), diagram.getDevices());
        Device coreCopy = pasted.get(0);
        assertEquals(core.getX() + 32, coreCopy.getX());
        assertEquals(core.getPorts().size(), coreCopy.getPorts().size());
        assertEquals("V200R021", coreCopy.getProperties().get(0).getValue());
        assertSame(lan, coreCopy.getZone());
        assertNull(coreCopy.getManagementIp(), "a copy is new hardware: no address");
        Link linkCopy = diagram.getLinks().get(2);
        assertSame(coreCopy.getPorts().get(1), linkCopy.getSource());
        assertSame(pasted.get(1).getPorts().get(0), linkCopy.getTarget());
        assertEquals(inside.getMedia(), linkCopy.getMedia());
        assertEquals("Paste", editing.commandStack().getUndoCommand().getLabel());

        assertEquals("core-sw-01-3", editing.paste(copied, 64, 64).get(0).getName(), "pasted again: another copy");
        editing.undo();
        editing.undo();
        assertEquals(List.of(router, core, server), diagram.getDevices());
        assertEquals(2, diagram.getLinks().size());
        editing.redo();
        assertEquals(5, diagram.getDevices().size());
        assertEquals(3, diagram.getLinks().size());

        Diagram other = TopologyFactory.eINSTANCE.createDiagram();
        List<Device> elsewhere = new DiagramEditing(other).paste(copied, 0, 0);
        assertNull(elsewhere.get(0).getZone(), "the zone is not in the other diagram");
        assertEquals("core-sw-01", elsewhere.get(0).getName());
    }

    @Test
    void aLinkMovesToOtherFreePortsOfItsDevicesAsOneStep() {
        Link uplink = editing.connect(router.getPorts().get(0), core.getPorts().get(0));
        Device server = editing.addDevice(DeviceTypes.find("server"), "srv-01", 100, 300);
        Link taken = editing.connect(core.getPorts().get(1), server.getPorts().get(0));

        editing.reconnect(uplink, router.getPorts().get(2), core.getPorts().get(24));
        assertSame(router.getPorts().get(2), uplink.getSource());
        assertEquals("XGE1/0/1", uplink.getTarget().getName());
        assertEquals(Media.COPPER, uplink.getMedia(), "the source port's media");
        assertEquals(1000, uplink.getBandwidthMbps(), "the lower speed");
        assertEquals("Change Ports", editing.commandStack().getUndoCommand().getLabel());
        editing.undo();
        assertSame(router.getPorts().get(0), uplink.getSource());
        assertSame(core.getPorts().get(0), uplink.getTarget());

        TopologyException refused = assertThrows(TopologyException.class, () -> editing.reconnect(uplink, router.getPorts().get(0),
                core.getPorts().get(1)));
        assertTrue(refused.getMessage().contains("GE1/0/2 of core-sw-01 is already linked"), refused.getMessage());
        assertSame(core.getPorts().get(0), uplink.getTarget(), "nothing changed");
        assertSame(core.getPorts().get(1), taken.getSource());
        assertThrows(IllegalArgumentException.class, () -> editing.reconnect(uplink, server.getPorts().get(1), core.getPorts().get(2)));
    }

    @Test
    void whatWouldBeRefusedIsKnownBeforeTheChangeIsTried() {
        assertEquals("A link joins two devices; both ports are on core-sw-01.", editing.refusesConnecting(core, core));
        assertEquals(null, editing.refusesConnecting(router, core), "a link that would be made");
        assertEquals("core-sw-01 cannot be 10 x 40: a device is at least 16 x 16.", editing.refusesSize("core-sw-01", 10, 40));
        assertEquals(null, editing.refusesSize("core-sw-01", 16, 16));
        assertEquals(editing.refusesSize("core-sw-01", 10, 40),
                assertThrows(TopologyException.class, () -> editing.setBounds(core, 0, 0, 10, 40)).getMessage(), "the same words as the refusal");
    }
}
