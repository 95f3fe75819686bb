package org.opsbench.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.opsbench.cases.model.Activity;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.cases.internal.Messages;

/**
 * The case log: records are only ever appended, each carrying the SHA-256 of its own content and
 * of the record before it. Changing, removing or reordering a stored record breaks the chain at
 * that record, which {@link #verify} names. The chain's head is anchored on the case itself, apart
 * from the records (their count and the newest hash), so removing the newest records is found too.
 */
public final class ActivityLog {

    /** A broken link: the case, the 1-based record and what is wrong, in words. */
    public record Break(String caseNumber, int ordinal, String problem) {
        public String message() {
            return Messages.format("logBroken", caseNumber, ordinal, problem);
        }
    }

    /** The outcome of checking every case's log. */
    public record Verification(int cases, long records, List<Break> breaks) {
    }

    /** Cases are read this many at a time, so a large database does not have to fit in memory. */
    private static final int PAGE = 200;

    private ActivityLog() {
    }

    /** Counter whose first value marks the one run that anchors logs written before anchors existed. */
    private static final String ANCHORING = "activity-log-anchoring";

    /**
     * Anchors, once per database, the logs of cases stored before OpsBench kept anchors (their
     * anchor columns were added empty). Later, an empty anchor on a case with records is a break.
     * The counter makes it run once even with several workbenches starting together.
     *
     * @return the number of cases anchored (0 after the first run)
     */
    public static int anchorLogsWrittenBeforeAnchors(Database database) {
        if (database.nextValue(ANCHORING) != 1) {
            return 0;
        }
        String own = "a.IN_SERVICE_CASE_ACTIVITIES = OB_SERVICE_CASE.ID";
        try (java.sql.Connection connection = database.dataSource().getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            return statement.executeUpdate("UPDATE OB_SERVICE_CASE SET LOG_LENGTH = (SELECT COUNT(*) FROM OB_ACTIVITY a WHERE " + own
                    + "), LOG_HEAD = (SELECT a.HASH FROM OB_ACTIVITY a WHERE " + own + " AND a.ORDINAL = (SELECT MAX(b.ORDINAL)"
                    + " FROM OB_ACTIVITY b WHERE b.IN_SERVICE_CASE_ACTIVITIES = OB_SERVICE_CASE.ID)) WHERE LOG_HEAD IS NULL");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Anchoring the activity logs failed: " + e.getMessage(), e);
        }
    }

    /** Checks the log of every stored case (or of the one numbered {@code onlyNumber}), oldest case first. */
    public static Verification verifyAll(Database database, String onlyNumber) {
        anchorLogsWrittenBeforeAnchors(database);
        int cases = 0;
        long records = 0;
        List<Break> breaks = new ArrayList<>();
        String where = onlyNumber == null ? "" : " WHERE c.number = ?1";
        Object[] parameters = onlyNumber == null ? new Object[0] : new Object[] { onlyNumber };
        for (int first = 0;; first += PAGE) {
            List<Long> ids = database.listPage("SELECT c.persistentId FROM ServiceCase c" + where + " ORDER BY c.persistentId", Long.class,
                    first, PAGE, parameters);
            try (ModelSession session = database.openSession()) {
                for (long id : ids) {
                    ServiceCase serviceCase = session.find(ServiceCase.class, id);
                    cases++;
                    records += serviceCase.getActivities().size();
                    verify(serviceCase).ifPresent(breaks::add);
                }
            }
            if (ids.size() < PAGE) {
                return new Verification(cases, records, List.copyOf(breaks));
            }
        }
    }

    /** Appends a record to the case's log and returns it. */
    public static Activity append(ServiceCase serviceCase, ActivityKind kind, Instant at, String author, String text,
            boolean customerNote) {
        List<Activity> log = serviceCase.getActivities();
        Activity activity = CasesFactory.eINSTANCE.createActivity();
        activity.setOrdinal(log.size() + 1);
        activity.setKind(kind);
        activity.setAt(at.truncatedTo(java.time.temporal.ChronoUnit.MILLIS)); // every database keeps milliseconds
        activity.setAuthor(author);
        activity.setText(text);
        activity.setCustomerNote(customerNote);
        activity.setPreviousHash(log.isEmpty() ? "" : log.get(log.size() - 1).getHash());
        activity.setHash(hash(serviceCase.getNumber(), activity));
        log.add(activity);
        serviceCase.setLogLength(log.size());
        serviceCase.setLogHead(activity.getHash());
        return activity;
    }

    /** @return the first broken record of the case's log, if any */
    public static Optional<Break> verify(ServiceCase serviceCase) {
        List<Activity> log = serviceCase.getActivities().stream()
                .sorted(java.util.Comparator.comparingInt(Activity::getOrdinal)).toList();
        String previous = "";
        for (int i = 0; i < log.size(); i++) {
            Activity activity = log.get(i);
            if (activity.getOrdinal() != i + 1) {
                return Optional.of(new Break(serviceCase.getNumber(), activity.getOrdinal(), Messages.format("logOrder", i + 1)));
            }
            if (!previous.equals(activity.getPreviousHash())) {
                return Optional.of(new Break(serviceCase.getNumber(), activity.getOrdinal(), Messages.format("logLink")));
            }
            if (!hash(serviceCase.getNumber(), activity).equals(activity.getHash())) {
                return Optional.of(new Break(serviceCase.getNumber(), activity.getOrdinal(), Messages.format("logHash")));
            }
            previous = activity.getHash();
        }
        if (serviceCase.getLogLength() != log.size() || !previous.equals(serviceCase.getLogHead() == null ? "" : serviceCase.getLogHead())) {
            int anchored = serviceCase.getLogLength();
            if (anchored > log.size()) { // the newest records are gone: name the first missing one
                return Optional.of(new Break(serviceCase.getNumber(), log.size() + 1, Messages.format("logTruncated", log.size(), anchored)));
            }
            if (anchored < log.size()) { // records added without the anchor: name the first of them
                return Optional.of(new Break(serviceCase.getNumber(), anchored + 1, Messages.format("logUnanchored", anchored, log.size())));
            }
            return Optional.of(new Break(serviceCase.getNumber(), log.size(), Messages.format("logHead")));
        }
        return Optional.empty();
    }

    /** Every field that tells what happened, each length-prefixed so that no two records hash alike by shifting text. */
    static String hash(String caseNumber, Activity activity) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] { caseNumber, activity.getOrdinal(), activity.getKind(), activity.getAt(),
                activity.getAuthor(), activity.getText(), activity.isCustomerNote(), activity.getPreviousHash() }) {
            String text = String.valueOf(field);
            canonical.append(text.length()).append(':').append(text).append(';');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
