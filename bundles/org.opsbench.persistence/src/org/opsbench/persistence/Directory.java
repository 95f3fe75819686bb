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

    /** A customer as the customer list shows it: number, name, industry, office. */
    public record CustomerRow(long id, String code, String name, org.opsbench.model.Industry industry, String office) {
    }

    private final Database database;
    /** The one customer organisation shown, or null for the whole network. */
    private final Long customerScope;

    public Directory(Database database) {
        this(database, null);
    }

    /**
     * @param customerScope with a customer's id, only that organisation is shown, under its office and
     *                      region, and no engineers: what a customer's own staff see; null shows everything
     */
    public Directory(Database database, Long customerScope) {
        this.database = database;
        this.customerScope = customerScope;
    }

    /** @return the customer organisation a user belongs to (a customer's staff), or null for the service company's staff */
    public static Long customerOf(Database database, String login) {
        return database.list("SELECT c.persistentId FROM User u JOIN u.customer c WHERE u.login = ?1", Long.class, login).stream()
                .findFirst().orElse(null);
    }

    /** @return the engineer a user works as, or null for a user who is none */
    public static Long engineerOf(Database database, String login) {
        return database.list("SELECT e.persistentId FROM User u JOIN u.engineer e WHERE u.login = ?1", Long.class, login).stream()
                .findFirst().orElse(null);
    }

    /** @return every customer this directory shows (a customer's staff: their own organisation), by number */
    public List<CustomerRow> customerList() {
        String jpql = "SELECT c.persistentId, c.code, c.name, c.industry, o.name FROM Customer c LEFT JOIN c.office o"
                + (customerScope == null ? "" : " WHERE c.persistentId = ?1") + " ORDER BY c.code";
        List<Object[]> rows = customerScope == null ? database.list(jpql, Object[].class) : database.list(jpql, Object[].class, customerScope);
        return rows.stream().map(r -> new CustomerRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (org.opsbench.model.Industry) r[3], (String) r[4])).toList();
    }

    /**
     * The regions that have an office with a customer whose number or name contains {@code filter}
     * (all regions for a blank filter): where the navigator leads a search.
     */
    public List<Entry> regions(String filter) {
        if (filter == null || filter.isBlank()) {
            return regions();
        }
        return entries("SELECT DISTINCT r.persistentId, r.code, r.name FROM ServiceCenter c JOIN c.regions r JOIN r.offices o, Customer k"
                + " WHERE k.office = o AND " + matching("k", 1) + scoped("k", 2) + " ORDER BY r.code", filterParameters(filter, 1));
    }

    /** The offices of a region with a customer whose number or name contains {@code filter} (all for a blank filter). */
    public List<Entry> offices(long regionId, String filter) {
        if (filter == null || filter.isBlank()) {
            return offices(regionId);
        }
        List<Object> parameters = new ArrayList<>(List.of(regionId));
        parameters.addAll(List.of(filterParameters(filter, 2)));
        return entries("SELECT DISTINCT o.persistentId, o.code, o.name FROM Region r JOIN r.offices o, Customer k WHERE r.persistentId = ?1"
                + " AND k.office = o AND " + matching("k", 2) + scoped("k", 3) + " ORDER BY o.name", parameters.toArray());
    }

    /** A customer's number or name contains parameter {@code n} (a lower-case LIKE pattern). */
    private static String matching(String customer, int n) {
        return "(LOWER(" + customer + ".name) LIKE ?" + n + " OR LOWER(" + customer + ".code) LIKE ?" + n + ")";
    }

    private String scoped(String customer, int n) {
        return customerScope == null ? "" : " AND " + customer + ".persistentId = ?" + n;
    }

    private Object[] filterParameters(String filter, int n) {
        Object like = "%" + filter.trim().toLowerCase(Locale.ROOT) + "%";
        return customerScope == null ? new Object[] { like } : new Object[] { like, customerScope };
    }

    public List<Entry> regions() {
        if (customerScope != null) {
            return entries("SELECT r.persistentId, r.code, r.name FROM ServiceCenter c JOIN c.regions r JOIN r.offices o, Customer k"
                    + " WHERE k.office = o AND k.persistentId = ?1 ORDER BY r.code", customerScope);
        }
        return entries("SELECT r.persistentId, r.code, r.name FROM ServiceCenter c JOIN c.regions r ORDER BY r.code");
    }

    public List<Entry> offices(long regionId) {
        if (customerScope != null) {
            return entries("SELECT o.persistentId, o.code, o.name FROM Region r JOIN r.offices o, Customer k WHERE r.persistentId = ?1"
                    + " AND k.office = o AND k.persistentId = ?2 ORDER BY o.name", regionId, customerScope);
        }
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
        List<Object> parameters = new ArrayList<>(List.of(officeId));
        String where = "c.office.persistentId = ?1";
        if (filter != null && !filter.isBlank()) {
            parameters.add("%" + filter.trim().toLowerCase(Locale.ROOT) + "%");
            where += " AND " + matching("c", 2);
        }
        if (customerScope != null) {
            parameters.add(customerScope);
            where += " AND c.persistentId = ?" + parameters.size();
        }
        return page("SELECT c.persistentId, c.code, c.name FROM Customer c WHERE " + where + " ORDER BY c.code, c.persistentId", first, max,
                parameters.toArray());
    }

    /** @return whether the directory shows only one customer organisation */
    public boolean isCustomerScoped() {
        return customerScope != null;
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
        if (customerScope != null) {
            return List.of(); // the service company's staff list is not the customer's business
        }
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
