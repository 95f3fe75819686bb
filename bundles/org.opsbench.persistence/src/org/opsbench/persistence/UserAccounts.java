package org.opsbench.persistence;

import java.util.List;

import org.opsbench.core.security.PasswordHasher;
import org.opsbench.model.OpsFactory;
import org.opsbench.model.Role;
import org.opsbench.model.User;

/** Users and their passwords: creation, and login with lock-out after repeated failures. */
public final class UserAccounts {

    /** Consecutive wrong passwords that lock an account; an administrator unlocks it. */
    public static final int DEFAULT_MAX_FAILED_LOGINS = 5;

    public enum LoginOutcome {
        ACCEPTED, UNKNOWN_OR_WRONG_PASSWORD, LOCKED
    }

    public record LoginResult(LoginOutcome outcome, User user, String message) {
        public boolean accepted() {
            return outcome == LoginOutcome.ACCEPTED;
        }
    }

    private final Database database;
    private final PasswordHasher hasher;
    private final int maxFailedLogins;

    public UserAccounts(Database database) {
        this(database, new PasswordHasher(), DEFAULT_MAX_FAILED_LOGINS);
    }

    public UserAccounts(Database database, PasswordHasher hasher, int maxFailedLogins) {
        this.database = database;
        this.hasher = hasher;
        this.maxFailedLogins = maxFailedLogins;
    }

    /**
     * Creates a user with the named roles.
     *
     * @throws DatabaseException when the login is taken, a role is unknown or the password too short
     */
    public User create(String login, String displayName, char[] password, List<String> roleNames) {
        if (login == null || login.isBlank()) {
            throw new DatabaseException(Messages.format("user.loginRequired"));
        }
        if (password == null || password.length < 8) {
            throw new DatabaseException(Messages.format("user.passwordTooShort", 8));
        }
        try (ModelSession session = database.openSession()) {
            if (!session.query("SELECT u.login FROM User u WHERE u.login = ?1", String.class, login.trim()).isEmpty()) {
                throw new DatabaseException(Messages.format("user.exists", login));
            }
            User user = OpsFactory.eINSTANCE.createUser();
            user.setLogin(login.trim());
            user.setDisplayName(displayName == null || displayName.isBlank() ? login.trim() : displayName);
            user.setPasswordHash(hasher.hash(password));
            for (String roleName : roleNames) {
                List<Role> roles = session.query("SELECT r FROM Role r WHERE r.name = ?1", Role.class, roleName.trim());
                if (roles.isEmpty()) {
                    throw new DatabaseException(Messages.format("user.unknownRole", roleName,
                            session.query("SELECT r.name FROM Role r ORDER BY r.name", String.class)));
                }
                user.getRoles().add(roles.get(0));
            }
            session.add(user);
            session.save();
            return user;
        }
    }

    /** Checks a login; counts failures, locks the account at the limit, resets the count on success. */
    public LoginResult login(String login, char[] password) {
        try (ModelSession session = database.openSession()) {
            List<User> users = session.query("SELECT u FROM User u WHERE u.login = ?1", User.class, login == null ? "" : login.trim());
            if (users.isEmpty()) {
                hasher.matches(password, null);
                return new LoginResult(LoginOutcome.UNKNOWN_OR_WRONG_PASSWORD, null, Messages.format("login.wrong"));
            }
            User user = users.get(0);
            if (user.isLocked()) {
                return new LoginResult(LoginOutcome.LOCKED, user, Messages.format("login.locked", user.getLogin()));
            }
            if (hasher.matches(password, user.getPasswordHash())) {
                if (user.getFailedLogins() != 0) {
                    user.setFailedLogins(0);
                    session.save();
                }
                return new LoginResult(LoginOutcome.ACCEPTED, user, null);
            }
            user.setFailedLogins(user.getFailedLogins() + 1);
            boolean locked = user.getFailedLogins() >= maxFailedLogins;
            user.setLocked(locked);
            session.save();
            return locked ? new LoginResult(LoginOutcome.LOCKED, user, Messages.format("login.locked", user.getLogin()))
                    : new LoginResult(LoginOutcome.UNKNOWN_OR_WRONG_PASSWORD, null,
                            Messages.format("login.wrongWithRemaining", maxFailedLogins - user.getFailedLogins()));
        }
    }
}
