package org.opsbench.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.opsbench.model.Contact;
import org.opsbench.model.Customer;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;

/**
 * Finds who is calling from what the agent types: a phone number (any spacing, with or without
 * the country code), a contract or serial number, a customer's code or part of its name, or part
 * of a contact's name. Each match names the
 * customer, the contact, the site the contact looks after and the contract that covers it, so
 * intake can fill the case in one step.
 */
public final class CallerLookup {

    /** How a match was found, best first. */
    public enum MatchedBy {
        CONTRACT_NUMBER, SERIAL_NUMBER, CONTACT_PHONE, SITE_PHONE, CUSTOMER, CONTACT_NAME
    }

    /** One caller candidate; ids are 0 where nothing applies. */
    public record Match(MatchedBy matchedBy, long customerId, String customerCode, String customerName, long contactId,
            String contactName, String phone, String email, long siteId, String siteName, long contractId, String contractNumber) {

        /** @return one line for a pick list, e.g. "C-0007 Qinghe Power Bureau · Wang Wei · Head office · SC-0007-2024" */
        public String label() {
            StringBuilder text = new StringBuilder(customerCode).append(' ').append(customerName);
            for (String part : new String[] { contactName, siteName, contractNumber }) {
                if (part != null && !part.isEmpty()) {
                    text.append(" \u00b7 ").append(part);
                }
            }
            return text.toString();
        }
    }

    /** An equipment item at a caller's site, for intake to name the one the call is about. */
    public record Equipment(long id, String vendor, String model, String serialNumber) {

        /** @return one line for a pick list, e.g. "Lanting LT-S5720-28X · LT2026A0042" */
        public String label() {
            return String.join(" ", Objects.toString(vendor, ""), Objects.toString(model, "")).strip() + " \u00b7 "
                    + Objects.toString(serialNumber, "");
        }
    }

    /** @return the equipment at the matched caller's site (or, without a site, at every site of the customer), by vendor and model */
    public List<Equipment> equipment(Match caller) {
        if (caller == null) {
            return List.of();
        }
        String where = caller.siteId() != 0 ? "s.persistentId = ?1" : "c.persistentId = ?1";
        return database.list("SELECT e.persistentId, e.vendor, e.model, e.serialNumber FROM Customer c JOIN c.sites s JOIN s.equipment e"
                + " WHERE " + where + " ORDER BY e.vendor, e.model, e.serialNumber", Object[].class,
                caller.siteId() != 0 ? caller.siteId() : caller.customerId()).stream()
                .map(r -> new Equipment((Long) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    /** Fewer digits than this are not looked up as a phone number: too many numbers would end with them. */
    static final int MIN_PHONE_DIGITS = 6;
    private static final int MAX_MATCHES = 50;

    private final Database database;

    public CallerLookup(Database database) {
        this.database = database;
    }

    /**
     * @return the candidates for {@code typed} (a contract number, an equipment serial number, a phone
     *         number, a customer's code or part of its name, part of a contact's name), best first, at
     *         most 50; empty for blank input. A customer found by code or name gives one candidate per
     *         site, so that the agent picks the site the caller speaks for.
     */
    public List<Match> find(String typed) {
        String text = typed == null ? "" : typed.trim();
        if (text.isEmpty()) {
            return List.of();
        }
        // customer id + contact id + site id + contract id -> match, first way found wins
        Map<String, Match> found = new LinkedHashMap<>();
        try (ModelSession session = database.openSession()) {
            for (Object[] row : database.list("SELECT c.persistentId, k.persistentId FROM Customer c JOIN c.contracts k"
                    + " WHERE UPPER(k.number) = ?1", Object[].class, text.toUpperCase(Locale.ROOT))) {
                Customer customer = session.find(Customer.class, (Long) row[0]);
                ServiceContract contract = session.find(ServiceContract.class, (Long) row[1]);
                Site site = contract.getCoveredSites().isEmpty() ? first(customer.getSites()) : contract.getCoveredSites().get(0);
                Contact contact = site != null && site.getContact() != null ? site.getContact() : first(customer.getContacts());
                put(found, match(MatchedBy.CONTRACT_NUMBER, customer, contact, site, contract));
            }
            // An equipment serial number: the site it stands at, that site's contact and contract.
            for (Object[] row : database.list("SELECT c.persistentId, s.persistentId FROM Customer c JOIN c.sites s JOIN s.equipment e"
                    + " WHERE UPPER(e.serialNumber) = ?1", Object[].class, text.toUpperCase(Locale.ROOT))) {
                Customer customer = session.find(Customer.class, (Long) row[0]);
                Site site = session.find(Site.class, (Long) row[1]);
                Contact contact = site.getContact() != null ? site.getContact() : first(customer.getContacts());
                put(found, match(MatchedBy.SERIAL_NUMBER, customer, contact, site, contractFor(customer, site)));
            }
            String digits = digits(text);
            if (digits.length() >= MIN_PHONE_DIGITS) {
                String pattern = phonePattern(digits);
                for (Object[] row : database.list("SELECT c.persistentId, p.persistentId, p.phone FROM Customer c JOIN c.contacts p"
                        + " WHERE p.phone LIKE ?1", Object[].class, pattern)) {
                    if (samePhone(digits, (String) row[2])) {
                        Customer customer = session.find(Customer.class, (Long) row[0]);
                        Contact contact = session.find(Contact.class, (Long) row[1]);
                        Site site = siteOf(customer, contact);
                        put(found, match(MatchedBy.CONTACT_PHONE, customer, contact, site, contractFor(customer, site)));
                    }
                }
                for (Object[] row : database.list("SELECT c.persistentId, s.persistentId, s.phone FROM Customer c JOIN c.sites s"
                        + " WHERE s.phone LIKE ?1", Object[].class, pattern)) {
                    if (samePhone(digits, (String) row[2])) {
                        Customer customer = session.find(Customer.class, (Long) row[0]);
                        Site site = session.find(Site.class, (Long) row[1]);
                        Contact contact = site.getContact() != null ? site.getContact() : first(customer.getContacts());
                        put(found, match(MatchedBy.SITE_PHONE, customer, contact, site, contractFor(customer, site)));
                    }
                }
            }
            if (text.codePoints().anyMatch(Character::isLetter)) {
                for (Long customerId : database.listPage("SELECT c.persistentId FROM Customer c WHERE UPPER(c.code) = ?1"
                        + " OR UPPER(c.name) LIKE ?2 ORDER BY c.code", Long.class, 0, MAX_MATCHES,
                        text.toUpperCase(Locale.ROOT), "%" + escapeLike(text.toUpperCase(Locale.ROOT)) + "%")) {
                    Customer customer = session.find(Customer.class, customerId);
                    for (Site site : customer.getSites().isEmpty() ? java.util.Collections.<Site>singletonList(null) : customer.getSites()) {
                        Contact contact = site != null && site.getContact() != null ? site.getContact() : first(customer.getContacts());
                        put(found, match(MatchedBy.CUSTOMER, customer, contact, site, contractFor(customer, site)));
                    }
                }
                for (Object[] row : database.listPage("SELECT c.persistentId, p.persistentId FROM Customer c JOIN c.contacts p"
                        + " WHERE UPPER(p.name) LIKE ?1 ORDER BY p.name", Object[].class, 0, MAX_MATCHES,
                        "%" + escapeLike(text.toUpperCase(Locale.ROOT)) + "%")) {
                    Customer customer = session.find(Customer.class, (Long) row[0]);
                    Contact contact = session.find(Contact.class, (Long) row[1]);
                    Site site = siteOf(customer, contact);
                    put(found, match(MatchedBy.CONTACT_NAME, customer, contact, site, contractFor(customer, site)));
                }
            }
        }
        List<Match> matches = new ArrayList<>(found.values());
        matches.sort(Comparator.comparing(Match::matchedBy).thenComparing(Match::customerCode));
        return matches.size() > MAX_MATCHES ? matches.subList(0, MAX_MATCHES) : matches;
    }

    /** @return the digits of a phone number, without spaces, dashes, brackets or a leading '+' */
    static String digits(String phone) {
        StringBuilder digits = new StringBuilder();
        phone.chars().filter(c -> c >= '0' && c <= '9').forEach(c -> digits.append((char) c));
        return digits.toString();
    }

    /**
     * Two numbers are the same line when the shorter one's digits end the longer one's: "139 5555 0101"
     * is "+86 139 5555 0101", and "010-5555-0101" is "+86 10 5555 0101" once the trunk 0 is dropped.
     */
    static boolean samePhone(String typedDigits, String stored) {
        if (stored == null) {
            return false;
        }
        String a = withoutTrunkZero(typedDigits);
        String b = withoutTrunkZero(digits(stored));
        if (Math.min(a.length(), b.length()) < MIN_PHONE_DIGITS) {
            return false;
        }
        return a.length() <= b.length() ? b.endsWith(a) : a.endsWith(b);
    }

    private static String withoutTrunkZero(String digits) {
        return digits.startsWith("0") ? digits.substring(1) : digits;
    }

    /** A LIKE pattern that finds the stored number whatever its separators: the last digits in order, anything between. */
    private static String phonePattern(String digits) {
        String tail = digits.substring(Math.max(0, digits.length() - 8));
        StringBuilder pattern = new StringBuilder("%");
        tail.chars().forEach(c -> pattern.append((char) c).append('%'));
        return pattern.toString();
    }

    private static String escapeLike(String text) {
        return text.replace("%", "").replace("_", "");
    }

    private static void put(Map<String, Match> found, Match match) {
        found.putIfAbsent(match.customerId() + "/" + match.contactId() + "/" + match.siteId() + "/" + match.contractId(), match);
    }

    /** The first site this contact looks after, else the customer's first site. */
    private static Site siteOf(Customer customer, Contact contact) {
        return customer.getSites().stream().filter(s -> s.getContact() == contact).findFirst().orElse(first(customer.getSites()));
    }

    /** The contract that names this site, else one that names no sites (it covers them all), the newest first. */
    static ServiceContract contractFor(Customer customer, Site site) {
        Comparator<ServiceContract> newest = Comparator.comparing(ServiceContract::getFinalAcceptanceDate,
                Comparator.nullsFirst(Comparator.naturalOrder())).reversed();
        return customer.getContracts().stream().filter(k -> site != null && k.getCoveredSites().contains(site)).min(newest)
                .or(() -> customer.getContracts().stream().filter(k -> k.getCoveredSites().isEmpty()).min(newest))
                .orElse(null);
    }

    private static Match match(MatchedBy by, Customer customer, Contact contact, Site site, ServiceContract contract) {
        return new Match(by, id(customer), customer.getCode(), customer.getName(), id(contact), contact == null ? "" : contact.getName(),
                contact != null && contact.getPhone() != null ? contact.getPhone() : site == null ? "" : Objects.toString(site.getPhone(), ""),
                contact == null ? "" : Objects.toString(contact.getEmail(), ""), id(site), site == null ? "" : site.getName(), id(contract),
                contract == null ? "" : contract.getNumber());
    }

    private static long id(Object object) {
        return object instanceof org.opsbench.model.base.PersistentObject persistent ? persistent.getPersistentId() : 0;
    }

    private static <T> T first(List<T> list) {
        return list.isEmpty() ? null : list.get(0);
    }

}
