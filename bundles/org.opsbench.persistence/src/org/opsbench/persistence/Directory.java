package org.opsbench.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The service network as light rows for navigators and pickers: regions, their offices,
 * an office's customers, a customer's sites, a site's equipment. Each level is one
 * projection query (id and the shown text only); nothing loads a whole aggregate.
 */
public final class Directory {

    /** One row: the object's id, a short code (may be null) and its name. */
    public record Entry(long id, String code, String name) {
    }

    private final Database database;

    public Directory(Database database) {
        this.database = database;
    }

    public List<Entry> regions() {
        return entries("SELECT r.persistentId, r.code, r.name FROM ServiceCenter c JOIN c.regions r ORDER BY r.code");
    }

    public List<Entry> offices(long regionId) {
        return entries("SELECT o.persistentId, o.code, o.name FROM Region r JOIN r.offices o WHERE r.persistentId = ?1 ORDER BY o.name",
                regionId);
    }

    /**
     * @param filter text the customer's number or name must contain (ignoring case), or null for all
     */
    public List<Entry> customers(long officeId, String filter) {
        return customers(officeId, filter, 0, Integer.MAX_VALUE);
    }

    /**
     * One page of {@link #customers(long, String)}, in the same order (by customer number).
     *
     * @param first index of the first customer wanted
     * @param max   the most customers wanted
     */
    public List<Entry> customers(long officeId, String filter, int first, int max) {
        if (filter == null || filter.isBlank()) {
            return page("SELECT c.persistentId, c.code, c.name FROM Customer c WHERE c.office.persistentId = ?1"
                    + " ORDER BY c.code, c.persistentId", first, max, officeId);
        }
        String pattern = "%" + filter.trim().toLowerCase(Locale.ROOT) + "%";
        return page("SELECT c.persistentId, c.code, c.name FROM Customer c WHERE c.office.persistentId = ?1"
                + " AND (LOWER(c.name) LIKE ?2 OR LOWER(c.code) LIKE ?2) ORDER BY c.code, c.persistentId", first, max, officeId,
                pattern);
    }

    public List<Entry> sites(long customerId) {
        return entries("SELECT s.persistentId, s.city, s.name FROM Customer c JOIN c.sites s WHERE c.persistentId = ?1 ORDER BY s._position",
                customerId);
    }

    public List<Entry> equipment(long siteId) {
        return entries("SELECT e.persistentId, e.serialNumber, CONCAT(e.vendor, ' ', e.model) FROM Site s JOIN s.equipment e"
                + " WHERE s.persistentId = ?1 ORDER BY e._position", siteId);
    }

    /** Engineers working from an office: employee number and name. */
    public List<Entry> engineers(long officeId) {
        return entries("SELECT e.persistentId, e.employeeNumber, e.name FROM Engineer e WHERE e.office.persistentId = ?1 ORDER BY e.name",
                officeId);
    }

    private List<Entry> entries(String jpql, Object... parameters) {
        return page(jpql, 0, Integer.MAX_VALUE, parameters);
    }

    private List<Entry> page(String jpql, int first, int max, Object... parameters) {
        List<Entry> entries = new ArrayList<>();
        for (Object[] row : database.listPage(jpql, Object[].class, first, max, parameters)) {
            entries.add(new Entry(((Number) row[0]).longValue(), (String) row[1], (String) row[2]));
        }
        return entries;
    }
}
