package org.opsbench.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.opsbench.core.sample.SampleDataGenerator.Sizes;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.persistence.testing.TestDatabases;
import org.opsbench.topology.DiagramValidation;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.TopologyPackage;

/** The sample data's network diagrams, loaded through the extension point: laid out, linked, standing for real equipment. */
class SampleDiagramsTest {

    @Test
    void threeCustomersHaveTheirHeadOfficeNetworkLaidOutWithoutOverlaps() {
        try (Database database = Database.open(TestDatabases.fresh(), List.of(TopologyPackage.eINSTANCE))) {
            SampleDataLoader.load(database, new Sizes(1, 2, 5, 2, 10, 1), 5, Locale.SIMPLIFIED_CHINESE, Instant.parse("2026-12-07T07:00:00Z"),
                    null);
            try (ModelSession session = database.openSession()) {
                List<Diagram> diagrams = session.findAll(Diagram.class, "name");
                assertEquals(3, diagrams.size());
                assertEquals(3, diagrams.stream().map(Diagram::getCustomer).distinct().count(), "one each for three customers");
                for (Diagram diagram : diagrams) {
                    assertEquals("总部网络", diagram.getName());
                    assertEquals(2, diagram.getZones().size());
                    assertEquals(4, diagram.getAddressPlan().size());
                    assertEquals(List.of(), DiagramValidation.problems(diagram).stream().map(DiagramValidation.Problem::message).toList(),
                            "every address planned, in its zone's subnet, none twice");
                    assertTrue(diagram.getLinks().size() >= diagram.getDevices().size() - 1, "every device connected");
                    assertTrue(diagram.getDevices().stream().anyMatch(d -> d.getEquipment() != null), "devices stand for equipment");
                    List<Device> devices = diagram.getDevices();
                    for (int i = 0; i < devices.size(); i++) {
                        for (int j = i + 1; j < devices.size(); j++) {
                            assertFalse(overlap(devices.get(i), devices.get(j)), devices.get(i).getName() + " overlaps " + devices.get(j).getName());
                        }
                    }
                }
            }
        }
    }

    private static boolean overlap(Device a, Device b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth() && a.getY() < b.getY() + b.getHeight()
                && b.getY() < a.getY() + a.getHeight();
    }
}
