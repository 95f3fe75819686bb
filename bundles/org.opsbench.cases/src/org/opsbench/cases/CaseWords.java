package org.opsbench.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import javax.sql.DataSource;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DatabaseException;
import org.opsbench.cases.internal.Messages;
import org.opsbench.cases.internal.Ids;

/**
 * The words of every case - title, description and every log record - for the search: a word
 * index in its own tables, so that finding a word reads an index range instead of every log record.
 * Latin words and numbers are split at anything that is not a letter or digit; Chinese, which has
 * no spaces, is indexed as overlapping pairs of characters. A search word matches indexed words
 * that start with it.
 * <p>
 * Derived data like {@link SlaChecks}: {@link CaseDesk} indexes a case after every change; code
 * that changes cases another way calls {@link #index}; {@link #catchUp} indexes what is missing or
 * out of date (at start and hourly in the workbench). Until a database has been indexed through
 * once, searches read the records themselves.
 */
public final class CaseWords {

    static final String WORDS = "OB_CASE_WORD";
    static final String INDEXED = "OB_CASE_WORD_CASE";
    /** Words are cut to this length; a longer search word is cut the same way. */
    static final int MAX_LENGTH = 60;

    /** Databases known to be indexed through (weakly: a closed database's source is forgotten). */
    private static final Set<DataSource> COMPLETE = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));

    private CaseWords() {
    }

    /** @return the terms of a text: lower-case Latin words and numbers, Chinese character pairs (a lone character alone) */
    public static Set<String> terms(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text == null) {
            return terms;
        }
        StringBuilder latin = new StringBuilder();
        StringBuilder chinese = new StringBuilder();
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length();) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isIdeographic(c)) {
                flushLatin(latin, terms);
                chinese.appendCodePoint(c);
            } else if (Character.isLetterOrDigit(c)) {
                flushChinese(chinese, terms);
                latin.appendCodePoint(c);
            } else {
                flushLatin(latin, terms);
                flushChinese(chinese, terms);
            }
        }
        flushLatin(latin, terms);
        flushChinese(chinese, terms);
        return terms;
    }

    private static void flushLatin(StringBuilder word, Set<String> terms) {
        if (!word.isEmpty()) {
            terms.add(cut(word.toString()));
            word.setLength(0);
        }
    }

    private static void flushChinese(StringBuilder run, Set<String> terms) {
        int[] chars = run.codePoints().toArray();
        if (chars.length == 1) {
            terms.add(run.toString());
        }
        for (int i = 0; i + 1 < chars.length; i++) {
            terms.add(new String(chars, i, 2));
        }
        run.setLength(0);
    }

    private static String cut(String word) {
        return word.length() <= MAX_LENGTH ? word : word.substring(0, MAX_LENGTH);
    }

    /**
     * Indexes a case just saved, from the object in hand (its number, title, description and log),
     * replacing its words.
     */
    public static void index(Database database, ServiceCase savedCase) {
        long id = ((PersistentObject) savedCase).getPersistentId();
        StringBuilder text = text(savedCase.getNumber(), savedCase.getTitle(), savedCase.getDescription());
        savedCase.getActivities().forEach(record -> text.append('\n').append(record.getText()));
        try (Connection connection = connection(database)) {
            write(connection, Map.of(id, text), Map.of(id, ((PersistentObject) savedCase).getPersistentVersion()));
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Indexes every case that is not indexed at its stored version, a chunk of ids at a time, and
     * then counts the database as indexed through.
     *
     * @return the number of cases indexed
     */
    public static int catchUp(Database database, IProgressMonitor monitor) {
        try (Connection connection = connection(database)) {
            Map<Long, Long> stale = new HashMap<>();
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT c.ID, c.VERSION, i.CASE_VERSION FROM OB_SERVICE_CASE c LEFT JOIN "
                            + INDEXED + " i ON i.CASE_ID = c.ID")) {
                while (rows.next()) {
                    long version = rows.getLong(2);
                    long indexed = rows.getLong(3);
                    if (rows.wasNull() || indexed < version) {
                        stale.put(rows.getLong(1), version);
                    }
                }
            }
            List<Long> ids = new ArrayList<>(stale.keySet());
            Collections.sort(ids);
            SubMonitor progress = SubMonitor.convert(monitor, Messages.format("wordsIndexing", ids.size()), ids.size());
            for (List<Long> chunk : Ids.chunks(ids)) {
                progress.checkCanceled();
                write(connection, texts(connection, chunk), stale);
                progress.worked(chunk.size());
            }
            COMPLETE.add(database.dataSource());
            return ids.size();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** @return whether every case of the database has been indexed at least once (a search may use the index) */
    public static boolean isComplete(Database database) {
        DataSource key = database.dataSource();
        if (COMPLETE.contains(key)) {
            return true;
        }
        try (Connection connection = connection(database); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM OB_SERVICE_CASE c WHERE NOT EXISTS (SELECT 1 FROM "
                        + INDEXED + " i WHERE i.CASE_ID = c.ID)")) {
            row.next();
            boolean complete = row.getLong(1) == 0;
            if (complete) {
                COMPLETE.add(key);
            }
            return complete;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * @return the ids of the cases that have, for every term of {@code text}, an indexed word starting
     *         with it
     */
    public static Set<Long> find(Database database, String text) {
        return find(database, text, COMMON);
    }

    /**
     * @param commonOver a term found in more cases than this is not read whole but checked on the cases
     *               the other terms leave
     */
    public static Set<Long> find(Database database, String text, int commonOver) {
        List<String> terms = new ArrayList<>(terms(text));
        if (terms.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = connection(database)) {
            // A word in most cases ("the", a common product) would read a long index range for little:
            // each term is read up to `commonOver` cases; the common ones are checked on the few cases the rare ones leave.
            Set<Long> found = null;
            List<String> common = new ArrayList<>();
            for (String term : terms) {
                Set<Long> ids = ids(connection, term, commonOver + 1);
                if (ids == null) {
                    common.add(term);
                    continue;
                }
                if (found == null) {
                    found = ids;
                } else {
                    found.retainAll(ids);
                }
                if (found.isEmpty()) {
                    return found;
                }
            }
            if (found == null) {
                // Only common words: their whole ranges.
                for (String term : common) {
                    Set<Long> ids = ids(connection, term, Integer.MAX_VALUE);
                    if (found == null) {
                        found = ids;
                    } else {
                        found.retainAll(ids);
                    }
                }
                return found;
            }
            if (!common.isEmpty()) {
                found.retainAll(havingAll(connection, found, common));
            }
            return found;
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A term found in more cases than this is checked on the cases the other terms leave. */
    static final int COMMON = 2000;

    /** @return the cases with a word starting with the term, or null when there are {@code max} rows or more (a common term) */
    private static Set<Long> ids(Connection connection, String term, int max) throws SQLException {
        Set<Long> ids = new HashSet<>();
        int rowCount = 0;
        try (PreparedStatement select = connection.prepareStatement("SELECT CASE_ID FROM " + WORDS + " WHERE WORD LIKE ? ESCAPE '\\'")) {
            select.setMaxRows(max == Integer.MAX_VALUE ? 0 : max);
            select.setString(1, term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                    rowCount++;
                }
            }
        }
        // Rows, not cases: one case may have several words with the prefix, so a cut list of rows is incomplete.
        return max != Integer.MAX_VALUE && rowCount >= max ? null : ids;
    }

    /** @return those of the cases that have a word starting with each of the terms (their words read by case) */
    private static Set<Long> havingAll(Connection connection, Set<Long> caseIds, List<String> terms) throws SQLException {
        Map<Long, Set<String>> matched = new HashMap<>();
        List<Long> ids = List.copyOf(caseIds);
        for (List<Long> chunk : Ids.chunks(ids)) {
            try (PreparedStatement select = connection.prepareStatement("SELECT CASE_ID, WORD FROM " + WORDS + " WHERE CASE_ID IN ("
                    + Ids.placeholders(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i));
                }
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String word = rows.getString(2);
                        for (String term : terms) {
                            if (word.startsWith(term)) {
                                matched.computeIfAbsent(rows.getLong(1), id -> new HashSet<>()).add(term);
                            }
                        }
                    }
                }
            }
        }
        Set<Long> all = new HashSet<>();
        matched.forEach((id, found) -> {
            if (found.size() == terms.size()) {
                all.add(id);
            }
        });
        return all;
    }

    /** @return what a case's words are taken from, before its log records are appended */
    private static StringBuilder text(String number, String title, String description) {
        return new StringBuilder().append(number).append('\n').append(title).append('\n').append(description);
    }

    /** @return the texts of each case: title, description and log records, by plain SQL over the mapped tables */
    private static Map<Long, StringBuilder> texts(Connection connection, List<Long> ids) throws SQLException {
        Map<Long, StringBuilder> texts = new HashMap<>();
        String in = " IN (" + Ids.placeholders(ids.size()) + ")";
        try (PreparedStatement cases = connection.prepareStatement("SELECT ID, NUMBER_, TITLE, DESCRIPTION FROM OB_SERVICE_CASE WHERE ID" + in);
                PreparedStatement records = connection.prepareStatement("SELECT IN_SERVICE_CASE_ACTIVITIES, TEXT FROM OB_ACTIVITY"
                        + " WHERE IN_SERVICE_CASE_ACTIVITIES" + in)) {
            for (int i = 0; i < ids.size(); i++) {
                cases.setLong(i + 1, ids.get(i));
                records.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rows = cases.executeQuery()) {
                while (rows.next()) {
                    texts.put(rows.getLong(1), text(rows.getString(2), rows.getString(3), rows.getString(4)));
                }
            }
            try (ResultSet rows = records.executeQuery()) {
                while (rows.next()) {
                    StringBuilder text = texts.get(rows.getLong(1));
                    if (text != null) {
                        text.append('\n').append(rows.getString(2));
                    }
                }
            }
        }
        return texts;
    }

    /** Replaces the words of the cases in one transaction and notes the version they were read at. */
    private static void write(Connection connection, Map<Long, StringBuilder> texts, Map<Long, Long> versions) throws SQLException {
        connection.setAutoCommit(false);
        try (PreparedStatement deleteWords = connection.prepareStatement("DELETE FROM " + WORDS + " WHERE CASE_ID = ?");
                PreparedStatement deleteCase = connection.prepareStatement("DELETE FROM " + INDEXED + " WHERE CASE_ID = ?");
                PreparedStatement insertWord = connection.prepareStatement("INSERT INTO " + WORDS + " (WORD, CASE_ID) VALUES (?, ?)");
                PreparedStatement insertCase = connection.prepareStatement("INSERT INTO " + INDEXED
                        + " (CASE_ID, CASE_VERSION) VALUES (?, ?)")) {
            for (long id : texts.keySet()) {
                deleteWords.setLong(1, id);
                deleteWords.addBatch();
                deleteCase.setLong(1, id);
                deleteCase.addBatch();
            }
            deleteWords.executeBatch();
            deleteCase.executeBatch();
            for (Map.Entry<Long, StringBuilder> entry : texts.entrySet()) {
                for (String term : terms(entry.getValue().toString())) {
                    insertWord.setString(1, term);
                    insertWord.setLong(2, entry.getKey());
                    insertWord.addBatch();
                }
                insertCase.setLong(1, entry.getKey());
                insertCase.setLong(2, versions.getOrDefault(entry.getKey(), 0L));
                insertCase.addBatch();
            }
            insertWord.executeBatch();
            insertCase.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static DatabaseException failure(SQLException e) {
        return new DatabaseException(Messages.format("wordsFailed", e.getMessage()), e);
    }

    private static Connection connection(Database database) throws SQLException {
        DerivedTables.ensure(database, WORDS, List.of("CREATE TABLE " + WORDS + " (WORD VARCHAR(" + MAX_LENGTH + ") NOT NULL,"
                + " CASE_ID BIGINT NOT NULL, PRIMARY KEY (WORD, CASE_ID))", "CREATE INDEX IX_CASE_WORD_CASE_ID ON " + WORDS + " (CASE_ID)"));
        return DerivedTables.connect(database, INDEXED, List.of("CREATE TABLE " + INDEXED
                + " (CASE_ID BIGINT NOT NULL PRIMARY KEY, CASE_VERSION BIGINT NOT NULL)"));
    }
}
