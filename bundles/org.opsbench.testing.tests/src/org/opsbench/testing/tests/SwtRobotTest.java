package org.opsbench.testing.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opsbench.testing.RobotException;
import org.opsbench.testing.SwtRobot;

/** The robot against real widgets on a real display, on a UI thread of the test's own. */
class SwtRobotTest {

    private static Display display;
    private static Thread uiThread;
    private static SwtRobot robot;
    private final List<String> events = new ArrayList<>();
    private Shell shell;

    @BeforeAll
    static void startUiThread() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        uiThread = new Thread(() -> {
            display = new Display();
            started.countDown();
            while (!display.isDisposed()) {
                if (!display.readAndDispatch()) {
                    display.sleep();
                }
            }
        }, "ui");
        uiThread.start();
        assertTrue(started.await(30, TimeUnit.SECONDS), "the display could not be created (is there an X display?)");
        robot = new SwtRobot(display, Duration.ofSeconds(10));
    }

    @AfterAll
    static void stopUiThread() throws InterruptedException {
        display.asyncExec(display::dispose);
        uiThread.join(30_000);
    }

    @BeforeEach
    void openForm() {
        robot.onUi(() -> {
            for (Shell old : display.getShells()) {
                old.dispose();
            }
            shell = new Shell(display);
            shell.setText("Dispatch console");
            shell.setLayout(new GridLayout(2, false));
            new Label(shell, SWT.NONE).setText("Caller:");
            Text caller = new Text(shell, SWT.BORDER);
            caller.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            new Label(shell, SWT.NONE).setText("Phone:");
            Text phone = new Text(shell, SWT.BORDER);
            phone.setData(SwtRobot.ID, "caller.phone");
            phone.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
            new Label(shell, SWT.NONE).setText("Severity:");
            Combo severity = new Combo(shell, SWT.READ_ONLY);
            severity.setItems("P1", "P2", "P3", "P4");
            severity.addListener(SWT.Selection, e -> events.add("severity " + severity.getText()));
            Label message = new Label(shell, SWT.NONE);
            message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
            Button open = new Button(shell, SWT.PUSH);
            open.setText("&Open case");
            open.addListener(SWT.Selection, e -> message.setText("Case opened for " + caller.getText() + " (" + phone.getText() + ")"));

            Table table = new Table(shell, SWT.BORDER | SWT.FULL_SELECTION);
            table.setData(SwtRobot.ID, "cases");
            table.setHeaderVisible(true);
            new TableColumn(table, SWT.NONE).setText("Case");
            new TableColumn(table, SWT.NONE).setText("Customer");
            for (String[] row : new String[][] { { "C-20261121-001", "Qinghe Water" }, { "C-20261121-002", "Lanshan Grid" } }) {
                new TableItem(table, SWT.NONE).setText(row);
            }
            for (TableColumn column : table.getColumns()) {
                column.setWidth(160);
            }
            table.addListener(SWT.Selection, e -> events.add("row " + ((TableItem) e.item).getText(0)));
            Menu context = new Menu(table);
            MenuItem delete = new MenuItem(context, SWT.PUSH);
            delete.setText("&Delete case");
            delete.addListener(SWT.Selection, e -> table.remove(table.getSelectionIndex()));
            table.setMenu(context);

            Tree tree = new Tree(shell, SWT.BORDER);
            tree.setData(SwtRobot.ID, "network");
            TreeItem region = new TreeItem(tree, SWT.NONE);
            region.setText("North Region");
            new TreeItem(region, SWT.NONE); // placeholder: children are created on expand, as lazy viewers do
            tree.addListener(SWT.Expand, e -> {
                TreeItem item = (TreeItem) e.item;
                if (item.getItemCount() == 1 && item.getItem(0).getText().isEmpty()) {
                    item.getItem(0).dispose();
                    new TreeItem(item, SWT.NONE).setText("Tianhe Office");
                    new TreeItem(item, SWT.NONE).setText("Shijing Office");
                }
            });
            tree.addListener(SWT.Selection, e -> events.add("node " + ((TreeItem) e.item).getText()));

            // Two jobs, each with its own stop button, as the Progress view shows them.
            for (String job : new String[] { "Backing up the database", "Fetching customers" }) {
                Composite row = new Composite(shell, SWT.NONE);
                row.setLayout(new GridLayout(2, false));
                new Label(row, SWT.NONE).setText(job);
                ToolBar bar = new ToolBar(row, SWT.FLAT);
                ToolItem stop = new ToolItem(bar, SWT.PUSH);
                stop.setToolTipText("Cancel Operation");
                stop.addListener(SWT.Selection, e -> events.add("cancelled " + job));
            }
            // A view's tool bar: actions without images show their text.
            ToolBar viewBar = new ToolBar(shell, SWT.FLAT);
            ToolItem newCase = new ToolItem(viewBar, SWT.PUSH);
            newCase.setText("New &Case...");
            newCase.addListener(SWT.Selection, e -> events.add("new case"));

            Menu bar = new Menu(shell, SWT.BAR);
            MenuItem file = new MenuItem(bar, SWT.CASCADE);
            file.setText("&File");
            Menu fileMenu = new Menu(shell, SWT.DROP_DOWN);
            file.setMenu(fileMenu);
            MenuItem save = new MenuItem(fileMenu, SWT.PUSH);
            save.setText("&Save\tCtrl+S");
            save.addListener(SWT.Selection, e -> events.add("saved"));
            shell.setMenuBar(bar);
            shell.setSize(700, 500);
            shell.open();
        });
    }

    @Test
    void typesIntoFieldsFoundByLabelOrIdAndClicksButtons() {
        robot.type(robot.text("Caller"), "Wen Jiayu");
        robot.type(robot.text("caller.phone"), "+86 10 5550 0101");
        robot.click(robot.button("Open case"));
        Label message = robot.label("Case opened for Wen Jiayu (+86 10 5550 0101)");
        assertTrue(robot.onUi(message::isVisible));
    }

    @Test
    void selectsComboItemsTableRowsAndLazyTreePaths() {
        robot.select(robot.combo("Severity"), "P1");
        robot.select(robot.table("cases"), "Lanshan Grid");
        robot.select(robot.tree("network"), "North Region", "Shijing Office");
        assertEquals(List.of("severity P1", "row C-20261121-002", "node Shijing Office"), robot.onUi(() -> List.copyOf(events)));
    }

    @Test
    void clicksTheToolItemNextToAText() {
        robot.click(robot.toolItem("Cancel Operation", "Fetching customers"));
        assertEquals(List.of("cancelled Fetching customers"), robot.onUi(() -> List.copyOf(events)));
        RobotException missing = assertThrows(RobotException.class,
                () -> new SwtRobot(display, Duration.ofMillis(500)).toolItem("Cancel Operation", "Importing"));
        assertTrue(missing.getMessage().contains("a tool item \"Cancel Operation\" next to \"Importing\""), missing.getMessage());
    }

    @Test
    void clicksAToolItemByItsText() {
        robot.click(robot.toolItem("New Case"));
        assertEquals(List.of("new case"), robot.onUi(() -> List.copyOf(events)));
    }

    @Test
    void choosesMenuBarAndContextMenuItems() {
        Shell console = robot.shell("Dispatch console");
        robot.menu(console, "File", "Save");
        Table cases = robot.table("cases");
        robot.select(cases, "C-20261121-001");
        robot.contextMenu(cases, "Delete case");
        assertEquals(List.of("saved", "row C-20261121-001"), robot.onUi(() -> List.copyOf(events)));
        assertEquals(1, robot.onUi(cases::getItemCount));
        RobotException missing = assertThrows(RobotException.class, () -> new SwtRobot(display, Duration.ofMillis(500)).menu(console, "File", "Print"));
        assertTrue(missing.getMessage().contains("No menu item \"Print\"; the menu has [Save"), missing.getMessage());
    }

    @Test
    void aWidgetThatNeverComesFailsWithWhatWasThere() {
        SwtRobot impatient = new SwtRobot(display, Duration.ofMillis(300));
        RobotException failure = assertThrows(RobotException.class, () -> impatient.button("Close case"));
        assertTrue(failure.getMessage().startsWith("Waited 0 s for a button \"Close case\", in vain."), failure.getMessage());
        assertTrue(failure.getMessage().contains("shell \"Dispatch console\""), failure.getMessage());
        assertTrue(failure.getMessage().contains("Button \"&Open case\""), failure.getMessage());
        assertTrue(failure.getMessage().contains("Table id=cases"), failure.getMessage());
    }

    @Test
    void waitsForAConditionThatBecomesTrueLater() {
        robot.onUi(() -> display.timerExec(200, () -> shell.setText("Dispatch console - 1 new call")));
        assertEquals("Dispatch console - 1 new call", robot.onUi(robot.shell("Dispatch console - 1 new call")::getText));
    }

    @Test
    void writesAScreenshotOfTheWholeScreen() throws Exception {
        Text caller = robot.text("Caller");
        robot.type(caller, "Screenshot check");
        assertEquals("Screenshot check", robot.onUi(() -> caller.getText()));
        Path picture = robot.screenshot("robot-dispatch-console");
        assertTrue(Files.size(picture) > 1000);
        ImageData[] images = new ImageLoader().load(picture.toString());
        assertEquals(robot.onUi(() -> display.getBounds().width), images[0].width);
    }
}
