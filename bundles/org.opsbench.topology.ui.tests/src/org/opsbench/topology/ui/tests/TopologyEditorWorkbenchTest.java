package org.opsbench.topology.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.palette.PaletteContainer;
import org.eclipse.gef.palette.ToolEntry;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.testing.RunningWorkbench;
import org.opsbench.testing.SwtRobot;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.ui.internal.DiagramEditor;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * An engineer draws a customer's network in the workbench: a new diagram from the navigator, devices
 * from the palette, links drawn between them, undo and redo, a move, a rename in place, automatic
 * layout, save, reopen, and the picture exported as PNG. Mouse gestures go to the real GEF canvas.
 */
class TopologyEditorWorkbenchTest {

    private static final String DIAGRAM = "Pumping Station 7";

    private static RunningWorkbench workbench;
    private static SwtRobot robot;

    @BeforeAll
    static void logIn() throws Exception {
        workbench = RunningWorkbench.withSampleData();
        robot = workbench.robot();
        robot.shell("Log in to OpsBench");
        robot.shows("The sample data is loaded.");
        robot.type(robot.text("login.user"), "admin");
        robot.type(robot.text("login.password"), SampleDataLoader.SAMPLE_ADMIN_PASSWORD);
        robot.click(robot.button("Log in"));
        robot.waitFor("the workbench window", () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
        robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
                .setBounds(PlatformUI.getWorkbench().getDisplay().getPrimaryMonitor().getClientArea()));
    }

    @AfterAll
    static void close() throws Exception {
        // A test that failed half way leaves an unsaved diagram: no save prompt at shutdown.
        robot.onUi(() -> page().closeAllEditors(false));
        workbench.close();
    }

    @Test
    void anEngineerDrawsLaysOutSavesReopensAndExportsACustomersNetwork() throws Exception {
        String[] customerPath = firstCustomerPath();
        Tree tree = navigator();
        robot.select(tree, append(customerPath, "Network Diagrams"));
        robot.contextMenu(tree, "New Network Diagram...");
        Shell ask = robot.shell("New Network Diagram");
        robot.type(robot.find("the diagram's name field", Text.class, text -> text.getShell() == ask), DIAGRAM);
        robot.click(robot.button(ask, "OK"));
        DiagramEditor editor = openedEditor();
        assertEquals(DIAGRAM, robot.onUi(editor::getPartName));
        robot.screenshot("topology-new-diagram");

        // Devices from the palette, dropped on the canvas.
        createFromPalette(editor, "Router", 160, 40);
        createFromPalette(editor, "Switch", 160, 220);
        createFromPalette(editor, "Server", 40, 400);
        createFromPalette(editor, "Server", 300, 400);
        assertEquals(List.of("router-1", "switch-1", "server-1", "server-2"), robot.onUi(() -> names(editor.diagram())));
        Device router = device(editor, "router-1");
        Device core = device(editor, "switch-1");
        Device server1 = device(editor, "server-1");
        Device server2 = device(editor, "server-2");
        assertEquals("Add Server", robot.onUi(editor::undoLabel));

        // Links drawn from device to device take the first free ports that can be cabled together.
        drawLink(editor, router, core);
        drawLink(editor, core, server1);
        drawLink(editor, core, server2);
        List<Link> links = robot.onUi(() -> List.copyOf(editor.diagram().getLinks()));
        assertEquals(3, links.size());
        assertEquals("GE0/0/0", links.get(0).getSource().getName());
        assertEquals("GE1/0/1", links.get(0).getTarget().getName());
        assertEquals("GE1/0/3", links.get(2).getSource().getName());
        assertEquals("eth0", links.get(2).getTarget().getName());
        assertTrue(robot.onUi(editor::isDirty));
        robot.screenshot("topology-drawn");

        // A link from a device to itself is refused with the reason, and changes nothing.
        drawLink(editor, server1, server1);
        assertEquals("A link joins two devices; both ports are on server-1.", robot.onUi(editor::lastRefusal));
        assertEquals(3, robot.onUi(() -> editor.diagram().getLinks().size()));

        // Undo and redo through the editor's actions (Edit menu, Ctrl+Z).
        assertEquals("Connect", robot.onUi(editor::undoLabel));
        robot.onUi(() -> editor.action(ActionFactory.UNDO.getId()).run());
        assertEquals(2, robot.onUi(() -> editor.diagram().getLinks().size()));
        robot.onUi(() -> editor.action(ActionFactory.REDO.getId()).run());
        assertEquals(3, robot.onUi(() -> editor.diagram().getLinks().size()));

        // A drag moves a device onto the grid, one step to undo.
        int x = robot.onUi(server2::getX);
        int y = robot.onUi(server2::getY);
        Point from = centre(editor, server2);
        robot.drag(canvas(editor), from.x, from.y, from.x + 64, from.y);
        robot.waitUntil("server-2 moved right", () -> server2.getX() > x + 32, () -> "x is " + server2.getX());
        assertEquals(0, robot.onUi(server2::getX) % 16, "snapped to the grid");
        assertEquals(y, robot.onUi(server2::getY));
        assertEquals("Move", robot.onUi(editor::undoLabel));

        // Renamed in place: select, F2 (Rename), type, Enter.
        Point routerAt = centre(editor, router);
        robot.click(canvas(editor), routerAt.x, routerAt.y);
        robot.onUi(() -> editor.action(GEFActionConstants.DIRECT_EDIT).run());
        robot.type(robot.text("diagram.nameEditor"), "gw-hq");
        robot.waitUntil("the router renamed", () -> "gw-hq".equals(router.getName()), router::getName);
        assertEquals("Rename", robot.onUi(editor::undoLabel));

        // Automatic layout in a job: the router above the switch above the servers, one step to undo.
        robot.onUi(() -> editor.action(DiagramEditor.LAYOUT_ACTION).run());
        robot.waitUntil("the automatic layout", () -> "Automatic Layout".equals(editor.undoLabel()) && !editor.isBusy(), editor::undoLabel);
        assertTrue(router.getY() < core.getY() && core.getY() < server1.getY() && server1.getY() == server2.getY(),
                "tiers top to bottom: " + router.getY() + ", " + core.getY() + ", " + server1.getY() + ", " + server2.getY());
        robot.screenshot("topology-layout");

        // Saved, closed, and opened again from the navigator: everything is back where it was.
        List<int[]> saved = robot.onUi(() -> positions(editor.diagram()));
        robot.onUi(() -> editor.action(ActionFactory.SAVE.getId()).run());
        robot.waitUntil("the diagram saved", () -> !editor.isDirty() && !editor.isBusy(), () -> "dirty " + editor.isDirty());
        robot.onUi(() -> page().closeEditor(editor, false));
        TreeItem item = robot.select(tree, append(customerPath, "Network Diagrams", DIAGRAM));
        robot.doubleClick(tree, item);
        DiagramEditor reopened = openedEditor();
        assertEquals(List.of("gw-hq", "switch-1", "server-1", "server-2"), robot.onUi(() -> names(reopened.diagram())));
        assertEquals(3, robot.onUi(() -> reopened.diagram().getLinks().size()));
        List<int[]> read = robot.onUi(() -> positions(reopened.diagram()));
        for (int i = 0; i < saved.size(); i++) {
            assertEquals(List.of(saved.get(i)[0], saved.get(i)[1]), List.of(read.get(i)[0], read.get(i)[1]), "device " + i);
        }
        assertEquals(List.of("GE0/0/0", "GE1/0/1"), robot.onUi(() -> List.of(reopened.diagram().getLinks().get(0).getSource().getName(),
                reopened.diagram().getLinks().get(0).getTarget().getName())));
        robot.screenshot("topology-reopened");

        // Export PNG: a valid image, as large as the diagram.
        Path png = Path.of(System.getProperty("opsbench.screenshots.dir", "target/screenshots")).resolve("topology-export.png");
        Files.deleteIfExists(png);
        Dimension size = robot.onUi(() -> reopened.exportPng(png));
        robot.waitFor("the PNG written", () -> Files.isRegularFile(png) && png.toFile().length() > 0);
        robot.waitUntil("the PNG complete", () -> readable(png), () -> png + " is not a whole PNG yet");
        ImageData image = new ImageLoader().load(png.toString())[0];
        assertEquals(size.width, image.width);
        assertEquals(size.height, image.height);
        int right = robot.onUi(() -> reopened.diagram().getDevices().stream().mapToInt(d -> d.getX() + d.getWidth()).max().orElseThrow());
        int bottom = robot.onUi(() -> reopened.diagram().getDevices().stream().mapToInt(d -> d.getY() + d.getHeight()).max().orElseThrow());
        assertTrue(image.width >= right && image.height >= bottom, image.width + " x " + image.height + " holds " + right + " x " + bottom);
        assertNull(robot.onUi(reopened::lastRefusal));
    }

    private static boolean readable(Path png) {
        try {
            return new ImageLoader().load(png.toString()).length == 1;
        } catch (RuntimeException notYet) {
            return false;
        }
    }

    /** Region, office and customer labels of the first customer of the first office, as the navigator shows them. */
    private static String[] firstCustomerPath() {
        Database database = ServiceDesk.database();
        Object[] row = database.listPage("SELECT r.name, o.name, c.code, c.name FROM ServiceCenter s JOIN s.regions r JOIN r.offices o, Customer c"
                + " WHERE c.office = o ORDER BY r.code, o.name, c.code", Object[].class, 0, 1).get(0);
        return new String[] { (String) row[0], (String) row[1], row[2] + "  " + row[3] };
    }

    private static String[] append(String[] path, String... more) {
        List<String> all = new ArrayList<>(List.of(path));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    private static Tree navigator() {
        robot.onUi(() -> {
            try {
                page().showView("org.opsbench.ui.navigator");
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        return robot.tree("navigator.tree");
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static DiagramEditor openedEditor() {
        robot.waitUntil("the diagram editor with its diagram", () -> page().getActiveEditor() instanceof DiagramEditor editor
                && editor.diagram() != null && !editor.isBusy(), () -> String.valueOf(page().getActiveEditor()));
        return robot.onUi(() -> (DiagramEditor) page().getActiveEditor());
    }

    private static org.eclipse.swt.widgets.Control canvas(DiagramEditor editor) {
        return robot.onUi(() -> editor.viewer().getControl());
    }

    /** Clicks the palette entry, then the canvas at model point (x, y). */
    private static void createFromPalette(DiagramEditor editor, String entry, int x, int y) {
        choose(editor, entry);
        Point at = robot.onUi(() -> {
            IFigure contents = ((GraphicalEditPart) editor.viewer().getContents()).getFigure();
            Point point = new Point(x, y);
            contents.translateToAbsolute(point);
            return point;
        });
        int before = robot.onUi(() -> editor.diagram().getDevices().size());
        robot.click(canvas(editor), at.x, at.y);
        robot.waitUntil("a new " + entry, () -> editor.diagram().getDevices().size() == before + 1, editor::lastRefusal);
    }

    private static void drawLink(DiagramEditor editor, Device from, Device to) {
        choose(editor, "Link");
        Point start = centre(editor, from);
        Point end = centre(editor, to);
        robot.click(canvas(editor), start.x, start.y);
        robot.click(canvas(editor), end.x, end.y);
        robot.onUi(() -> editor.paletteViewer().setActiveTool(null)); // back to selecting
    }

    /** Clicks a palette entry where it is drawn, as a user would. */
    private static void choose(DiagramEditor editor, String label) {
        Point at = robot.onUi(() -> {
            ToolEntry entry = find(editor.paletteViewer().getPaletteRoot(), label);
            assertNotNull(entry, "palette entry " + label);
            GraphicalEditPart part = (GraphicalEditPart) editor.paletteViewer().getEditPartRegistry().get(entry);
            Point centre = part.getFigure().getBounds().getCenter();
            part.getFigure().translateToAbsolute(centre);
            return centre;
        });
        robot.click(robot.onUi(() -> editor.paletteViewer().getControl()), at.x, at.y);
        robot.waitUntil("the tool " + label, () -> label.equals(editor.paletteViewer().getActiveTool().getLabel()),
                () -> "active: " + editor.paletteViewer().getActiveTool().getLabel());
    }

    private static ToolEntry find(PaletteContainer container, String label) {
        for (Object child : container.getChildren()) {
            if (child instanceof ToolEntry tool && label.equals(tool.getLabel())) {
                return tool;
            }
            if (child instanceof PaletteContainer inner && find(inner, label) != null) {
                return find(inner, label);
            }
        }
        return null;
    }

    private static Point centre(DiagramEditor editor, Device device) {
        return robot.onUi(() -> {
            GraphicalEditPart part = (GraphicalEditPart) editor.viewer().getEditPartRegistry().get(device);
            Point centre = part.getFigure().getBounds().getCenter();
            part.getFigure().translateToAbsolute(centre);
            return centre;
        });
    }

    private static Device device(DiagramEditor editor, String name) {
        return robot.onUi(() -> editor.diagram().getDevices().stream().filter(d -> d.getName().equals(name)).findFirst().orElseThrow());
    }

    private static List<String> names(Diagram diagram) {
        return diagram.getDevices().stream().map(Device::getName).toList();
    }

    private static List<int[]> positions(Diagram diagram) {
        return diagram.getDevices().stream().map(d -> new int[] { d.getX(), d.getY() }).toList();
    }
}
