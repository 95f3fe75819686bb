package org.opsbench.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.model.Customer;
import org.opsbench.model.Equipment;
import org.opsbench.model.Industry;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.Site;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.persistence.testing.TestDatabases;
import org.opsbench.persistence.testing.Timings;

/**
 * Benchmark harness (not part of the normal test run): OpsBench persistence against raw
 * JDBC on the same embedded Derby database, with fixed data sizes. Run it with
 * {@code ./mvnw verify -Pbenchmark -pl ...} (see README); it prints medians and ratios and
 * writes them to target/benchmark-persistence.md. It asserts only that both sides did
 * the same work, never a time.
 */
@Tag("benchmark")
class PersistenceBenchmark {

    static final int CUSTOMERS = Integer.getInteger("opsbench.bench.customers", 10_000);
    static final int SITES = 2;
    static final int EQUIPMENT = 5;
    static final int ROUNDS = Integer.getInteger("opsbench.bench.rounds", 5);
    /** Rounds run first and not counted, so that medians measure compiled code. */
    static final int WARMUP = Integer.getInteger("opsbench.bench.warmup", 2);

    private final StringBuilder report = new StringBuilder();

    @Test
    void persistenceAgainstRawJdbc() throws Exception {
        report.append("# Persistence benchmark\n\n").append(CUSTOMERS).append(" customers x ").append(SITES)
                .append(" sites x ").append(EQUIPMENT).append(" equipment, embedded Derby, ").append(ROUNDS)
                .append(" measured rounds after ").append(WARMUP).append(" warm-up rounds, medians in ms.\n\n| operation | OpsBench | raw JDBC | ratio |\n|---|---|---|---|\n");

        // Insert: each round into a fresh database, so both sides write into empty tables.
        double[] opsInsert = new double[ROUNDS + WARMUP];
        double[] jdbcInsert = new double[ROUNDS + WARMUP];
        for (int round = 0; round < ROUNDS + WARMUP; round++) {
            try (Database database = Database.open(TestDatabases.fresh())) {
                List<Customer> customers = customers();
                opsInsert[round] = time(() -> {
                    try (ModelSession session = database.openSession()) {
                        customers.forEach(session::add);
                        session.save();
                    }
                    return null;
                });
                assertEquals(CUSTOMERS * SITES * EQUIPMENT, count(database, "OB_EQUIPMENT"));
            }
            try (Database database = Database.open(TestDatabases.fresh())) {
                jdbcInsert[round] = time(() -> rawInsert(database));
                assertEquals(CUSTOMERS * SITES * EQUIPMENT, count(database, "OB_EQUIPMENT"));
            }
        }
        row("insert all aggregates", opsInsert, jdbcInsert);

        try (Database database = Database.open(TestDatabases.fresh())) {
            try (ModelSession session = database.openSession()) {
                customers().forEach(session::add);
                session.save();
            }
            double[] opsLoad = new double[ROUNDS + WARMUP];
            double[] jdbcLoad = new double[ROUNDS + WARMUP];
            double[] opsList = new double[ROUNDS + WARMUP];
            double[] jdbcList = new double[ROUNDS + WARMUP];
            for (int round = 0; round < ROUNDS + WARMUP; round++) {
                opsLoad[round] = time(() -> {
                    try (ModelSession session = database.openSession()) {
                        List<Customer> all = session.readAll(Customer.class, null);
                        assertEquals(CUSTOMERS, all.size());
                        assertEquals(EQUIPMENT, all.get(CUSTOMERS - 1).getSites().get(SITES - 1).getEquipment().size());
                    }
                    return null;
                });
                jdbcLoad[round] = time(() -> rawLoad(database));
                opsList[round] = time(() -> {
                    List<Object[]> rows = database.list("SELECT c.persistentId, c.code, c.name FROM Customer c ORDER BY c.code",
                            Object[].class);
                    assertEquals(CUSTOMERS, rows.size());
                    return null;
                });
                jdbcList[round] = time(() -> rawList(database));
            }
            row("load every aggregate (customer, sites, equipment)", opsLoad, jdbcLoad);
            row("projection list of all customers (id, code, name)", opsList, jdbcList);
        }
        Timings.write(report, "benchmark-persistence.md");
    }

    private void row(String operation, double[] ops, double[] jdbc) {
        double opsMedian = median(Arrays.copyOfRange(ops, WARMUP, ops.length));
        double jdbcMedian = median(Arrays.copyOfRange(jdbc, WARMUP, jdbc.length));
        report.append(String.format("| %s | %.0f | %.0f | %.2fx |%n", operation, opsMedian, jdbcMedian, opsMedian / jdbcMedian));
    }

    private static double median(double[] values) {
        return Timings.median(values);
    }

    static double time(Supplier<?> work) {
        return Timings.time(work::get);
    }

    private static double time(ThrowingRunnable work) {
        return time(() -> {
            try {
                work.run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static List<Customer> customers() {
        OpsFactory f = OpsFactory.eINSTANCE;
        List<Customer> customers = new ArrayList<>(CUSTOMERS);
        for (int c = 0; c < CUSTOMERS; c++) {
            Customer customer = f.createCustomer();
            customer.setCode(String.format("C-%05d", c));
            customer.setName("Customer " + c);
            customer.setIndustry(Industry.FINANCE);
            for (int s = 0; s < SITES; s++) {
                Site site = f.createSite();
                site.setName("Site " + c + "/" + s);
                site.setCity("Tianhe");
                for (int e = 0; e < EQUIPMENT; e++) {
                    Equipment equipment = f.createEquipment();
                    equipment.setVendor("Lanting");
                    equipment.setModel("LT-GW3000");
                    equipment.setSerialNumber("SN" + c + "-" + s + "-" + e);
                    site.getEquipment().add(equipment);
                }
                customer.getSites().add(site);
            }
            customers.add(customer);
        }
        return customers;
    }

    /** The same rows as OpsBench writes, with JDBC batches of the same size. */
    private static void rawInsert(Database database) throws SQLException {
        try (Connection connection = database.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            long id = 1_000_000;
            try (PreparedStatement customer = connection.prepareStatement(
                    "INSERT INTO OB_CUSTOMER (ID, VERSION, CODE, NAME, INDUSTRY) VALUES (?, 1, ?, ?, ?)");
                    PreparedStatement site = connection.prepareStatement(
                            "INSERT INTO OB_SITE (ID, VERSION, NAME, CITY, IN_CUSTOMER_SITES, POS) VALUES (?, 1, ?, ?, ?, ?)");
                    PreparedStatement equipment = connection.prepareStatement(
                            "INSERT INTO OB_EQUIPMENT (ID, VERSION, VENDOR, MODEL, SERIAL_NUMBER, IN_SITE_EQUIPMENT, POS) VALUES (?, 1, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                for (int c = 0; c < CUSTOMERS; c++) {
                    long customerId = id++;
                    customer.setLong(1, customerId);
                    customer.setString(2, String.format("C-%05d", c));
                    customer.setString(3, "Customer " + c);
                    customer.setString(4, "finance");
                    customer.addBatch();
                    for (int s = 0; s < SITES; s++) {
                        long siteId = id++;
                        site.setLong(1, siteId);
                        site.setString(2, "Site " + c + "/" + s);
                        site.setString(3, "Tianhe");
                        site.setLong(4, customerId);
                        site.setInt(5, s);
                        site.addBatch();
                        for (int e = 0; e < EQUIPMENT; e++) {
                            equipment.setLong(1, id++);
                            equipment.setString(2, "Lanting");
                            equipment.setString(3, "LT-GW3000");
                            equipment.setString(4, "SN" + c + "-" + s + "-" + e);
                            equipment.setLong(5, siteId);
                            equipment.setInt(6, e);
                            equipment.addBatch();
                        }
                    }
                    if (++pending == 20) { // about 200 statements per batch, as OpsBench is configured
                        customer.executeBatch();
                        site.executeBatch();
                        equipment.executeBatch();
                        pending = 0;
                    }
                }
                customer.executeBatch();
                site.executeBatch();
                equipment.executeBatch();
            }
            connection.commit();
        }
    }

    record RawEquipment(long id, String vendor, String model, String serial) {
    }

    record RawSite(long id, String name, String city, List<RawEquipment> equipment) {
    }

    record RawCustomer(long id, String code, String name, String industry, List<RawSite> sites) {
    }

    /** Every aggregate with three queries, linked in memory: the best raw JDBC can do. */
    private static void rawLoad(Database database) throws SQLException {
        Map<Long, RawCustomer> customers = new HashMap<>();
        Map<Long, RawSite> sites = new HashMap<>();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("SELECT ID, CODE, NAME, INDUSTRY FROM OB_CUSTOMER")) {
                while (rows.next()) {
                    customers.put(rows.getLong(1), new RawCustomer(rows.getLong(1), rows.getString(2), rows.getString(3),
                            rows.getString(4), new ArrayList<>()));
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT ID, NAME, CITY, IN_CUSTOMER_SITES FROM OB_SITE ORDER BY IN_CUSTOMER_SITES, POS")) {
                while (rows.next()) {
                    RawSite site = new RawSite(rows.getLong(1), rows.getString(2), rows.getString(3), new ArrayList<>());
                    sites.put(site.id(), site);
                    customers.get(rows.getLong(4)).sites().add(site);
                }
            }
            try (ResultSet rows = statement.executeQuery(
                    "SELECT ID, VENDOR, MODEL, SERIAL_NUMBER, IN_SITE_EQUIPMENT FROM OB_EQUIPMENT ORDER BY IN_SITE_EQUIPMENT, POS")) {
                while (rows.next()) {
                    sites.get(rows.getLong(5)).equipment()
                            .add(new RawEquipment(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
        }
        assertEquals(CUSTOMERS, customers.size());
    }

    private static void rawList(Database database) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT ID, CODE, NAME FROM OB_CUSTOMER ORDER BY CODE")) {
            while (result.next()) {
                rows.add(new Object[] { result.getLong(1), result.getString(2), result.getString(3) });
            }
        }
        assertEquals(CUSTOMERS, rows.size());
    }

    private static long count(Database database, String table) {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

}
