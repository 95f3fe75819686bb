package org.opsbench.topology.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opsbench.persistence.Database;
import org.opsbench.testing.RunningWorkbench;
import org.opsbench.testing.SwtRobot;
import org.eclipse.ui.views.properties.IPropertySource;
import org.opsbench.persistence.ModelSession;
import org.opsbench.model.Customer;
import org.opsbench.model.Equipment;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.Diagrams;
import org.opsbench.topology.model.TopologyFactory;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Routing;
import org.opsbench.topology.model.Zone;
import org.opsbench.topology.model.ZoneKind;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.ui.internal.DiagramActions;
import org.opsbench.topology.ui.internal.DiagramEditor;
import org.opsbench.topology.ui.internal.DiagramEditorInput;
import org.opsbench.topology.ui.internal.ShownOnCanvas;
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
        workbench = ServiceDeskLogin.asAdmin();
        robot = workbench.robot();
    }

    /** Each test starts with no editor open, whatever the one before left. */
    @AfterEach
    void closeEditors() {
        robot.onUi(() -> page().closeAllEditors(false));
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
        // A folder offers what belongs in it, not the office's "New Customer".
        List<String> offered = robot.contextMenuItems(tree);
        assertTrue(offered.contains("New Network Diagram") && !offered.contains("New Customer"), offered.toString());
        robot.contextMenu(tree, "New Network Diagram...");
        Shell ask = robot.shell("New Network Diagram");
        robot.type(robot.find("the diagram's name field", Text.class, text -> text.getShell() == ask), DIAGRAM);
        robot.click(robot.button(ask, "OK"));
        DiagramEditor editor = openedEditor();
        assertEquals(DIAGRAM, robot.onUi(editor::getPartName));
        robot.screenshot("topology-new-diagram");

        // Devices from the palette, dropped on the canvas.
        createFromPalette(editor, "Router", 160, 16);
        createFromPalette(editor, "Switch", 160, 144);
        createFromPalette(editor, "Server", 40, 272);
        createFromPalette(editor, "Server", 300, 272);
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

        // The Properties view: a selected link's ports are chosen among its devices' free ports.
        Link uplink = links.get(0);
        robot.onUi(() -> editor.viewer().select((org.eclipse.gef.EditPart) editor.viewer().getEditPartRegistry().get(uplink)));
        robot.onUi(() -> {
            try {
                page().showView("org.eclipse.ui.views.PropertySheet");
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
            page().activate(editor);
        });
        Tree propertyTree = robot.find("the Properties view's tree", Tree.class,
                t -> t.getItemCount() > 0 && java.util.Arrays.stream(t.getItems()).anyMatch(i -> i.getText().startsWith("Port on router-1")));
        assertEquals("GE0/0/0  (copper, 1000 Mbit/s)", robot.onUi(() -> java.util.Arrays.stream(propertyTree.getItems())
                .filter(i -> i.getText().equals("Port on router-1")).findFirst().orElseThrow().getText(1)));
        IPropertySource linkProperties = robot.onUi(() -> (IPropertySource) ((GraphicalEditPart) editor.viewer().getEditPartRegistry()
                .get(uplink)).getAdapter(IPropertySource.class));
        robot.onUi(() -> linkProperties.setPropertyValue("sourcePort", 2)); // GE0/0/0, GE0/0/1, then GE0/0/2
        assertEquals("GE0/0/2", robot.onUi(() -> uplink.getSource().getName()));
        assertEquals("Change Ports", robot.onUi(editor::undoLabel));
        LinkPartLabels labels = new LinkPartLabels(editor, uplink);
        robot.waitUntil("the link labelled with its new port", () -> labels.get().get(0).equals("GE0/0/2"), () -> labels.get().toString());
        robot.screenshot("topology-link-properties");
        robot.onUi(() -> editor.action(ActionFactory.UNDO.getId()).run());
        assertEquals("GE0/0/0", robot.onUi(() -> uplink.getSource().getName()));

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
        // A gesture's GEF command carries its step's name before it runs: deleting a device is "Delete".
        assertEquals("Delete", robot.onUi(() -> ((org.eclipse.gef.EditPart) editor.viewer().getEditPartRegistry().get(server2))
                .getCommand(new org.eclipse.gef.requests.GroupRequest(org.eclipse.gef.RequestConstants.REQ_DELETE)).getLabel()));

        // Renamed in place: select, F2 (Rename), type, Enter.
        Point routerAt = centre(editor, router);
        robot.click(canvas(editor), routerAt.x, routerAt.y);
        // F2 is the platform's Rename command, which the editor handles with GEF's direct edit.
        assertEquals("F2", robot.onUi(() -> PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class)
                .getBestActiveBindingFormattedFor("org.eclipse.ui.edit.rename")));
        robot.onUi(() -> {
            try {
                return editor.getSite().getService(org.eclipse.ui.handlers.IHandlerService.class).executeCommand("org.eclipse.ui.edit.rename",
                        null);
            } catch (org.eclipse.core.commands.ExecutionException | org.eclipse.core.commands.NotHandledException
                    | org.eclipse.core.commands.NotEnabledException | org.eclipse.core.commands.common.NotDefinedException e) {
                throw new IllegalStateException(e);
            }
        });

        robot.type(robot.text("diagram.nameEditor"), "gw-hq");
        robot.waitUntil("the router renamed", () -> "gw-hq".equals(router.getName()), router::getName);
        assertEquals("Rename", robot.onUi(editor::undoLabel));

        // The editor's commands in the Diagram menu, shown while a diagram editor is active; Right-Angle Links
        // is checked as the diagram is routed.
        Shell window = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        assertEquals(List.of("Automatic Layout", "Right-Angle Links", "Address Plan", "", "Zoom In", "Zoom Out", "", "Import", "Export"),
                menuItems(window, "Diagram"));
        assertEquals(robot.onUi(() -> editor.diagram().getRouting() == org.opsbench.topology.model.Routing.ORTHOGONAL),
                robot.onUi(() -> menuItem(window, "Diagram", "Right-Angle Links").getSelection()));
        assertEquals("Shift+Ctrl+Y", robot.onUi(() -> PlatformUI.getWorkbench().getService(org.eclipse.ui.keys.IBindingService.class)
                .getBestActiveBindingFormattedFor(DiagramActions.LAYOUT)), "the layout's key");
        // Automatic layout in a job: the router above the switch above the servers, one step to undo.
        robot.menu(window, "Diagram", "Automatic Layout");
        robot.waitUntil("the automatic layout", () -> "Automatic Layout".equals(editor.undoLabel()) && !editor.isBusy(), editor::undoLabel);
        assertTrue(router.getY() < core.getY() && core.getY() < server1.getY() && server1.getY() == server2.getY(),
                "tiers top to bottom: " + router.getY() + ", " + core.getY() + ", " + server1.getY() + ", " + server2.getY());
        robot.screenshot("topology-layout");

        // The Outline view shows the diagram in miniature.
        robot.onUi(() -> {
            try {
                page().showView("org.eclipse.ui.views.ContentOutline");
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
            page().activate(editor);
        });
        org.eclipse.swt.widgets.Canvas overview = robot.find("the diagram overview", org.eclipse.swt.widgets.Canvas.class,
                canvas -> "diagram.overview".equals(canvas.getData("org.opsbench.testing.id")));
        assertTrue(robot.onUi(() -> overview.getSize().x > 50 && overview.getSize().y > 50), "the overview has room");
        robot.screenshot("topology-outline");

        // Saved, closed, and opened again from the navigator: everything is back where it was.
        List<int[]> saved = robot.onUi(() -> positions(editor.diagram()));
        // The workbench knows the editor is dirty: its tab shows it and File > Save is enabled.
        robot.waitUntil("the dirty mark on the editor's tab", () -> page().getActiveEditor().getTitle().equals(DIAGRAM)
                && java.util.Arrays.stream(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getDisplay().getShells())
                        .anyMatch(shell -> hasTab(shell, "*" + DIAGRAM)), () -> "no \"*" + DIAGRAM + "\" tab");
        robot.menu(robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()), "File", "Save");
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

        // The site pack: a PDF with the picture, the address plan, the devices and every link with its ports.
        Path pack = png.resolveSibling("topology-site-pack.pdf");
        Files.deleteIfExists(pack);
        robot.onUi(() -> reopened.exportTo(pack));
        robot.waitUntil("the site pack written", () -> sitePackText(pack) != null, () -> pack + " not there yet");
        robot.shows("Written: " + pack.toAbsolutePath()); // the status line says where the file is
        String packText = sitePackText(pack);
        for (String expected : List.of("Site pack: " + DIAGRAM, "Network diagram " + DIAGRAM + ": 4 devices, 3 links", "IP address plan",
                "gw-hq Router", "gw-hq GE0/0/0 switch-1 GE1/0/1 copper 1000 Mbit/s", "switch-1 GE1/0/3 server-2 eth0")) {
            assertTrue(packText.contains(expected), "\"" + expected + "\" in " + packText);
        }

        // Printed (to GTK's print-to-file printer, as the Print dialog would choose it): the diagram fitted to one page.
        Path printed = png.resolveSibling("topology-printed.pdf");
        Files.deleteIfExists(printed);
        org.eclipse.swt.printing.PrinterData[] printers = robot.onUi(org.eclipse.swt.printing.Printer::getPrinterList);
        org.eclipse.swt.printing.PrinterData toFile = java.util.Arrays.stream(printers).filter(p -> p.name.toLowerCase().contains("file"))
                .findFirst().orElseThrow(() -> new AssertionError("no print-to-file printer in " + java.util.Arrays.toString(printers)));
        toFile.printToFile = true;
        toFile.fileName = printed.toString();
        robot.onUi(() -> reopened.print(toFile));
        robot.waitUntil("the printout written", () -> sitePackText(printed) != null, () -> printed + " not there yet");
        try (org.apache.pdfbox.pdmodel.PDDocument printout = org.apache.pdfbox.Loader.loadPDF(printed.toFile())) {
            assertEquals(1, printout.getNumberOfPages(), "fitted to one page");
        }

        // SVG, drawn from what the canvas shows: a shape per device and link, the names and ports as text.
        Path svg = png.resolveSibling("topology-export.svg");
        Files.deleteIfExists(svg);
        robot.onUi(() -> reopened.exportTo(svg));
        robot.waitFor("the SVG written", () -> Files.isRegularFile(svg));
        org.w3c.dom.Document drawing = javax.xml.parsers.DocumentBuilderFactory.newNSInstance().newDocumentBuilder().parse(svg.toFile());
        assertEquals("http://www.w3.org/2000/svg", drawing.getDocumentElement().getNamespaceURI());
        assertEquals("svg", drawing.getDocumentElement().getLocalName());
        List<String> groups = new ArrayList<>();
        org.w3c.dom.NodeList g = drawing.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < g.getLength(); i++) {
            groups.add(((org.w3c.dom.Element) g.item(i)).getAttribute("class"));
        }
        assertEquals(4, groups.stream().filter("device"::equals).count());
        assertEquals(3, groups.stream().filter("link"::equals).count());
        String svgText = drawing.getDocumentElement().getTextContent();
        for (String expected : List.of("gw-hq", "switch-1", "server-2", "GE0/0/0", "GE1/0/3", "eth0")) {
            assertTrue(svgText.contains(expected), expected + " in the SVG");
        }
        assertEquals(size.width, Integer.parseInt(drawing.getDocumentElement().getAttribute("width")), "as large as the PNG");

        // Exported as GraphML and CSV, imported into a new diagram: GraphML, undone, then the CSV pair; a second
        // CSV import would duplicate the names, so it is refused with the file and line, and adds nothing.
        Path folder = png.getParent();
        robot.onUi(() -> reopened.exportTo(folder.resolve("station.graphml")));
        robot.onUi(() -> reopened.exportTo(folder.resolve("station.csv")));
        robot.waitFor("the exports written", () -> Files.isRegularFile(folder.resolve("station.graphml"))
                && Files.isRegularFile(folder.resolve("station.csv")) && Files.isRegularFile(folder.resolve("station-links.csv")));
        long copyId = Diagrams.create(ServiceDesk.database(), robot.onUi(() -> ((org.opsbench.model.base.PersistentObject) reopened.diagram()
                .getCustomer()).getPersistentId()), "Imported station");
        DiagramEditor imported = open(copyId, "Imported station");
        robot.onUi(() -> imported.importFiles(List.of(folder.resolve("station.graphml"))));
        robot.waitUntil("the GraphML imported", () -> imported.diagram().getDevices().size() == 4 && !imported.isBusy(), imported::lastRefusal);
        assertEquals(3, robot.onUi(() -> imported.diagram().getLinks().size()));
        assertEquals(List.of("gw-hq", "switch-1", "server-1", "server-2"), robot.onUi(() -> names(imported.diagram())));
        assertEquals("Import", robot.onUi(imported::undoLabel));
        robot.onUi(() -> imported.action(ActionFactory.UNDO.getId()).run());
        assertEquals(0, robot.onUi(() -> imported.diagram().getDevices().size()));
        List<Path> csv = List.of(folder.resolve("station-links.csv"), folder.resolve("station.csv"));
        robot.onUi(() -> imported.importFiles(csv));
        robot.waitUntil("the CSV imported", () -> imported.diagram().getDevices().size() == 4 && !imported.isBusy(), imported::lastRefusal);
        assertEquals(3, robot.onUi(() -> imported.diagram().getLinks().size()));
        robot.onUi(() -> imported.importFiles(csv));
        Shell refused = robot.shell("Nothing Imported");
        robot.shows("station.csv:2: a device named gw-hq is already in the diagram or the file.");
        robot.screenshot("topology-import-refused");
        robot.click(robot.button(refused, "OK"));
        assertEquals(4, robot.onUi(() -> imported.diagram().getDevices().size()));
        assertEquals(3, robot.onUi(() -> imported.diagram().getLinks().size()));
    }

    @Test
    void zonesTakeTheirDevicesAlongAndAConflictingSaveKeepsMine() throws Exception {
        long customerId = ServiceDesk.database().listPage("SELECT c.persistentId FROM Customer c ORDER BY c.code DESC", Long.class, 0, 1).get(0);
        long diagramId = Diagrams.create(ServiceDesk.database(), customerId, "Control Network");
        DiagramEditor editor = open(diagramId, "Control Network");

        // A zone from the palette; a switch dropped into it joins it, a server dropped outside does not.
        createFromPalette(editor, "Zone", 32, 32);
        Zone zone = robot.onUi(() -> editor.diagram().getZones().get(0));
        assertEquals("Zone 1", robot.onUi(zone::getName));
        robot.onUi(() -> editor.viewer().select((org.eclipse.gef.EditPart) editor.viewer().getEditPartRegistry().get(zone)));
        robot.onUi(() -> editor.action(GEFActionConstants.DIRECT_EDIT).run());
        robot.type(robot.text("diagram.nameEditor"), "Control LAN");
        robot.waitUntil("the zone renamed in place", () -> "Control LAN".equals(zone.getName()), zone::getName);
        createFromPalette(editor, "Switch", 96, 96);
        createFromPalette(editor, "Server", 512, 96);
        Device core = device(editor, "switch-1");
        Device server = device(editor, "server-1");
        assertEquals(zone, robot.onUi(core::getZone));
        assertNull(robot.onUi(server::getZone));

        // Dragged into the zone, the server joins it: one step to undo.
        Point from = centre(editor, server);
        Point into = robot.onUi(() -> {
            Point point = new Point(zone.getX() + zone.getWidth() - 80, zone.getY() + zone.getHeight() - 60);
            ((GraphicalEditPart) editor.viewer().getContents()).getFigure().translateToAbsolute(point);
            return point;
        });
        robot.drag(canvas(editor), from.x, from.y, into.x, into.y);
        robot.waitUntil("the server in the zone", () -> server.getZone() == zone, () -> "at " + server.getX() + "," + server.getY());
        robot.onUi(() -> editor.action(ActionFactory.UNDO.getId()).run());
        assertNull(robot.onUi(server::getZone));
        robot.onUi(() -> editor.action(ActionFactory.REDO.getId()).run());
        assertEquals(zone, robot.onUi(server::getZone));
        drawLink(editor, core, server);

        // Resized by the selection's bottom-right handle; aligned on their left edges (two devices selected).
        Point serverCentre = centre(editor, server);
        robot.click(canvas(editor), serverCentre.x, serverCentre.y);
        int width = robot.onUi(server::getWidth);
        Point corner = robot.onUi(() -> {
            org.eclipse.draw2d.geometry.Rectangle bounds = ((GraphicalEditPart) editor.viewer().getEditPartRegistry().get(server)).getFigure()
                    .getBounds().getCopy();
            ((GraphicalEditPart) editor.viewer().getEditPartRegistry().get(server)).getFigure().translateToAbsolute(bounds);
            return bounds.getBottomRight().translate(-2, -2);
        });
        robot.drag(canvas(editor), corner.x, corner.y, corner.x + 48, corner.y + 16);
        robot.waitUntil("the server wider", () -> server.getWidth() > width + 32, () -> "width " + server.getWidth());
        assertEquals("Resize", robot.onUi(editor::undoLabel));
        int serverLeft = robot.onUi(server::getX);
        robot.onUi(() -> editor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(List.of(
                editor.viewer().getEditPartRegistry().get(server), editor.viewer().getEditPartRegistry().get(core)))));
        robot.onUi(() -> editor.action(GEFActionConstants.ALIGN_LEFT).run());
        assertEquals(robot.onUi(core::getX), robot.onUi(server::getX), "aligned on the primary selection's left edge");
        robot.onUi(() -> editor.action(ActionFactory.UNDO.getId()).run());
        assertEquals(serverLeft, robot.onUi(server::getX), "one step to undo");

        // Zoom: Ctrl+= and the Ctrl+wheel, back to 100 % by Ctrl+-.
        org.eclipse.gef.editparts.ZoomManager zoom = robot.onUi(() -> ((org.eclipse.gef.editparts.ScalableFreeformRootEditPart) editor.viewer()
                .getRootEditPart()).getZoomManager());
        robot.onUi(() -> editor.action(GEFActionConstants.ZOOM_IN).run());
        assertEquals(1.5, robot.onUi(zoom::getZoom));
        robot.screenshot("topology-zoom-150");
        org.eclipse.swt.widgets.Control wheeled = canvas(editor);
        robot.onUi(() -> {
            org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
            wheel.widget = wheeled;
            wheel.count = -3;
            wheel.stateMask = org.eclipse.swt.SWT.MOD1;
            wheeled.notifyListeners(org.eclipse.swt.SWT.MouseWheel, wheel);
        });
        assertEquals(1.0, robot.onUi(zoom::getZoom), "Ctrl+wheel down zooms out");
        robot.onUi(() -> editor.action(GEFActionConstants.ZOOM_OUT).run());
        assertEquals(0.75, robot.onUi(zoom::getZoom));
        robot.screenshot("topology-zoom-75");
        robot.onUi(() -> zoom.setZoom(1.0));

        // The zone dragged by its title takes both devices along.
        int coreX = robot.onUi(core::getX);
        int serverX = robot.onUi(server::getX);
        int zoneX = robot.onUi(zone::getX);
        Point title = robot.onUi(() -> {
            Point point = new Point(zone.getX() + 8, zone.getY() + 8);
            ((GraphicalEditPart) editor.viewer().getContents()).getFigure().translateToAbsolute(point);
            return point;
        });
        robot.drag(canvas(editor), title.x, title.y, title.x + 64, title.y);
        robot.waitUntil("the zone moved", () -> zone.getX() == zoneX + 64, () -> "zone at " + zone.getX());
        assertEquals(List.of(coreX + 64, serverX + 64), robot.onUi(() -> List.of(core.getX(), server.getX())));

        // The Properties view's source: a management address is checked, a malformed one refused with the reason.
        IPropertySource properties = robot.onUi(() -> (IPropertySource) ((GraphicalEditPart) editor.viewer().getEditPartRegistry().get(core))
                .getAdapter(IPropertySource.class));
        robot.onUi(() -> properties.setPropertyValue("address", "10.20.0.1"));
        assertEquals("10.20.0.1", robot.onUi(core::getManagementIp));
        robot.onUi(() -> properties.setPropertyValue("address", "10.20.0.300"));
        assertTrue(robot.onUi(editor::lastRefusal).contains("is not an IP address"), robot.onUi(editor::lastRefusal));
        assertEquals("10.20.0.1", robot.onUi(core::getManagementIp));
        assertEquals("27 of 28 free", robot.onUi(() -> properties.getPropertyValue("ports")));

        // Validation after every change: a duplicate address is marked on the figure and listed; the list selects it.
        assertEquals(List.of(), robot.onUi(editor::problemsListed));
        IPropertySource serverProperties = robot.onUi(() -> (IPropertySource) ((GraphicalEditPart) editor.viewer().getEditPartRegistry()
                .get(server)).getAdapter(IPropertySource.class));
        robot.onUi(() -> serverProperties.setPropertyValue("address", "10.20.0.1"));
        String duplicate = "server-1 has the management address 10.20.0.1 of switch-1.";
        assertEquals(List.of(duplicate), robot.onUi(editor::problemsListed));
        assertTrue(robot.onUi(() -> new ShownOnCanvas(editor.viewer()).isMarked(server)));
        assertFalse(robot.onUi(() -> new ShownOnCanvas(editor.viewer()).isMarked(core)));
        robot.select(robot.table(DiagramEditor.PROBLEMS_TABLE), duplicate);
        assertEquals(List.of(server), robot.onUi(() -> ((org.eclipse.jface.viewers.IStructuredSelection) editor.viewer().getSelection())
                .toList().stream().map(part -> ((org.eclipse.gef.EditPart) part).getModel()).toList()));
        robot.screenshot("topology-problem");
        robot.onUi(() -> serverProperties.setPropertyValue("address", "10.20.0.2"));
        assertEquals(List.of(), robot.onUi(editor::problemsListed));
        assertFalse(robot.onUi(() -> new ShownOnCanvas(editor.viewer()).isMarked(server)));

        // The zone's Properties: an address is refused as a subnet, a subnet set is one step to undo, and the
        // addresses of the devices in the zone are then checked against it.
        IPropertySource zoneProperties = robot.onUi(() -> (IPropertySource) ((GraphicalEditPart) editor.viewer().getEditPartRegistry()
                .get(zone)).getAdapter(IPropertySource.class));
        assertEquals("2", robot.onUi(() -> zoneProperties.getPropertyValue("devices")));
        robot.onUi(() -> zoneProperties.setPropertyValue("subnet", "10.30.0.5/24"));
        assertEquals("\"10.30.0.5/24\" is an address inside 10.30.0.0/24, not a subnet; write 10.30.0.0/24.", robot.onUi(editor::lastRefusal));
        assertNull(robot.onUi(zone::getSubnet));
        robot.onUi(() -> zoneProperties.setPropertyValue("subnet", "10.30.0.0/24"));
        assertEquals("10.30.0.0/24", robot.onUi(zone::getSubnet));
        assertEquals("Set Subnet", robot.onUi(editor::undoLabel));
        String zoneName = robot.onUi(zone::getName);
        assertEquals(List.of("switch-1 (10.20.0.1) is in zone " + zoneName + " but outside its subnet 10.30.0.0/24.",
                "server-1 (10.20.0.2) is in zone " + zoneName + " but outside its subnet 10.30.0.0/24."), robot.onUi(editor::problemsListed));
        assertTrue(robot.onUi(() -> new ShownOnCanvas(editor.viewer()).isMarked(core)));
        robot.onUi(() -> editor.viewer().select((org.eclipse.gef.EditPart) editor.viewer().getEditPartRegistry().get(zone)));
        robot.find("the zone's Properties", org.eclipse.swt.widgets.Tree.class, // the Properties view follows the selection
                tree -> java.util.Arrays.stream(tree.getItems()).anyMatch(item -> item.getText().equals("Subnet (CIDR)")));
        robot.screenshot("topology-zone-subnet");
        robot.onUi(() -> zoneProperties.setPropertyValue("subnet", "10.20.0.0/24"));
        assertEquals(List.of(), robot.onUi(editor::problemsListed));
        robot.onUi(() -> zoneProperties.setPropertyValue("kind", 1));
        assertEquals(ZoneKind.SITE, robot.onUi(zone::getKind));
        assertEquals("Change Kind", robot.onUi(editor::undoLabel));
        robot.onUi(() -> editor.action(ActionFactory.UNDO.getId()).run());
        assertEquals(ZoneKind.ZONE, robot.onUi(zone::getKind));

        // Right-angle links, then the server deleted with its link, and back.
        robot.onUi(() -> editor.action(DiagramActions.ORTHOGONAL).run());
        assertEquals(Routing.ORTHOGONAL, robot.onUi(() -> editor.diagram().getRouting()));
        assertTrue(robot.onUi(() -> editor.action(DiagramActions.ORTHOGONAL).isChecked()));
        robot.screenshot("topology-zone");
        Point serverAt = centre(editor, server);
        robot.click(canvas(editor), serverAt.x, serverAt.y);
        robot.onUi(() -> editor.action(ActionFactory.DELETE.getId()).run());
        assertEquals(List.of("switch-1"), robot.onUi(() -> names(editor.diagram())));
        assertEquals(0, robot.onUi(() -> editor.diagram().getLinks().size()));
        robot.onUi(() -> editor.action(ActionFactory.UNDO.getId()).run());
        assertEquals(List.of("switch-1", "server-1"), robot.onUi(() -> names(editor.diagram())));
        assertEquals(1, robot.onUi(() -> editor.diagram().getLinks().size()));

        // Both devices copied and pasted: copies with their link, selected, one step to undo.
        robot.onUi(() -> editor.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(List.of(
                editor.viewer().getEditPartRegistry().get(core), editor.viewer().getEditPartRegistry().get(server)))));
        robot.onUi(() -> editor.action(ActionFactory.COPY.getId()).run());
        robot.onUi(() -> editor.action(ActionFactory.PASTE.getId()).run());
        assertEquals(List.of("switch-1", "server-1", "switch-1-2", "server-1-2"), robot.onUi(() -> names(editor.diagram())));
        assertEquals(2, robot.onUi(() -> editor.diagram().getLinks().size()));
        assertEquals("Paste", robot.onUi(editor::undoLabel));
        assertEquals(2, robot.onUi(() -> ((org.eclipse.jface.viewers.IStructuredSelection) editor.viewer().getSelection()).size()));
        robot.screenshot("topology-pasted");
        robot.onUi(() -> editor.action(ActionFactory.UNDO.getId()).run());
        assertEquals(List.of("switch-1", "server-1"), robot.onUi(() -> names(editor.diagram())));

        robot.onUi(() -> editor.action(ActionFactory.SAVE.getId()).run());
        robot.waitUntil("the diagram saved", () -> !editor.isDirty() && !editor.isBusy(), () -> "dirty " + editor.isDirty());

        // Somebody else saves the diagram meanwhile; my next save shows the review every editor shows, and mine wins.
        try (ModelSession other = ServiceDesk.database().openSession()) {
            other.find(Diagram.class, diagramId).getDevices().get(0).setName("core-by-colleague");
            other.save();
        }
        Point coreAt = centre(editor, core);
        robot.drag(canvas(editor), coreAt.x, coreAt.y, coreAt.x, coreAt.y + 48);
        robot.waitUntil("the switch moved", () -> "Move".equals(editor.undoLabel()), editor::undoLabel);
        int movedY = robot.onUi(core::getY);
        robot.onUi(() -> editor.action(ActionFactory.SAVE.getId()).run());
        Shell conflict = robot.shell("Changed by somebody else");
        robot.shows("switch-1 - Name: yours \"switch-1\", theirs \"core-by-colleague\"");
        robot.screenshot("topology-conflict");
        robot.click(robot.button(conflict, "Overwrite with mine"));
        robot.waitUntil("my version saved over theirs", () -> !editor.isDirty() && !editor.isBusy(), () -> "dirty " + editor.isDirty());
        try (ModelSession check = ServiceDesk.database().openSession()) {
            Device stored = check.find(Diagram.class, diagramId).getDevices().get(0);
            assertEquals("switch-1", stored.getName());
            assertEquals(movedY, stored.getY());
        }

        // File > Revert forgets what is not saved: the diagram is read again as stored.
        assertFalse(robot.onUi(() -> editor.action(ActionFactory.REVERT.getId()).isEnabled()));
        robot.onUi(() -> editor.action(ActionFactory.PASTE.getId()).run());
        assertEquals(4, robot.onUi(() -> editor.diagram().getDevices().size()));
        assertTrue(robot.onUi(() -> editor.action(ActionFactory.REVERT.getId()).isEnabled()));
        robot.menu(robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()), "File", "Revert");
        robot.waitUntil("the stored diagram read again", () -> !editor.isBusy() && !editor.isDirty()
                && names(editor.diagram()).equals(List.of("switch-1", "server-1")), () -> names(editor.diagram()).toString());
        robot.onUi(() -> page().closeEditor(editor, false));
    }

    @Test
    void devicesStandingForEquipmentShowWhatInstalledFeaturesKnowAboutIt() throws Exception {
        long diagramId;
        String outOfWarranty;
        String covered;
        try (ModelSession session = ServiceDesk.database().openSession()) {
            List<Equipment> items = session.query("SELECT e FROM Equipment e ORDER BY e.serialNumber", Equipment.class);
            Equipment first = items.stream().filter(e -> e.getSerialNumber().endsWith("1")).findFirst().orElseThrow();
            Equipment second = items.stream().filter(e -> !e.getSerialNumber().endsWith("1")).findFirst().orElseThrow();
            outOfWarranty = first.getSerialNumber();
            covered = second.getSerialNumber();
            Customer customer = session.query("SELECT c FROM Customer c ORDER BY c.code", Customer.class).get(0);
            Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
            diagram.setName("Equipment Room");
            diagram.setCustomer(customer);
            DiagramEditing editing = new DiagramEditing(diagram);
            editing.addDevice(DeviceTypes.find("switch"), "sw-old", 32, 32).setEquipment(first);
            editing.addDevice(DeviceTypes.find("switch"), "sw-new", 192, 32).setEquipment(second);
            session.add(diagram);
            session.save();
            diagramId = ((org.opsbench.model.base.PersistentObject) diagram).getPersistentId();
        }
        DiagramEditor editor = open(diagramId, "Equipment Room");
        Device old = device(editor, "sw-old");
        robot.waitUntil("the badge on sw-old", () -> "Warranty".equals(new ShownOnCanvas(editor.viewer()).badgeOf(old)), () -> String.valueOf(new ShownOnCanvas(editor.viewer()).badgeOf(old)));
        Device newer = device(editor, "sw-new");
        assertNull(robot.onUi(() -> new ShownOnCanvas(editor.viewer()).badgeOf(newer)));
        String tip = robot.onUi(() -> ((org.eclipse.draw2d.Label) ((GraphicalEditPart) editor.viewer().getEditPartRegistry().get(old))
                .getFigure().getToolTip()).getText());
        assertTrue(tip.contains("Out of warranty: " + outOfWarranty) && tip.contains(outOfWarranty), tip);
        assertFalse(tip.contains(covered), tip);
        robot.screenshot("topology-status-badge");

        // Equipment dragged from the navigator: onto the empty canvas it becomes a device of the type chosen,
        // named after its serial number, showing vendor, model and serial; onto a device it links that device.
        // The drag is a real one: the X server's pointer, pressed on the navigator's item and released on the canvas.
        Object[] site = ServiceDesk.database().listPage("SELECT r.name, o.name, c.code, c.name, s.name, s.city, e.vendor, e.model, e.serialNumber"
                + " FROM ServiceCenter x JOIN x.regions r JOIN r.offices o, Customer c JOIN c.sites s JOIN s.equipment e WHERE c.office = o"
                + " AND e.serialNumber LIKE '%1' ORDER BY c.code, e.serialNumber", Object[].class, 0, 1).get(0);
        Tree tree = navigator();
        TreeItem item = robot.select(tree, (String) site[0], (String) site[1], site[2] + "  " + site[3],
                site[5] == null ? (String) site[4] : site[4] + " (" + site[5] + ")", site[6] + " " + site[7] + "  " + site[8]);
        org.eclipse.swt.widgets.Control canvas = canvas(editor);
        robot.dragWithPointer(item, canvas, 64, 224);
        Shell chooseType = robot.shell("Add Equipment to the Diagram");
        robot.select(robot.find("the device types", org.eclipse.swt.widgets.Table.class, t -> t.getShell() == chooseType), "Router");
        robot.click(robot.button(chooseType, "OK"));
        String serial = (String) site[8];
        robot.waitUntil("a device for " + serial, () -> editor.diagram().getDevices().stream().anyMatch(d -> d.getName().equals(serial)),
                () -> names(editor.diagram()).toString());
        Device dropped = device(editor, serial);
        assertEquals("router", robot.onUi(dropped::getDeviceType));
        assertEquals(serial, robot.onUi(() -> dropped.getEquipment().getSerialNumber()));
        assertEquals(site[6] + " " + site[7] + " \u00b7 " + serial, robot.onUi(() -> new ShownOnCanvas(editor.viewer()).equipmentShown(dropped)));
        robot.waitUntil("the badge on the dropped device", () -> "Warranty".equals(new ShownOnCanvas(editor.viewer()).badgeOf(dropped)), () -> String.valueOf(new ShownOnCanvas(editor.viewer()).badgeOf(dropped)));
        Point onNewer = robot.onUi(() -> new Point(newer.getX() + 10, newer.getY() + 10));
        robot.dragWithPointer(item, canvas, onNewer.x, onNewer.y);
        robot.waitUntil("sw-new linked to the dropped item", () -> newer.getEquipment() != null && serial.equals(newer.getEquipment().getSerialNumber()),
                () -> String.valueOf(newer.getEquipment()));
        assertEquals("Link Equipment", robot.onUi(editor::undoLabel));
        robot.screenshot("topology-equipment");

        // Case management's device action: a case for the device's equipment, the caller found by its serial number.
        robot.onUi(() -> editor.viewer().select((org.eclipse.gef.EditPart) editor.viewer().getEditPartRegistry().get(dropped)));
        robot.contextMenu(canvas(editor), "Open Case for This Device...");
        Shell intake = robot.shell("New Case");
        Text callerField = robot.text("intake.caller");
        assertEquals(serial, robot.onUi(() -> callerField.getText()));
        org.eclipse.swt.widgets.Combo equipmentChoice = robot.combo("intake.equipment");
        robot.waitUntil("the device's equipment chosen", () -> equipmentChoice.getText().endsWith(serial), equipmentChoice::getText);
        robot.screenshot("topology-case-for-device");
        robot.click(robot.button(intake, "Cancel"));
        robot.shellClosed("New Case");
        robot.onUi(() -> page().closeEditor(editor, false));
    }

    /** @return the text of a complete PDF, or null while it is not (yet) one */
    private static String sitePackText(Path pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (java.io.IOException notYet) {
            return null;
        }
    }

    /** The port names a link's figure shows at its two ends. */
    private record LinkPartLabels(DiagramEditor editor, Link link) {
        List<String> get() {
            return List.of(new ShownOnCanvas(editor.viewer()).portLabels(link));
        }
    }

    /** @return whether some tab folder in the shell has a tab with this text */
    private static boolean hasTab(org.eclipse.swt.widgets.Composite parent, String text) {
        for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
            if (child instanceof org.eclipse.swt.custom.CTabFolder folder
                    && java.util.Arrays.stream(folder.getItems()).anyMatch(item -> text.equals(item.getText()))) {
                return true;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite inner && hasTab(inner, text)) {
                return true;
            }
        }
        return false;
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

    /** Five links leaving one side of a switch close together: their port names stand apart, none covers another. */
    @Test
    void portNamesOfLinksLeavingOneSideTogetherDoNotCoverEachOther() throws Exception {
        long diagramId = storeDiagram("Port Names", editing -> {
            Device core = editing.addDevice(DeviceTypes.find("switch"), "core", 280, 40);
            for (int i = 0; i < 5; i++) {
                editing.connect(core, editing.addDevice(DeviceTypes.find("server"), "srv-" + i, 40 + i * 120, 260));
            }
        });
        DiagramEditor editor = open(diagramId, "Port Names");
        robot.waitUntil("the port names placed", () -> portNameBounds(editor).size() == 10
                && portNameBounds(editor).stream().noneMatch(org.eclipse.draw2d.geometry.Rectangle::isEmpty), () -> portNameBounds(editor).toString());
        List<org.eclipse.draw2d.geometry.Rectangle> names = robot.onUi(() -> portNameBounds(editor));
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                assertFalse(names.get(i).intersects(names.get(j)), names.get(i) + " covers " + names.get(j));
            }
        }
        robot.screenshot("topology-port-names");
    }

    /** Stores a diagram of the first customer, drawn by {@code drawing}; @return its id */
    private static long storeDiagram(String name, java.util.function.Consumer<DiagramEditing> drawing) {
        try (ModelSession session = ServiceDesk.database().openSession()) {
            Diagram diagram = TopologyFactory.eINSTANCE.createDiagram();
            diagram.setName(name);
            diagram.setCustomer(session.query("SELECT c FROM Customer c ORDER BY c.code", Customer.class).get(0));
            drawing.accept(new DiagramEditing(diagram));
            session.add(diagram);
            session.save();
            return ((org.opsbench.model.base.PersistentObject) diagram).getPersistentId();
        }
    }

    /** @return where the port names of every link are drawn (on the UI thread) */
    private static List<org.eclipse.draw2d.geometry.Rectangle> portNameBounds(DiagramEditor editor) {
        List<org.eclipse.draw2d.geometry.Rectangle> bounds = new java.util.ArrayList<>();
        for (org.opsbench.topology.model.Link link : editor.diagram().getLinks()) {
            bounds.addAll(List.of(new ShownOnCanvas(editor.viewer()).portLabelBounds(link)));
        }
        return bounds;
    }

    /**
     * The IP address plan is edited in a table in the editor: an overlapping range is refused with its
     * row before anything changes, the plan is one step to undo, and a device whose management
     * address is in no range of the plan is listed with the diagram's problems.
     */
    @Test
    void theAddressPlanIsEditedInATableAndADeviceOutsideEveryRangeIsMarked() throws Exception {
        long diagramId = storeDiagram("Address Plan", editing -> {
            editing.addDevice(DeviceTypes.find("switch"), "sw-lan", 32, 32).setManagementIp("10.1.1.5");
            editing.addDevice(DeviceTypes.find("router"), "gw-wan", 192, 32).setManagementIp("192.0.2.9");
        });
        DiagramEditor editor = open(diagramId, "Address Plan");
        assertTrue(robot.onUi(editor::problemsListed).isEmpty(), "no plan, nothing to check against");
        robot.contextMenu(canvas(editor), "Address Plan...");
        Shell dialog = robot.shell("IP Address Plan");
        robot.click(robot.button(dialog, "Add Range"));
        robot.type(robot.text("plan.cidr.1"), "10.1.1.0/24");
        robot.click(robot.button(dialog, "Add Range"));
        robot.type(robot.text("plan.cidr.2"), "10.1.0.0/16");
        robot.shows("Row 2: 10.1.0.0/16 overlaps row 1 (10.1.1.0/24).");
        org.eclipse.swt.widgets.Button ok = robot.find("the OK button", org.eclipse.swt.widgets.Button.class,
                b -> b.getShell() == dialog && "OK".equals(b.getText()));
        assertFalse(robot.onUi(ok::isEnabled), "OK waits for a whole plan");
        robot.screenshot("topology-address-plan-overlap");
        robot.type(robot.text("plan.cidr.2"), "10.2.0.0/16");
        robot.type(robot.text("plan.note.2"), "Branch offices");
        robot.waitUntil("OK enabled", ok::isEnabled, () -> "disabled");
        robot.click(ok);
        robot.shellClosed("IP Address Plan");
        assertEquals(List.of("10.1.1.0/24", "10.2.0.0/16"), robot.onUi(() -> editor.diagram().getAddressPlan().stream()
                .map(org.opsbench.topology.model.AddressRange::getCidr).toList()));
        assertEquals("Edit Address Plan", robot.onUi(editor::undoLabel));
        robot.waitUntil("the router outside the plan listed", () -> editor.problemsListed()
                .equals(List.of("gw-wan (192.0.2.9) is in no range of the address plan.")), () -> editor.problemsListed().toString());
        robot.screenshot("topology-address-plan");
    }

    /**
     * At exit the workbench writes each open editor's input into its saved state, and makes it again
     * from there at the next start, for the same user only (the restart itself is tested with the
     * case and customer editors, which share this mechanism).
     */
    @Test
    void aDiagramEditorIsWrittenIntoTheWorkbenchStateAndMadeAgainFromItForTheSameUser() {
        DiagramEditorInput input = new DiagramEditorInput(4711, "Core network");
        org.eclipse.ui.XMLMemento memento = org.eclipse.ui.XMLMemento.createWriteRoot("input");
        org.eclipse.ui.IPersistableElement persistable = robot.onUi(input::getPersistable);
        assertEquals("org.opsbench.topology.ui.diagramEditorInput", persistable.getFactoryId());
        robot.onUi(() -> persistable.saveState(memento));
        org.eclipse.ui.IElementFactory factory = robot.onUi(() -> PlatformUI.getWorkbench().getElementFactory(persistable.getFactoryId()));
        DiagramEditorInput made = (DiagramEditorInput) robot.onUi(() -> factory.createElement(memento));
        assertEquals(input, made);
        assertEquals("Core network", made.getName());
        memento.putString("login", "agent");
        assertNull(robot.onUi(() -> factory.createElement(memento)), "another user's editor is not made again");
    }

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    private static DiagramEditor open(long diagramId, String name) {
        robot.onUi(() -> {
            try {
                page().openEditor(new DiagramEditorInput(diagramId, name), DiagramEditor.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        return openedEditor();
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
        int before = robot.onUi(() -> editor.diagram().getDevices().size() + editor.diagram().getZones().size());
        robot.click(canvas(editor), at.x, at.y);
        robot.waitUntil("a new " + entry, () -> editor.diagram().getDevices().size() + editor.diagram().getZones().size() == before + 1,
                editor::lastRefusal);
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
            ToolEntry entry = ServiceDeskLogin.paletteEntry(editor.paletteViewer().getPaletteRoot(), label);
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

    /** The user guide has the topology feature's chapter, contributed by its bundle, with the pictures these tests take. */
    @Test
    void theUserGuideHasAChapterOnNetworkDiagramsWithItsPictures() {
        Shell window = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        assertEquals(2, org.opsbench.testing.UserGuide.showChapter(robot, window, new String[] { "Help", "Help Contents" },
                new String[] { "OpsBench User Guide", "Network diagrams" }, "Address plan and problems"));
        robot.screenshot("help-network-diagrams");
    }

    /** The items of a menu of the menu bar, as shown (mnemonics and keys removed; "" for a separator). */
    private static List<String> menuItems(Shell shell, String menu) {
        return robot.onUi(() -> {
            org.eclipse.swt.widgets.Menu items = menuItem(shell, menu).getMenu();
            return java.util.Arrays.stream(items.getItems()).map(item -> (item.getStyle() & org.eclipse.swt.SWT.SEPARATOR) != 0 ? ""
                    : item.getText().replaceAll("\\(&.\\)", "").replace("&", "").replaceAll("\t.*$", "").replaceAll("(\\.\\.\\.)$", "")
                            .trim()).toList();
        });
    }

    /** An item of the menu bar, or of one of its menus, after the menus were filled as when shown. Call on the UI thread. */
    private static org.eclipse.swt.widgets.MenuItem menuItem(Shell shell, String... path) {
        org.eclipse.swt.widgets.Menu menu = shell.getMenuBar();
        org.eclipse.swt.widgets.MenuItem found = null;
        for (String label : path) {
            menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            found = java.util.Arrays.stream(menu.getItems()).filter(item -> item.getText().replace("&", "").replaceAll("\t.*$", "")
                    .replaceAll("\\(.\\)$", "").replaceAll("(\\.\\.\\.)$", "").trim().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no menu item " + label));
            menu = found.getMenu();
            if (menu != null) {
                menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            }
        }
        return found;
    }
}
