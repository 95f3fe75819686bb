package org.opsbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.opsbench.model.Customer;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opsbench.persistence.Directory;
import org.opsbench.persistence.Directory.Entry;
import org.opsbench.persistence.ModelSession;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.testing.SwtRobot;
import org.opsbench.ui.internal.CustomerEditor;
import org.opsbench.ui.internal.CustomersView;
import org.opsbench.ui.internal.LoginDialog;
import org.opsbench.ui.internal.NavigatorView;
import org.opsbench.ui.internal.OpsBenchDatabase;

/**
 * Through the real workbench, as a service engineer starts it on a new workspace:
 * sample data, login (a wrong password first), the Service Desk with its customers, the
 * navigator down to an equipment item, the customer filter.
 * One workbench per test JVM, so the steps run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginAndServiceDeskTest {

    private static RunningWorkbench workbench;
    private static SwtRobot robot;

    @BeforeAll
    static void start() throws Exception {
        workbench = RunningWorkbench.withSampleData();
        robot = workbench.robot();
    }

    @AfterAll
    static void close() throws Exception {
        workbench.close();
    }

    @Test
    @Order(1)
    void aWrongPasswordIsRefusedWithAClearMessageAndTheLoginIsKept() {
        Shell login = robot.shell("Log in to OpsBench");
        Text user = robot.text(LoginDialog.LOGIN_ID);
        robot.type(user, "admin");
        robot.type(robot.text(LoginDialog.PASSWORD_ID), "not-the-password");
        robot.click(robot.button("Log in"));
        robot.shows("Unknown login or wrong password. 4 more wrong attempts lock the account.");
        assertEquals("admin", robot.onUi(() -> user.getText()), "the login stays filled in");
        robot.screenshot("login-wrong-password");
        assertTrue(robot.onUi(login::isVisible));
    }

    @Test
    @Order(2)
    void theRightPasswordOpensTheServiceDeskWithTheCustomers() {
        robot.type(robot.text(LoginDialog.PASSWORD_ID), SampleDataLoader.SAMPLE_ADMIN_PASSWORD);
        robot.click(robot.button("Log in"));
        robot.shellClosed("Log in to OpsBench");
        Table customers = robot.table(CustomersView.TABLE_ID);
        robot.waitUntil("60 customers in the list", () -> customers.getItemCount() == 60,
                () -> customers.getItemCount() + " rows");
        robot.select(customers, "C-0002");
        String title = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText());
        assertTrue(title.startsWith("OpsBench - Administrator - embedded Derby at "), title);
        robot.screenshot("service-desk-customers");
    }

    @Test
    @Order(3)
    void theNavigatorWalksFromRegionToEquipmentAndFiltersCustomers() {
        Directory directory = new Directory(OpsBenchDatabase.get());
        Entry region = directory.regions().get(0);
        Entry office = directory.offices(region.id()).get(0);
        Entry customer = directory.customers(office.id(), null).get(0);
        Entry site = directory.sites(customer.id()).get(1);
        Entry equipment = directory.equipment(site.id()).get(2);
        Tree tree = robot.tree(NavigatorView.TREE_ID);
        TreeItem item = robot.select(tree, region.name(), office.name(), customer.code() + "  " + customer.name(),
                site.name() + " (" + site.code() + ")", equipment.name() + "  " + equipment.code());
        assertEquals(equipment.name() + "  " + equipment.code(), robot.onUi(() -> item.getText()));
        robot.screenshot("navigator-equipment");

        String part = customer.name().split(" ")[1];
        List<String> expected = directory.customers(office.id(), part).stream().map(e -> e.code() + "  " + e.name()).toList();
        robot.type(robot.text(NavigatorView.FILTER_ID), part.toLowerCase());
        // A refresh replaces the tree items: find them again by their text on every check.
        robot.select(tree, region.name(), office.name(), expected.get(0));
        robot.waitUntil("the office to list only customers matching \"" + part + "\"",
                () -> customersShown(tree, region.name(), office.name()).equals(expected),
                () -> "Customers shown: " + customersShown(tree, region.name(), office.name()));
        robot.screenshot("navigator-filtered");
    }

    @Test
    @Order(4)
    void aCustomerIsEditedWithInlineValidationUndoAndSave() {
        Directory directory = new Directory(OpsBenchDatabase.get());
        Entry region = directory.regions().get(1);
        Entry office = directory.offices(region.id()).get(0);
        Entry customer = directory.customers(office.id(), null).get(0);
        robot.type(robot.text(NavigatorView.FILTER_ID), "");
        Tree tree = robot.tree(NavigatorView.TREE_ID);
        TreeItem item = robot.select(tree, region.name(), office.name(), customer.code() + "  " + customer.name());
        robot.doubleClick(tree, item);

        Text name = robot.text(CustomerEditor.NAME_ID);
        robot.waitUntil("the customer in the editor", () -> name.getText().equals(customer.name()), () -> "name: " + name.getText());
        Shell window = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());

        robot.type(name, "");
        robot.label("Customer name is required.");
        robot.menu(window, "File", "Save");
        robot.shows("Not saved. 1 problem(s): Customer name is required.");
        assertEquals("", robot.onUi(() -> name.getText()), "the user's input is kept");
        assertTrue(robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor().isDirty()));
        robot.screenshot("customer-editor-invalid");

        robot.menu(window, "Edit", "Undo");
        robot.waitUntil("undo to bring the name back", () -> name.getText().equals(customer.name()), () -> "name: " + name.getText());
        robot.menu(window, "Edit", "Redo");
        robot.waitUntil("redo to empty it again", () -> name.getText().isEmpty(), () -> "name: " + name.getText());

        String renamed = customer.name() + " (North Gate)";
        robot.type(name, renamed);
        robot.menu(window, "File", "Save");
        robot.waitUntil("the save to finish", () -> !PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .getActiveEditor().isDirty(), () -> "still dirty");
        assertEquals(renamed, directory.customers(office.id(), null).get(0).name(), "stored in the database");
        robot.screenshot("customer-editor-saved");
    }

    @Test
    @Order(5)
    void aConflictingSaveIsReviewedThenOverwrittenOrReloadedNeverLost() {
        Directory directory = new Directory(OpsBenchDatabase.get());
        Entry office = directory.offices(directory.regions().get(1).id()).get(0);
        long customerId = directory.customers(office.id(), null).get(0).id();
        Text name = robot.text(CustomerEditor.NAME_ID);
        Shell window = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());

        renameElsewhere(customerId, "Saved by a colleague");
        robot.type(name, "Typed here");
        robot.menu(window, "File", "Save");
        robot.shell("Changed by somebody else");
        robot.shows("Customer name: yours \"Typed here\", theirs \"Saved by a colleague\"");
        robot.screenshot("customer-editor-conflict");
        robot.click(robot.button("Overwrite with mine"));
        robot.waitUntil("the overwrite to be saved", () -> !PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .getActiveEditor().isDirty(), () -> "still dirty");
        assertEquals("Typed here", storedName(customerId));

        renameElsewhere(customerId, "Saved by a colleague again");
        robot.type(name, "Typed here again");
        robot.menu(window, "File", "Save");
        robot.shell("Changed by somebody else");
        robot.click(robot.button("Reload theirs"));
        robot.waitUntil("their version in the editor", () -> name.getText().equals("Saved by a colleague again"),
                () -> "name: " + name.getText());
        assertEquals("Saved by a colleague again", storedName(customerId));
        assertTrue(!robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor().isDirty()));
    }

    /** Another workbench on the same database saves the customer first. */
    private static void renameElsewhere(long customerId, String newName) {
        try (ModelSession other = OpsBenchDatabase.get().openSession()) {
            other.find(Customer.class, customerId).setName(newName);
            other.save();
        }
    }

    private static String storedName(long customerId) {
        try (ModelSession reader = OpsBenchDatabase.get().openSession()) {
            return reader.find(Customer.class, customerId).getName();
        }
    }

    private static List<String> customersShown(Tree tree, String region, String office) {
        for (TreeItem regionItem : tree.getItems()) {
            if (regionItem.getText().equals(region)) {
                for (TreeItem officeItem : regionItem.getItems()) {
                    if (officeItem.getText().equals(office)) {
                        return Arrays.stream(officeItem.getItems()).map(TreeItem::getText).toList();
                    }
                }
            }
        }
        return List.of();
    }
}
