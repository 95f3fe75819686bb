package org.opsbench.topology.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EventObject;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.draw2d.geometry.Dimension;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.DefaultEditDomain;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.MouseWheelHandler;
import org.eclipse.gef.MouseWheelZoomHandler;
import org.eclipse.gef.SnapToGrid;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.palette.PaletteRoot;
import org.eclipse.gef.ui.actions.Clipboard;
import org.eclipse.gef.ui.palette.FlyoutPaletteComposite;
import org.eclipse.gef.ui.palette.PaletteViewer;
import org.eclipse.gef.ui.parts.GraphicalEditorWithFlyoutPalette;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISaveablePart2;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.opsbench.model.Equipment;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.persistence.ModelSession;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramEditing.Step;
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
import org.opsbench.topology.ui.internal.editparts.DiagramPartFactory;
import org.opsbench.topology.ui.internal.editparts.ViewerProperties;
import org.opsbench.topology.ui.internal.export.DiagramExport;
import org.opsbench.topology.ui.internal.export.DiagramFiles;
import org.opsbench.ui.workbench.ModelReference;
import org.opsbench.ui.workbench.SaveWorkflow;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * The network diagram editor's life-cycle and wiring: the canvas with zones, devices and links, the
 * palette of installed device types, the problems below. Every change goes through
 * {@link DiagramEditing} on one undo history ({@link EditingStack}); the diagram is read and saved in
 * jobs by the workbench's {@link SaveWorkflow}. The actions are {@link DiagramActions}', the files
 * {@link DiagramExport}'s, the badges {@link DeviceBadges}'.
 */
public final class DiagramEditor extends GraphicalEditorWithFlyoutPalette implements ISaveablePart2 {

    public static final String ID = "org.opsbench.topology.ui.diagramEditor";

    public static final String PROBLEMS_TABLE = "diagram.problems";
    /** Grid spacing; moves and new devices snap to it. */
    public static final int GRID = 16;

    private final EditingStack stack = new EditingStack(this::showRefusal);
    private final DiagramActions actions = new DiagramActions(this, getActionRegistry());
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
            firePropertyChange(IEditorPart.PROP_DIRTY);
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

    /** Shows on the devices what the installed features know about their equipment (see {@link DeviceBadges}). */
    public void readStatuses() {
        if (diagram != null) {
            DeviceBadges.read(getGraphicalViewer(), diagram, () -> diagram);
        }
    }

    /** The canvas above, the diagram's problems below; a click on a problem selects its element. */
    @Override
    public void createPartControl(Composite parent) {
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        super.createPartControl(sash);
        problems = new DiagramProblems(sash, getGraphicalViewer(), PROBLEMS_TABLE);
        sash.setWeights(86, 14);
        actions.activateCommands(getSite().getService(org.eclipse.ui.handlers.IHandlerService.class));
    }

    /** Activated: the Diagram menu's check mark shows this diagram's routing. */
    @Override
    public void setFocus() {
        super.setFocus();
        DiagramActions.showRouting(diagram != null && diagram.getRouting() == Routing.ORTHOGONAL);
    }

    /** Checks the diagram again (after every change) and marks what is wrong, on the canvas and in the list. */
    private void validate() {
        if (problems != null) {
            problems.validate(diagram);
        }
    }

    @Override
    protected FlyoutPaletteComposite.FlyoutPreferences getPalettePreferences() {
        return TopologyPalette.preferences();
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
        actions.registerZoom(zoom);
        viewer.setProperty(MouseWheelHandler.KeyGenerator.getKey(SWT.MOD1), MouseWheelZoomHandler.SINGLETON);

        viewer.setProperty(SnapToGrid.PROPERTY_GRID_ENABLED, Boolean.TRUE);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_VISIBLE, Boolean.TRUE);
        viewer.setProperty(SnapToGrid.PROPERTY_GRID_SPACING, new Dimension(GRID, GRID));

        viewer.setKeyHandler(actions.keys(viewer));
        ContextMenuProvider menu = actions.contextMenu(viewer);
        viewer.setContextMenu(menu);
        getSite().registerContextMenu(menu, viewer);
        viewer.addDropTargetListener(new EquipmentDropListener(viewer, this));
    }

    /**
     * Equipment dropped at (x, y) on the canvas: dropped on a device, the device now stands for it (one
     * item); dropped elsewhere, each item becomes a device of the type the user picks, named after its
     * serial number. The items are read in the editor's session, in a job.
     */
    public void dropEquipment(List<ModelReference> dropped, int x, int y) {
        if (editing == null || dropped.isEmpty()) {
            return;
        }
        ModelSession reading = session;
        inBackground(NLS.bind(Messages.editorLoading, dropped.get(0).label()), false, getPartName(), monitor -> {
            List<Equipment> items = new ArrayList<>();
            for (ModelReference reference : dropped) {
                Equipment item = reading.find(Equipment.class, reference.id());
                if (item != null) {
                    item.getSerialNumber(); // read here, not on the UI thread
                    items.add(item);
                }
            }
            return items.isEmpty() ? null : items;
        }, items -> place(items, x, y));
    }

    private void place(List<Equipment> items, int x, int y) {
        EquipmentPlacement.place(editing, stack, getSite().getShell(), items, x, y, GRID);
        readStatuses();
    }

    @Override
    @SuppressWarnings("unchecked")
    protected void createActions() {
        super.createActions();
        actions.register(getSelectionActions());
    }

    @Override
    public void commandStackChanged(EventObject event) {
        super.commandStackChanged(event); // GEF 3.2 updates its actions only: the workbench learns of the dirty state here
        firePropertyChange(IEditorPart.PROP_DIRTY);
        actions.update(isDirty(), diagram != null && diagram.getRouting() == Routing.ORTHOGONAL);
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
    private <R> void inBackground(String jobName, boolean user, String failureTitle, Reading<R> reading, Consumer<R> apply) {
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
    void paste() {
        if (editing == null || !(Clipboard.getDefault().getContents() instanceof DiagramEditing.Copied copied)) {
            return;
        }
        List<Device> pasted = new ArrayList<>();
        stack.execute(new Edit(Step.PASTE.label(), () -> pasted.addAll(editing.paste(copied, 2 * GRID, 2 * GRID))));
        List<Object> parts = new ArrayList<>();
        pasted.forEach(device -> parts.add(getGraphicalViewer().getEditPartRegistry().get(device)));
        parts.removeIf(java.util.Objects::isNull);
        getGraphicalViewer().setSelection(new StructuredSelection(parts));
    }

    /** Draws the links at right angles, or straight again. */
    void toggleRouting() {
        if (editing != null) {
            Routing next = diagram.getRouting() == Routing.ORTHOGONAL ? Routing.STRAIGHT : Routing.ORTHOGONAL;
            stack.execute(new Edit(Step.ROUTING.label(), () -> editing.setRouting(next)));
        }
    }

    /** The IP address plan in a dialog; the plan it ends with is one step to undo. */
    void editAddressPlan() {
        if (editing == null) {
            return;
        }
        AddressPlanDialog dialog = new AddressPlanDialog(getSite().getShell(), editing.addressPlan());
        if (dialog.open() == org.eclipse.jface.window.Window.OK && !dialog.rows().equals(editing.addressPlan())) {
            List<DiagramEditing.PlanRow> rows = dialog.rows();
            stack.execute(new Edit(Step.ADDRESS_PLAN.label(), () -> editing.setAddressPlan(rows)));
        }
    }

    /** Automatic layout (ELK) in a job with progress; the result is one step to undo. */
    public void layOut() {
        if (editing == null) {
            return;
        }
        Diagram laidOut = diagram;
        inBackground(NLS.bind(Messages.layoutJob, laidOut.getName()), true, getPartName(), monitor -> DiagramLayout.compute(laidOut, monitor),
                placement -> stack.execute(new Edit(Step.LAYOUT.label(), () -> editing.place(placement))));
    }

    /** Prints the whole diagram, fitted to one page, on the printer (or file) {@code target} names. */
    public void print(PrinterData target) {
        export().print(diagram, target);
    }

    private DiagramExport export() {
        return new DiagramExport(getGraphicalViewer(), getSite().getShell());
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
                    stack.execute(new Edit(Step.IMPORT.label(), () -> DiagramExchange.importFiles(editing, texts)));
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

    /** Forgets every unsaved change and reads the diagram again as stored. */
    void revert() {
        if (session != null && !busy) {
            overwritePending = false;
            workflow.revert();
        }
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
        return ((PersistentObject) saved).getPersistentId();
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
        if (type == IContentOutlinePage.class && getGraphicalViewer() != null) {
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

    /** @return the problems listed below the canvas, in their order */
    public List<String> problemsListed() {
        return problems.listed();
    }

    public IAction action(String id) {
        return getActionRegistry().getAction(id);
    }

    public PaletteViewer paletteViewer() {
        return getEditDomain().getPaletteViewer();
    }

    /** Closing with unsaved changes asks in OpsBench's words (Save, Don't Save, Cancel). */
    @Override
    public int promptToSaveOnClose() {
        return SaveWorkflow.askBeforeClosing(getSite().getShell(), getPartName());
    }
}
