package org.opsbench.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opsbench.cases.ActivityLog;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.CaseList;
import org.opsbench.cases.SlaChecks;
import org.opsbench.cases.model.ServiceCase;
import org.opsbench.cases.ui.internal.CaseEditor;
import org.opsbench.cases.ui.internal.CaseListView;
import org.opsbench.cases.ui.internal.KnowledgeView;
import org.opsbench.cases.ui.internal.NotificationsView;
import org.opsbench.model.Coverage;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.testing.SwtRobot;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * A hotline case through the real workbench on the sample data: intake with caller lookup,
 * assignment, a call, the escalation the background evaluation records once the case is two
 * hours old, the status steps, and closing with the customer's confirmation and survey.
 * One workbench per test JVM, so the steps run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseDeskWorkbenchTest {

    private static final String TITLE = "Core switch reboots every hour";
    private static ServiceDeskSession session;
    private static SwtRobot robot;
    private static String number;
    private static long caseId;

    @BeforeAll
    static void start() throws Exception {
        session = new ServiceDeskSession("Log in to OpsBench", "The sample data is loaded.", "Log in");
        robot = session.robot;
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
    }

    private static Database database() {
        return ServiceDesk.database();
    }

    private static void showView(String id) {
        session.showView(id);
    }

    private static String text(Label label) {
        return robot.onUi(label::getText);
    }

    private static String text(Text text) {
        return robot.onUi(() -> text.getText());
    }

    /** The rows' "what | by | details" columns; for checks, which run on the UI thread. */
    private static List<String> rows(Table table) {
        return Arrays.stream(table.getItems()).map(item -> item.getText(1) + " | " + item.getText(2) + " | " + item.getText(3)).toList();
    }

    @Test
    @Order(1)
    void theHotlineFindsTheCallerByContractNumberOpensTheCaseAndAssignsAnEngineer() {
        // A customer with a 7x24 contract calls (so that the clocks run whatever day the test runs on);
        // the agent types the contract number the caller reads out.
        Object[] caller = database().list("SELECT k.number, c.name FROM Customer c JOIN c.contracts k WHERE k.coverage = ?1"
                + " ORDER BY k.number", Object[].class, Coverage.SEVEN_BY_TWENTY_FOUR).get(0);
        String contract = (String) caller[0];

        showView(CaseListView.ID);
        robot.click(robot.toolItem("New Case..."));
        Shell intake = robot.shell("New Case");
        robot.type(robot.text("intake.caller"), contract.toLowerCase());
        Table matches = robot.table("intake.matches");
        robot.waitFor("the contract among the matches", () -> Arrays.stream(matches.getItems()).anyMatch(i -> i.getText().contains(contract)));
        robot.select(matches, robot.onUi(() -> Arrays.stream(matches.getItems()).map(TableItem::getText)
                .filter(t -> t.contains(contract)).findFirst().orElseThrow()));
        Table engineers = robot.table("assign.engineers");
        robot.waitFor("engineer suggestions", () -> engineers.getItemCount() > 0);
        Label entitlement = robot.find("the entitlement", Label.class, l -> "intake.entitlement".equals(l.getData(SwtRobot.ID)));
        robot.waitFor("the entitlement", () -> !entitlement.getText().isBlank() && !entitlement.getText().contains("matches"));

        // The call is about one item of the caller's equipment; it names the vendor.
        Combo equipment = robot.combo("intake.equipment");
        robot.waitFor("the caller's equipment", () -> equipment.getItemCount() > 1);
        String item = robot.onUi(() -> equipment.getItem(1));
        robot.select(equipment, item);
        Text vendor = robot.text("intake.vendor");
        robot.waitFor("the vendor from the equipment", () -> !vendor.getText().isBlank() && item.startsWith(vendor.getText() + " "));

        robot.type(robot.text("intake.title"), TITLE);
        robot.type(robot.text("intake.description"), "Since this morning the core switch restarts about every hour; users lose the ERP.");
        Combo severity = robot.combo("intake.severity");
        robot.waitFor("the severity levels", () -> severity.getItemCount() > 0);
        robot.select(severity, robot.onUi(() -> Arrays.stream(severity.getItems()).filter(i -> i.startsWith("P1")).findFirst().orElseThrow()));
        String engineer = robot.onUi(() -> engineers.getItem(0).getText(0));
        robot.select(engineers, engineer);
        robot.screenshot("case-intake");
        robot.click(robot.button(intake, "Open Case"));
        robot.shellClosed("New Case");

        CaseEditor editor = editor();
        number = robot.onUi(() -> editor.getPartName());
        caseId = ((org.opsbench.cases.ui.internal.CaseEditorInput) robot.onUi(editor::getEditorInput)).caseId();
        robot.shows(number + "  " + TITLE);
        Label status = robot.find("the status", Label.class, l -> CaseEditor.STATUS_ID.equals(l.getData(SwtRobot.ID)));
        assertEquals("submitted", text(status));
        robot.shows(engineer);
        Table timeline = robot.table(CaseEditor.TIMELINE_ID);
        robot.waitFor("the assignment in the timeline", () -> rows(timeline).stream().anyMatch(r -> r.startsWith("Assignment")));
        robot.screenshot("case-editor-assigned");

        ServiceCase stored = new CaseDesk(database(), "test").read(caseId);
        assertEquals((String) caller[1], stored.getCustomer().getName());
        assertEquals(contract, stored.getContractNumber());
        assertEquals("P1", stored.getSeverity());
        assertEquals(item, stored.getEquipment().getVendor() + " " + stored.getEquipment().getModel() + " \u00b7 "
                + stored.getEquipment().getSerialNumber(), "the case is about the equipment chosen");
        Label shownEquipment = robot.find("the equipment", Label.class, l -> CaseEditor.EQUIPMENT_ID.equals(l.getData(SwtRobot.ID)));
        assertEquals(item, text(shownEquipment));
        assertEquals("admin", stored.getOpenedBy());
        assertEquals(engineer, stored.getAssignee().getName());
        long notices = database().list("SELECT COUNT(m) FROM OutboxMessage m WHERE m.reference = ?1", Long.class, number).get(0);
        assertTrue(notices >= 1, "the engineer is notified (e-mail and SMS where the engineer has them)");
    }

    private static Table timeline() {
        return robot.table(CaseEditor.TIMELINE_ID);
    }

    private static CaseEditor editor() {
        robot.waitFor("the case editor", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .getActiveEditor() instanceof CaseEditor);
        return robot.onUi(() -> (CaseEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor());
    }

    @Test
    @Order(2)
    void fortyFiveMinutesWithoutContactProposeReassignmentWhichTheEditorActsOn() {
        // Fifty minutes pass without contact: the stored start and assignment move back, and the change is
        // announced, as every writer outside the case desk must (SlaChecks).
        String before;
        try (ModelSession session = database().openSession()) {
            ServiceCase serviceCase = session.find(ServiceCase.class, caseId);
            serviceCase.setOpenedAt(serviceCase.getOpenedAt().minus(Duration.ofMinutes(50)));
            serviceCase.setAssignedAt(serviceCase.getAssignedAt().minus(Duration.ofMinutes(50)));
            before = serviceCase.getAssignee().getName();
            session.save();
            SlaChecks.recheck(database(), serviceCase);
        }
        Label proposal = robot.find("the reassignment proposal", Label.class, l -> CaseEditor.PROPOSAL_ID.equals(l.getData(SwtRobot.ID)));
        robot.waitFor("the reassignment proposal in the editor", () -> proposal.isVisible()
                && proposal.getText().startsWith("Reassignment proposed at ") && proposal.getText().contains(before));
        robot.screenshot("case-reassign-proposed");

        robot.click(robot.button("Reassign..."));
        Shell dialog = robot.shell("Assign Case");
        Table engineers = robot.table("assign.engineers");
        robot.waitFor("other engineers suggested", () -> engineers.getItemCount() > 1);
        String other = robot.onUi(() -> Arrays.stream(engineers.getItems()).map(i -> i.getText(0)).filter(n -> !n.equals(before))
                .findFirst().orElseThrow());
        robot.select(engineers, other);
        robot.click(robot.button(dialog, "OK"));
        robot.shellClosed("Assign Case");
        robot.waitFor("the proposal gone with the new assignment", () -> !proposal.isVisible());
        robot.shows(other);
        assertEquals(other, new CaseDesk(database(), "test").read(caseId).getAssignee().getName());
        assertEquals(1L, database().list("SELECT COUNT(e) FROM SlaEvent e WHERE e.serviceCaseId = ?1 AND e.kind = ?2",
                Long.class, caseId, org.opsbench.cases.model.SlaEventKind.REASSIGN_PROPOSAL).get(0), "proposed once");
    }

    @Test
    @Order(3)
    void theEngineersCallIsRecordedAndStopsTheResponseClock() {
        robot.click(robot.button("Add Activity..."));
        Shell dialog = robot.shell("Add Activity");
        robot.select(robot.combo("activity.kind"), "Call");
        Text details = robot.text("activity.text");
        robot.type(details, "Called the network administrator; collecting the switch's crash logs remotely.");
        robot.click(robot.button(dialog, "OK"));
        robot.shellClosed("Add Activity");
        Table timeline = robot.table(CaseEditor.TIMELINE_ID);
        robot.waitFor("the call in the timeline", () -> rows(timeline).stream()
                .anyMatch(r -> r.startsWith("Call | admin | Called the network administrator")));
        assertTrue(new CaseDesk(database(), "test").read(caseId).getRespondedAt() != null);
    }

    @Test
    @Order(4)
    void twoHoursWithoutDiagnosisEscalateInTheBackgroundAndShowInEditorListAndNotifications() {
        // Two hours pass: the case's stored start moves back; the background evaluation does the rest.
        try (ModelSession session = database().openSession()) {
            ServiceCase serviceCase = session.find(ServiceCase.class, caseId);
            serviceCase.setOpenedAt(serviceCase.getOpenedAt().minus(Duration.ofHours(2)));
            session.save();
            SlaChecks.recheck(database(), serviceCase);
        }
        Table escalations = robot.table(CaseEditor.ESCALATIONS_ID);
        robot.waitFor("the escalation to the response-center manager", () -> rows(escalations).stream()
                .anyMatch(r -> r.equals("Escalation | response-center-manager | " + ServiceDesk.workbenchName())));
        robot.screenshot("case-escalated");
        assertEquals(1L, database().list("SELECT COUNT(e) FROM SlaEvent e WHERE e.serviceCaseId = ?1 AND e.kind = ?2",
                Long.class, caseId, org.opsbench.cases.model.SlaEventKind.ESCALATION).get(0), "recorded once");

        showView(CaseListView.ID);
        CaseListView list = robot.onUi(() -> (CaseListView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(CaseListView.ID));
        robot.waitFor("the case in the list, overdue", () -> list.shownRows().stream()
                .anyMatch(r -> r.number().equals(number) && r.urgency(Instant.now()) == CaseList.Urgency.BREACHED));
        robot.type(robot.text(CaseListView.FILTER_ID), "core switch");
        robot.waitFor("the filter", () -> !list.shownRows().isEmpty()
                && list.shownRows().stream().allMatch(r -> r.title().toLowerCase().contains("core switch")));
        robot.screenshot("case-list-overdue");
        robot.type(robot.text(CaseListView.FILTER_ID), "");

        showView(NotificationsView.ID);
        Table notices = robot.table(NotificationsView.TABLE_ID);
        robot.waitFor("the dispatcher's notice of the missed deadline", () -> Arrays.stream(notices.getItems())
                .anyMatch(i -> i.getText(1).equals("Case " + number + " (P1) has missed its target: " + TITLE)));
        robot.screenshot("case-notifications");

        // Open Case and Mark as Read act on the selected notices: disabled without one.
        String missed = "Case " + number + " (P1) has missed its target: " + TITLE;
        robot.select(notices, missed);
        org.eclipse.swt.widgets.ToolItem markRead = robot.toolItem("Mark as Read");
        org.eclipse.swt.widgets.ToolItem openCase = robot.toolItem("Open Case");
        robot.onUi(() -> {
            notices.deselectAll();
            notices.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
            return null;
        });
        robot.waitFor("Mark as Read and Open Case disabled without a selection", () -> !markRead.isEnabled() && !openCase.isEnabled());
        robot.select(notices, missed);
        robot.waitFor("Mark as Read enabled for the selected notice", markRead::isEnabled);
        robot.click(markRead);
        robot.waitFor("the notice read and gone", () -> Arrays.stream(notices.getItems()).noneMatch(i -> i.getText(1).equals(missed)));
    }

    @Test
    @Order(5)
    void theDefectIsWorkedThroughAndClosedWithTheCustomersConfirmationAndSurvey() {
        CaseEditor editor = editor();
        robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().activate(editor));
        Label status = robot.find("the status", Label.class, l -> CaseEditor.STATUS_ID.equals(l.getData(SwtRobot.ID)));
        for (String step : List.of("analysed", "confirmed", "fixing", "replied")) {
            Combo next = robot.combo(CaseEditor.NEXT_STATUS_ID);
            robot.waitFor("\"" + step + "\" offered", () -> Arrays.asList(next.getItems()).contains(step));
            robot.select(next, step);
            robot.click(robot.button("Move To"));
            robot.waitFor("status " + step, () -> status.getText().startsWith(step));
            if (step.equals("analysed")) {
                // No target runs after the diagnosis, and the header says so rather than "no clock".
                Label deadline = robot.find("the deadline", Label.class, l -> CaseEditor.DEADLINE_ID.equals(l.getData(SwtRobot.ID)));
                robot.waitFor("the reason no target runs", () -> deadline.getText().equals("diagnosed: no target after the diagnosis"));
                robot.screenshot("case-editor-diagnosed");
            }
        }

        // Solved: the engineer writes down what was learned, drafted from the case.
        robot.click(robot.button("Write Article..."));
        Shell article = robot.shell("Knowledge Article");
        Text articleTitle = robot.text("article.title");
        robot.waitFor("the draft from the case", () -> articleTitle.getText().equals(TITLE));
        assertEquals("Since this morning the core switch restarts about every hour; users lose the ERP.",
                text(robot.text("article.symptom")), "the case's description is the symptom");
        robot.type(robot.text("article.cause"), "A memory leak in the routing process of firmware 7.2.");
        robot.type(robot.text("article.solution"), "Upgrade the core switch to firmware 7.2.4 during a maintenance window.");
        robot.type(robot.text("article.keywords"), "reboot, crash, firmware");
        robot.screenshot("case-article");
        robot.click(robot.button(article, "OK"));
        robot.shellClosed("Knowledge Article");
        Label articles = robot.find("the articles", Label.class, l -> CaseEditor.ARTICLES_ID.equals(l.getData(SwtRobot.ID)));
        robot.waitFor("the article's number in the editor", () -> articles.getText().startsWith("KB-"));
        assertEquals(List.of(number), database().list("SELECT k.sourceCase.number FROM KnowledgeArticle k WHERE k.number = ?1",
                String.class, text(articles)), "stored with its case");
        // The fault analysis, for the fault analysis report.
        robot.click(robot.button("Fault Analysis..."));
        Shell analysis = robot.shell("Fault Analysis");
        robot.type(robot.text("analysis.cause"), "A memory leak in the routing process of firmware 7.2.");
        robot.type(robot.text("analysis.method"), "Firmware upgraded to 7.2.4; the switch was watched for 24 hours.");
        robot.type(robot.text("analysis.losses"), "The ERP was unreachable for about 40 minutes in all.");
        robot.screenshot("case-fault-analysis");
        robot.click(robot.button(analysis, "OK"));
        robot.shellClosed("Fault Analysis");
        Table log = timeline();
        robot.waitFor("the analysis in the timeline", () -> rows(log).stream()
                .anyMatch(r -> r.startsWith("Note | admin | Fault analysis recorded. Cause: A memory leak")));
        ServiceCase analysed = new CaseDesk(database(), "test").read(caseId);
        assertEquals("Firmware upgraded to 7.2.4; the switch was watched for 24 hours.", analysed.getResolutionMethod());
        assertEquals("The ERP was unreachable for about 40 minutes in all.", analysed.getLosses());

        robot.click(robot.button("Close..."));
        Shell dialog = robot.shell("Close Case");
        robot.type(robot.text("close.confirmedBy"), "the customer's network administrator");
        robot.select(robot.combo("close.score"), "5");
        robot.type(robot.text("close.comment"), "Fixed within the hour, thank you.");
        robot.screenshot("case-close-survey");
        robot.click(robot.button(dialog, "OK"));
        robot.shellClosed("Close Case");
        robot.waitFor("the case closed", () -> status.getText().equals("closed"));
        robot.shows("5/5 Fixed within the hour, thank you.");
        robot.screenshot("case-closed");

        ServiceCase closed = new CaseDesk(database(), "test").read(caseId);
        assertEquals(Integer.valueOf(5), closed.getSatisfaction());
        assertTrue(closed.getClosedAt() != null);
        assertTrue(ActivityLog.verify(closed).isEmpty(), "every step is in the unbroken log");
    }

    @Test
    @Order(6)
    void theClosedCaseIsFoundByAWordOfItsLogThroughTheSearch() {
        showView(CaseListView.ID);
        CaseListView list = robot.onUi(() -> (CaseListView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(CaseListView.ID));
        robot.click(robot.button("Closed too"));
        robot.click(robot.toolItem("Search Cases"));
        Shell search = robot.shell("Search Cases");
        robot.type(robot.text("search.words"), "CRASH logs");
        robot.type(robot.text("search.from"), "2026-13-01");
        robot.shows("\"2026-13-01\" is not a date; write it as year-month-day, e.g. 2026-05-11.");
        org.eclipse.swt.widgets.Button ok = robot.find("the OK button", org.eclipse.swt.widgets.Button.class,
                b -> b.getShell() == search && "OK".equals(b.getText()));
        assertTrue(!robot.onUi(ok::isEnabled), "no search with a bad date");
        robot.type(robot.text("search.from"), "");
        robot.type(robot.text("search.saveAs"), "Crash logs");
        robot.click(robot.button(search, "Share with colleagues"));
        robot.click(robot.button(search, "OK"));
        robot.shellClosed("Search Cases");
        robot.waitFor("only the case whose call mentioned the crash logs", () -> list.shownRows().size() == 1
                && list.shownRows().get(0).number().equals(number));
        robot.shows("Search results: Crash logs");
        robot.screenshot("case-search");
        assertEquals(List.of("Crash logs"), new org.opsbench.cases.SavedSearches(database(), "colleague").list().stream()
                .map(org.opsbench.cases.SavedSearches.Saved::name).toList(), "saved, and shared");
        robot.click(robot.toolItem("All Cases"));
        robot.waitFor("every case again", () -> list.getContentDescription().isEmpty());

        // The saved search fills the form again.
        robot.click(robot.toolItem("Search Cases"));
        Shell again = robot.shell("Search Cases");
        Combo saved = robot.combo("search.saved");
        robot.waitFor("the saved search offered", () -> Arrays.asList(saved.getItems()).contains("Crash logs"));
        robot.select(saved, "Crash logs");
        Text words = robot.text("search.words");
        robot.waitFor("the form filled from it", () -> words.getText().equals("CRASH logs"));
        robot.screenshot("case-saved-search");
        robot.click(robot.button(again, "OK"));
        robot.shellClosed("Search Cases");
        robot.waitFor("the saved search's result", () -> list.shownRows().size() == 1 && list.shownRows().get(0).number().equals(number));
        robot.click(robot.toolItem("All Cases"));
        robot.waitFor("every case again", () -> list.getContentDescription().isEmpty());
    }

    @Test
    @Order(7)
    void theNextCallerWithTheSameProblemIsOfferedTheArticleAtIntake() {
        showView(CaseListView.ID);
        robot.click(robot.toolItem("New Case..."));
        Shell intake = robot.shell("New Case");
        robot.type(robot.text("intake.title"), "Switch reboots");
        robot.type(robot.text("intake.description"), "Our core switch reboots by itself, the firmware was not changed.");
        Table known = robot.table("intake.known");
        robot.waitFor("the article among the known solutions", () -> known.getItemCount() > 0
                && known.getItem(0).getText(1).equals(TITLE));
        Text solution = robot.text("intake.knownSolution");
        robot.waitFor("its solution shown", () -> solution.getText()
                .startsWith("Solution: Upgrade the core switch to firmware 7.2.4 during a maintenance window."));
        assertTrue(text(solution).endsWith("(from case " + number + ")"));
        robot.screenshot("case-intake-known-solution");
        robot.click(robot.button(intake, "Cancel"));
        robot.shellClosed("New Case");
    }

    @Test
    @Order(8)
    void theDashboardChartsOpenCasesBySeverityAndTheWeeksMissedDeadlines() {
        showView(org.opsbench.cases.ui.internal.DashboardView.ID);
        org.opsbench.cases.ui.internal.DashboardView dashboard = robot.onUi(() -> (org.opsbench.cases.ui.internal.DashboardView) PlatformUI
                .getWorkbench().getActiveWorkbenchWindow().getActivePage().findView(org.opsbench.cases.ui.internal.DashboardView.ID));
        long open = database().list("SELECT COUNT(c) FROM ServiceCase c WHERE c.closedAt IS NULL", Long.class).get(0);
        // The twelve weeks the dashboard shows (the sample data's history reaches back a year).
        org.opsbench.cases.DashboardChart.Scope shown = new org.opsbench.cases.DashboardChart.Scope(database(), Instant.now(),
                java.time.ZoneId.systemDefault(), 12, null);
        long breaches = database().list("SELECT COUNT(e) FROM SlaEvent e WHERE e.kind = ?1 AND e.dueAt >= ?2 AND e.dueAt < ?3", Long.class,
                org.opsbench.cases.model.SlaEventKind.BREACH, shown.from(), shown.before()).get(0);
        assertTrue(breaches >= 1, "the escalated case missed its target");
        boolean[] answeredInWeek = new boolean[12];
        double[] respondHours = new double[12];
        int[] answered = new int[12];
        for (Object[] r : database().list("SELECT c.openedAt, c.respondedAt FROM ServiceCase c WHERE c.respondedAt IS NOT NULL"
                + " AND c.openedAt >= ?1 AND c.openedAt < ?2", Object[].class, shown.from(), shown.before())) {
            int week = shown.week((Instant) r[0]);
            answeredInWeek[week] = true;
            respondHours[week] += Duration.between((Instant) r[0], (Instant) r[1]).toSeconds() / 3600.0;
            answered[week]++;
        }
        robot.waitFor("the charts drawn from the database", () -> {
            double[] bySeverity = dashboard.values("Open cases by severity", "open");
            double[] perWeek = dashboard.values("Missed deadlines per week", "breaches");
            return bySeverity != null && perWeek != null && Arrays.stream(bySeverity).sum() == open
                    && Arrays.stream(perWeek).sum() == breaches;
        });
        double[] respond = robot.onUi(() -> dashboard.values("Mean time to respond and to resolve", "respond"));
        assertEquals(12, respond.length, "twelve weeks");
        // Weeks without answered cases have no mean time: left out, not drawn as 0 h.
        for (int week = 0; week < 12; week++) {
            assertEquals(!answeredInWeek[week], Double.isNaN(respond[week]), "week " + week + ": " + Arrays.toString(respond));
        }
        // The duration axis counts minutes below two hours, else hours.
        String unit = robot.onUi(() -> dashboard.valueAxisTitle("Mean time to respond and to resolve"));
        double longest = Arrays.stream(robot.onUi(() -> dashboard.values("Mean time to respond and to resolve", "resolve")))
                .filter(Double::isFinite).max().orElse(0);
        double longestDrawn = Math.max(longest, Arrays.stream(respond).filter(Double::isFinite).max().orElse(0));
        assertTrue(unit.equals("Minutes") ? longestDrawn < 120 : unit.equals("Hours") && longestDrawn >= 2, unit + " for " + longestDrawn);
        // Each week's mean is the database's (in the axis' unit), the case answered two hours after its (moved) opening among them.
        double perHour = unit.equals("Minutes") ? 60 : 1;
        for (int week = 0; week < 12; week++) {
            if (answered[week] > 0) {
                assertEquals(respondHours[week] / answered[week] * perHour, respond[week], 0.01, "week " + week + ": " + Arrays.toString(respond));
            }
        }
        // Week labels never crowd each other: in a narrow chart only some are written, the current week always.
        List<String> weeks = robot.onUi(() -> dashboard.categoryLabels("Missed deadlines per week"));
        assertEquals(12, weeks.size());
        assertTrue(!weeks.get(11).isEmpty(), weeks.toString());
        assertTrue(robot.onUi(() -> dashboard.categoryLabelsFit("Missed deadlines per week")), weeks.toString());
        // A plug-in's chart is drawn beside them; one that cannot read its figures says why in its place.
        long cases = database().list("SELECT COUNT(c) FROM ServiceCase c", Long.class).get(0);
        assertEquals(cases, (long) Arrays.stream(robot.onUi(() -> dashboard.values("Cases per channel", "cases"))).sum());
        assertEquals(List.of("The chart \"Parts shipped\" of org.opsbench.cases.ui.tests could not be read: the depot service does not answer"),
                robot.onUi(dashboard::failures));
        // Maximised, as a manager reads it.
        org.eclipse.ui.IWorkbenchPage page = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
        robot.onUi(() -> {
            page.activate(dashboard);
            page.toggleZoom(page.getReference(dashboard));
        });
        robot.waitFor("the dashboard maximised", page::isPageZoomed);
        // Wider, the chart labels as many weeks as fit, still without overlap, and at least as many as before.
        robot.waitFor("the labels fitted to the wider chart", () -> dashboard.categoryLabelsFit("Missed deadlines per week")
                && dashboard.categoryLabels("Missed deadlines per week").stream().filter(String::isEmpty).count()
                        <= weeks.stream().filter(String::isEmpty).count());
        // The mean times' axis writes week labels at whole positions only.
        List<String> timeTicks = robot.onUi(() -> dashboard.tickLabels("Mean time to respond and to resolve"));
        assertTrue(timeTicks.stream().filter(t -> !t.isEmpty()).allMatch(t -> t.matches("\\d{1,2}/\\d{1,2}"))
                && timeTicks.contains(weeks.get(11)), timeTicks.toString());
        robot.screenshot("case-dashboard");
        robot.onUi(() -> page.toggleZoom(page.getReference(dashboard)));
    }

    @Test
    @Order(9)
    void theKnowledgeBaseListsEditsAndRetiresTheArticle() {
        showView(KnowledgeView.ID);
        Table articles = robot.table(KnowledgeView.TABLE_ID);
        robot.waitFor("the article written from the case", () -> Arrays.stream(articles.getItems()).anyMatch(i -> i.getText(3).equals(number)));
        String article = robot.onUi(() -> Arrays.stream(articles.getItems()).filter(i -> i.getText(3).equals(number)).findFirst()
                .orElseThrow().getText(0));
        robot.select(articles, article);
        // The view's tool bar shows icons with tool tips, not words; so does the Cases view's.
        for (org.eclipse.swt.widgets.ToolItem tool : List.of(robot.toolItem("Edit"), robot.toolItem("Refresh"), robot.toolItem("Search Cases"))) {
            assertTrue(robot.onUi(() -> tool.getImage() != null && tool.getText().isEmpty()), robot.onUi(tool::getToolTipText));
        }
        robot.click(robot.toolItem("Edit"));
        Shell dialog = robot.shell("Knowledge Article");
        Text title = robot.text("article.title");
        robot.waitFor("the stored title in the dialog", () -> title.getText().equals(TITLE));
        robot.type(title, TITLE + " on firmware 7.2");
        robot.click(robot.button(dialog, "OK"));
        robot.shellClosed("Knowledge Article");
        robot.waitFor("the changed title in the list", () -> Arrays.stream(articles.getItems())
                .anyMatch(i -> i.getText(0).equals(article) && i.getText(1).equals(TITLE + " on firmware 7.2")));
        robot.screenshot("knowledge-view");

        robot.select(articles, article);
        robot.click(robot.toolItem("Retire"));
        robot.waitFor("the retired article gone from the list", () -> Arrays.stream(articles.getItems())
                .noneMatch(i -> i.getText(0).equals(article)));
        assertEquals(List.of(Boolean.TRUE), database().list("SELECT k.retired FROM KnowledgeArticle k WHERE k.number = ?1", Boolean.class,
                article));

        // "Retired too" is a toggle command: pressed, it lists the retired article, whose Retire command reads Reinstate.
        org.eclipse.swt.widgets.ToolItem retiredToo = robot.toolItem("Retired too");
        assertTrue(robot.onUi(() -> (retiredToo.getStyle() & org.eclipse.swt.SWT.CHECK) != 0 && !retiredToo.getSelection()));
        robot.click(retiredToo);
        robot.waitFor("the retired article listed again", () -> Arrays.stream(articles.getItems())
                .anyMatch(i -> i.getText(0).equals(article) && i.getText(6).equals("retired")));
        assertTrue(robot.onUi(retiredToo::getSelection), "the toggle looks pressed");
        robot.select(articles, article);
        robot.screenshot("knowledge-retired-too");
        robot.click(robot.toolItem("Reinstate"));
        robot.waitFor("the article in use again", () -> Arrays.stream(articles.getItems())
                .anyMatch(i -> i.getText(0).equals(article) && i.getText(6).equals("in use")));
        assertEquals(List.of(Boolean.FALSE), database().list("SELECT k.retired FROM KnowledgeArticle k WHERE k.number = ?1", Boolean.class,
                article));
        robot.click(retiredToo);
        robot.waitFor("the toggle released", () -> !retiredToo.getSelection());
    }

    @Test
    @Order(10)
    void aCaseWhoseNewestLogRecordWasCutOffInTheDatabaseSaysSoWhenOpened() throws Exception {
        int records = new CaseDesk(database(), "test").read(caseId).getActivities().size();
        try (java.sql.Connection connection = database().dataSource().getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("DELETE FROM OB_ACTIVITY WHERE IN_SERVICE_CASE_ACTIVITIES = " + caseId
                    + " AND ORDINAL = " + records));
        }
        robot.onUi(() -> {
            org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.closeAllEditors(false);
            try {
                page.openEditor(new org.opsbench.cases.ui.internal.CaseEditorInput(caseId, number), CaseEditor.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        editor();
        Label broken = robot.find("the broken-log warning", Label.class, l -> CaseEditor.LOG_BROKEN_ID.equals(l.getData(SwtRobot.ID)));
        robot.waitFor("the warning filled in", () -> broken.isVisible() && !broken.getText().isBlank());
        assertEquals("The activity log fails its check: Case " + number + ", record " + records + ": it is missing: the log ends after record "
                + (records - 1) + ", but the case's anchor says it has " + records + " records (the newest were removed). Tell your"
                + " administrator; opsbench-cli verify-activity-log lists every break.", text(broken));
        robot.screenshot("case-log-broken");
    }

    @Test
    @Order(11)
    void theNextCallIsTakenFromTheKeyboardAlone() {
        // A customer with several sites calls and gives the company's name, not a number.
        Object[] customer = database().list("SELECT c.name, COUNT(s) FROM Customer c JOIN c.sites s GROUP BY c.name"
                + " HAVING COUNT(s) > 1 ORDER BY c.name", Object[].class).get(0);
        String name = (String) customer[0];
        long sites = ((Number) customer[1]).longValue();
        showView(CaseListView.ID);
        robot.click(robot.toolItem("New Case..."));
        robot.shell("New Case");
        Text caller = robot.text("intake.caller");
        robot.waitFor("the caller box focused", () -> caller.getDisplay().getFocusControl() == caller);

        // Enter searches; one candidate per site, the first offered with the focus on the list.
        robot.keyboard(name.toLowerCase(), "Return");
        Table matches = robot.table("intake.matches");
        robot.waitUntil("one candidate per site of " + name, () -> matches.getItemCount() == sites
                && matches.getDisplay().getFocusControl() == matches && matches.getSelectionIndex() == 0,
                () -> matches.getItemCount() + " candidates, caller \"" + caller.getText() + "\", focus on " + matches.getDisplay().getFocusControl());
        assertTrue(robot.onUi(() -> Arrays.stream(matches.getItems()).allMatch(i -> i.getText().contains(name))));

        // The arrow picks the second site, Enter confirms it and moves on to the equipment, Tab to the title.
        robot.keyboard("", "Down", "Return");
        Combo equipment = robot.combo("intake.equipment");
        robot.waitFor("on to the equipment", () -> equipment.getDisplay().getFocusControl() == equipment);
        assertEquals(1, robot.onUi(matches::getSelectionIndex));
        robot.keyboard("", "Tab");
        Text title = robot.text("intake.title");
        robot.waitFor("on to the title", () -> title.getDisplay().getFocusControl() == title);
        robot.keyboard("UPS alarms at night", "Tab");
        Text description = robot.text("intake.description");
        robot.waitFor("on to the description", () -> description.getDisplay().getFocusControl() == description);
        // Tab leaves the description instead of typing a tab into it.
        robot.keyboard("The UPS in the server room beeps every night.", "Tab");
        robot.waitFor("past the description", () -> description.getDisplay().getFocusControl() != description);
        assertEquals("UPS alarms at night", robot.onUi(() -> title.getText()));
        assertEquals("The UPS in the server room beeps every night.", robot.onUi(() -> description.getText()));
        robot.screenshot("case-intake-keyboard");
        robot.keyboard("", "Escape");
        robot.shellClosed("New Case");
    }

    /**
     * Last, as it restarts the workbench in the same workspace: the case editors the user had open come
     * back, the active one showing its case; another user logging in next does not get them, and sees
     * no error in their place.
     */
    @Test
    @Order(99)
    void theCasesOpenAtExitAreReopenedAfterARestartForTheSameUserOnly() throws Exception {
        List<Object[]> newest = database().list("SELECT c.persistentId, c.number FROM ServiceCase c ORDER BY c.openedAt DESC",
                Object[].class).subList(0, 2);
        robot.onUi(() -> {
            IWorkbenchPage page = page();
            page.closeAllEditors(false);
            for (Object[] c : newest) {
                try {
                    page.openEditor(new org.opsbench.cases.ui.internal.CaseEditorInput((Long) c[0], (String) c[1]), CaseEditor.ID);
                } catch (PartInitException e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        List<String> open = editorNames();
        assertEquals(2, open.size(), open.toString());
        session.close();

        session = new ServiceDeskSession("Log in to OpsBench", null, "Log in");
        robot = session.robot;
        robot.waitFor("the case editors of the last session", () -> names().containsAll(open));
        assertEquals(open.size(), editorNames().size(), "nothing else reopened: " + editorNames());
        String active = (String) newest.get(1)[1];
        robot.waitFor("the last active case shown", () -> page().getActiveEditor() instanceof CaseEditor editor
                && editor.getPartName().equals(active));
        robot.shows(active + "  ");
        robot.screenshot("editors-reopened-after-restart");
        session.close();

        session = new ServiceDeskSession("Log in to OpsBench", null, "Log in", "agent");
        robot = session.robot;
        robot.waitFor("the workbench page", () -> page() != null);
        List<String> names = editorNames();
        assertTrue(names.stream().noneMatch(open::contains), "another user does not get admin's editors: " + names);
        robot.screenshot("editors-not-reopened-for-another-user");
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    /** @return the names of the page's editors (on the UI thread) */
    private static List<String> names() {
        return Arrays.stream(page().getEditorReferences()).map(org.eclipse.ui.IEditorReference::getName).toList();
    }

    /** @return the names of the page's editors, asked from the test thread */
    private static List<String> editorNames() {
        return robot.onUi(CaseDeskWorkbenchTest::names);
    }

}
