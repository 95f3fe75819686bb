package org.opsbench.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;

import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.persistence.Database;
import org.opsbench.cases.internal.Ids;

/**
 * The rows of the case list: one projection query, no case loaded in full, with each open case's
 * next deadline from {@link SlaEvaluator#deadlines()}.
 */
public final class CaseList {

    /** How close an open case is to its next deadline, for the list's colours. */
    public enum Urgency {
        /** Closed, or no target running (paused, diagnosed, no plan). */
        NONE,
        ON_TRACK,
        /** Past the plan's warning share of the target. */
        WARNING,
        BREACHED
    }

    /** One case as the list shows it. */
    public record Row(long id, String number, String severity, CaseStatus status, CaseKind kind, String title, String customer,
            String engineer, Long engineerId, Instant openedAt, Instant closedAt, boolean complaintOpen,
            SlaEvaluator.Deadline deadline) {

        public Urgency urgency(Instant now) {
            if (closedAt != null || deadline == null || !deadline.running()) {
                return Urgency.NONE;
            }
            if (!now.isBefore(deadline.dueAt())) {
                return Urgency.BREACHED;
            }
            return deadline.warnAt() != null && !now.isBefore(deadline.warnAt()) ? Urgency.WARNING : Urgency.ON_TRACK;
        }

        /** @return whether every word of {@code filter} is in the number, title, customer, engineer or severity */
        public boolean matches(String filter) {
            if (filter == null || filter.isBlank()) {
                return true;
            }
            String text = String.join(" ", number, severity, title == null ? "" : title, customer == null ? "" : customer,
                    engineer == null ? "" : engineer).toLowerCase(Locale.ROOT);
            for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!text.contains(word)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Up to this many open cases, their deadlines are read by id rather than for every open case. */
    private static final int DEADLINES_BY_ID = 1000;
    /**
     * Up to this many cases with the searched words are read by id; with more, a page walks the cases newest
     * first and the whole result reads the rows and narrows them in memory.
     */
    private static final int WORDS_BY_ID = 5000;

    private CaseList() {
    }

    /**
     * What to search for; null (or blank) fields do not narrow. Every word of {@code text} must appear,
     * ignoring case, in the title, the description or the text of one of the case's log records.
     */
    public record Criteria(String text, String vendor, CaseKind kind, Instant openedFrom, Instant openedBefore, Long customerId,
            CaseStatus status, String severity, Long engineerId, boolean withClosed) {

        /** @return every open case, or every case */
        public static Criteria all(boolean withClosed) {
            return new Criteria(null, null, null, null, null, null, null, null, null, withClosed);
        }

        /** @return the same search, with or without closed cases */
        public Criteria withClosed(boolean closedToo) {
            return new Criteria(text, vendor, kind, openedFrom, openedBefore, customerId, status, severity, engineerId, closedToo);
        }

        /** @return the same search, narrowed to one customer (null: any) */
        public Criteria withCustomer(Long customer) {
            return new Criteria(text, vendor, kind, openedFrom, openedBefore, customer, status, severity, engineerId, withClosed);
        }
    }

    /** A customer or an engineer a search may narrow to. */
    public record Choice(long id, String name) {
    }

    /** What the search form offers to choose from. */
    public record Choices(List<Choice> customers, List<Choice> engineers) {
    }

    /** @return every customer and every engineer, by name, for the search form */
    public static Choices choices(Database database) {
        return new Choices(choices(database, "Customer"), choices(database, "Engineer"));
    }

    private static List<Choice> choices(Database database, String entity) {
        return database.list("SELECT x.persistentId, x.name FROM " + entity + " x ORDER BY x.name, x.persistentId", Object[].class)
                .stream().map(r -> new Choice((Long) r[0], (String) r[1])).toList();
    }

    /** @return the cases, newest first, open ones only unless closed ones are asked for */
    /** @return the id of the case with this number, if there is one */
    public static java.util.Optional<Long> idOf(Database database, String number) {
        return database.list("SELECT c.persistentId FROM ServiceCase c WHERE c.number = ?1", Long.class, number).stream().findFirst();
    }

    public static List<Row> read(Database database, boolean withClosed) {
        return search(database, Criteria.all(withClosed));
    }

    /** @return the cases matching {@code criteria}, newest first, each open one with its next deadline */
    public static List<Row> search(Database database, Criteria criteria) {
        return rows(database, criteria, 0, WORDS_BY_ID);
    }

    /**
     * @return the {@code max} newest cases matching {@code criteria}, with the deadlines of those only:
     *         what a list shows first, before the rest arrives
     */
    public static List<Row> firstPage(Database database, Criteria criteria, int max) {
        return firstPage(database, criteria, max, WORDS_BY_ID);
    }

    /**
     * @param wordsById up to this many cases with the searched words are read by id; with more, the cases are
     *                  walked newest first and those with the words kept
     * @see #firstPage(Database, Criteria, int)
     */
    public static List<Row> firstPage(Database database, Criteria criteria, int max, int wordsById) {
        return rows(database, criteria, max, wordsById);
    }

    private static List<Row> rows(Database database, Criteria criteria, int max, int wordsById) {
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        indexedConditions(criteria, where, parameters);
        condition(where, parameters, "LOWER(c.vendor) LIKE ?", Texts.given(criteria.vendor()) == null ? null
                : "%" + criteria.vendor().strip().toLowerCase(Locale.ROOT) + "%");
        condition(where, parameters, "c.kind = ?", criteria.kind());
        condition(where, parameters, "c.customer.persistentId = ?", criteria.customerId());
        condition(where, parameters, "c.status = ?", criteria.status());
        condition(where, parameters, "c.severity = ?", Texts.given(criteria.severity()));
        condition(where, parameters, "c.assignee.persistentId = ?", criteria.engineerId());
        // The words: through the word index once the database is indexed through, else record by record.
        Set<Long> withWords = null;
        if (Texts.given(criteria.text()) != null && CaseWords.isComplete(database)) {
            withWords = CaseWords.find(database, criteria.text());
            if (withWords.isEmpty()) {
                return List.of();
            }
        } else if (Texts.given(criteria.text()) != null) {
            for (String word : criteria.text().toLowerCase(Locale.ROOT).strip().split("\\s+")) {
                int n = parameters.size() + 1;
                where.append(" AND (LOWER(c.title) LIKE ?").append(n).append(" OR LOWER(c.description) LIKE ?").append(n)
                        .append(" OR EXISTS (SELECT a.persistentId FROM c.activities a WHERE LOWER(a.text) LIKE ?")
                        .append(n).append("))");
                parameters.add("%" + word + "%");
            }
        }
        Query query = new Query(where.isEmpty() ? "" : " WHERE" + where.substring(4), parameters);
        List<Object[]> found;
        if (max > 0 && withWords != null && withWords.size() > wordsById) {
            found = newestWithWords(database, criteria, query, withWords, max);
        } else if (max > 0 && (withWords == null || withWords.size() > 2 * max)) {
            found = rowsById(database, pageIds(database, query, withWords, max, wordsById));
        } else if (withWords == null) {
            found = database.list(ROW + query.where() + ORDER, Object[].class, query.parameters().toArray());
        } else {
            // Few cases have the words: their rows are read at once, a page is cut from them.
            found = among(database, ROW, 9, query, withWords, WORDS_BY_ID);
            found = max > 0 && found.size() > max ? found.subList(0, max) : found;
        }
        // The clocks of the open cases found: by id when they are few (a page, a narrow search), else all at once.
        List<Long> open = found.stream().filter(r -> r[10] == null).map(r -> (Long) r[0]).toList();
        SlaEvaluator deadlineReader = deadlineReader(database);
        Map<Long, SlaEvaluator.Deadline> deadlines = open.size() <= DEADLINES_BY_ID ? deadlineReader.deadlines(open)
                : deadlineReader.deadlines();
        List<Row> rows = new ArrayList<>(found.size());
        for (Object[] r : found) {
            long id = (Long) r[0];
            rows.add(new Row(id, (String) r[1], (String) r[2], (CaseStatus) r[3], (CaseKind) r[4], (String) r[5], (String) r[6],
                    (String) r[7], (Long) r[8], (Instant) r[9], (Instant) r[10], Boolean.TRUE.equals(r[11]), deadlines.get(id)));
        }
        return rows;
    }

    /** The columns of a row, selected from a case with its customer and engineer. */
    private static final String ROW = "SELECT c.persistentId, c.number, c.severity, c.status, c.kind, c.title, u.name, e.name,"
            + " e.persistentId, c.openedAt, c.closedAt, c.complaintOpen FROM ServiceCase c LEFT JOIN c.customer u LEFT JOIN c.assignee e";
    /** Newest first; the ordered index declared on ServiceCase serves it. */
    private static final String ORDER = " ORDER BY c.openedAt DESC, c.persistentId DESC";

    /** @return the order of {@link #ORDER} for rows read in chunks: the id first, the opening instant at {@code openedAt} */
    private static Comparator<Object[]> newestFirst(int openedAt) {
        return Comparator.comparing((Object[] r) -> (Instant) r[openedAt], Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                .thenComparing(r -> (Long) r[0], Comparator.reverseOrder());
    }

    /** The criteria other than the words, as a JPQL WHERE clause over ServiceCase c and its parameters. */
    private record Query(String where, List<Object> parameters) {

        /** @return the WHERE clause with one more condition whose parameter comes last */
        String and(String condition) {
            return (where.isEmpty() ? " WHERE " : where + " AND ") + condition + (parameters.size() + 1);
        }
    }

    /**
     * The ids of the {@code max} newest cases matching, without reading their rows: from the ordered
     * index when no words are searched, so that a page costs the same at 100 or 100,000 cases.
     */
    private static List<Long> pageIds(Database database, Query query, Set<Long> withWords, int max, int wordsById) {
        if (withWords == null) {
            return database.listPage("SELECT c.persistentId FROM ServiceCase c" + query.where() + ORDER, Long.class, 0, max,
                    query.parameters().toArray());
        }
        List<Object[]> dated = among(database, "SELECT c.persistentId, c.openedAt FROM ServiceCase c", 1, query, withWords, wordsById);
        return dated.stream().limit(max).map(r -> (Long) r[0]).toList();
    }

    /**
     * The rows of the {@code max} newest cases matching when many cases have the words: the ordered
     * index is walked newest first, a growing stretch at a time, and the rows of the cases with the
     * words in each stretch are read with the other criteria, until a page is full. The walk reads the
     * index alone, so a word in one case in ten costs some ten index entries per row shown, instead of
     * a read of every case to sort the matches.
     */
    private static List<Object[]> newestWithWords(Database database, Criteria criteria, Query query, Set<Long> withWords, int max) {
        // Only the conditions on the index's own columns narrow the walk; the rest are checked on the rows.
        StringBuilder where = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        indexedConditions(criteria, where, parameters);
        String walk = "SELECT c.persistentId FROM ServiceCase c" + (where.isEmpty() ? "" : " WHERE" + where.substring(4)) + ORDER;
        List<Object[]> found = new ArrayList<>();
        int stretch = 4 * max;
        for (int walked = 0; found.size() < max; walked += stretch, stretch *= 2) {
            List<Long> ids = database.listPage(walk, Long.class, walked, stretch, parameters.toArray());
            Set<Long> candidates = new HashSet<>();
            for (Long id : ids) {
                if (withWords.contains(id)) {
                    candidates.add(id);
                }
            }
            if (!candidates.isEmpty()) {
                found.addAll(among(database, ROW, 9, query, candidates, Integer.MAX_VALUE));
            }
            if (ids.size() < stretch) {
                break;
            }
        }
        return found.size() > max ? found.subList(0, max) : found;
    }

    /** @return the rows of the given cases, in the order of {@code ids} */
    private static List<Object[]> rowsById(Database database, List<Long> ids) {
        Map<Long, Object[]> byId = new HashMap<>();
        for (List<Long> chunk : Ids.chunks(ids)) {
            for (Object[] row : database.list(ROW + " WHERE c.persistentId IN ?1", Object[].class, chunk)) {
                byId.put((Long) row[0], row);
            }
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /**
     * The rows of {@code select} (columns of ServiceCase c, its opening instant at index {@code openedAt})
     * that meet the criteria and are among {@code ids} (the cases with the words), newest first: read by
     * id a chunk at a time when they are at most {@code byIdUpTo}, else all rows of the other criteria
     * read and kept when their id is among them.
     */
    private static List<Object[]> among(Database database, String select, int openedAt, Query query, Set<Long> ids, int byIdUpTo) {
        List<Object[]> found = new ArrayList<>();
        if (ids.size() <= byIdUpTo) {
            String byId = select + query.and("c.persistentId IN ?");
            for (List<Long> chunk : Ids.chunks(List.copyOf(ids))) {
                List<Object> withIds = new ArrayList<>(query.parameters());
                withIds.add(chunk);
                found.addAll(database.list(byId, Object[].class, withIds.toArray()));
            }
        } else {
            // Unordered, so that the database scans the table once rather than walking the ordered index
            // and fetching every row it lists; the matches are sorted here.
            for (Object[] row : database.list(select + query.where(), Object[].class, query.parameters().toArray())) {
                if (ids.contains((Long) row[0])) {
                    found.add(row);
                }
            }
        }
        found.sort(newestFirst(openedAt));
        return found;
    }

    /** One deadline reader per database: it keeps the calendars and plans, and reads them again only when one changed. */
    private static final Map<Database, SlaEvaluator> DEADLINE_READERS = Collections.synchronizedMap(new WeakHashMap<>());

    private static SlaEvaluator deadlineReader(Database database) {
        return DEADLINE_READERS.computeIfAbsent(database, d -> new SlaEvaluator(d, "list"));
    }

    /** The criteria on the ordered index's own columns: open or not, and the opening range. */
    private static void indexedConditions(Criteria criteria, StringBuilder where, List<Object> parameters) {
        if (!criteria.withClosed() && criteria.status() != CaseStatus.CLOSED) {
            where.append(" AND c.closedAt IS NULL");
        }
        condition(where, parameters, "c.openedAt >= ?", criteria.openedFrom());
        condition(where, parameters, "c.openedAt < ?", criteria.openedBefore());
    }

    private static void condition(StringBuilder where, List<Object> parameters, String clause, Object value) {
        if (value != null) {
            parameters.add(value);
            where.append(" AND ").append(clause).append(parameters.size());
        }
    }
}
