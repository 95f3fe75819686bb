package org.opsbench.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.persistence.testing.TestDatabases;
import org.opsbench.persistence.testing.Timings;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramLayout;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Port;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.TopologyPackage;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;

/**
 * Benchmark harness (not part of the normal test run): a diagram of 2,000 devices and 3,000 links
 * in 20 zones, stored in embedded Derby, opened and laid out automatically.
 * {@code ./mvnw verify -Pbenchmark -pl bundles/org.opsbench.topology.tests} prints medians and
 * writes target/benchmark-topology.md. It asserts the sizes, never a time.
 */
class TopologyBenchmark {

    private static final int DEVICES = 2000;
    private static final int LINKS = 3000;
    private static final int ZONES = 20;
    private static final int WARMUP = 2;
    private static final int ROUNDS = 5;

    @Test
    void openAndLayOutALargeDiagram() throws Exception {
        Database database = Database.open(TestDatabases.fresh(), List.of(TopologyPackage.eINSTANCE));
        try {
            long id;
            double store;
            try (ModelSession session = database.openSession()) {
                Diagram diagram = network();
                assertEquals(DEVICES, diagram.getDevices().size());
                assertEquals(LINKS, diagram.getLinks().size());
                session.add(diagram);
                store = Timings.time(session::save);
                id = ((org.opsbench.model.base.PersistentObject) diagram).getPersistentId();
            }
            int rounds = WARMUP + ROUNDS;
            double[] open = new double[rounds];
            double[] layout = new double[rounds];
            double[] apply = new double[rounds];
            double[] total = new double[rounds];
            double[] raw = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                try (ModelSession session = database.openSession()) {
                    Diagram[] diagram = new Diagram[1];
                    DiagramLayout.Placement[] placement = new DiagramLayout.Placement[1];
                    open[round] = Timings.time(() -> diagram[0] = session.find(Diagram.class, id));
                    layout[round] = Timings.time(() -> placement[0] = DiagramLayout.compute(diagram[0], new NullProgressMonitor()));
                    apply[round] = Timings.time(() -> new DiagramEditing(diagram[0]).place(placement[0]));
                    total[round] = open[round] + layout[round] + apply[round];
                    assertEquals(LINKS, diagram[0].getLinks().size());
                }
                int[] rows = new int[1];
                raw[round] = Timings.time(() -> rows[0] = rawRead(database, id));
                assertEquals(1 + DEVICES + LINKS + ZONES + count(database, "Port") + count(database, "DeviceProperty"), rows[0],
                        "the raw read covers the same rows");
            }
            StringBuilder report = new StringBuilder("# Topology benchmark\n\n").append(DEVICES).append(" devices (")
                    .append(count(database, "Port")).append(" ports, ").append(count(database, "DeviceProperty")).append(" properties), ").append(LINKS).append(" links, ").append(ZONES)
                    .append(" zones, embedded Derby, ").append(ROUNDS).append(" measured rounds after ").append(WARMUP)
                    .append(" warm-up rounds, medians in ms. Storing the diagram took ").append(Math.round(store)).append(" ms.\n\n")
                    .append("| step | OpsBench | raw JDBC read of the same rows | ratio |\n|---|---|---|---|\n");
            double rawMedian = median(raw);
            row(report, "open: the diagram read whole (devices, ports, properties, links, zones)", median(open), rawMedian);
            row(report, "automatic layout (ELK layered, zones as containers)", median(layout), Double.NaN);
            row(report, "layout applied as one undoable command", median(apply), Double.NaN);
            row(report, "**open plus automatic layout**", median(total), rawMedian);
            Timings.write(report, "benchmark-topology.md");
        } finally {
            database.close();
        }
    }

    private static double median(double[] values) {
        return Timings.median(Arrays.copyOfRange(values, WARMUP, values.length));
    }

    private static void row(StringBuilder report, String step, double ops, double raw) {
        report.append("| ").append(step).append(" | ").append(Math.round(ops)).append(" | ")
                .append(Double.isNaN(raw) ? "" : String.valueOf(Math.round(raw))).append(" | ")
                .append(Double.isNaN(raw) ? "" : String.format("%.1fx", ops / raw)).append(" |\n");
    }

    /**
     * A provider's network: 10 routers on 5 WAN clouds, 2 firewalls each, 2 core switches per
     * firewall, 300 access switches with a second uplink, 1,625 servers, access points and storage
     * below them, 685 servers with a second link; the access switches and their devices in 20 zones.
     */
    private static Diagram network() {
        Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
        diagram.setName("Benchmark network");
        DiagramEditing editing = new DiagramEditing(diagram);
        Map<Device, Integer> used = new HashMap<>();
        List<Zone> zones = new ArrayList<>();
        for (int z = 0; z < ZONES; z++) {
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
            editing.putInZone(List.of(sw), zones.get(a % ZONES));
            access.add(sw);
        }
        String[] endpoints = { "server", "server", "server", "server", "wireless-ap", "storage" };
        List<Device> servers = new ArrayList<>();
        for (int e = 0; diagram.getDevices().size() < DEVICES; e++) {
            String type = endpoints[e % endpoints.length];
            Device device = editing.addDevice(DeviceTypes.find(type), type + "-" + e, 0, 0);
            Device sw = access.get(e % access.size());
            link(editing, used, sw, device);
            editing.putInZone(List.of(device), sw.getZone());
            if (type.equals("server")) {
                servers.add(device);
            }
        }
        for (int s = 0; diagram.getLinks().size() < LINKS; s++) {
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

    private static int count(Database database, String entity) {
        return database.list("SELECT COUNT(x) FROM " + entity + " x", Long.class).get(0).intValue();
    }

    /** @return the rows of the diagram, its zones, devices, ports, properties and links, read with plain JDBC */
    private static int rawRead(Database database, long id) {
        String[] queries = { "SELECT * FROM OB_DIAGRAM WHERE ID = ?", "SELECT * FROM OB_ZONE WHERE IN_DIAGRAM_ZONES = ?",
                "SELECT * FROM OB_DEVICE WHERE IN_DIAGRAM_DEVICES = ?",
                "SELECT p.* FROM OB_PORT p JOIN OB_DEVICE d ON p.IN_DEVICE_PORTS = d.ID WHERE d.IN_DIAGRAM_DEVICES = ?",
                "SELECT p.* FROM OB_DEVICE_PROPERTY p JOIN OB_DEVICE d ON p.IN_DEVICE_PROPERTIES = d.ID WHERE d.IN_DIAGRAM_DEVICES = ?",
                "SELECT * FROM OB_LINK WHERE IN_DIAGRAM_LINKS = ?" };
        int rows = 0;
        try (Connection connection = database.dataSource().getConnection()) {
            for (String query : queries) {
                try (PreparedStatement statement = connection.prepareStatement(query)) {
                    statement.setLong(1, id);
                    try (ResultSet result = statement.executeQuery()) {
                        int columns = result.getMetaData().getColumnCount();
                        while (result.next()) {
                            for (int c = 1; c <= columns; c++) {
                                result.getObject(c);
                            }
                            rows++;
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}
