package org.opsbench.cases.internal;

import java.text.MessageFormat;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.ResourceBundle;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.opsbench.cases.ActivityLog;
import org.opsbench.cases.CaseIntake;
import org.opsbench.cases.CaseLifecycle;
import org.opsbench.cases.CaseNotices;
import org.opsbench.cases.CaseNumbers;
import org.opsbench.cases.CaseSetup;
import org.opsbench.cases.CaseTypes;
import org.opsbench.cases.CaseWorkflow;
import org.opsbench.cases.CaseWords;
import org.opsbench.cases.Entitlement;
import org.opsbench.cases.KnowledgeBase;
import org.opsbench.cases.SlaClock;
import org.opsbench.cases.SlaEvaluator;
import org.opsbench.cases.model.ActivityKind;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.CaseSettings;
import org.opsbench.cases.model.CaseStatus;
import org.opsbench.cases.model.CasesFactory;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.model.SeverityLevel;
import org.opsbench.core.calendar.WorkingTime;
import org.opsbench.model.Contact;
import org.opsbench.model.Coverage;
import org.opsbench.model.Customer;
import org.opsbench.model.Engineer;
import org.opsbench.model.Equipment;
import org.opsbench.model.Office;
import org.opsbench.model.ServiceContract;
import org.opsbench.model.Site;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.notifications.model.DeliveryStatus;
import org.opsbench.notifications.model.OutboxMessage;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.persistence.SampleDataContribution;

/**
 * The sample data's past year of cases: faults on the customers' equipment, across severities,
 * worked through the real workflow (assignment, calls, diagnosis, waiting for parts, replies,
 * closing surveys, the odd complaint), with knowledge articles written from solved cases. The
 * SLA events and their notices are then derived by the evaluator itself, as of the moments they
 * fell due; cases opened in the last days are still open. Deterministic from the seed and the
 * moment of loading.
 */
public final class CaseSampleHistory implements SampleDataContribution {

    static final String ID = "org.opsbench.cases.history";
    /** Cases per customer over the year. */
    static final int CASES_PER_CUSTOMER = 7;
    private static final String DESK = "agent";
    private static final String[] KINDS = { "gateway", "switch", "firewall", "server", "storage", "wireless", "ups" };
    private static final String[] SEVERITIES = { "P1", "P2", "P3", "P4" };
    private static final int[] SEVERITY_WEIGHTS = { 5, 15, 45, 35 };
    private static final int CONSULTATIONS = 4;
    private static final int DAY = 24 * 60;
    /** Read notifications: those older than this were seen by their recipients. */
    private static final Duration READ_AFTER = Duration.ofDays(3);
    /** Of the older notices, each recipient has not read the newest few yet: a first login shows some. */
    private static final int UNREAD_KEPT = 3;

    /** @return whether the database stores cases and their notices (one opened for fewer models gets no history) */
    private static boolean stores(Database database) {
        return database.packages().contains(org.opsbench.cases.model.CasesPackage.eINSTANCE)
                && database.packages().contains(org.opsbench.notifications.model.NotificationsPackage.eINSTANCE);
    }

    @Override
    public void add(Context context, Database database, ModelSession session, IProgressMonitor monitor) {
        if (!stores(database)) {
            return;
        }
        CaseSetup.ensureDefaults(database); // the office's shipped plans: stored once, not sample data
        CaseSettings settings = CaseSetup.settings(session);
        EscalationPlan plan = settings.getDefaultPlan();
        List<Customer> customers = context.data().customers();
        if (plan == null || customers.isEmpty()) {
            return;
        }
        ResourceBundle words = ResourceBundle.getBundle("org.opsbench.cases.internal.sample", context.language(),
                CaseSampleHistory.class.getClassLoader(), ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Random random = context.random(ID);
        Map<Office, List<Engineer>> engineers = new LinkedHashMap<>();
        for (Engineer engineer : context.data().engineers()) {
            engineers.computeIfAbsent(engineer.getOffice(), o -> new ArrayList<>()).add(engineer);
        }
        Instant now = context.now();
        Instant yearAgo = now.minus(Duration.ofDays(365));
        int count = customers.size() * CASES_PER_CUSTOMER;
        List<Instant> openings = new ArrayList<>();
        List<Customer> callers = new ArrayList<>();
        // A few calls came in the last two days, whatever the chance: the desk has work in hand.
        int recent = Math.max(3, count / 100);
        for (int i = 0; i < count; i++) {
            Customer customer = customers.get(random.nextInt(customers.size()));
            callers.add(customer);
            Instant from = i < recent ? now.minus(Duration.ofDays(2)) : yearAgo;
            openings.add(opening(random, from, now, coverage(customer), zone(customer)));
        }
        // Numbers follow the order of opening, as at a real desk.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        order.sort((a, b) -> openings.get(a).compareTo(openings.get(b)));
        SubMonitor progress = SubMonitor.convert(monitor, count);
        Set<String> articlesWritten = new HashSet<>();
        for (int i : order) {
            Customer customer = callers.get(i);
            List<Engineer> candidates = engineers.getOrDefault(customer.getOffice(),
                    context.data().engineers().isEmpty() ? List.of() : context.data().engineers());
            ServiceCase serviceCase = work(random, words, database, settings, plan, customer, openings.get(i), now,
                    candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size())), session);
            session.add(serviceCase);
            writeArticle(database, session, words, serviceCase, now, articlesWritten);
            progress.split(1);
        }
    }

    /** One case from the caller's call to where it stands at {@code now}. */
    private ServiceCase work(Random random, ResourceBundle words, Database database, CaseSettings settings, EscalationPlan plan,
            Customer customer, Instant opened, Instant now, Engineer engineer, ModelSession session) {
        Site site = customer.getSites().isEmpty() ? null : customer.getSites().get(random.nextInt(customer.getSites().size()));
        Contact contact = customer.getContacts().isEmpty() ? null
                : customer.getContacts().get(random.nextInt(customer.getContacts().size()));
        Equipment equipment = site == null || site.getEquipment().isEmpty() ? null
                : site.getEquipment().get(random.nextInt(site.getEquipment().size()));
        boolean consultation = random.nextInt(100) < 15;
        String scenario = consultation ? "consultation." + (1 + random.nextInt(CONSULTATIONS))
                : kind(equipment) + "." + (1 + random.nextInt(2));
        String severity = consultation ? "P4" : weighted(random);

        ServiceCase serviceCase = CasesFactory.eINSTANCE.createServiceCase();
        serviceCase.setChannel(random.nextInt(4) == 0 ? "email" : "hotline");
        serviceCase.setTitle(words.getString(scenario + ".title"));
        serviceCase.setDescription(words.getString(scenario + ".symptom"));
        serviceCase.setSeverity(severity);
        serviceCase.setKind(consultation ? CaseKind.CONSULTATION : CaseKind.DEFECT);
        serviceCase.setDefectClass(consultation ? null : random.nextInt(6) == 0 ? DefectClass.BUSINESS : DefectClass.TECHNICAL);
        serviceCase.setCaseType(CaseTypes.builtIn(serviceCase.getKind(), serviceCase.getDefectClass()));
        serviceCase.setPlan(plan);
        serviceCase.setCustomer(customer);
        serviceCase.setSite(site);
        serviceCase.setOffice(customer.getOffice());
        ServiceContract contract = customer.getContracts().isEmpty() ? null : customer.getContracts().get(0);
        serviceCase.setContract(contract);
        serviceCase.setContractNumber(contract == null ? null : contract.getNumber());
        serviceCase.setCallerCompany(customer.getName());
        serviceCase.setCallerName(contact == null ? null : contact.getName());
        serviceCase.setCallerPhone(contact == null ? null : contact.getPhone());
        serviceCase.setCallerEmail(contact == null ? null : contact.getEmail());
        if (equipment != null && !consultation) {
            serviceCase.setEquipment(equipment);
            serviceCase.setVendor(equipment.getVendor());
        }
        Entitlement entitlement = CaseIntake.entitle(serviceCase, opened);
        String number = CaseNumbers.parse(settings.getNumberPattern()).next(database, opened, zone(customer));
        String desk = random.nextInt(4) == 0 ? "admin" : DESK;
        CaseIntake.open(serviceCase, entitlement, number, opened, desk);

        SeverityLevel level = plan.getScheme().getLevels().stream().filter(l -> l.getCode().equals(severity)).findFirst().orElseThrow();
        Timeline time = new Timeline(opened, now);
        if (engineer == null || !time.after(minutes(random, 3, 20))) {
            return serviceCase;
        }
        CaseWorkflow.assign(serviceCase, engineer, time.at, desk);
        CaseNotices.assigned(session, serviceCase, time.at);
        String worker = engineer.getName();
        boolean late = random.nextInt(100) < 12;
        if (!time.after(share(random, level.getResponseMinutes(), late))) {
            return serviceCase;
        }
        ActivityKind contact1 = random.nextInt(3) == 0 ? ActivityKind.REMOTE_SESSION : ActivityKind.CALL;
        CaseWorkflow.respond(serviceCase, contact1, time.at, worker,
                words.getString(contact1 == ActivityKind.CALL ? "activity.call" : "activity.remote"));
        if (consultation) {
            if (time.after(minutes(random, 10, 240))) {
                ActivityLog.append(serviceCase, ActivityKind.NOTE, time.at, worker, words.getString("consultation.answer"), false);
                close(random, words, settings, serviceCase, contact, time, worker, false);
            }
            return serviceCase;
        }
        boolean slow = random.nextInt(100) < 15;
        if (!time.after(share(random, level.getResolveMinutes(), slow))) {
            return serviceCase;
        }
        CaseLifecycle.advance(serviceCase, CaseStatus.ANALYSED, time.at, worker,
                MessageFormat.format(words.getString("activity.diagnosed"), words.getString(scenario + ".cause")));
        if (!time.after(minutes(random, 10, 90))) {
            return serviceCase;
        }
        CaseLifecycle.advance(serviceCase, CaseStatus.CONFIRMED, time.at, worker, words.getString("activity.confirmed"));
        int pause = random.nextInt(100);
        if (pause < 20) {
            boolean part = pause < 12;
            if (!time.after(minutes(random, 5, 60))) {
                return serviceCase;
            }
            CaseLifecycle.advance(serviceCase, part ? CaseStatus.WAITING_FOR_PART : CaseStatus.WAITING_FOR_CUSTOMER, time.at, worker,
                    words.getString(part ? "activity.waitPart" : "activity.waitCustomer"));
            // A part comes from the depot in days; a customer's maintenance window can be a week away.
            if (!time.after(part ? minutes(random, 2 * DAY, 10 * DAY) : minutes(random, DAY, 7 * DAY))) {
                return serviceCase;
            }
        }
        if (random.nextInt(3) == 0) {
            if (!time.after(minutes(random, 60, 6 * 60))) {
                return serviceCase;
            }
            CaseWorkflow.respond(serviceCase, ActivityKind.ON_SITE_VISIT, time.at, worker, words.getString("activity.visit"));
        }
        if (!time.after(minutes(random, 5, 60))) {
            return serviceCase;
        }
        CaseLifecycle.advance(serviceCase, CaseStatus.FIXING, time.at, worker, words.getString("activity.fixing"));
        if (!time.after(minutes(random, 60, 36 * 60))) {
            return serviceCase;
        }
        String solution = words.getString(scenario + ".solution");
        CaseLifecycle.advance(serviceCase, CaseStatus.REPLIED, time.at, worker,
                MessageFormat.format(words.getString("activity.replied"), solution));
        serviceCase.setFaultCause(words.getString(scenario + ".cause"));
        serviceCase.setResolutionMethod(solution);
        // The customer confirms the fix and answers the survey within days.
        if (!time.after(minutes(random, 12 * 60, 5 * DAY))) {
            return serviceCase;
        }
        close(random, words, settings, serviceCase, contact, time, worker, late || slow);
        if (random.nextInt(100) < 4 && time.after(minutes(random, 24 * 60, 72 * 60))) {
            CaseLifecycle.complain(serviceCase, words.getString("complaint"), time.at, desk);
            if (time.after(minutes(random, 4 * 60, 24 * 60))) {
                CaseLifecycle.advance(serviceCase, CaseStatus.REPLIED, time.at, worker,
                        MessageFormat.format(words.getString("activity.replied"), solution));
                if (time.after(minutes(random, 12 * 60, 48 * 60))) {
                    CaseLifecycle.close(serviceCase, new CaseLifecycle.Survey(confirmer(serviceCase, contact), settings.getSatisfiedScore(),
                            words.getString("survey.fair")), settings.getSatisfiedScore(), time.at, worker);
                }
            }
        }
        return serviceCase;
    }

    private static void close(Random random, ResourceBundle words, CaseSettings settings, ServiceCase serviceCase, Contact contact,
            Timeline time, String worker, boolean late) {
        int score = late ? 2 + random.nextInt(3) : 4 + random.nextInt(2);
        String comment = words.getString(score >= 5 ? "survey.good" : score >= 3 ? "survey.fair" : "survey.poor");
        CaseLifecycle.close(serviceCase, new CaseLifecycle.Survey(confirmer(serviceCase, contact), score, comment),
                settings.getSatisfiedScore(), time.at, worker);
    }

    private static String confirmer(ServiceCase serviceCase, Contact contact) {
        return contact != null ? contact.getName() : serviceCase.getCallerCompany();
    }

    /** The first solved case of each fault gets a knowledge article, written a day after it closed. */
    private static void writeArticle(Database database, ModelSession session, ResourceBundle words, ServiceCase serviceCase, Instant now,
            Set<String> written) {
        if (serviceCase.getClosedAt() == null || serviceCase.getKind() != CaseKind.DEFECT || serviceCase.getFaultCause() == null) {
            return;
        }
        Instant at = serviceCase.getClosedAt().plus(Duration.ofDays(1));
        if (!at.isBefore(now) || !written.add(serviceCase.getTitle())) {
            return;
        }
        String author = serviceCase.getAssignee() == null ? DESK : serviceCase.getAssignee().getName();
        KnowledgeBase.Draft draft = new KnowledgeBase.Draft(serviceCase.getTitle(), serviceCase.getDescription(),
                serviceCase.getFaultCause(), serviceCase.getResolutionMethod(), serviceCase.getVendor(),
                serviceCase.getEquipment() == null ? null : serviceCase.getEquipment().getModel(), null);
        session.add(KnowledgeBase.newArticle(database, draft, serviceCase, author, at));
    }

    /**
     * The SLA events of the year as the evaluator derives them, each recorded when it fell due:
     * before the first contact (reminders, the response target) and before the diagnosis
     * (resolution target, escalation steps). Their notices are delivered; those older than a few
     * days have been read.
     */
    @Override
    public void stored(Context context, Database database, IProgressMonitor monitor) {
        if (!stores(database)) {
            return;
        }
        SubMonitor progress = SubMonitor.convert(monitor, 3);
        List<SlaEvaluator.Due> due = new ArrayList<>();
        Instant now = context.now();
        try (ModelSession session = database.openSession()) {
            Map<Long, WorkingTime> calendars = new HashMap<>();
            for (ServiceCase c : session.findAll(ServiceCase.class, "openedAt")) {
                if (c.getCalendar() == null || c.getPlan() == null) {
                    continue;
                }
                long id = id(c);
                WorkingTime time = calendars.computeIfAbsent(id(c.getCalendar()), k -> WorkingTime.of(c.getCalendar()));
                SlaClock clock = new SlaClock(time, SlaClock.pausesOf(c.getPauses()));
                Instant ended = c.getClosedAt() != null ? c.getClosedAt() : c.getResolvedAt() != null ? c.getResolvedAt() : now;
                Instant contacted = c.getRespondedAt() != null ? c.getRespondedAt() : ended;
                Instant diagnosed = c.getDiagnosedAt() != null ? c.getDiagnosedAt() : ended;
                Map<String, SlaEvaluator.Due> events = new LinkedHashMap<>();
                SlaEvaluator.OpenCase beforeContact = new SlaEvaluator.OpenCase(id, c.getNumber(), c.getOpenedAt(), c.getSeverity(),
                        c.getAssignedAt(), null, null, CaseStatus.SUBMITTED, c.getOpenedAt(), id(c.getCalendar()), id(c.getPlan()), 0);
                SlaEvaluator.dueEvents(beforeContact, c.getPlan(), clock, contacted).forEach(d -> events.putIfAbsent(d.key(), d));
                if (c.getRespondedAt() != null) {
                    SlaEvaluator.OpenCase beforeDiagnosis = new SlaEvaluator.OpenCase(id, c.getNumber(), c.getOpenedAt(),
                            c.getSeverity(), c.getAssignedAt(), c.getRespondedAt(), null, CaseStatus.SUBMITTED, c.getOpenedAt(),
                            id(c.getCalendar()), id(c.getPlan()), 0);
                    SlaEvaluator.dueEvents(beforeDiagnosis, c.getPlan(), clock, diagnosed).forEach(d -> events.putIfAbsent(d.key(), d));
                }
                due.addAll(events.values());
            }
        }
        progress.split(1);
        new SlaEvaluator(database, "sample data").recordAtDueTimes(due);
        progress.split(1);
        try (ModelSession session = database.openSession()) {
            Map<String, Integer> unread = new HashMap<>();
            for (OutboxMessage message : session.query("SELECT m FROM OutboxMessage m ORDER BY m.createdAt DESC, m.persistentId DESC",
                    OutboxMessage.class)) {
                message.setStatus(DeliveryStatus.SENT);
                message.setAttempts(1);
                message.setSentAt(message.getCreatedAt());
                boolean recent = !message.getCreatedAt().isBefore(now.minus(READ_AFTER));
                if (!recent && unread.merge(message.getRecipient(), 1, Integer::sum) > UNREAD_KEPT) {
                    message.setReadAt(message.getCreatedAt().plus(Duration.ofHours(1)));
                }
            }
            session.save();
        }
        CaseWords.catchUp(database, progress.split(1));
    }

    /** The moment the case has reached, moved on step by step; a step that would fall after loading does not happen. */
    private static final class Timeline {
        Instant at;
        private final Instant now;

        Timeline(Instant start, Instant now) {
            this.at = start;
            this.now = now;
        }

        /** @return whether the next step, {@code minutes} later, has happened by now (and if so, moves there) */
        boolean after(long minutes) {
            Instant next = at.plus(Duration.ofMinutes(Math.max(1, minutes)));
            if (!next.isBefore(now)) {
                return false;
            }
            at = next;
            return true;
        }
    }

    /** @return a share of a target: well within (30–90 %) or, when late, beyond it (120–300 %) */
    private static long share(Random random, int targetMinutes, boolean late) {
        double share = late ? 1.2 + random.nextDouble() * 1.8 : 0.3 + random.nextDouble() * 0.6;
        return Math.round(targetMinutes * share);
    }

    private static long minutes(Random random, int least, int most) {
        return least + random.nextInt(most - least + 1);
    }

    private static String weighted(Random random) {
        int pick = random.nextInt(100);
        for (int i = 0; i < SEVERITIES.length; i++) {
            pick -= SEVERITY_WEIGHTS[i];
            if (pick < 0) {
                return SEVERITIES[i];
            }
        }
        return SEVERITIES[SEVERITIES.length - 1];
    }

    /** A call comes in business hours for 5x8 customers, at any hour (mostly by day) for 7x24 ones. */
    private static Instant opening(Random random, Instant from, Instant to, Coverage coverage, ZoneId zone) {
        long span = Duration.between(from, to).toMinutes();
        ZonedDateTime day = from.plus(Duration.ofMinutes((long) (random.nextDouble() * span))).atZone(zone);
        int hour;
        if (coverage == Coverage.SEVEN_BY_TWENTY_FOUR) {
            hour = random.nextInt(10) < 7 ? 8 + random.nextInt(10) : random.nextInt(24);
        } else {
            hour = 9 + random.nextInt(8);
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY) {
                day = day.plusDays(2);
            } else if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                day = day.plusDays(1);
            }
        }
        Instant at = day.withHour(hour).withMinute(random.nextInt(60)).withSecond(0).withNano(0).toInstant();
        return at.isBefore(to) ? at : to.minus(Duration.ofMinutes(5 + random.nextInt(120)));
    }

    private static Coverage coverage(Customer customer) {
        return customer.getContracts().isEmpty() ? Coverage.FIVE_BY_EIGHT : customer.getContracts().get(0).getCoverage();
    }

    private static ZoneId zone(Customer customer) {
        ServiceContract contract = customer.getContracts().isEmpty() ? null : customer.getContracts().get(0);
        return contract == null || contract.getCalendar() == null ? ZoneId.of("Asia/Shanghai") : ZoneId.of(contract.getCalendar().getTimeZone());
    }

    /** The fault scenarios come by kind of equipment, told by its model. */
    private static String kind(Equipment equipment) {
        String model = equipment == null ? "" : equipment.getModel();
        if (model.startsWith("LT-GW")) {
            return KINDS[0];
        } else if (model.startsWith("LT-SW")) {
            return KINDS[1];
        } else if (model.startsWith("KS-FW")) {
            return KINDS[2];
        } else if (model.startsWith("PS-")) {
            return KINDS[4];
        } else if (model.startsWith("LT-AP")) {
            return KINDS[5];
        } else if (model.startsWith("NP-UPS")) {
            return KINDS[6];
        }
        return KINDS[3];
    }

    private static long id(Object stored) {
        return ((PersistentObject) stored).getPersistentId();
    }
}
