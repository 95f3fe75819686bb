package org.opsbench.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramValidation;
import org.opsbench.topology.TopologyException;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.RangePurpose;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;

/** The problems the editor marks: each on the element it is about, with a message that names both sides. */
class DiagramValidationTest {

    @Test
    void duplicateAddressesForeignAddressesOverlapsAndIncompatiblePortsAreFound() {
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        diagram.setName("Branch");
        DiagramEditing editing = new DiagramEditing(diagram);
        Zone lan = editing.addZone("Office LAN", ZoneKind.ZONE, "10.1.20.0/24", 0, 100, 400, 300);
        Zone voice = editing.addZone("Voice", ZoneKind.ZONE, "10.1.0.0/16", 400, 100, 200, 300);
        Device core = editing.addDevice(DeviceTypes.find("switch"), "sw-01", 20, 120);
        Device server = editing.addDevice(DeviceTypes.find("server"), "srv-01", 20, 260);
        Device storage = editing.addDevice(DeviceTypes.find("storage"), "san-01", 200, 260);
        editing.putInZone(List.of(core, server), lan);
        editing.setManagementIp(core, "10.1.20.2");
        editing.setManagementIp(server, "10.1.30.5");
        editing.setManagementIp(storage, "10.1.20.2");
        editing.connect(core.getPorts().get(0), server.getPorts().get(0));
        Link copperToFibre = editing.connect(core.getPorts().get(1), storage.getPorts().get(0));

        List<DiagramValidation.Problem> problems = DiagramValidation.problems(diagram);
        assertEquals(List.of(voice, server, storage, copperToFibre), problems.stream().map(DiagramValidation.Problem::element).toList());
        assertEquals(List.of("Zone Voice (10.1.0.0/16) overlaps zone Office LAN (10.1.20.0/24).",
                "srv-01 (10.1.30.5) is in zone Office LAN but outside its subnet 10.1.20.0/24.",
                "san-01 has the management address 10.1.20.2 of sw-01.",
                "The link joins sw-01 GE1/0/2 (copper) and san-01 FC0 (fiber): those ports cannot be cabled together."),
                problems.stream().map(DiagramValidation.Problem::message).toList());

        editing.undo(); // the fibre link
        editing.setManagementIp(storage, "10.1.20.3");
        editing.setManagementIp(server, "10.1.20.5");
        editing.delete(List.of(voice));
        assertEquals(List.of(), DiagramValidation.problems(diagram), "all mended");
    }

    @Test
    void theAddressPlanIsReplacedInOneStepRefusedByRowAndDevicesOutsideItAreFound() {
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        diagram.setName("Head office");
        DiagramEditing editing = new DiagramEditing(diagram);
        Device core = editing.addDevice(DeviceTypes.find("switch"), "core-1", 20, 120);
        Device router = editing.addDevice(DeviceTypes.find("router"), "gw-1", 200, 120);
        editing.setManagementIp(core, "10.1.10.2");
        editing.setManagementIp(router, "203.0.113.1");
        assertEquals(List.of(), DiagramValidation.problems(diagram), "without a plan nothing is outside it");

        List<DiagramEditing.PlanRow> overlapping = List.of(new DiagramEditing.PlanRow(RangePurpose.CENTRAL_LAN, "10.1.0.0/16", null),
                new DiagramEditing.PlanRow(RangePurpose.USABLE, "10.1.10.0/24", "servers"));
        TopologyException refused = assertThrows(TopologyException.class, () -> editing.setAddressPlan(overlapping));
        assertEquals("Row 2: 10.1.10.0/24 overlaps row 1 (10.1.0.0/16).", refused.getMessage());
        String hostBits = DiagramEditing.refusesAddressPlan(List.of(new DiagramEditing.PlanRow(RangePurpose.WAN, "10.1.10.7/24", null)));
        assertTrue(hostBits.startsWith("Row 1: ") && hostBits.contains("10.1.10.0/24"), hostBits);
        assertTrue(diagram.getAddressPlan().isEmpty(), "a refused plan changes nothing");

        editing.setAddressPlan(List.of(new DiagramEditing.PlanRow(RangePurpose.CENTRAL_LAN, " 10.1.0.0/16 ", " head office ")));
        assertEquals(List.of(new DiagramEditing.PlanRow(RangePurpose.CENTRAL_LAN, "10.1.0.0/16", "head office")), editing.addressPlan());
        assertEquals(List.of("gw-1 (203.0.113.1) is in no range of the address plan."),
                DiagramValidation.problems(diagram).stream().map(DiagramValidation.Problem::message).toList());
        assertEquals(List.of(router), DiagramValidation.problems(diagram).stream().map(DiagramValidation.Problem::element).toList());

        editing.setAddressPlan(List.of(new DiagramEditing.PlanRow(RangePurpose.CENTRAL_LAN, "10.1.0.0/16", "head office"),
                new DiagramEditing.PlanRow(RangePurpose.WAN, "203.0.113.0/29", null)));
        assertEquals(List.of(), DiagramValidation.problems(diagram));
        assertEquals("Edit Address Plan", editing.commandStack().getUndoCommand().getLabel());
        editing.undo();
        assertEquals(List.of("10.1.0.0/16"), diagram.getAddressPlan().stream().map(r -> r.getCidr()).toList(), "one step undone");
    }
}
