package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opsbench.cases.CallerLookup;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.CaseLifecycle;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.model.Equipment;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.topology.DeviceStatusProvider;
import org.opsbench.topology.DeviceStatuses;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.TopologyFactory;

/** Case management tells a network diagram which devices have open cases, through topology's extension point. */
@ExtendWith(EnglishLocale.class)
@Tag("all-databases")
class CaseDeviceStatusTest {

    private static final Instant MONDAY = CaseFixture.shanghai("2026-05-11T10:00");

    @RegisterExtension
    final CaseDatabase db = new CaseDatabase();

    @Test
    void aDeviceShowsItsEquipmentsOpenCasesWithTheHighestSeverity() {
        Database database = db.get();
        Directory.install(database);
        CaseDesk desk = new CaseDesk(database, "gao");
        CallerLookup.Match li = new CallerLookup(database).find("li fang").get(0);
        long lanting = Directory.equipmentId(database, "LT2024P0101");
        long beiming = Directory.equipmentId(database, "BM24F0077");
        CaseDesk.Opened older = desk.open(new CaseDesk.Intake("hotline", li, "Port errors", null, null, "P3", CaseKind.DEFECT,
                DefectClass.TECHNICAL, null).withEquipment(lanting), MONDAY);
        CaseDesk.Opened urgent = desk.open(new CaseDesk.Intake("hotline", li, "Switch down", null, null, "P1", CaseKind.DEFECT,
                DefectClass.TECHNICAL, null).withEquipment(lanting), MONDAY.plusSeconds(600));
        CaseDesk.Opened answered = desk.open(new CaseDesk.Intake("hotline", li, "How to back up the rules", null, null, "P4",
                CaseKind.CONSULTATION, null, null).withEquipment(beiming), MONDAY);
        desk.close(answered.id(), new CaseLifecycle.Survey("Li Fang", 5, ""), MONDAY.plusSeconds(300));

        try (ModelSession session = database.openSession()) {
            Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
            diagram.setName("Pump station");
            DiagramEditing editing = new DiagramEditing(diagram);
            Device sw = editing.addDevice(DeviceTypes.find("switch"), "sw-pump", 0, 0);
            Device fw = editing.addDevice(DeviceTypes.find("firewall"), "fw-pump", 0, 100);
            Device spare = editing.addDevice(DeviceTypes.find("server"), "scada", 0, 200);
            sw.setEquipment(session.find(Equipment.class, lanting));
            fw.setEquipment(session.find(Equipment.class, beiming));

            Map<Device, List<DeviceStatusProvider.Status>> statuses = DeviceStatuses.of(database, diagram, null);
            assertEquals(List.of(sw), List.copyOf(statuses.keySet()), "the firewall's only case is closed; the server stands for no equipment");
            DeviceStatusProvider.Status status = statuses.get(sw).get(0);
            assertEquals("P1 \u00d7 2", status.badge());
            assertEquals(0, status.urgency(), "P1 is the first level of the scheme");
            assertEquals("2 open cases:\n" + urgent.number() + " P1 Switch down\n" + older.number() + " P3 Port errors", status.description());
            assertFalse(statuses.containsKey(spare));

            long taxBureau = Directory.customerId(database, "C-0002");
            assertEquals(Map.of(), DeviceStatuses.of(database, diagram, taxBureau), "another customer's staff see none of it");
        }
    }
}
