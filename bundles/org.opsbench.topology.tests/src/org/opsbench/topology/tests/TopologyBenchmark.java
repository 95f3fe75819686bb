package org.opsbench.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.persistence.testing.TestDatabases;
import org.opsbench.persistence.testing.Timings;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramLayout;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.TopologyPackage;
import org.opsbench.topology.testing.BenchmarkNetworks;

/**
 * Benchmark harness (not part of the normal test run): a diagram of 2,000 devices and 3,000 links
 * in 20 zones, stored in embedded Derby, opened and laid out automatically.
 * {@code ./mvnw verify -Pbenchmark -pl bundles/org.opsbench.topology.tests} prints medians and
 * writes target/benchmark-topology.md. It asserts the sizes, never a time.
 */
@Tag("benchmark")
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
                Diagram diagram = BenchmarkNetworks.provider(DEVICES, LINKS, ZONES);
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
