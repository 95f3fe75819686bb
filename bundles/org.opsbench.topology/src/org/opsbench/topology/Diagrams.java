package org.opsbench.topology;

import java.util.List;

import org.opsbench.model.Customer;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.topology.internal.Messages;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.TopologyFactory;

/** A customer's network diagrams: listed by name, created empty. */
public final class Diagrams {

    /** A stored diagram as lists show it. */
    public record Entry(long id, String name) {
    }

    private Diagrams() {
    }

    /** @return the customer's diagrams by name (a projection: no diagram is loaded) */
    public static List<Entry> of(Database database, long customerId) {
        return database.list("SELECT d.persistentId, d.name FROM Diagram d WHERE d.customer.persistentId = ?1 ORDER BY d.name, d.persistentId",
                Object[].class, customerId).stream().map(row -> new Entry(((Number) row[0]).longValue(), (String) row[1])).toList();
    }

    /**
     * Stores a new, empty diagram for the customer.
     *
     * @return its id
     * @throws TopologyException when the name is empty or the customer does not exist
     */
    public static long create(Database database, long customerId, String name) {
        if (name == null || name.isBlank()) {
            throw new TopologyException(Messages.format("nameMissing"));
        }
        try (ModelSession session = database.openSession()) {
            Customer customer = session.find(Customer.class, customerId);
            if (customer == null) {
                throw new TopologyException(Messages.format("customerGone", customerId));
            }
            Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
            diagram.setName(name.strip());
            diagram.setCustomer(customer);
            session.add(diagram);
            session.save();
            return ((PersistentObject) diagram).getPersistentId();
        }
    }
}
