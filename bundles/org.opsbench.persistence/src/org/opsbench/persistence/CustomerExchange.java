package org.opsbench.persistence;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.opsbench.core.exchange.CsvImportException;
import org.opsbench.core.exchange.CustomerCsv;
import org.opsbench.model.Customer;
import org.opsbench.model.Equipment;
import org.opsbench.model.Site;

/** Imports and exports customers with their sites and equipment as CSV (format: {@link CustomerCsv}). */
public final class CustomerExchange {

    private final Database database;

    public CustomerExchange(Database database) {
        this.database = database;
    }

    /**
     * Imports a whole file in one transaction: either every customer is stored or none.
     *
     * @return the number of customers imported
     * @throws CsvImportException naming row and column of the first problem, in the file or against the database
     */
    public int importCsv(byte[] content) throws CsvImportException {
        CustomerCsv.Parsed parsed = CustomerCsv.read(content);
        Map<String, String> existingSerials = new HashMap<>();
        for (Object[] row : database.list("SELECT e.vendor, e.serialNumber, c.code FROM Customer c JOIN c.sites s JOIN s.equipment e",
                Object[].class)) {
            existingSerials.put(CustomerCsv.serialKey((String) row[0], (String) row[1]), (String) row[2]);
        }
        List<String> existingCodes = database.list("SELECT c.code FROM Customer c", String.class);
        for (Customer customer : parsed.customers()) {
            if (existingCodes.contains(customer.getCode())) {
                throw new CsvImportException(parsed.rows().get(customer), "customer_code",
                        Messages.format("import.exists", parsed.rows().get(customer), customer.getCode()));
            }
            for (Site site : customer.getSites()) {
                for (Equipment equipment : site.getEquipment()) {
                    String owner = existingSerials.get(CustomerCsv.serialKey(equipment.getVendor(), equipment.getSerialNumber()));
                    if (owner != null) {
                        throw new CsvImportException(parsed.rows().get(equipment), "serial_number", Messages.format("import.serialExists",
                                parsed.rows().get(equipment), equipment.getSerialNumber(), equipment.getVendor(), owner));
                    }
                }
            }
        }
        try (ModelSession session = database.openSession()) {
            parsed.customers().forEach(session::add);
            session.save();
        }
        return parsed.customers().size();
    }

    /** @return the number of customers written */
    public int exportCsv(Writer out) throws IOException {
        try (ModelSession session = database.openSession()) {
            List<Customer> customers = session.readAll(Customer.class, "code");
            CustomerCsv.write(customers, out);
            return customers.size();
        }
    }
}
