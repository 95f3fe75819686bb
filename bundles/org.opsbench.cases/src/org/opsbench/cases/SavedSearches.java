package org.opsbench.cases;

import java.util.List;

import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.SavedSearch;
import org.opsbench.model.Customer;
import org.opsbench.model.Engineer;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.cases.internal.Messages;

/**
 * Case searches kept under a name, per user: one's own and those colleagues shared. Saving under a
 * name one already uses replaces that search; only the owner changes or deletes it.
 */
public final class SavedSearches {

    /** Longest name a saved search may have. */
    public static final int MAX_NAME = 80;

    /** A saved search as offered to run. */
    public record Saved(long id, String name, String owner, boolean shared, CaseList.Criteria criteria) {
    }

    private final Database database;
    private final String login;

    public SavedSearches(Database database, String login) {
        this.database = database;
        this.login = login;
    }

    /** @return the user's own searches and those shared by others, by name */
    public List<Saved> list() {
        try (ModelSession session = database.openSession()) {
            return session.query("SELECT s FROM SavedSearch s WHERE s.owner = ?1 OR s.shared = TRUE ORDER BY s.name, s.owner",
                    SavedSearch.class, login).stream().map(SavedSearches::saved).toList();
        }
    }

    /** Saves {@code criteria} under {@code name}, replacing the user's search of that name. */
    public Saved save(String name, boolean shared, CaseList.Criteria criteria) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new CaseException(Messages.format("savedSearchNoName"));
        }
        if (trimmed.length() > MAX_NAME) {
            throw new CaseException(Messages.format("savedSearchLongName", trimmed.length(), MAX_NAME));
        }
        try (ModelSession session = database.openSession()) {
            SavedSearch search = session.query("SELECT s FROM SavedSearch s WHERE s.owner = ?1 AND s.name = ?2", SavedSearch.class, login,
                    trimmed).stream().findFirst().orElse(null);
            if (search == null) {
                search = CasesFactory.eINSTANCE.createSavedSearch();
                search.setOwner(login);
                search.setName(trimmed);
                session.add(search);
            }
            search.setShared(shared);
            search.setText(Texts.given(criteria.text()));
            search.setVendor(Texts.given(criteria.vendor()));
            search.setKindSet(criteria.kind() != null);
            if (criteria.kind() != null) {
                search.setKind(criteria.kind());
            }
            search.setStatusSet(criteria.status() != null);
            if (criteria.status() != null) {
                search.setStatus(criteria.status());
            }
            search.setOpenedFrom(criteria.openedFrom());
            search.setOpenedBefore(criteria.openedBefore());
            search.setCustomer(criteria.customerId() == null ? null : session.find(Customer.class, criteria.customerId()));
            search.setEngineer(criteria.engineerId() == null ? null : session.find(Engineer.class, criteria.engineerId()));
            search.setSeverity(Texts.given(criteria.severity()));
            search.setWithClosed(criteria.withClosed());
            session.save();
            return saved(search);
        }
    }

    /** Deletes one of the user's own searches; a colleague's shared search is refused. */
    public void delete(long id) {
        try (ModelSession session = database.openSession()) {
            SavedSearch search = session.find(SavedSearch.class, id);
            if (search == null) {
                return;
            }
            if (!login.equals(search.getOwner())) {
                throw new CaseException(Messages.format("savedSearchNotOwner", search.getName(), search.getOwner()));
            }
            session.delete(search);
            session.save();
        }
    }

    private static Saved saved(SavedSearch s) {
        CaseList.Criteria criteria = new CaseList.Criteria(s.getText(), s.getVendor(), s.isKindSet() ? s.getKind() : null,
                s.getOpenedFrom(), s.getOpenedBefore(), s.getCustomer() == null ? null : CaseDesk.id(s.getCustomer()),
                s.isStatusSet() ? s.getStatus() : null, s.getSeverity(), s.getEngineer() == null ? null : CaseDesk.id(s.getEngineer()),
                s.isWithClosed());
        return new Saved(CaseDesk.id(s), s.getName(), s.getOwner(), s.isShared(), criteria);
    }
}
