package org.opsbench.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.cases.CallerLookup;
import org.opsbench.cases.CaseDesk;
import org.opsbench.cases.model.CaseKind;
import org.opsbench.cases.model.DefectClass;
import org.opsbench.cases.ui.internal.CaseEditor;
import org.opsbench.cases.ui.internal.CaseEditorInput;
import org.opsbench.cases.ui.internal.CaseListView;
import org.opsbench.persistence.Database;
import org.opsbench.testing.SwtRobot;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * A customer's IT manager logged in (the sample data's "customer" user): the Cases view lists the
 * organisation's own cases only, a case cannot be opened or worked on, only annotated.
 */
@Tag("separate-run")
class CustomerCasesTest {

    private static ServiceDeskSession session;
    private static SwtRobot robot;

    @BeforeAll
    static void start() throws Exception {
        session = new ServiceDeskSession("Log in to OpsBench", "The sample data is loaded.", "Log in", "customer");
        robot = session.robot;
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
    }

    @Test
    void theCustomerSeesOnlyTheOwnOrganisationsCasesAndCannotWorkOnThem() {
        Database database = ServiceDesk.database();
        assertEquals("customer", ServiceDesk.user().getLogin());
        Object[] own = database.list("SELECT c.persistentId, c.name FROM User u JOIN u.customer c WHERE u.login = 'customer'",
                Object[].class).get(0);
        // Callers are found by their contract numbers: one of the organisation's, one of another's.
        String ownCode = database.list("SELECT k.number FROM Customer c JOIN c.contracts k WHERE c.persistentId = ?1 ORDER BY k.number",
                String.class, own[0]).get(0);
        String other = database.list("SELECT k.number FROM Customer c JOIN c.contracts k WHERE c.persistentId <> ?1 ORDER BY k.number",
                String.class, own[0]).get(0);
        // The hotline (a trusted desk) opened one case for each organisation.
        CaseDesk hotline = new CaseDesk(database, "hotline");
        CallerLookup lookup = new CallerLookup(database);
        CaseDesk.Opened mine = hotline.open(new CaseDesk.Intake("hotline", lookup.find(ownCode).get(0), "Our VPN is down", null, null, "P2",
                CaseKind.DEFECT, DefectClass.TECHNICAL, null), Instant.now());
        hotline.open(new CaseDesk.Intake("hotline", lookup.find(other).get(0), "Another organisation's case", null, null, "P3",
                CaseKind.DEFECT, DefectClass.TECHNICAL, null), Instant.now());

        session.showView(CaseListView.ID);
        CaseListView list = robot.onUi(() -> (CaseListView) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .findView(CaseListView.ID));
        robot.click(robot.toolItem("Refresh"));
        robot.waitFor("the organisation's case, and only it", () -> list.shownRows().size() == 1);
        assertEquals(List.of(mine.number()), list.shownRows().stream().map(r -> r.number()).toList());
        // New Case, on the main tool bar and the Cases view's (one command), is disabled: a customer does not open cases at the hotline's desk.
        robot.find("a New Case tool item", org.eclipse.swt.widgets.ToolBar.class, b -> !newCaseItems(b).isEmpty());
        robot.waitFor("every New Case tool item disabled", () -> {
            List<org.eclipse.swt.widgets.ToolItem> items = new java.util.ArrayList<>();
            for (org.eclipse.swt.widgets.Shell shell : robot.display().getShells()) {
                collectNewCaseItems(shell, items);
            }
            return !items.isEmpty() && items.stream().noneMatch(org.eclipse.swt.widgets.ToolItem::isEnabled);
        });
        robot.screenshot("customer-cases");

        robot.onUi(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().openEditor(new CaseEditorInput(mine.id(),
                        mine.number()), CaseEditor.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Label status = robot.find("the status", Label.class, l -> CaseEditor.STATUS_ID.equals(l.getData(SwtRobot.ID)));
        robot.waitFor("the case shown", () -> status.getText().startsWith("submitted"));
        // robot.button finds enabled buttons only; these are looked up whatever their state.
        Button moveTo = robot.find("Move To", Button.class, b -> "Move To".equals(b.getText()));
        Button assign = robot.find("Assign...", Button.class, b -> "Assign...".equals(b.getText()));
        robot.waitFor("the engineer's steps disabled", () -> !moveTo.isEnabled() && !assign.isEnabled());
        Button addActivity = robot.find("Add Activity...", Button.class, b -> "Add Activity...".equals(b.getText()));
        assertEquals(Boolean.TRUE, robot.onUi(addActivity::getEnabled), "notes are allowed");
        robot.screenshot("customer-case-editor");
    }

    @Test
    void theServiceNetworkShowsTheCustomerOnlyTheOwnOrganisation() {
        Database database = ServiceDesk.database();
        Object[] own = database.list("SELECT c.code, c.name, o.name FROM User u JOIN u.customer c JOIN c.office o"
                + " WHERE u.login = 'customer'", Object[].class).get(0);
        String region = database.list("SELECT r.name FROM Region r JOIN r.offices o WHERE o.name = ?1", String.class, own[2]).get(0);
        long regions = database.list("SELECT COUNT(r) FROM Region r", Long.class).get(0);
        assertTrue(regions > 1, "the sample network has several regions");

        session.showView("org.opsbench.ui.navigator");
        Tree tree = robot.tree("navigator.tree");
        TreeItem customer = robot.select(tree, region, (String) own[2], own[0] + "  " + own[1]);
        robot.waitFor("one region, one office, one customer", () -> tree.getItemCount() == 1
                && tree.getItem(0).getItemCount() == 1 && customer.getParentItem().getItemCount() == 1);
        robot.screenshot("customer-navigator");

        session.showView("org.opsbench.ui.customers");
        Table customers = robot.table("customers.table");
        robot.waitFor("the own organisation only in the customer list", () -> customers.getItemCount() == 1);
        assertEquals(own[0], robot.onUi(() -> customers.getItem(0).getText(0)));
    }

    /**
     * The user guide has case management's chapter, contributed by its bundle, with the pictures the
     * tests take; a customer's staff read it too. (Here, in a workbench of its own: the case desk test
     * restarts its workbench, and WebKitGTK does not survive a browser in an earlier one.)
     */
    @Test
    void theUserGuideHasAChapterOnCasesWithItsPictures() {
        org.eclipse.swt.widgets.Shell window = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        assertEquals(5, org.opsbench.testing.UserGuide.showChapter(robot, window, new String[] { "Help", "Help Contents" },
                new String[] { "OpsBench User Guide", "Cases" }, "Taking a call"));
        robot.screenshot("help-cases");
    }

    /** @return the bar's items that stand for New Case (tool tip "New Case (Ctrl+Shift+N)") */
    private static List<org.eclipse.swt.widgets.ToolItem> newCaseItems(org.eclipse.swt.widgets.ToolBar bar) {
        return java.util.Arrays.stream(bar.getItems()).filter(i -> i.getToolTipText() != null && i.getToolTipText().startsWith("New Case"))
                .toList();
    }

    private static void collectNewCaseItems(org.eclipse.swt.widgets.Composite parent, List<org.eclipse.swt.widgets.ToolItem> items) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.widgets.ToolBar bar) {
                items.addAll(newCaseItems(bar));
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                collectNewCaseItems(composite, items);
            }
        }
    }
}
