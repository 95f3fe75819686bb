package org.opsbench.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.EscalationMode;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.EscalationStep;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SeverityLevel;
import org.opsbench.cases.model.SlaEvent;
import org.opsbench.cases.model.SlaEventKind;
import org.opsbench.core.calendar.WorkingTime;
import org.opsbench.model.BusinessCalendar;
import org.opsbench.model.User;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.DuplicateValueException;
import org.opsbench.persistence.ModelSession;
import org.opsbench.cases.internal.Ids;

/**
 * Derives reminders, reassignment proposals, breach warnings, breaches and escalations of the open
 * cases from their stored timestamps and records each that has fallen due exactly once: the
 * database's unique (case, key) index makes a second workbench's identical record fail, and that
 * failure is taken as "already done". Running it again, after a restart or on another workbench,
 * records nothing twice and misses nothing. When each case next needs a look is kept in
 * {@link SlaChecks}, so that a routine run reads only the cases whose time has come.
 */
public final class SlaEvaluator {

    /** An event that is due for a case, before it is recorded. */
    public record Due(long caseId, String caseNumber, String key, SlaEventKind kind, Instant dueAt, String role) {
    }

    /** The stored facts of one open case the evaluation needs. */
    public record OpenCase(long id, String number, Instant openedAt, String severity, Instant assignedAt, Instant respondedAt,
            Instant diagnosedAt, CaseStatus status, Instant statusSince, Long calendarId, Long planId, long version) {
    }

    /** Even with every change announced, all open cases are evaluated again this often (and at the first run). */
    static final Duration FULL_PASS_EVERY = Duration.ofHours(1);

    private final Database database;
    private final String workbench;
    /** The calendars and plans as last read, and those the stored checks were last all computed with. */
    private volatile Rules rules;
    private Rules checkedWith;
    private Instant lastFullPass;

    public SlaEvaluator(Database database, String workbench) {
        this.database = database;
        this.workbench = workbench;
    }

    /**
     * Records what fell due at {@code now}. The first run of an evaluator, a run after a calendar or
     * plan changed, and one run an hour evaluate every open case and store when each next needs a
     * look ({@link SlaChecks}); the runs in between evaluate only the cases whose time has come or
     * that changed. Keep one evaluator for the repeated runs of a background job.
     *
     * @return the events this call recorded
     */
    public List<SlaEvent> run(Instant now) {
        Rules current = rules();
        boolean full = current != checkedWith || lastFullPass == null || now.isBefore(lastFullPass)
                || !now.isBefore(lastFullPass.plus(FULL_PASS_EVERY));
        List<Long> ids = full ? null : SlaChecks.due(database, now);
        if (ids != null && ids.isEmpty()) {
            return List.of();
        }
        Map<Long, SlaChecks.Check> stored = full ? SlaChecks.all(database) : SlaChecks.of(database, ids);
        Set<String> recorded = recordedKeys(ids);
        List<Due> due = new ArrayList<>();
        Map<Long, SlaChecks.Check> next = new HashMap<>();
        eachOpenCase(current, ids, (open, plan, clock) -> {
            Candidates candidates = candidates(open, plan, clock, now, key -> recorded.contains(open.id() + "/" + key));
            due.addAll(candidates.due);
            next.put(open.id(), new SlaChecks.Check(open.version(), candidates.nextAt()));
        });
        List<SlaEvent> events = record(due, now);
        Set<Long> noLongerOpen = new HashSet<>(full ? stored.keySet() : ids);
        noLongerOpen.removeAll(next.keySet());
        SlaChecks.write(database, next, stored, noLongerOpen);
        if (full) {
            checkedWith = current;
            lastFullPass = now;
        }
        return events;
    }

    /** @return every event due at {@code now} and not yet recorded, over every open case, from projections only */
    public List<Due> evaluate(Instant now) {
        Set<String> recorded = recordedKeys(null);
        List<Due> result = new ArrayList<>();
        eachOpenCase(rules(), null, (open, plan, clock) -> result.addAll(dueEvents(open, plan, clock, now,
                key -> recorded.contains(open.id() + "/" + key))));
        return result;
    }

    /** @return "case id/event key" of the events recorded for the given open cases (null: all open cases) */
    private Set<String> recordedKeys(List<Long> caseIds) {
        return SlaChecks.recordedKeys(database, caseIds);
    }

    /** @return the query parameters for the ids a chunk at a time, or one empty parameter list for "all" */
    private static List<Object[]> chunks(List<Long> ids) {
        if (ids == null) {
            return List.<Object[]>of(new Object[0]);
        }
        List<Object[]> chunks = new ArrayList<>();
        for (List<Long> chunk : Ids.chunks(ids)) {
            chunks.add(new Object[] { List.copyOf(chunk) });
        }
        return chunks;
    }

    /** The calendars and plans the clocks run on, with the versions they were read at. */
    private record Rules(List<String> versions, Map<Long, WorkingTime> calendars, Map<Long, EscalationPlan> plans) {
    }

    /** @return the calendars and plans, read again only when one of them (or a severity scheme) changed */
    private Rules rules() {
        List<String> versions = new ArrayList<>();
        for (String type : new String[] { "BusinessCalendar", "EscalationPlan", "SeverityScheme" }) {
            for (Object[] row : database.list("SELECT x.persistentId, x.persistentVersion FROM " + type + " x ORDER BY x.persistentId",
                    Object[].class)) {
                versions.add(type + row[0] + "@" + row[1]);
            }
        }
        Rules known = rules;
        if (known != null && known.versions().equals(versions)) {
            return known;
        }
        Map<Long, WorkingTime> calendars = new HashMap<>();
        Map<Long, EscalationPlan> plans = new HashMap<>();
        try (ModelSession session = database.openSession()) {
            for (BusinessCalendar calendar : session.findAll(BusinessCalendar.class, "name")) {
                calendars.put(id(calendar), WorkingTime.of(calendar));
            }
            for (EscalationPlan plan : session.findAll(EscalationPlan.class, "name")) {
                SlaClock.check(plan);
                plans.put(id(plan), ModelSession.detachedCopy(plan));
            }
        }
        Rules read = new Rules(versions, calendars, plans);
        rules = read;
        return read;
    }

    /** Why no target runs for an open case. */
    public enum Idle {
        /** A status that pauses the clocks (waiting for the customer, for a part). */
        PAUSED,
        /** Responded and diagnosed: the plan sets no target after the diagnosis. */
        DIAGNOSED,
        /** The case's plan has no level for its severity. */
        NO_TARGET
    }

    /**
     * The next target an open case works towards: a response, else a diagnosis; the warning comes
     * first. When none runs, {@link #idle} says why and the target and times are null.
     */
    public record Deadline(String target, Instant warnAt, Instant dueAt, Idle idle) {

        public Deadline(String target, Instant warnAt, Instant dueAt) {
            this(target, warnAt, dueAt, null);
        }

        static Deadline idle(Idle why) {
            return new Deadline(null, null, null, why);
        }

        /** @return whether a target runs (then it has a due time) */
        public boolean running() {
            return idle == null;
        }
    }

    /** @return each open case's next deadline (or why none runs) by case id; cases without a plan or calendar are left out */
    public Map<Long, Deadline> deadlines() {
        return deadlines(null);
    }

    /** @return the next deadlines of the given cases only (those open and with a running target) */
    public Map<Long, Deadline> deadlines(Collection<Long> caseIds) {
        Map<Long, Deadline> deadlines = new HashMap<>();
        if (caseIds != null && caseIds.isEmpty()) {
            return deadlines;
        }
        eachOpenCase(rules(), caseIds == null ? null : List.copyOf(caseIds), (open, plan, clock) ->
                deadlines.put(open.id(), deadline(plan, clock, open.severity(), open.openedAt(), open.respondedAt(), open.diagnosedAt())));
        return deadlines;
    }

    /** @return the next deadline of one case (read in a session) or why none runs; null when it is closed or has no plan or calendar */
    public static Deadline deadline(ServiceCase serviceCase) {
        if (serviceCase.getClosedAt() != null || serviceCase.getPlan() == null || serviceCase.getCalendar() == null
                || serviceCase.getOpenedAt() == null) {
            return null;
        }
        SlaClock clock = new SlaClock(WorkingTime.of(serviceCase.getCalendar()), SlaClock.pausesOf(serviceCase.getPauses()));
        return deadline(serviceCase.getPlan(), clock, serviceCase.getSeverity(), serviceCase.getOpenedAt(),
                serviceCase.getRespondedAt(), serviceCase.getDiagnosedAt());
    }

    private static Deadline deadline(EscalationPlan plan, SlaClock clock, String severity, Instant openedAt, Instant respondedAt,
            Instant diagnosedAt) {
        SeverityLevel level = level(plan, severity);
        String target = respondedAt == null ? "response" : diagnosedAt == null ? "resolve" : null;
        if (level == null) {
            return Deadline.idle(Idle.NO_TARGET);
        }
        if (target == null) {
            return Deadline.idle(Idle.DIAGNOSED);
        }
        Duration full = Duration.ofMinutes(target.equals("response") ? level.getResponseMinutes() : level.getResolveMinutes());
        Instant due = clock.due(openedAt, full);
        return due == null ? Deadline.idle(Idle.PAUSED)
                : new Deadline(target, clock.due(openedAt, full.multipliedBy(plan.getWarningPercent()).dividedBy(100)), due);
    }

    private interface OpenCaseVisitor {
        void visit(OpenCase open, EscalationPlan plan, SlaClock clock);
    }

    /**
     * Reads the pauses and the open cases as projections and visits each case that has a clock; with
     * {@code onlyIds}, only those cases (a chunk at a time).
     */
    private void eachOpenCase(Rules rules, List<Long> onlyIds, OpenCaseVisitor visitor) {
        String only = onlyIds == null ? "" : " AND c.persistentId IN ?1";
        for (Object[] parameters : chunks(onlyIds)) {
            Map<Long, List<SlaClock.Pause>> pauses = new HashMap<>();
            for (Object[] row : database.list("SELECT c.persistentId, p.pausedAt, p.resumedAt FROM ServiceCase c JOIN c.pauses p"
                    + " WHERE c.closedAt IS NULL" + only, Object[].class, parameters)) {
                pauses.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add(new SlaClock.Pause((Instant) row[1], (Instant) row[2]));
            }
            for (Object[] row : database.list("SELECT c.persistentId, c.number, c.openedAt, c.severity, c.assignedAt, c.respondedAt,"
                    + " c.diagnosedAt, c.status, c.statusSince, k.persistentId, p.persistentId, c.persistentVersion FROM ServiceCase c"
                    + " LEFT JOIN c.calendar k LEFT JOIN c.plan p WHERE c.closedAt IS NULL" + only, Object[].class, parameters)) {
                OpenCase open = new OpenCase((Long) row[0], (String) row[1], (Instant) row[2], (String) row[3], (Instant) row[4],
                        (Instant) row[5], (Instant) row[6], (CaseStatus) row[7], (Instant) row[8], (Long) row[9], (Long) row[10],
                        (Long) row[11]);
                WorkingTime time = open.calendarId() == null ? null : rules.calendars().get(open.calendarId());
                EscalationPlan plan = open.planId() == null ? null : rules.plans().get(open.planId());
                if (time != null && plan != null && open.openedAt() != null) {
                    visitor.visit(open, plan, new SlaClock(time, pauses.getOrDefault(open.id(), List.of())));
                }
            }
        }
    }

    private static SeverityLevel level(EscalationPlan plan, String code) {
        return plan.getScheme().getLevels().stream().filter(l -> l.getCode().equals(code)).findFirst().orElse(null);
    }

    /** @return the events of one case that are due at {@code now}, recorded or not */
    public static List<Due> dueEvents(OpenCase open, EscalationPlan plan, SlaClock clock, Instant now) {
        return dueEvents(open, plan, clock, now, key -> false);
    }

    /**
     * @param recorded whether an event key is recorded already: such events are skipped before any clock
     *                 arithmetic, so a routine evaluation costs about one elapsed-time sum per case
     * @return the events of one case that are due at {@code now} and not recorded
     */
    static List<Due> dueEvents(OpenCase open, EscalationPlan plan, SlaClock clock, Instant now, Predicate<String> recorded) {
        return candidates(open, plan, clock, now, recorded).due;
    }

    /** @return the case's events not yet recorded: those due at {@code now}, and when the next one falls due */
    private static Candidates candidates(OpenCase open, EscalationPlan plan, SlaClock clock, Instant now, Predicate<String> recorded) {
        Candidates candidates = new Candidates(open, clock, now, recorded);
        SeverityLevel level = level(plan, open.severity());
        if (level == null) {
            return candidates;
        }
        if (open.respondedAt() == null) {
            Instant from = open.assignedAt() != null ? open.assignedAt() : open.openedAt();
            String since = "@" + from.toEpochMilli();
            for (int minutes : plan.getReminderMinutes()) {
                candidates.add("reminder:" + minutes + since, SlaEventKind.REMINDER, from, minutes, DISPATCHER);
            }
            candidates.add("reassign:" + plan.getReassignMinutes() + since, SlaEventKind.REASSIGN_PROPOSAL, from,
                    plan.getReassignMinutes(), DISPATCHER);
            targets(candidates, open, plan, "response", level.getResponseMinutes());
        }
        if (open.diagnosedAt() == null) {
            targets(candidates, open, plan, "resolve:" + level.getCode(), level.getResolveMinutes());
            List<EscalationStep> steps = plan.getSteps().stream().filter(s -> s.getSeverity().equals(level.getCode())).toList();
            if (plan.getMode() == EscalationMode.PER_STEP) {
                Instant from = open.statusSince() != null ? open.statusSince() : open.openedAt();
                for (int i = 0; i < steps.size(); i++) {
                    candidates.add("step:" + open.status().getLiteral() + "@" + from.toEpochMilli() + ":" + (i + 1),
                            SlaEventKind.ESCALATION, from, steps.get(i).getAfterMinutes(), steps.get(i).getRole());
                }
            } else {
                for (EscalationStep step : steps) {
                    candidates.add("escalation:" + step.getSeverity() + ":" + step.getAfterMinutes(), SlaEventKind.ESCALATION,
                            open.openedAt(), step.getAfterMinutes(), step.getRole());
                }
            }
        }
        return candidates;
    }

    /**
     * @return the reassignment proposal that stands for the case: recorded for the current assignment,
     *         with the engineer not yet in contact with the customer and the case open; else null
     */
    public static SlaEvent standingReassignment(ServiceCase serviceCase, List<SlaEvent> events) {
        Instant from = serviceCase.getAssignedAt() != null ? serviceCase.getAssignedAt() : serviceCase.getOpenedAt();
        if (serviceCase.getClosedAt() != null || serviceCase.getRespondedAt() != null || from == null) {
            return null;
        }
        String since = "@" + from.toEpochMilli(); // as in the keys dueEvents gives
        return events.stream().filter(e -> e.getKind() == SlaEventKind.REASSIGN_PROPOSAL && e.getEventKey().endsWith(since))
                .findFirst().orElse(null);
    }

    private static final String DISPATCHER = CaseNotices.DISPATCHER;

    private static void targets(Candidates candidates, OpenCase open, EscalationPlan plan, String target, int minutes) {
        candidates.add("warning:" + target, SlaEventKind.BREACH_WARNING, open.openedAt(), minutes * plan.getWarningPercent() / 100.0,
                DISPATCHER);
        candidates.add("breach:" + target, SlaEventKind.BREACH, open.openedAt(), minutes, DISPATCHER);
    }

    /**
     * The events one case may have due. An event is due when the clock has run its threshold since its
     * start; the running time since each start is summed once, and the exact instant is computed only
     * for events that are due and not yet recorded. Of the events still to come, the smallest
     * threshold per start is kept, which gives the instant of the next one.
     */
    private static final class Candidates {
        final List<Due> due = new ArrayList<>();
        private final OpenCase open;
        private final SlaClock clock;
        private final Instant now;
        private final Predicate<String> recorded;
        private final Map<Instant, Duration> elapsed = new HashMap<>(4);
        private final Map<Instant, Duration> nextThreshold = new HashMap<>(4);

        Candidates(OpenCase open, SlaClock clock, Instant now, Predicate<String> recorded) {
            this.open = open;
            this.clock = clock;
            this.now = now;
            this.recorded = recorded;
        }

        void add(String key, SlaEventKind kind, Instant from, double minutes, String role) {
            if (recorded.test(key)) {
                return;
            }
            Duration threshold = Duration.ofSeconds(Math.round(minutes * 60));
            if (elapsed.computeIfAbsent(from, start -> clock.elapsed(start, now)).compareTo(threshold) < 0) {
                nextThreshold.merge(from, threshold, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                return;
            }
            Instant at = clock.due(from, threshold);
            if (at != null && !at.isAfter(now)) {
                due.add(new Due(open.id(), open.number(), key, kind, at, role));
            }
        }

        /** @return when the next event not yet due falls due, or null when none will while the facts stay as they are */
        Instant nextAt() {
            Instant next = null;
            for (Map.Entry<Instant, Duration> entry : nextThreshold.entrySet()) {
                Instant at = clock.due(entry.getKey(), entry.getValue());
                if (at != null && (next == null || at.isBefore(next))) {
                    next = at;
                }
            }
            return next;
        }
    }

    /** Stores the events; ones another workbench stored first are skipped. @return those this call stored */
    public List<SlaEvent> record(List<Due> due, Instant now) {
        if (due.isEmpty()) {
            return List.of();
        }
        try {
            return store(due, now);
        } catch (DuplicateValueException raced) {
            // Another workbench recorded some of them meanwhile: store one by one, skipping theirs.
            List<SlaEvent> stored = new ArrayList<>();
            for (Due d : due) {
                try {
                    stored.addAll(store(List.of(d), now));
                } catch (DuplicateValueException alreadyRecorded) {
                    // exactly once: theirs stands
                }
            }
            return stored;
        }
    }

    /**
     * Records events of a history told afterwards (the sample data's past year) as they would have
     * been: each recorded, with its notices, at the moment it fell due.
     */
    public List<SlaEvent> recordAtDueTimes(List<Due> due) {
        return due.isEmpty() ? List.of() : store(due, null);
    }

    /** @param now when the events are recorded, or null for each when it fell due */
    private List<SlaEvent> store(List<Due> due, Instant now) {
        // The notices' words as a projection: events name their case by id, so no case is loaded.
        Map<Long, CaseNotices.CaseFacts> cases = CaseNotices.facts(database, due.stream().map(Due::caseId).distinct().toList());
        try (ModelSession session = database.openSession()) {
            List<SlaEvent> events = new ArrayList<>();
            Map<String, List<User>> usersByRole = new HashMap<>();
            for (Due d : due) {
                CaseNotices.CaseFacts facts = cases.get(d.caseId());
                if (facts == null) {
                    continue; // the case was deleted after it was evaluated
                }
                SlaEvent event = CasesFactory.eINSTANCE.createSlaEvent();
                event.setServiceCaseId(d.caseId());
                event.setEventKey(d.key());
                event.setKind(d.kind());
                event.setDueAt(d.dueAt());
                Instant at = now != null ? now : d.dueAt();
                event.setRecordedAt(at);
                event.setRole(d.role());
                event.setRecordedBy(workbench);
                session.add(event);
                CaseNotices.slaEvent(session, facts, event, at, usersByRole);
                events.add(event);
            }
            session.save();
            return events;
        }
    }

    private static long id(org.eclipse.emf.ecore.EObject object) {
        return ((org.opsbench.model.base.PersistentObject) object).getPersistentId();
    }
}
