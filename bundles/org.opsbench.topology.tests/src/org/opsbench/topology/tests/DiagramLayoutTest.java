package org.opsbench.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramLayout;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;

/** Automatic layout: tiers top to bottom, containers around their devices, one step to undo, cancellable. */
class DiagramLayoutTest {

    private Diagram diagram;
    private DiagramEditing editing;
    private Device wan;
    private Device router;
    private Device core;
    private Device access;
    private Device server;
    private Zone serverRoom;

    @BeforeEach
    void draw() {
        diagram = TopologyFactory.eINSTANCE.createDiagram();
        diagram.setName("Plant network");
        editing = new DiagramEditing(diagram);
        // Drawn in a heap, and linked from the bottom up, as people do.
        server = editing.addDevice(DeviceTypes.find("server"), "srv-01", 0, 0);
        access = editing.addDevice(DeviceTypes.find("wireless-ap"), "ap-01", 0, 0);
        core = editing.addDevice(DeviceTypes.find("switch"), "sw-01", 0, 0);
        router = editing.addDevice(DeviceTypes.find("router"), "gw-01", 0, 0);
        wan = editing.addDevice(DeviceTypes.find("wan"), "Internet", 0, 0);
        serverRoom = editing.addZone("Server room", ZoneKind.ZONE, "10.9.1.0/24", 0, 0, 50, 50);
        editing.putInZone(List.of(server), serverRoom);
        editing.connect(server.getPorts().get(0), core.getPorts().get(0));
        editing.connect(access.getPorts().get(0), core.getPorts().get(1));
        editing.connect(core.getPorts().get(24), router.getPorts().get(0));
        editing.connect(router.getPorts().get(4), wan.getPorts().get(0));
    }

    @Test
    void tiersRunTopToBottomAndAContainerHoldsItsDevices() {
        DiagramLayout.Placement placement = DiagramLayout.compute(diagram, new NullProgressMonitor());
        editing.place(placement);

        assertTrue(wan.getY() < router.getY() && router.getY() < core.getY() && core.getY() < server.getY(),
                "WAN, router, switch, server from the top: " + List.of(wan.getY(), router.getY(), core.getY(), server.getY()));
        assertTrue(core.getY() < access.getY(), "the access point hangs below its switch");
        int left = Math.min(serverRoom.getX(), diagram.getDevices().stream().mapToInt(Device::getX).min().orElseThrow());
        int top = Math.min(serverRoom.getY(), diagram.getDevices().stream().mapToInt(Device::getY).min().orElseThrow());
        assertTrue(left >= DiagramLayout.MARGIN && top >= DiagramLayout.MARGIN, "a margin to the canvas' edges: " + left + ", " + top);
        assertTrue(serverRoom.getX() <= server.getX() && serverRoom.getY() < server.getY()
                && server.getX() + server.getWidth() <= serverRoom.getX() + serverRoom.getWidth()
                && server.getY() + server.getHeight() <= serverRoom.getY() + serverRoom.getHeight(), "the room is drawn around its server");
        List<Device> devices = new ArrayList<>(diagram.getDevices());
        for (int i = 0; i < devices.size(); i++) {
            for (int j = i + 1; j < devices.size(); j++) {
                assertFalse(overlap(devices.get(i), devices.get(j)), devices.get(i).getName() + " and " + devices.get(j).getName());
            }
        }

        assertEquals("Automatic Layout", editing.commandStack().getUndoCommand().getLabel());
        editing.undo();
        assertEquals(0, wan.getY(), "one step back to where they were");
        assertEquals(50, serverRoom.getWidth());
    }

    @Test
    void aCancelledLayoutChangesNothing() {
        NullProgressMonitor cancelled = new NullProgressMonitor();
        cancelled.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> DiagramLayout.compute(diagram, cancelled));
        assertEquals(0, core.getY());
    }

    private static boolean overlap(Device a, Device b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth() && a.getY() < b.getY() + b.getHeight()
                && b.getY() < a.getY() + a.getHeight();
    }
}
