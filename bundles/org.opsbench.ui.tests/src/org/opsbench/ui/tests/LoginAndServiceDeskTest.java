package org.opsbench.ui.tests;

import org.opsbench.testing.RunningWorkbench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.ConfigurationScope;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.repository.IRepository;
import org.eclipse.equinox.p2.repository.IRepositoryManager;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.eclipse.equinox.p2.ui.ProvisioningUI;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.opsbench.model.Customer;
import org.opsbench.model.Engineer;
import org.opsbench.model.Office;
import org.opsbench.model.OpsFactory;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
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
import org.opsbench.persistence.UserAccounts;
import org.opsbench.testing.SwtRobot;
import org.opsbench.ui.internal.CustomersView;
import org.opsbench.ui.internal.DatabasePreferencePage;
import org.opsbench.ui.internal.LanguagePreferencePage;
import org.opsbench.ui.internal.LoginDialog;
import org.opsbench.ui.internal.NavigatorView;
import org.opsbench.ui.internal.OpsBenchDatabase;
import org.opsbench.ui.internal.ServiceDeskPerspective;
import org.opsbench.ui.update.internal.UpdateSites;
import org.opsbench.help.internal.HelpContentsView;

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
        workbench = RunningWorkbench.start(); // a new installation: empty database, no --sample-data
        robot = workbench.robot();
    }

    @AfterAll
    static void close() throws Exception {
        workbench.close();
    }

    @Test
    @Order(1)
    void anEmptyDatabaseOffersTheSampleDataAndACancelledLoadStoresNothing() throws Exception {
        robot.shell("Log in to OpsBench");
        robot.shows("This database is empty. Load the invented sample data to try OpsBench");
        robot.screenshot("login-empty-database");
        // Holding a lock on the equipment table stops the load at its first customers, so Cancel lands mid-way.
        try (Connection blocker = lockTable("OB_EQUIPMENT")) {
            robot.click(robot.button("Load Sample Data"));
            Shell progress = robot.shell("Loading the Sample Data");
            robot.shows("Storing 60 customers with their sites and equipment...");
            robot.screenshot("sample-data-progress");
            robot.click(robot.button(progress, "Cancel"));
            blocker.commit(); // releases the lock
        }
        robot.shellClosed("Loading the Sample Data");
        robot.shows("Loading the sample data was cancelled. Nothing was stored; the database is still empty.");
        robot.screenshot("sample-data-cancelled");
        assertTrue(SampleDataLoader.isEmpty(OpsBenchDatabase.get()));
        assertEquals(0L, OpsBenchDatabase.get().list("SELECT COUNT(o) FROM Office o", Long.class).get(0), "no offices either");
    }

    @Test
    @Order(2)
    void theSampleDataIsLoadedFromTheLoginDialog() {
        robot.click(robot.button("Load Sample Data"));
        robot.shows("The sample data is loaded. Log in as admin with the password opsbench-admin.");
        Button load = robot.find("the Load Sample Data button", Button.class, b -> b.getText().replace("&", "").equals("Load Sample Data"));
        assertFalse(robot.onUi(load::isEnabled), "loaded once only");
        assertEquals(60L, OpsBenchDatabase.get().list("SELECT COUNT(c) FROM Customer c", Long.class).get(0));
        robot.screenshot("sample-data-loaded");
    }

    @Test
    @Order(3)
    void repeatedWrongPasswordsLockTheAccountWithAClearMessage() {
        new UserAccounts(OpsBenchDatabase.get()).create("trainee", "Trainee Engineer", "first-day".toCharArray(),
                List.of("seat-agent"));
        Text user = robot.text(LoginDialog.LOGIN_ID);
        Text password = robot.text(LoginDialog.PASSWORD_ID);
        robot.type(user, "trainee");
        for (int attempt = 1; attempt <= 3; attempt++) {
            robot.type(password, "guess-" + attempt);
            robot.click(robot.button("Log in"));
            robot.shows("Unknown login or wrong password. " + (5 - attempt) + " more wrong attempts lock the account.");
        }
        robot.type(password, "guess-4");
        robot.click(robot.button("Log in"));
        robot.shows("Unknown login or wrong password. One more wrong attempt locks the account.");
        robot.type(password, "guess-5");
        robot.click(robot.button("Log in"));
        String locked = "The account \"trainee\" is locked after too many wrong passwords. Ask an administrator to unlock it.";
        robot.shows(locked);
        robot.type(password, "first-day");
        robot.click(robot.button("Log in"));
        robot.button("Log in"); // enabled again once the right password has been checked
        robot.shows(locked);
        robot.screenshot("login-locked-account");
        Shell login = robot.shell("Log in to OpsBench");
        assertTrue(robot.onUi(login::isVisible), "a locked account does not get in");
    }

    @Test
    @Order(4)
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
    @Order(5)
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
    @Order(6)
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
        // The tree opens by itself down to the matching customers; a refresh replaces the tree items,
        // so they are found again by their text on every check.
        robot.waitUntil("the office to open and list only customers matching \"" + part + "\"",
                () -> customersShown(tree, region.name(), office.name()).equals(expected),
                () -> "Customers shown: " + customersShown(tree, region.name(), office.name()));
        // Regions without a matching customer are left out.
        List<String> regionsWithMatches = directory.regions(part).stream().map(Entry::name).toList();
        assertTrue(regionsWithMatches.size() < directory.regions().size(), "the filter narrows the regions: " + regionsWithMatches);
        robot.waitUntil("only the regions with matching customers", () -> Arrays.stream(tree.getItems()).map(TreeItem::getText).toList()
                .equals(regionsWithMatches), () -> Arrays.stream(tree.getItems()).map(TreeItem::getText).toList().toString());
        robot.screenshot("navigator-filtered");

        // Cleared, the filter shows every region again, closed.
        robot.type(robot.text(NavigatorView.FILTER_ID), "");
        List<String> allRegions = directory.regions().stream().map(Entry::name).toList();
        robot.waitUntil("every region, closed", () -> Arrays.stream(tree.getItems()).map(TreeItem::getText).toList().equals(allRegions)
                && Arrays.stream(tree.getItems()).noneMatch(TreeItem::getExpanded),
                () -> Arrays.stream(tree.getItems()).map(i -> i.getText() + (i.getExpanded() ? " (open)" : "")).toList().toString());
    }

    @Test
    @Order(7)
    void aCustomerIsEditedWithInlineValidationUndoRedoRevertAndSave() {
        Directory directory = new Directory(OpsBenchDatabase.get());
        Entry region = directory.regions().get(1);
        Entry office = directory.offices(region.id()).get(0);
        Entry customer = directory.customers(office.id(), null).get(0);
        robot.type(robot.text(NavigatorView.FILTER_ID), "");
        Tree tree = robot.tree(NavigatorView.TREE_ID);
        TreeItem item = robot.select(tree, region.name(), office.name(), customer.code() + "  " + customer.name());
        robot.doubleClick(tree, item);

        Text name = robot.text("Customer.name");
        robot.waitUntil("the customer in the editor", () -> name.getText().equals(customer.name()), () -> "name: " + name.getText());
        Shell window = window();

        robot.type(name, "");
        robot.label("Customer name is required.");
        robot.menu(window, "File", "Save");
        robot.shows("Not saved. 1 problem(s): " + customer.code() + ": Customer name is required.");
        assertEquals("", robot.onUi(() -> name.getText()), "the user's input is kept");
        assertTrue(activeEditorDirty());
        robot.screenshot("customer-editor-invalid");

        // Edit > Undo says what it undoes.
        robot.menu(window, "Edit", "Undo Typing in Customer name");
        robot.waitUntil("undo to bring the name back", () -> name.getText().equals(customer.name()), () -> "name: " + name.getText());
        robot.menu(window, "Edit", "Redo Typing in Customer name");
        robot.waitUntil("redo to empty it again", () -> name.getText().isEmpty(), () -> "name: " + name.getText());
        robot.menu(window, "File", "Revert");
        robot.waitUntil("revert to read the stored customer again", () -> name.getText().equals(customer.name())
                && !activeEditorDirty(), () -> "name: " + name.getText());

        // Typed on the keyboard, a word is one step to undo, not one per key, and the caret stays at the end.
        robot.onUi(() -> {
            name.setFocus();
            name.setSelection(name.getText().length());
        });
        robot.keyboard(" East");
        robot.waitUntil("the typing in the field", () -> name.getText().equals(customer.name() + " East"), () -> "name: " + name.getText());
        assertEquals(customer.name().length() + 5, (int) robot.onUi(() -> name.getCaretPosition()), "the caret follows the typing");
        robot.menu(window, "Edit", "Undo Typing in Customer name");
        robot.waitUntil("one undo for the whole word", () -> name.getText().equals(customer.name()), () -> "name: " + name.getText());
        assertEquals(customer.name().length(), (int) robot.onUi(() -> name.getCaretPosition()), "the caret at the end, not the start");
        robot.waitUntil("back at the stored state: nothing to save", () -> !activeEditorDirty(), () -> "still dirty");

        String renamed = customer.name() + " (North Gate)";
        robot.type(name, renamed);
        robot.menu(window, "File", "Save");
        robot.waitUntil("the save to finish", () -> !activeEditorDirty(), () -> "still dirty");
        assertEquals(renamed, directory.customers(office.id(), null).get(0).name(), "stored in the database");
        robot.select(tree, region.name(), office.name(), customer.code() + "  " + renamed);
        robot.screenshot("customer-editor-saved");

        // Closing with changes not saved asks in OpsBench's words; Don't Save closes and stores nothing.
        robot.type(name, renamed + " (closed unsaved)");
        org.eclipse.ui.IEditorPart editor = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor());
        robot.onUi(() -> editor.getSite().getShell().getDisplay().asyncExec(() -> editor.getSite().getPage().closeEditor(editor, true)));
        Shell ask = robot.shell("Save Changes");
        robot.shows("has changes that are not saved. Save them before closing?");
        robot.screenshot("customer-editor-close-unsaved");
        robot.click(robot.button(ask, "Don't Save"));
        robot.shellClosed("Save Changes");
        assertEquals(renamed, directory.customers(office.id(), null).get(0).name(), "nothing stored");
        // Open again, as stored, for the steps that follow.
        robot.doubleClick(tree, robot.select(tree, region.name(), office.name(), customer.code() + "  " + renamed));
        Text reopened = robot.text("Customer.name");
        robot.waitUntil("the customer as stored", () -> reopened.getText().equals(renamed), () -> "name: " + reopened.getText());
    }

    @Test
    @Order(8)
    void aConflictingSaveIsReviewedThenOverwrittenOrReloadedNeverLost() {
        Directory directory = new Directory(OpsBenchDatabase.get());
        Entry office = directory.offices(directory.regions().get(1).id()).get(0);
        long customerId = directory.customers(office.id(), null).get(0).id();
        Shell window = window();

        renameElsewhere(customerId, "Saved by a colleague");
        robot.type(robot.text("Customer.name"), "Typed here");
        robot.menu(window, "File", "Save");
        robot.shell("Changed by somebody else");
        robot.shows("Customer name: yours \"Typed here\", theirs \"Saved by a colleague\"");
        robot.screenshot("customer-editor-conflict");
        robot.click(robot.button("Overwrite with mine"));
        robot.waitUntil("the overwrite to be saved", () -> !activeEditorDirty(), () -> "still dirty");
        assertEquals("Typed here", storedName(customerId));

        renameElsewhere(customerId, "Saved by a colleague again");
        robot.type(robot.text("Customer.name"), "Typed here again");
        robot.menu(window, "File", "Save");
        robot.shell("Changed by somebody else");
        robot.click(robot.button("Reload theirs"));
        Text name = robot.text("Customer.name");
        robot.waitUntil("their version in the editor", () -> name.getText().equals("Saved by a colleague again"),
                () -> "name: " + name.getText());
        assertEquals("Saved by a colleague again", storedName(customerId));
        assertTrue(!activeEditorDirty());
    }

    @Test
    @Order(9)
    void aNewCustomerWithContactSiteAndEquipmentIsCreatedSavedAndFoundAgain() {
        Directory directory = new Directory(OpsBenchDatabase.get());
        Entry region = directory.regions().get(2);
        Entry office = directory.offices(region.id()).get(1);
        Shell window = window();
        Tree navigator = robot.tree(NavigatorView.TREE_ID);
        robot.select(navigator, region.name(), office.name());
        // Refresh is the platform's Refresh command, which the navigator handles while it is the active part
        // (a right click on its tree activates it, as here).
        robot.onUi(() -> {
            org.eclipse.ui.IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
            page.activate(page.findView(NavigatorView.ID));
            return null;
        });
        assertTrue(robot.contextMenuItems(navigator).contains("Refresh"), robot.contextMenuItems(navigator).toString());
        robot.contextMenu(navigator, "Refresh");
        robot.select(navigator, region.name(), office.name());
        robot.contextMenu(navigator, "New Customer");

        robot.type(robot.text("Customer.code"), "C-9001");
        robot.type(robot.text("Customer.name"), "Lakeview Water Authority");
        robot.select(robot.combo("Customer.industry"), "Energy");

        robot.click(robot.button("Add Contact"));
        robot.type(robot.text("Contact.name"), "Gao Ming");
        Text email = robot.text("Contact.email");
        robot.type(email, "gao.ming@lakeview");
        robot.label("\"gao.ming@lakeview\" is not an e-mail address. Use the form name@example.com.");
        robot.menu(window, "File", "Save");
        robot.shows("Not saved. 1 problem(s): Gao Ming: \"gao.ming@lakeview\" is not an e-mail address.");
        assertEquals("gao.ming@lakeview", robot.onUi(() -> email.getText()), "the user's input is kept");
        robot.screenshot("new-customer-invalid-email");
        robot.type(email, "gao.ming@lakeview.example.com");

        robot.click(robot.button("Add Service contract"));
        robot.type(robot.text("ServiceContract.number"), "SC-2026-031");
        robot.type(robot.text("ServiceContract.signedOn"), "2026-03-01");
        Text accepted = robot.text("ServiceContract.finalAcceptanceDate");
        robot.type(accepted, "2026-02-01");
        robot.label("cannot be before the contract was signed");
        robot.screenshot("new-customer-contract-invalid");
        robot.type(accepted, "2026-04-15"); // the save below is refused if the problem stayed

        robot.click(robot.button("Add Site"));
        robot.type(robot.text("Site.name"), "Pumping Station 3");
        robot.type(robot.text("Site.city"), "Lakeview");
        robot.select(robot.combo("Site.contact"), "Gao Ming");
        robot.click(robot.button("Add Equipment"));
        robot.type(robot.text("Equipment.vendor"), "Huawei");
        robot.type(robot.text("Equipment.model"), "S5735-L48T4X");
        robot.type(robot.text("Equipment.serialNumber"), "LV-2026-0001");
        robot.type(robot.text("Equipment.softwareVersion"), "V200R022C00");
        robot.screenshot("new-customer-equipment");
        robot.menu(window, "File", "Save");
        robot.waitUntil("the new customer to be saved", () -> !activeEditorDirty(), () -> "still dirty; "
                + robot.describeScreen());
        robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));

        // Found again: the navigator shows it (refreshed by the save), and reopening shows what was typed.
        TreeItem equipment = robot.select(navigator, region.name(), office.name(), "C-9001  Lakeview Water Authority",
                "Pumping Station 3 (Lakeview)", "Huawei S5735-L48T4X  LV-2026-0001");
        robot.doubleClick(navigator, equipment);
        Text serial = robot.text("Equipment.serialNumber");
        robot.waitUntil("the equipment selected in the reopened editor", () -> serial.getText().equals("LV-2026-0001"),
                () -> "serial: " + serial.getText());
        Text version = robot.text("Equipment.softwareVersion");
        assertEquals("V200R022C00", robot.onUi(() -> version.getText()));
        robot.onUi(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROP_SHEET, null,
                        IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Tree properties = robot.find("the Properties view", Tree.class,
                t -> t.getColumnCount() == 2 && t.getColumn(0).getText().equals("Property"));
        robot.waitUntil("the Properties view to show the selected equipment", () -> propertyValue(properties, "Serial number")
                .equals("LV-2026-0001"), () -> "Serial number: " + propertyValue(properties, "Serial number"));
        robot.screenshot("reopened-equipment-with-properties");
        try (ModelSession reader = OpsBenchDatabase.get().openSession()) {
            Customer stored = reader.query("SELECT c FROM Customer c WHERE c.code = ?1", Customer.class, "C-9001").get(0);
            assertEquals("gao.ming@lakeview.example.com", stored.getContacts().get(0).getEmail());
            assertEquals("SC-2026-031", stored.getContracts().get(0).getNumber());
            assertEquals(java.time.LocalDate.of(2026, 4, 15), stored.getContracts().get(0).getFinalAcceptanceDate());
            assertEquals(stored.getContacts().get(0), stored.getSites().get(0).getContact());
            assertEquals(office.id(), ((org.opsbench.model.base.PersistentObject) stored.getOffice()).getPersistentId());
        }
    }

    @Test
    @Order(10)
    void anEngineerIsEditedInTheEngineerForm() {
        Directory directory = new Directory(OpsBenchDatabase.get());
        Entry region = directory.regions().get(0);
        Entry office = directory.offices(region.id()).get(0);
        Entry engineer = directory.engineers(office.id()).get(0);
        Tree navigator = robot.tree(NavigatorView.TREE_ID);
        TreeItem item = robot.select(navigator, region.name(), office.name(), "Engineers",
                engineer.name() + " (" + engineer.code() + ")");
        robot.doubleClick(navigator, item);
        Text phone = robot.text("Engineer.phone");
        Text number = robot.text("Engineer.employeeNumber");
        robot.waitUntil("the engineer in the editor", () -> number.getText().equals(engineer.code()),
                () -> "employee number: " + number.getText());
        robot.type(phone, "call me");
        robot.label("\"call me\" is not a phone number.");
        robot.screenshot("engineer-editor-invalid-phone");
        robot.type(phone, "+86 21 5555 0199");
        robot.menu(window(), "File", "Save");
        robot.waitUntil("the engineer to be saved", () -> !activeEditorDirty(), () -> "still dirty");
        try (ModelSession reader = OpsBenchDatabase.get().openSession()) {
            assertEquals("+86 21 5555 0199", reader.find(Engineer.class, engineer.id()).getPhone());
        }
    }

    @Test
    @Order(11)
    void preferencesTestTheDatabaseConnectionAndKeepTheChoices() throws Exception {
        robot.menu(window(), "Edit", "Preferences");
        robot.shell("Preferences");
        Tree pages = robot.find("the preference pages", Tree.class,
                t -> Arrays.stream(t.getItems()).anyMatch(item -> item.getText().equals("Database")));
        // OpsBench's own pages; the platform's Secure Storage (software updates need its bundle) is not shown.
        List<String> topLevel = robot.onUi(() -> Arrays.stream(pages.getItems()).map(TreeItem::getText).toList());
        assertTrue(topLevel.contains("Language") && !topLevel.contains("Security"), topLevel.toString());
        robot.select(pages, "Database");
        robot.select(robot.combo(DatabasePreferencePage.KIND_ID), "PostgreSQL (shared)");
        robot.type(robot.text(DatabasePreferencePage.URL_ID), "jdbc:postgresql://127.0.0.1:9/opsbench");
        robot.type(robot.text(DatabasePreferencePage.USER_ID), "opsbench");
        robot.click(robot.button("Test connection"));
        robot.shows("No database server answers at jdbc:postgresql://127.0.0.1:9/opsbench. Check host and port");
        robot.screenshot("preferences-database-refused");

        robot.select(robot.combo(DatabasePreferencePage.KIND_ID), "Embedded Derby (this computer only)");
        robot.type(robot.text(DatabasePreferencePage.URL_ID), "");
        robot.click(robot.button("Test connection"));
        robot.shows("Connection works: Apache Derby");
        robot.screenshot("preferences-database-works");

        robot.select(robot.combo(DatabasePreferencePage.KIND_ID), "Derby network server (shared)");
        robot.type(robot.text(DatabasePreferencePage.URL_ID), "jdbc:derby://depot-server:1527/opsbench");
        robot.select(pages, "Language");
        robot.select(robot.combo(LanguagePreferencePage.LANGUAGE_ID), "\u7b80\u4f53\u4e2d\u6587");
        robot.screenshot("preferences-language");
        robot.click(robot.button("Apply and Close"));
        robot.shellClosed("Preferences");

        var settings = robot.onUi(() -> OpsBenchDatabase.settings());
        assertEquals(org.opsbench.persistence.DatabaseKind.DERBY_SERVER, settings.kind());
        assertEquals("jdbc:derby://depot-server:1527/opsbench", settings.location());
        assertEquals("zh_CN", java.nio.file.Files.readString(java.nio.file.Path.of(System.getProperty("opsbench.user.settings"), "language")).trim(),
                "the launcher passes -nl from this file");
    }

    @Test
    @Order(12)
    void aboutNamesTheProduct() {
        robot.menu(window(), "Help", "About OpsBench");
        Shell about = robot.find("the About dialog", Shell.class, shell -> shell.getText().startsWith("About"));
        // The version being run, as built: the bundle's version without its qualifier, and the build.
        org.osgi.framework.Version version = org.eclipse.core.runtime.Platform.getProduct().getDefiningBundle().getVersion();
        robot.shows("OpsBench " + version.getMajor() + "." + version.getMinor() + "." + version.getMicro() + " (build " + version.getQualifier() + ")");
        robot.shows("The workbench of after-sales technical service centers.");
        robot.screenshot("about");
        robot.click(robot.button("Close"));
        robot.waitUntil("the About dialog to close", about::isDisposed, () -> "still open");
    }

    @Test
    @Order(13)
    void softwareUpdatesOfferTheOfficeRepositoryAndTheSiteStaysChangeable() throws Exception {
        URI location = UpdateSites.configuredLocation();
        IProvisioningAgent agent = ProvisioningUI.getDefaultUI().getSession().getProvisioningAgent();
        IMetadataRepositoryManager sites = agent.getService(IMetadataRepositoryManager.class);
        robot.waitUntil("the OpsBench site to be known to p2", () -> sites.contains(location),
                () -> "known sites: " + Arrays.toString(sites.getKnownRepositories(IRepositoryManager.REPOSITORIES_ALL)));
        assertEquals("OpsBench", sites.getRepositoryProperty(location, IRepository.PROP_NICKNAME));
        UpdateRepositoryFixture.ensureProfile(agent);
        UpdateRepositoryFixture.createRepository(location);

        robot.menu(window(), "Help", "Check for Updates");
        robot.shows("No updates found.");
        robot.screenshot("check-for-updates");
        robot.click(robot.button("OK"));

        robot.menu(window(), "Help", "Install New Software");
        Shell install = robot.shell("Install");
        Combo workWith = robot.combo("Work with");
        String site = robot.onUi(() -> Arrays.stream(workWith.getItems()).filter(item -> item.startsWith("OpsBench")).findFirst()
                .orElse("(no OpsBench site among " + Arrays.toString(workWith.getItems()) + ")"));
        robot.select(workWith, site);
        Tree available = robot.find("the available software", Tree.class,
                tree -> Arrays.stream(tree.getItems()).anyMatch(item -> item.getText().equals(UpdateRepositoryFixture.CATEGORY_NAME)));
        robot.select(available, UpdateRepositoryFixture.CATEGORY_NAME, UpdateRepositoryFixture.FEATURE_NAME);
        robot.screenshot("install-new-software");
        robot.click(robot.button("Cancel"));
        robot.waitUntil("the Install wizard to close", install::isDisposed, () -> "still open");

        robot.menu(window(), "Edit", "Preferences");
        robot.shell("Preferences");
        Tree pages = robot.find("the preference pages", Tree.class,
                t -> Arrays.stream(t.getItems()).anyMatch(item -> item.getText().equals("Install/Update")));
        robot.select(pages, "Install/Update", "Available Software Sites");
        Table table = robot.find("the software sites", Table.class, t -> t.getItemCount() > 0
                && Arrays.stream(t.getItems()).anyMatch(row -> row.getText(0).equals("OpsBench")));
        robot.select(table, "OpsBench");
        robot.screenshot("preferences-software-sites");
        robot.click(robot.button("Edit"));
        Shell editSite = robot.shell("Edit Site");
        URI moved = location.resolve("moved/");
        robot.type(robot.text("Location"), moved.toString());
        robot.screenshot("preferences-edit-site");
        robot.click(robot.button(editSite, "Add")); // the platform's Edit Site dialog confirms with "Add"
        robot.shellClosed("Edit Site");
        robot.click(robot.button("Apply and Close"));
        robot.shellClosed("Preferences");

        robot.waitUntil("the edited site to replace the configured one", () -> sites.contains(moved) && !sites.contains(location),
                () -> "known sites: " + Arrays.toString(sites.getKnownRepositories(IRepositoryManager.REPOSITORIES_ALL)));
        assertFalse(UpdateSites.offer(agent, location, UpdateSites.SITE_NAME, ConfigurationScope.INSTANCE.getNode(UpdateSites.BUNDLE)),
                "the next start does not bring back the location the user changed");
        assertFalse(sites.contains(location));

        // Leave the site as the workbench offered it, for the next run on this build directory.
        sites.removeRepository(moved);
        sites.addRepository(location);
        sites.setRepositoryProperty(location, IRepository.PROP_NICKNAME, UpdateSites.SITE_NAME);
    }

    @Test
    @Order(14)
    void helpContentsShowTheUserGuideAndFollowItsLinks() {
        // The first chapter with its pictures (taken by these tests: releng/scripts/guide-pictures.sh).
        assertEquals(2, org.opsbench.testing.UserGuide.showChapter(robot, window(), new String[] { "Help", "Help Contents" },
                new String[] { "OpsBench User Guide", "Getting started" }, "The Service Desk"));
        robot.screenshot("help-contents-getting-started");
        Tree contents = robot.tree(HelpContentsView.TOC_ID);
        robot.select(contents, "OpsBench User Guide", "Customers and equipment");
        robot.select(contents, "OpsBench User Guide", "Shared database");
        HelpContentsView view = robot.onUi(() -> (HelpContentsView) PlatformUI.getWorkbench().getActiveWorkbenchWindow()
                .getActivePage().findView(HelpContentsView.ID));
        assertTrue(robot.onUi(view::hasBrowser), "the embedded browser (WebKitGTK) shows the pages");
        Browser page = org.opsbench.testing.UserGuide.page(robot);
        robot.waitUntil("the page on the shared database with its picture", () -> org.opsbench.testing.UserGuide.text(page)
                .contains("Derby network server") && org.opsbench.testing.UserGuide.picturesLoaded(page) == 1,
                () -> "page shows: " + org.opsbench.testing.UserGuide.text(page));
        robot.screenshot("help-contents-shared-database");

        // A link inside a page opens the linked topic, as a reader's click would.
        robot.onUi(() -> page.execute("document.querySelector('a[href=\"customers-and-equipment.html\"]').click();"));
        robot.waitUntil("the linked page", () -> org.opsbench.testing.UserGuide.text(page).contains("Checking and saving"), () -> "page shows: " + org.opsbench.testing.UserGuide.text(page));
        assertEquals("/org.opsbench.help/guide/customers-and-equipment.html", robot.onUi(view::shownHref));
    }

    @Test
    @Order(15)
    void theDatabaseIsBackedUpInAJobAndAnOccupiedFolderIsRefused() throws Exception {
        Path folder = Files.createTempDirectory("opsbench-ui-backup").resolve("backup");
        // The database this workbench has open (the preferences may already name another one for the next start).
        Path copy = folder.resolve(Path.of(robot.onUi(() -> OpsBenchDatabase.get().settings()).location()).getFileName());
        robot.menu(window(), "File", "Back Up Database");
        Shell dialog = robot.shell("Back Up Database");
        robot.type(robot.text("backup.folder"), folder.toString());
        robot.screenshot("backup-dialog");
        robot.click(robot.button(dialog, "Back Up"));
        robot.shows("The backup is in " + copy);
        robot.screenshot("backup-done");
        robot.click(robot.button("OK"));
        assertTrue(Files.isRegularFile(copy.resolve("service.properties")), "Derby's backup copy is in " + copy);

        robot.menu(window(), "File", "Back Up Database");
        Shell again = robot.shell("Back Up Database");
        robot.type(robot.text("backup.folder"), folder.toString());
        robot.click(robot.button(again, "Back Up"));
        robot.shows("already contains a backup of this database");
        robot.screenshot("backup-refused");
        robot.click(robot.button("OK"));
    }

    @Test
    @Order(17)
    void aStepMetBySomebodyElsesSaveRunsAgainOnTheirVersionAndARefusalIsHandedBack() {
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<RuntimeException> refusal = new java.util.concurrent.atomic.AtomicReference<>();
        org.opsbench.ui.workbench.SaveWorkflow.step("A step", () -> {
            if (tries.incrementAndGet() == 1) {
                throw new org.opsbench.persistence.ConcurrentChangeException("saved by a colleague first", List.of(), null);
            }
        }, refusal::set);
        robot.waitUntil("the step to run a second time", () -> tries.get() == 2, () -> tries.get() + " tries");
        org.opsbench.ui.workbench.SaveWorkflow.step("Another step", () -> {
            throw new IllegalStateException("not allowed now");
        }, refused -> {
            assertTrue(org.eclipse.swt.widgets.Display.getCurrent() != null, "told on the UI thread");
            refusal.set(refused);
        });
        robot.waitUntil("the refusal handed back", () -> refusal.get() != null, () -> "none yet");
        assertEquals("not allowed now", refusal.get().getMessage());
        assertEquals(2, tries.get(), "a step that worked the second time is not run again");
    }

    @Test
    @Order(18)
    void theServiceHealthListsEveryTaskOnEveryMachineAndATaskThatKeepsFailingInRed() {
        // Runs recorded as a service runner on another machine records them: one task that works, one that keeps failing.
        org.opsbench.services.Scheduler.Task fine = task("test.fine", 1, () -> "3 sites checked");
        org.opsbench.services.Scheduler.Task broken = task("test.gateway", 5, () -> {
            throw new IllegalStateException("the gateway refused the login");
        });
        org.opsbench.services.Scheduler elsewhere = new org.opsbench.services.Scheduler(OpsBenchDatabase.get(), "svc-1/serve",
                java.time.Clock.systemUTC(), List.of(fine, broken));
        elsewhere.runOnce(fine);
        elsewhere.runOnce(broken);
        elsewhere.runOnce(broken);

        robot.onUi(() -> {
            try {
                return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(
                        org.opsbench.ui.internal.ServiceHealthView.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        Table health = robot.table(org.opsbench.ui.internal.ServiceHealthView.TABLE_ID);
        robot.waitUntil("both tasks of svc-1 listed", () -> java.util.Arrays.stream(health.getItems())
                .filter(row -> row.getText(1).equals("svc-1/serve")).count() == 2, () -> health.getItemCount() + " rows");
        TableItem works = robot.onUi(() -> java.util.Arrays.stream(health.getItems()).filter(row -> row.getText(0).equals("test.fine"))
                .findFirst().orElseThrow());
        TableItem failing = robot.onUi(() -> java.util.Arrays.stream(health.getItems())
                .filter(row -> row.getText(0).equals("test.gateway")).findFirst().orElseThrow());
        assertEquals(List.of("0", "3 sites checked"), robot.onUi(() -> List.of(works.getText(4), works.getText(6))));
        assertEquals(List.of("2", "the gateway refused the login"), robot.onUi(() -> List.of(failing.getText(4), failing.getText(6))));
        assertEquals(robot.onUi(() -> health.getDisplay().getSystemColor(org.eclipse.swt.SWT.COLOR_RED).getRGB()),
                robot.onUi(() -> failing.getForeground().getRGB()), "a task that keeps failing shows in red");
        assertTrue(robot.onUi(() -> works.getText(2).matches("\\w{3} \\d+, \\d{4}, .*") && works.getText(3).endsWith(" ms")),
                robot.onUi(() -> works.getText(2) + " / " + works.getText(3)));
        robot.screenshot("service-health");
    }

    /** A background task every {@code minutes} that reports what {@code run} says (or fails as it does). */
    private static org.opsbench.services.Scheduler.Task task(String id, int minutes, java.util.function.Supplier<String> run) {
        return new org.opsbench.services.Scheduler.Task(id, id, new org.opsbench.services.PeriodicTask() {
            @Override
            public java.time.Duration interval() {
                return java.time.Duration.ofMinutes(minutes);
            }

            @Override
            public Outcome run(Context context) {
                return Outcome.did(false, run.get());
            }
        });
    }

    @Test
    @Order(16)
    void aLargeOfficeArrivesPageByPageAndItsLoadingIsCancelledInTheProgressView() throws Exception {
        Directory directory = new Directory(OpsBenchDatabase.get());
        Tree tree = robot.tree(NavigatorView.TREE_ID);
        Entry filteredRegion = directory.regions().get(0);
        Entry filteredOffice = directory.offices(filteredRegion.id()).get(0);
        int allOfFiltered = directory.customers(filteredOffice.id(), null).size();
        robot.type(robot.text(NavigatorView.FILTER_ID), "");
        robot.select(tree, filteredRegion.name(), filteredOffice.name());
        robot.waitUntil("the filter of an earlier step to be cleared",
                () -> customersShown(tree, filteredRegion.name(), filteredOffice.name()).size() == allOfFiltered,
                () -> "Customers shown: " + customersShown(tree, filteredRegion.name(), filteredOffice.name()));

        Entry region = directory.regions().get(3);
        Entry office = directory.offices(region.id()).get(0);
        addCustomers(office.id(), 450);
        robot.onUi(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(ServiceDeskPerspective.PROGRESS_VIEW_ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        String job = "Fetching children of " + office.name();
        // A lock on the customer table holds the first page's query, so the cancel comes while it reads.
        try (Connection blocker = lockTable("OB_CUSTOMER")) {
            TreeItem officeItem = robot.select(tree, region.name(), office.name());
            robot.doubleClick(tree, officeItem);
            ToolItem cancel = robot.toolItem("Cancel Operation", job);
            robot.select(tree, region.name(), office.name(), "Engineers"); // shown before any customer is read
            robot.screenshot("navigator-large-office-progress");
            robot.click(cancel);
            blocker.commit(); // releases the lock
        }
        robot.waitUntil("the cancelled fetch to end", () -> Arrays.stream(Job.getJobManager().find(null))
                .noneMatch(j -> j.getName().equals(job)), () -> "jobs: " + Arrays.toString(Job.getJobManager().find(null)));
        robot.waitUntil("the page read before the cancel to be shown",
                () -> customersShown(tree, region.name(), office.name()).size() == 200
                        && customersShown(tree, region.name(), office.name()).stream().allMatch(c -> c.startsWith("C-")),
                () -> "Customers shown: " + customersShown(tree, region.name(), office.name()).size());
        robot.screenshot("navigator-large-office-cancelled");
        List<String> shown = robot.onUi(() -> customersShown(tree, region.name(), office.name()));
        assertEquals(200, shown.size(), "one page of 200, then the fetch stopped: " + shown.size());
        assertEquals(directory.customers(office.id(), null, 0, 200).stream().map(e -> e.code() + "  " + e.name()).toList(), shown);
        assertTrue(directory.customers(office.id(), null).size() > 450, "the office has more than was shown");
    }

    /**
     * A second connection holding an exclusive lock on the table until it commits: work that needs
     * the table waits there, so the test can act (cancel) while that work is provably under way.
     */
    private static Connection lockTable(String table) throws java.sql.SQLException {
        Connection connection = OpsBenchDatabase.get().dataSource().getConnection();
        connection.setAutoCommit(false);
        try (Statement lock = connection.createStatement()) {
            lock.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
        }
        return connection;
    }

    /** A large office: bulk customers without sites, as an import would create them. */
    private static void addCustomers(long officeId, int count) {
        try (ModelSession session = OpsBenchDatabase.get().openSession()) {
            Office office = session.find(Office.class, officeId);
            for (int i = 1; i <= count; i++) {
                Customer customer = OpsFactory.eINSTANCE.createCustomer();
                customer.setCode(String.format("C-%04d", 5000 + i));
                customer.setName("Bulk Customer " + i);
                customer.setOffice(office);
                session.add(customer);
            }
            session.save();
        }
    }

    private static String propertyValue(Tree properties, String property) {
        List<TreeItem> items = new java.util.ArrayList<>(Arrays.asList(properties.getItems()));
        for (int i = 0; i < items.size(); i++) {
            TreeItem item = items.get(i);
            if (item.getText(0).equals(property)) {
                return item.getText(1);
            }
            item.setExpanded(true);
            items.addAll(Arrays.asList(item.getItems()));
        }
        return "(no such property; rows: " + items.stream().map(i -> i.getText(0)).toList() + ")";
    }

    /**
     * The customer editor's input is written into the workbench's saved state at exit and made again
     * from it at the next start, for the same user only. (Restarting here would meet the database
     * preference an earlier test changed; the restart itself is tested with the case editors, which
     * share this mechanism.)
     */
    @Test
    @Order(99)
    void theCustomerEditorIsWrittenIntoTheWorkbenchStateAndMadeAgainFromItForTheSameUser() {
        Directory directory = new Directory(OpsBenchDatabase.get());
        Entry region = directory.regions().get(0);
        Entry customer = directory.customers(directory.offices(region.id()).get(0).id(), null).get(1);
        org.opsbench.ui.internal.ModelEditorInput input = org.opsbench.ui.internal.ModelEditorInput.open(
                org.opsbench.model.OpsPackage.Literals.CUSTOMER, customer.id(), 0, customer.name());
        org.eclipse.ui.XMLMemento memento = org.eclipse.ui.XMLMemento.createWriteRoot("input");
        org.eclipse.ui.IPersistableElement persistable = robot.onUi(input::getPersistable);
        robot.onUi(() -> persistable.saveState(memento));
        org.eclipse.ui.IElementFactory factory = robot.onUi(() -> PlatformUI.getWorkbench().getElementFactory(persistable.getFactoryId()));
        assertEquals(input, robot.onUi(() -> factory.createElement(memento)));
        assertEquals(customer.name(), ((org.eclipse.ui.IEditorInput) robot.onUi(() -> factory.createElement(memento))).getName());
        // A customer being created, never saved, is not reopened; nor is another user's editor.
        assertNull(org.opsbench.ui.internal.ModelEditorInput.create(org.opsbench.model.OpsPackage.Literals.CUSTOMER, 1, "New")
                .getPersistable());
        memento.putString("login", "agent");
        assertNull(robot.onUi(() -> factory.createElement(memento)));
    }

    /**
     * The main tool bar holds Save with its icon and tool tip (modules add theirs), none of the IDE's
     * navigation; the Window menu shows a view, maximises and resets the layout, after which the IDE's
     * navigation stays hidden.
     */
    @Test
    @Order(98)
    void theMainToolBarHasSaveAndTheWindowMenuShowsViewsAndResetsTheLayout() {
        // Tool tips as the platform writes them, e.g. "Save (Ctrl+S)": without the key for the check.
        List<String> tools = robot.onUi(() -> mainToolBar(activeShell()).stream().map(item -> item.getToolTipText().replaceAll(" \\(.*\\)$", ""))
                .toList());
        assertEquals(List.of("Save"), tools, "nothing else here without case management: no IDE navigation");
        assertTrue(robot.onUi(() -> mainToolBar(activeShell()).stream().allMatch(item -> item.getImage() != null)), "every tool has an icon");
        assertTrue(robot.onUi(() -> activeShell().getMenuBar().getItems().length) >= 4);
        List<String> windowMenu = robot.onUi(() -> {
            org.eclipse.swt.widgets.Menu menu = java.util.Arrays.stream(activeShell().getMenuBar().getItems())
                    .filter(item -> item.getText().replace("&", "").equals("Window")).findFirst().orElseThrow().getMenu();
            // The workbench fills a menu as it opens: what the user sees on opening it.
            menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            List<String> items = java.util.Arrays.stream(menu.getItems()).map(item -> item.getText().replace("&", "").replaceAll("\t.*", ""))
                    .filter(text -> !text.isEmpty()).toList();
            menu.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
            return items;
        });
        assertEquals(List.of("Show View", "Maximize Active View or Editor", "Reset Layout..."), windowMenu);
        robot.screenshot("main-toolbar-and-window-menu");
    }

    /** The workbench window's shell, asked on the UI thread (inside onUi and wait conditions). */
    private static Shell activeShell() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
    }

    /** @return the tool items of the window's main tool bar (outside every part's tab folder) that are shown */
    private static List<org.eclipse.swt.widgets.ToolItem> mainToolBar(org.eclipse.swt.widgets.Composite parent) {
        List<org.eclipse.swt.widgets.ToolItem> items = new java.util.ArrayList<>();
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (!child.isVisible() || child instanceof org.eclipse.swt.custom.CTabFolder) {
                continue;
            }
            if (child instanceof org.eclipse.swt.widgets.ToolBar bar) {
                if (bar.toDisplay(0, 0).y > bar.getShell().toDisplay(0, 0).y + 80) {
                    continue; // the status line's and the progress area's, at the bottom
                }
                for (org.eclipse.swt.widgets.ToolItem item : bar.getItems()) {
                    if ((item.getStyle() & org.eclipse.swt.SWT.SEPARATOR) == 0 && item.getToolTipText() != null) {
                        items.add(item);
                    }
                }
            } else if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                items.addAll(mainToolBar(composite));
            }
        }
        return items;
    }

    private static Shell window() {
        return robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
    }

    /** Usable from the test thread and inside wait conditions (which run on the UI thread). */
    private static boolean activeEditorDirty() {
        java.util.function.Supplier<Boolean> dirty = () -> {
            var editor = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getActiveEditor();
            return editor != null && editor.isDirty();
        };
        return org.eclipse.swt.widgets.Display.getCurrent() != null ? dirty.get() : robot.onUi(dirty);
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
                        return Arrays.stream(officeItem.getItems()).map(TreeItem::getText).filter(text -> !text.equals("Engineers"))
                                .toList();
                    }
                }
            }
        }
        return List.of();
    }
}
