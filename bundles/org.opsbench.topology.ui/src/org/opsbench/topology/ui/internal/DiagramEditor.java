package org.opsbench.topology.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.draw2d.IFigure;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.AlignmentAction;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.ActionFactory;
import org.opsbench.persistence.ModelSession;
import org.opsbench.topology.DeviceStatusProvider;
import org.opsbench.topology.DeviceStatuses;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramExchange;
import org.opsbench.topology.DiagramLayout;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.model.Routing;
import org.opsbench.topology.model.TopologyPackage;
import org.opsbench.topology.ui.internal.commands.Edit;
import org.opsbench.topology.ui.internal.commands.EditingStack;
import org.opsbench.topology.ui.internal.dnd.EquipmentDropListener;
import org.opsbench.topology.ui.internal.dnd.EquipmentPlacement;
import org.opsbench.topology.ui.internal.editparts.DevicePart;
import org.opsbench.topology.ui.internal.editparts.DiagramPartFactory;
import org.opsbench.topology.ui.internal.editparts.LinkPart;
import org.opsbench.topology.ui.internal.editparts.ViewerProperties;
import org.opsbench.topology.ui.internal.export.DiagramExport;
import org.opsbench.topology.ui.internal.export.DiagramFiles;
import org.opsbench.topology.ui.internal.figures.DeviceFigure;
import org.opsbench.topology.ui.internal.figures.TierColors;
import org.opsbench.topology.ui.internal.figures.ZoneFigure;
import org.opsbench.ui.workbench.SaveWorkflow;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * The network diagram editor: the canvas with zones, devices and links, the palette of installed
 * device types, automatic layout, PNG export. Every change goes through {@link DiagramEditing} on one
 * undo history ({@link EditingStack}); the diagram is read and saved in jobs, and a save that meets
 * somebody else's newer version offers to keep mine or reload theirs.
 */
public final class DiagramEditor extends GraphicalEditorWithFlyoutPalette {

    public static final String ID = "org.opsbench.topology.ui.diagramEditor";

    public static final String PROBLEMS_TABLE = "diagram.problems";
    public static final String LAYOUT_ACTION = "org.opsbench.topology.ui.layout";
    public static final String EXPORT_ACTION = "org.opsbench.topology.ui.export";
    public static final String IMPORT_ACTION = "org.opsbench.topology.ui.import";
    public static final String ORTHOGONAL_ACTION = "org.opsbench.topology.ui.orthogonal";
    /** Grid spacing; moves and new devices snap to it. */
    public static final int GRID = 16;

    private final EditingStack stack = new EditingStack(this::showRefusal);
    private ModelSession session;
    private Diagram diagram;
    private DiagramEditing editing;
    private PaletteRoot palette;
    private volatile String lastRefusal;
    private volatile boolean busy;
    /** My version, given to the stored one after a concurrent save, is not stored yet. */
    private boolean overwritePending;
    private DiagramProblems problems;

    public DiagramEditor() {
        DefaultEditDomain domain = new DefaultEditDomain(this);
        domain.setCommandStack(stack);
        setEditDomain(domain);
    }

    private DiagramEditorInput diagramInput() {
        return (DiagramEditorInput) getEditorInput();
    }

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        if (!(input instanceof DiagramEditorInput)) {
            throw new PartInitException("Not a network diagram: " + input.getName());
        }
        super.init(site, input);
        setPartName(input.getName());
        load(diagramInput().diagramId());
    }

    /** Loading and saving, with the review of a concurrent save: the workbench's one workflow. */
    private final SaveWorkflow<Diagram> workflow = new SaveWorkflow<>(new SaveWorkflow.Editor<>() {
        @Override
        public Shell shell() {
            GraphicalViewer viewer = getGraphicalViewer();
            return viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed() ? null : getSite().getShell();
        }

        @Override
        public void busy(boolean isBusy) {
            busy = isBusy;
        }

        @Override
        public void show(ModelSession session, Diagram aggregate, boolean unsaved) {
            overwritePending = unsaved;
            DiagramEditor.this.show(session, aggregate);
        }

        @Override
        public void saved(Diagram aggregate) {
            overwritePending = false;
            stack.markSaveLocation();
            firePropertyChange(PROP_DIRTY);
            ServiceDesk.announceSaved(TopologyPackage.Literals.DIAGRAM, persistentId(aggregate));
        }

        @Override
        public void failed(String message) {
            MessageDialog.openError(getSite().getShell(), getPartName(), message);
        }

        @Override
        public void readWhole(Diagram aggregate) {
            DiagramEditor.readWhole(aggregate);
        }
    });

    /** Reads the diagram, whole, in a job; the canvas shows it when it is there. */
    private void load(long diagramId) {
        workflow.load(diagramInput().name(), session -> session.find(Diagram.class, diagramId));
    }

    /** Touches everything the canvas shows, so that nothing is read lazily on the UI thread. */
    private static void readWhole(Diagram read) {
        read.getZones().size();
        for (Device device : read.getDevices()) {
            device.getPorts().size();
            device.getProperties().size();
            if (device.getEquipment() != null) {
                device.getEquipment().getSerialNumber();
            }
            device.getZone();
        }
        for (Link link : read.getLinks()) {
            link.getSource().eContainer();
            link.getTarget().eContainer();
        }
        read.getAddressPlan().size();
    }

    /** Works on a (newly read or merged) diagram from now on, with a fresh history. */
    private void show(ModelSession newSession, Diagram shown) {
        GraphicalViewer viewer = getGraphicalViewer();
        if (viewer == null || viewer.getControl() == null || viewer.getControl().isDisposed()) {
            newSession.close();
            return;
        }
        if (session != null && session != newSession) {
            session.close();
        }
        session = newSession;
        diagram = shown;
        editing = new DiagramEditing(shown, stack.model());
        stack.setEditing(editing);
        viewer.setProperty(ViewerProperties.EDITING, editing);
        viewer.setContents(shown);
        setPartName(shown.getName());
        if (problems != null) {
            problems.clear();
        }
        // A fresh history; the stack's listeners (commandStackChanged) then update the actions and
        // the dirty flag and validate the diagram, once.
        stack.flush();
        busy = false;
        readStatuses();
    }

    /**
     * Asks the installed features what they know about the devices' equipment (case management: the
     * open cases) in a job, and shows it as badges. The diagram is read here, on the UI thread; the
     * job reads only the database.
     */
    public void readStatuses() {
        if (diagram == null) {
            return;
        }
        Diagram read = diagram;
        Map<Long, List<Device>> byEquipment = DeviceStatuses.equipmentOf(read);
        if (byEquipment.isEmpty()) {
            return;
        }
        String login = ServiceDesk.user().getLogin();
        Job job = Job.create(NLS.bind(Messages.statusJob, read.getName()), (IProgressMonitor monitor) -> {
            Long scope = org.opsbench.persistence.Directory.customerOf(ServiceDesk.database(), login);
            Map<Long, List<DeviceStatusProvider.Status>> found = DeviceStatuses.ofEquipment(ServiceDesk.database(), byEquipment.keySet(), scope);
            Display.getDefault().asyncExec(() -> {
                GraphicalViewer viewer = getGraphicalViewer();
                if (diagram != read || viewer == null || viewer.getControl().isDisposed()) {
                    return;
                }
                Map<Device, List<DeviceStatusProvider.Status>> byDevice = new HashMap<>();
                found.forEach((equipmentId, statuses) -> byEquipment.get(equipmentId).forEach(device -> byDevice.put(device, statuses)));
                Object before = viewer.getProperty(ViewerProperties.STATUS);
                viewer.setProperty(ViewerProperties.STATUS, byDevice);
                Set<Device> changed = new HashSet<>(byDevice.keySet());
                if (before instanceof Map<?, ?> old) {
                    old.keySet().forEach(device -> changed.add((Device) device));
                }
                for (Device device : changed) {
                    if (viewer.getEditPartRegistry().get(device) instanceof org.eclipse.gef.EditPart part) {
                        part.refresh();
                    }
                }
            });
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    /** The canvas above, the diagram's problems below; a click on a problem selects its element. */
    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        super.createPartControl(sash);
        problems = new DiagramProblems(sash, getGraphicalViewer(), PROBLEMS_TABLE);
        sash.setWeights(86, 14);
    }

    /** Checks the diagram again (after every change) and marks what is wrong, on the canvas and in the list. */
    private void validate() {
        if (problems != null) {
            problems.validate(diagram);
        }
    }

    /** The palette starts pinned open at the right; where the user docks it and how wide is kept per workspace. */
    @Override
    protected FlyoutPaletteComposite.FlyoutPreferences getPalettePreferences() {
        org.eclipse.core.runtime.preferences.IEclipsePreferences stored = InstanceScope.INSTANCE.getNode("org.opsbench.topology.ui");
        return new FlyoutPaletteComposite.FlyoutPreferences() {
            @Override
            public int getDockLocation() {
                return stored.getInt("palette.dock", org.eclipse.draw2d.PositionConstants.EAST);
            }

            @Override
            public int getPaletteState() {
                return stored.getInt("palette.state", FlyoutPaletteComposite.STATE_PINNED_OPEN);
            }

            @Override
            public int getPaletteWidth() {
                return stored.getInt("palette.width", 150);
            }

            @Override
            public void setDockLocation(int location) {
                stored.putInt("palette.dock", location);
            }

            @Override
            public void setPaletteState(int state) {
                stored.putInt("palette.state", state);
            }

            @Override
            public void setPaletteWidth(int width) {
                stored.putInt("palette.width", width);
            }
        };
    }

    @Override
    protected PaletteRoot getPaletteRoot() {
        if (palette == null) {
            palette = TopologyPalette.create(DeviceTypes.all());
        }
        return palette;
    }

    @Override
    protected void configureGraphicalViewer() {
        super.configureGraphicalViewer();
        GraphicalViewer viewer = getGraphicalViewer();
        viewer.getControl().setData("org.opsbench.testing.id", "diagram.canvas");
        ScalableFreeformRootEditPart root = new ScalableFreeformRootEditPart();
        viewer.setRootEditPart(root);
        viewer.setEditPartFactory(new DiagramPartFactory());

        ZoomManager zoom = root.getZoomManager();
        zoom.setZoomLevels(new double[] { 0.1, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 4.0 });
        IAction zoomIn = new ZoomInAction(zoom);
        IAction zoomOut = new ZoomOutAction(zoom);
        getActionRegistry().registerAction(zoomIn);
        getActionRegistry().registerAction(zoomOut);
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);

        viewer.setProperty(SnapToGrid.PROPERTY_GRID_ENABLED, Boolean.TRUE);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_VISIBLE, Boolean.TRUE);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_SPACING, new Dimension(GRID, GRID));

        KeyHandler keys = new KeyHandler();
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), getActionRegistry().getAction(ActionFactory.DELETE.getId()));
        keys.put(KeyStroke.getPressed(SWT.F2, 0), getActionRegistry().getAction(GEFActionConstants.DIRECT_EDIT));
        keys.put(KeyStroke.getPressed('=', '=', SWT.MOD1), zoomIn);
        keys.put(KeyStroke.getPressed('+', '+', SWT.MOD1), zoomIn);
        keys.put(KeyStroke.getPressed('-', '-', SWT.MOD1), zoomOut);
        viewer.setKeyHandler(new GraphicalViewerKeyHandler(viewer).setParent(keys));

        ContextMenuProvider menu = new ContextMenuProvider(viewer) {
            @Override
            public void buildContextMenu(IMenuManager manager) {
                GEFActionConstants.addStandardActionGroups(manager);
                ActionRegistry actions = getActionRegistry();
                manager.appendToGroup(GEFActionConstants.GROUP_UNDO, actions.getAction(ActionFactory.UNDO.getId()));
                manager.appendToGroup(GEFActionConstants.GROUP_UNDO, actions.getAction(ActionFactory.REDO.getId()));
                manager.appendToGroup(GEFActionConstants.GROUP_COPY, actions.getAction(ActionFactory.COPY.getId()));
                manager.appendToGroup(GEFActionConstants.GROUP_COPY, actions.getAction(ActionFactory.PASTE.getId()));
                manager.appendToGroup(GEFActionConstants.GROUP_EDIT, actions.getAction(GEFActionConstants.DIRECT_EDIT));
                manager.appendToGroup(GEFActionConstants.GROUP_EDIT, actions.getAction(ActionFactory.DELETE.getId()));
                MenuManager align = new MenuManager(Messages.alignMenu);
                for (String id : ALIGNMENTS) {
                    IAction action = actions.getAction(id);
                    if (action.isEnabled()) {
                        align.add(action);
                    }
                }
                if (!align.isEmpty()) {
                    manager.appendToGroup(GEFActionConstants.GROUP_REST, align);
                }
                DeviceActionsMenu.fill(manager, getGraphicalViewer(), diagram, getSite().getPage());
                manager.appendToGroup(GEFActionConstants.GROUP_VIEW, actions.getAction(GEFActionConstants.ZOOM_IN));
                manager.appendToGroup(GEFActionConstants.GROUP_VIEW, actions.getAction(GEFActionConstants.ZOOM_OUT));
                manager.appendToGroup(GEFActionConstants.GROUP_REST, actions.getAction(LAYOUT_ACTION));
                manager.appendToGroup(GEFActionConstants.GROUP_REST, actions.getAction(ORTHOGONAL_ACTION));
                manager.appendToGroup(GEFActionConstants.GROUP_SAVE, actions.getAction(IMPORT_ACTION));
                manager.appendToGroup(GEFActionConstants.GROUP_SAVE, actions.getAction(EXPORT_ACTION));
                manager.appendToGroup(GEFActionConstants.GROUP_PRINT, actions.getAction(ActionFactory.PRINT.getId()));
            }
        };
        viewer.setContextMenu(menu);
        getSite().registerContextMenu(menu, viewer);
        viewer.addDropTargetListener(new EquipmentDropListener(viewer, this));
    }

    /**
     * Equipment dropped at (x, y) on the canvas: dropped on a device, the device now stands for it (one
     * item); dropped elsewhere, each item becomes a device of the type the user picks, named after its
     * serial number. The items are read in the editor's session, in a job.
     */
    public void dropEquipment(List<org.opsbench.ui.workbench.ModelReference> dropped, int x, int y) {
        if (editing == null || dropped.isEmpty()) {
            return;
        }
        ModelSession reading = session;
        inBackground(NLS.bind(Messages.editorLoading, dropped.get(0).label()), false, getPartName(), monitor -> {
            List<org.opsbench.model.Equipment> items = new ArrayList<>();
            for (org.opsbench.ui.workbench.ModelReference reference : dropped) {
                org.opsbench.model.Equipment item = reading.find(org.opsbench.model.Equipment.class, reference.id());
                if (item != null) {
                    item.getSerialNumber(); // read here, not on the UI thread
                    items.add(item);
                }
            }
            return items.isEmpty() ? null : items;
        }, items -> place(items, x, y));
    }

    private void place(List<org.opsbench.model.Equipment> items, int x, int y) {
        EquipmentPlacement.place(editing, stack, getSite().getShell(), items, x, y, GRID);
        readStatuses();
    }

    private static final String[] ALIGNMENTS = { GEFActionConstants.ALIGN_LEFT, GEFActionConstants.ALIGN_CENTER,
            GEFActionConstants.ALIGN_RIGHT, GEFActionConstants.ALIGN_TOP, GEFActionConstants.ALIGN_MIDDLE, GEFActionConstants.ALIGN_BOTTOM };

    @Override
    @SuppressWarnings("unchecked")
    protected void createActions() {
        super.createActions();
        ActionRegistry registry = getActionRegistry();
        List<String> selectionActions = getSelectionActions();
        IAction rename = new DirectEditAction((org.eclipse.ui.IWorkbenchPart) this);
        registry.registerAction(rename);
        selectionActions.add(rename.getId());
        for (int alignment : new int[] { org.eclipse.draw2d.PositionConstants.LEFT, org.eclipse.draw2d.PositionConstants.CENTER,
                org.eclipse.draw2d.PositionConstants.RIGHT, org.eclipse.draw2d.PositionConstants.TOP, org.eclipse.draw2d.PositionConstants.MIDDLE,
                org.eclipse.draw2d.PositionConstants.BOTTOM }) {
            IAction align = new AlignmentAction((org.eclipse.ui.IWorkbenchPart) this, alignment);
            registry.registerAction(align);
            selectionActions.add(align.getId());
        }
        IAction copy = new CopyDevicesAction(this);
        registry.registerAction(copy);
        selectionActions.add(copy.getId());
        IAction paste = action(ActionFactory.PASTE.getId(), Messages.pasteAction, IAction.AS_PUSH_BUTTON, this::paste);
        paste.setActionDefinitionId("org.eclipse.ui.edit.paste");
        registry.registerAction(paste);
        // Print: the platform's print dialog, then the whole diagram fitted to the page (GEF's own action tiles it).
        IAction print = action(ActionFactory.PRINT.getId(), Messages.printAction, IAction.AS_PUSH_BUTTON, this::askAndPrint);
        print.setActionDefinitionId("org.eclipse.ui.file.print");
        registry.registerAction(print);
        registry.registerAction(action(LAYOUT_ACTION, Messages.layoutAction, IAction.AS_PUSH_BUTTON, this::layOut));
        registry.registerAction(action(EXPORT_ACTION, Messages.exportAction, IAction.AS_PUSH_BUTTON, this::askAndExport));
        registry.registerAction(action(IMPORT_ACTION, Messages.importAction, IAction.AS_PUSH_BUTTON, this::askAndImport));
        registry.registerAction(action(ORTHOGONAL_ACTION, Messages.orthogonalAction, IAction.AS_CHECK_BOX, this::toggleRouting));
    }

    private static IAction action(String id, String label, int style, Runnable run) {
        Action action = new Action(label, style) {
            @Override
            public void run() {
                run.run();
            }
        };
        action.setId(id);
        return action;
    }

    @Override
    public void commandStackChanged(java.util.EventObject event) {
        super.commandStackChanged(event); // GEF 3.2 updates its actions only: the workbench learns of the dirty state here
        firePropertyChange(PROP_DIRTY);
        IAction orthogonal = getActionRegistry().getAction(ORTHOGONAL_ACTION);
        if (orthogonal != null && diagram != null) {
            orthogonal.setChecked(diagram.getRouting() == Routing.ORTHOGONAL);
        }
        validate();
    }

    /** What a background reading hands to the UI thread: applied to the diagram that was shown when it began. */
    @FunctionalInterface
    private interface Reading<R> {
        R read(IProgressMonitor monitor) throws Exception;
    }

    /**
     * Reads or computes in a job (files, a layout, dropped equipment), then applies the result on the
     * UI thread, only if the editor still shows the same diagram; the editor is busy meanwhile. A
     * cancelled job applies nothing; a failure is shown with {@code failureTitle}.
     */
    private <R> void inBackground(String jobName, boolean user, String failureTitle, Reading<R> reading, java.util.function.Consumer<R> apply) {
        Diagram target = diagram;
        busy = true;
        Job job = Job.create(jobName, (IProgressMonitor monitor) -> {
            try {
                R result = reading.read(monitor);
                Display.getDefault().asyncExec(() -> {
                    busy = false;
                    if (diagram == target && result != null) {
                        apply.accept(result);
                    }
                });
            } catch (OperationCanceledException cancelled) {
                busy = false;
                return Status.CANCEL_STATUS;
            } catch (Exception e) {
                Display.getDefault().asyncExec(() -> {
                    busy = false;
                    lastRefusal = e.getMessage();
                    MessageDialog.openError(getSite().getShell(), failureTitle, e.getMessage());
                });
            }
            return Status.OK_STATUS;
        });
        job.setUser(user);
        job.schedule();
    }

    /** Pastes what was copied last (from this diagram or another), 32 pixels down and right, and selects it. */
    private void paste() {
        if (editing == null || !(org.eclipse.gef.ui.actions.Clipboard.getDefault().getContents() instanceof DiagramEditing.Copied copied)) {
            return;
        }
        List<Device> pasted = new ArrayList<>();
        stack.execute(new Edit(null, () -> pasted.addAll(editing.paste(copied, 2 * GRID, 2 * GRID))));
        List<Object> parts = new ArrayList<>();
        pasted.forEach(device -> parts.add(getGraphicalViewer().getEditPartRegistry().get(device)));
        parts.removeIf(java.util.Objects::isNull);
        getGraphicalViewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(parts));
    }

    private void toggleRouting() {
        if (editing != null) {
            Routing next = diagram.getRouting() == Routing.ORTHOGONAL ? Routing.STRAIGHT : Routing.ORTHOGONAL;
            stack.execute(new Edit(null, () -> editing.setRouting(next)));
        }
    }

    /** Automatic layout (ELK) in a job with progress; the result is one step to undo. */
    public void layOut() {
        if (editing == null) {
            return;
        }
        Diagram laidOut = diagram;
        inBackground(NLS.bind(Messages.layoutJob, laidOut.getName()), true, getPartName(), monitor -> DiagramLayout.compute(laidOut, monitor),
                placement -> stack.execute(new Edit(null, () -> editing.place(placement))));
    }

    private void askAndPrint() {
        if (diagram == null) {
            return;
        }
        org.eclipse.swt.printing.PrinterData chosen = new org.eclipse.swt.printing.PrintDialog(getSite().getShell()).open();
        if (chosen != null) {
            print(chosen);
        }
    }

    /** Prints the whole diagram, fitted to one page, on the printer (or file) {@code target} names. */
    public void print(org.eclipse.swt.printing.PrinterData target) {
        export().print(diagram, target);
    }

    private DiagramExport export() {
        return new DiagramExport(getGraphicalViewer(), getSite().getShell());
    }

    /** Asks for a file; its extension picks the format: PNG, SVG, the PDF site pack, GraphML, CSV (devices, links beside them) or XMI. */
    private void askAndExport() {
        if (diagram == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setFileName(diagram.getName() + ".png");
        dialog.setFilterExtensions(new String[] { "*.png", "*.svg", "*.pdf", "*.graphml", "*.csv", "*.xmi" });
        dialog.setFilterNames(new String[] { "PNG (*.png)", "SVG (*.svg)", Messages.sitePackFilter, "GraphML (*.graphml)", "CSV (*.csv)", "XMI (*.xmi)" });
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportTo(Path.of(chosen));
        }
    }

    /** Asks for a GraphML file, or a devices and/or a links CSV file, and adds what they hold. */
    private void askAndImport() {
        if (editing == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setFilterExtensions(new String[] { "*.graphml;*.csv", "*.graphml", "*.csv" });
        if (dialog.open() != null) {
            List<Path> chosen = new ArrayList<>();
            for (String name : dialog.getFileNames()) {
                chosen.add(Path.of(dialog.getFilterPath(), name));
            }
            importFiles(chosen);
        }
    }

    /** Writes the diagram to {@code file} in the format its extension names (see {@link DiagramExport#exportTo}). */
    public void exportTo(Path file) {
        export().exportTo(diagram, file);
    }

    /**
     * Adds the devices and links of a GraphML file or of CSV files (a devices file, a links file or
     * both): read in a job, added in one step to undo. A malformed file is refused with its name and
     * line, and nothing is added.
     */
    public void importFiles(List<Path> files) {
        inBackground(NLS.bind(Messages.editorLoading, files.get(0).getFileName()), false, Messages.importFailedTitle,
                monitor -> DiagramFiles.read(files), texts -> {
                    stack.execute(new Edit(null, () -> DiagramExchange.importFiles(editing, texts)));
                    if (lastRefusal != null) {
                        MessageDialog.openError(getSite().getShell(), Messages.importFailedTitle, lastRefusal);
                    }
                });
    }

    /** Writes the site pack as PDF (see {@link DiagramExport#exportSitePack}). */
    public void exportSitePack(Path file) {
        export().exportSitePack(diagram, file);
    }

    /** Writes the whole diagram as a PNG picture; @return its size in pixels (see {@link DiagramExport#exportPng}) */
    public Dimension exportPng(Path file) {
        return export().exportPng(file);
    }

    @Override
    public void doSave(IProgressMonitor monitor) {
        if (session == null) {
            return;
        }
        workflow.save(session, diagram);
    }

    /** Still dirty while an overwrite of a concurrent save is being stored. */
    @Override
    public boolean isDirty() {
        return overwritePending || super.isDirty();
    }

    private static long persistentId(Diagram saved) {
        return ((org.opsbench.model.base.PersistentObject) saved).getPersistentId();
    }

    private void showRefusal(String message) {
        lastRefusal = message;
        if (getEditorSite() != null) {
            getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(message);
        }
    }

    /** The Outline view shows the whole diagram in miniature. */
    @Override
    @SuppressWarnings("rawtypes")
    public Object getAdapter(Class type) {
        if (type == org.eclipse.ui.views.contentoutline.IContentOutlinePage.class && getGraphicalViewer() != null) {
            return new DiagramOverview(getGraphicalViewer());
        }
        return super.getAdapter(type);
    }

    @Override
    public boolean isSaveAsAllowed() {
        return false;
    }

    @Override
    public void doSaveAs() {
        // a diagram is saved where it lives
    }

    @Override
    public void dispose() {
        if (session != null) {
            session.close();
        }
        super.dispose();
    }

    // For the workbench tests: what the editor shows and does, read on the UI thread.

    /** @return the diagram on the canvas, or null while it is read */
    public Diagram diagram() {
        return diagram;
    }

    /** @return whether a load, layout or save is under way */
    public boolean isBusy() {
        return busy;
    }

    /** @return the reason the last change was refused, or null when it was carried out */
    public String lastRefusal() {
        return lastRefusal;
    }

    public GraphicalViewer viewer() {
        return getGraphicalViewer();
    }

    public String undoLabel() {
        return stack.model().getUndoCommand() == null ? null : stack.model().getUndoCommand().getLabel();
    }

    /** @return the badge a device shows, or null */
    public String badgeOf(Device device) {
        Object part = getGraphicalViewer().getEditPartRegistry().get(device);
        return part instanceof DevicePart devicePart ? ((DeviceFigure) devicePart.getFigure()).badge() : null;
    }

    /** @return the equipment line a device shows (vendor, model, serial number), or null when it stands for no equipment */
    public String equipmentShown(Device device) {
        Object part = getGraphicalViewer().getEditPartRegistry().get(device);
        return part instanceof DevicePart devicePart ? ((DeviceFigure) devicePart.getFigure()).equipmentText() : null;
    }

    /** @return the port names a link's figure shows at its source and target ends */
    public String[] portLabels(Link link) {
        return ((LinkPart) getGraphicalViewer().getEditPartRegistry().get(link)).portTexts();
    }

    /** @return whether the element's figure is marked as having a problem */
    public boolean isMarked(EObject element) {
        Object part = getGraphicalViewer().getEditPartRegistry().get(element);
        IFigure figure = part instanceof org.eclipse.gef.GraphicalEditPart graphical ? graphical.getFigure() : null;
        return figure instanceof DeviceFigure device ? device.marked()
                : figure instanceof ZoneFigure zone ? zone.marked()
                : figure != null && figure.getForegroundColor() == TierColors.PROBLEM;
    }

    /** @return the problems listed below the canvas, in their order */
    public List<String> problemsListed() {
        return problems.listed();
    }

    public IAction action(String id) {
        return getActionRegistry().getAction(id);
    }

    public org.eclipse.gef.ui.palette.PaletteViewer paletteViewer() {
        return getEditDomain().getPaletteViewer();
    }
}
