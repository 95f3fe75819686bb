package org.opsbench.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.opsbench.cases.model.Activity;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.KnowledgeArticle;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.cases.internal.Messages;

/**
 * The knowledge base: articles written from solved cases (symptom, cause, solution), and the ones
 * that match a new case's description, suggested while the agent takes the call. Matching works on
 * words for Latin text and on overlapping character pairs for Chinese, which has no spaces.
 */
public final class KnowledgeBase {

    /** What an article says; {@code sourceCaseId} is the solved case it was written from. */
    public record Draft(String title, String symptom, String cause, String solution, String vendor, String keywords, Long sourceCaseId) {
    }

    /** A stored article. */
    public record Article(long id, String number, String title, String symptom, String cause, String solution, String vendor,
            String keywords, Long sourceCaseId, String sourceCaseNumber, String author, Instant createdAt, boolean retired, long version) {

        /** @return what the article says, for editing */
        public Draft draft() {
            return new Draft(title, symptom, cause, solution, vendor, keywords, sourceCaseId);
        }
    }

    /** An article matching a description, with the words that matched; higher scores first. */
    public record Suggestion(Article article, int score, List<String> matched) {
    }

    /** The article number pattern; its counter is per prefix like case numbers. */
    private static final String NUMBER_PATTERN = "KB-{seq:4}";
    /** At most this many terms of a description are looked up. */
    private static final int MAX_TERMS = 16;
    private static final Set<String> STOP_WORDS = Set.of("the", "and", "for", "with", "not", "but", "are", "was", "were", "has", "have",
            "had", "can", "cannot", "from", "this", "that", "when", "after", "before", "into", "our", "your", "its", "all", "any", "out",
            "does", "did", "since", "then", "than", "there", "they", "will", "would", "should", "could", "about", "again", "still");

    private final Database database;
    private final String author;

    public KnowledgeBase(Database database, String author) {
        this.database = database;
        this.author = author;
    }

    /**
     * @return an article drafted from a solved case: its title, its description as the symptom and
     *         the last record of the work done as the solution, for the author to edit
     */
    public Draft draftFromCase(long caseId) {
        try (ModelSession session = database.openSession()) {
            ServiceCase solved = solvedCase(session, caseId);
            String solution = null;
            for (Activity activity : solved.getActivities()) {
                String said = workDone(activity);
                if (said != null) {
                    solution = said;
                }
            }
            return new Draft(solved.getTitle(), solved.getDescription(), null, solution, solved.getVendor(), null, caseId);
        }
    }

    /** Stores the draft as a new article with the next number; a case it names must be solved. */
    public Article publish(Draft draft, Instant now) {
        check(draft);
        try (ModelSession session = database.openSession()) {
            KnowledgeArticle article = newArticle(database, draft, draft.sourceCaseId() == null ? null
                    : solvedCase(session, draft.sourceCaseId()), author, now);
            session.add(article);
            session.save();
            return article(article);
        }
    }

    /**
     * @return a new article with the next number, written by {@code author} at {@code now}, not yet
     *         stored; {@code sourceCase} must be solved (checked by {@link #publish})
     */
    public static KnowledgeArticle newArticle(Database database, Draft draft, ServiceCase sourceCase, String author, Instant now) {
        check(draft);
        KnowledgeArticle article = CasesFactory.eINSTANCE.createKnowledgeArticle();
        article.setSourceCase(sourceCase);
        article.setNumber(CaseNumbers.parse(NUMBER_PATTERN).next(database, now, java.time.ZoneOffset.UTC));
        say(article, draft);
        article.setAuthor(author);
        article.setCreatedAt(now);
        article.setUpdatedAt(now);
        return article;
    }

    /** Writes what the draft says into the article. */
    private static void say(KnowledgeArticle article, Draft draft) {
        article.setTitle(draft.title().strip());
        article.setSymptom(draft.symptom().strip());
        article.setCause(Texts.given(draft.cause()));
        article.setSolution(draft.solution().strip());
        article.setVendor(Texts.given(draft.vendor()));
        article.setKeywords(Texts.given(draft.keywords()));
    }

    private static void check(Draft draft) {
        if (draft.title() == null || draft.title().isBlank()) {
            throw new CaseException(Messages.format("articleNoTitle"));
        }
        if (draft.symptom() == null || draft.symptom().isBlank() || draft.solution() == null || draft.solution().isBlank()) {
            throw new CaseException(Messages.format("articleIncomplete"));
        }
    }

    /** Takes the article out of the suggestions, e.g. once a firmware release fixed the problem. */
    public void retire(long articleId, Instant now) {
        setRetired(articleId, true, now);
    }

    /** Suggests a retired article again. */
    public void reinstate(long articleId, Instant now) {
        setRetired(articleId, false, now);
    }

    private void setRetired(long articleId, boolean retired, Instant now) {
        try (ModelSession session = database.openSession()) {
            KnowledgeArticle article = session.find(KnowledgeArticle.class, articleId);
            if (article == null) {
                throw new CaseException(Messages.format("articleGone", articleId));
            }
            article.setRetired(retired);
            article.setUpdatedAt(now);
            session.save();
        }
    }

    /**
     * Changes what the article says (its number, source case and author stay); the same fields are
     * required as for {@link #publish}.
     *
     * @param readVersion the version the editor read ({@link Article#version()}): a colleague's change
     *                    since then is refused by name, never overwritten
     */
    public Article update(long articleId, long readVersion, Draft draft, Instant now) {
        check(draft);
        try (ModelSession session = database.openSession()) {
            KnowledgeArticle article = session.find(KnowledgeArticle.class, articleId);
            if (article == null) {
                throw new CaseException(Messages.format("articleGone", articleId));
            }
            if (((org.opsbench.model.base.PersistentObject) article).getPersistentVersion() != readVersion) {
                throw new CaseException(Messages.format("articleChanged", article.getNumber()));
            }
            say(article, draft);
            article.setUpdatedAt(now);
            session.save();
            return article(article);
        }
    }

    /** One line of the knowledge base's list. */
    public record Listed(long id, String number, String title, String vendor, String sourceCaseNumber, String author, Instant updatedAt,
            boolean retired) {
    }

    /** @return the articles by number, the retired ones only with {@code withRetired} (a projection, no texts) */
    public List<Listed> list(boolean withRetired) {
        List<Listed> listed = new ArrayList<>();
        for (Object[] r : database.list("SELECT k.persistentId, k.number, k.title, k.vendor, s.number, k.author, k.updatedAt, k.retired"
                + " FROM KnowledgeArticle k LEFT JOIN k.sourceCase s" + (withRetired ? "" : " WHERE k.retired = FALSE")
                + " ORDER BY k.number", Object[].class)) {
            listed.add(new Listed((Long) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5], (Instant) r[6],
                    Boolean.TRUE.equals(r[7])));
        }
        return listed;
    }

    /** @return the numbers of the articles written from the case, oldest first */
    public List<String> numbersForCase(long caseId) {
        return database.list("SELECT k.number FROM KnowledgeArticle k WHERE k.sourceCase.persistentId = ?1 ORDER BY k.number",
                String.class, caseId);
    }

    /** @return the article, or null when it does not exist */
    public Article read(long articleId) {
        try (ModelSession session = database.openSession()) {
            KnowledgeArticle article = session.find(KnowledgeArticle.class, articleId);
            return article == null ? null : article(article);
        }
    }

    /**
     * @return up to {@code max} articles in use whose title, symptom, cause or keywords share terms
     *         with {@code description}, the best first (title matches count twice, the same vendor once more)
     */
    public List<Suggestion> suggest(String description, String vendor, int max) {
        List<String> terms = terms(description);
        if (terms.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder();
        Object[] parameters = new Object[terms.size()];
        for (int i = 0; i < terms.size(); i++) {
            int n = i + 1;
            where.append(i == 0 ? "" : " OR ").append("LOWER(k.title) LIKE ?").append(n).append(" OR LOWER(k.symptom) LIKE ?").append(n)
                    .append(" OR LOWER(k.cause) LIKE ?").append(n).append(" OR LOWER(k.keywords) LIKE ?").append(n);
            parameters[i] = "%" + terms.get(i) + "%";
        }
        // At least two shared terms, unless the description has only one.
        int needed = Math.min(2, terms.size());
        String wantedVendor = vendor == null ? "" : vendor.strip().toLowerCase(Locale.ROOT);
        List<Suggestion> found = new ArrayList<>();
        try (ModelSession session = database.openSession()) {
            for (KnowledgeArticle candidate : session.query("SELECT k FROM KnowledgeArticle k WHERE k.retired = FALSE AND (" + where + ")",
                    KnowledgeArticle.class, parameters)) {
                String title = lower(candidate.getTitle());
                String body = String.join(" ", lower(candidate.getSymptom()), lower(candidate.getCause()), lower(candidate.getKeywords()));
                List<String> matched = new ArrayList<>();
                int score = 0;
                for (String term : terms) {
                    boolean inTitle = title.contains(term);
                    if (inTitle || body.contains(term)) {
                        matched.add(term);
                        score += inTitle ? 2 : 1;
                    }
                }
                if (matched.size() >= needed) {
                    if (!wantedVendor.isEmpty() && wantedVendor.equals(lower(candidate.getVendor()))) {
                        score++;
                    }
                    found.add(new Suggestion(article(candidate), score, List.copyOf(matched)));
                }
            }
        }
        found.sort(Comparator.comparingInt(Suggestion::score).reversed().thenComparing(s -> s.article().number()));
        return found.size() > max ? List.copyOf(found.subList(0, max)) : found;
    }

    /**
     * @return the distinct search terms of a text, in order: the case search's terms ({@link CaseWords#terms}),
     *         of the Latin words only those of three letters or more that are not stop words
     */
    static List<String> terms(String text) {
        return CaseWords.terms(text).stream()
                .filter(t -> Character.isIdeographic(t.codePointAt(0)) || t.length() >= 3 && !STOP_WORDS.contains(t))
                .limit(MAX_TERMS).toList();
    }

    /** @return what a record says of the work done, or null: a status change only counts with its comment */
    private static String workDone(Activity activity) {
        ActivityKind kind = activity.getKind();
        String text = activity.getText();
        if (text == null || text.isBlank()) {
            return null;
        }
        if (kind == ActivityKind.STATUS_CHANGE) {
            // Written as "fixing -> replied: comment" by CaseWorkflow.
            int comment = text.indexOf(": ");
            return comment < 0 ? null : text.substring(comment + 2);
        }
        boolean work = kind == ActivityKind.CALL || kind == ActivityKind.REMOTE_SESSION || kind == ActivityKind.ON_SITE_VISIT
                || kind == ActivityKind.NOTE || kind == ActivityKind.RMA_REQUEST;
        return work ? text : null;
    }

    private static ServiceCase solvedCase(ModelSession session, long caseId) {
        ServiceCase found = session.find(ServiceCase.class, caseId);
        if (found == null) {
            throw new CaseException(Messages.format("caseGone", caseId));
        }
        if (found.getStatus() != CaseStatus.REPLIED && found.getStatus() != CaseStatus.CLOSED) {
            throw new CaseException(Messages.format("articleCaseNotSolved", found.getNumber(), CaseLifecycle.label(found.getStatus())));
        }
        return found;
    }

    private static Article article(KnowledgeArticle k) {
        ServiceCase source = k.getSourceCase();
        return new Article(CaseDesk.id(k), k.getNumber(), k.getTitle(), k.getSymptom(), k.getCause(), k.getSolution(), k.getVendor(),
                k.getKeywords(), source == null ? null : CaseDesk.id(source), source == null ? null : source.getNumber(), k.getAuthor(),
                k.getCreatedAt(), k.isRetired(), ((org.opsbench.model.base.PersistentObject) k).getPersistentVersion());
    }

    private static String lower(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
