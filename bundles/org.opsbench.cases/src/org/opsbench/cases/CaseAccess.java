package org.opsbench.cases;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.opsbench.model.Role;
import org.opsbench.model.User;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.cases.internal.Messages;

/**
 * What a logged-in user may do with cases, from the permissions of the user's roles (stored as
 * data, so an office can change them): agents open and dispatch, engineers and experts work
 * cases, managers look on and read reports, a customer's own staff see only their
 * organisation's cases and add notes to them.
 */
public record CaseAccess(String login, Set<String> permissions, Long ownCustomerId) {

    /** Every right. */
    public static final String ADMIN = "admin.all";
    /** Open cases and record complaints. */
    public static final String CREATE = "case.create";
    /** Assign and reassign. */
    public static final String ASSIGN = "case.assign";
    /** Record the work, move the status, close, write the fault analysis. */
    public static final String WORK = "case.work";
    /** See every case. */
    public static final String VIEW = "case.view";
    /** See the cases of one's own organisation (customers). */
    public static final String VIEW_OWN = "case.view.own";
    /** Add customer notes. */
    public static final String NOTE = "case.note";
    /** Write knowledge articles. */
    public static final String KNOWLEDGE = "knowledge.edit";
    /** Write the PDF reports and exports. */
    public static final String REPORTS = "report.view";

    public CaseAccess {
        permissions = Set.copyOf(permissions);
    }

    /** @return the rights of the user with this login; an unknown login may do nothing */
    public static CaseAccess of(Database database, String login) {
        try (ModelSession session = database.openSession()) {
            List<User> found = session.query("SELECT u FROM User u WHERE u.login = ?1", User.class, login);
            if (found.isEmpty()) {
                return new CaseAccess(login, Set.of(), null);
            }
            return of(found.get(0));
        }
    }

    /** @return the rights of a user read with its roles and customer (e.g. the logged-in user), without reading the database */
    public static CaseAccess of(User user) {
        Set<String> permissions = new HashSet<>();
        for (Role role : user.getRoles()) {
            permissions.addAll(role.getPermissions());
        }
        return new CaseAccess(user.getLogin(), permissions, user.getCustomer() == null ? null : CaseDesk.id(user.getCustomer()));
    }

    public boolean may(String permission) {
        return permissions.contains(ADMIN) || permissions.contains(permission);
    }

    /** @return whether the user sees every case: service staff do, a customer's staff do not */
    public boolean seesAllCases() {
        return may(VIEW) || may(CREATE) || may(ASSIGN) || may(WORK);
    }

    /** @return whether the user may see a case of this customer */
    public boolean sees(Long customerId) {
        return seesAllCases() || may(VIEW_OWN) && ownCustomerId != null && ownCustomerId.equals(customerId);
    }

    /** @return null when the user sees every case, else the one customer whose cases (and figures) the user sees; -1 for none */
    public Long customerScope() {
        if (seesAllCases()) {
            return null;
        }
        return may(VIEW_OWN) && ownCustomerId != null ? ownCustomerId : -1L;
    }

    /** @return the criteria narrowed to what the user may see: a customer's staff get their organisation's cases, or none */
    public CaseList.Criteria restrict(CaseList.Criteria c) {
        Long scope = customerScope();
        if (scope == null) {
            return c;
        }
        // -1 matches no customer: a user without any right to see cases, or asking for another organisation, finds none.
        return c.withCustomer(c.customerId() == null || scope.equals(c.customerId()) ? scope : -1L);
    }

    /** Refuses, naming the user and the action, unless one of the permissions is granted. */
    public void require(String action, String... anyOf) {
        for (String permission : anyOf) {
            if (may(permission)) {
                return;
            }
        }
        throw new CaseException(Messages.format("accessDenied", login, Messages.format("action_" + action)));
    }
}
