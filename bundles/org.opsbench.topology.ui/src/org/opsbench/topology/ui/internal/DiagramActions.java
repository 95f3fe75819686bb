package org.opsbench.topology.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.draw2d.PositionConstants;
import org.eclipse.gef.ContextMenuProvider;
import org.eclipse.gef.GraphicalViewer;
import org.eclipse.gef.KeyHandler;
import org.eclipse.gef.KeyStroke;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.gef.ui.actions.ActionRegistry;
import org.eclipse.gef.ui.actions.AlignmentAction;
import org.eclipse.gef.ui.actions.DirectEditAction;
import org.eclipse.gef.ui.actions.GEFActionConstants;
import org.eclipse.gef.ui.actions.ZoomInAction;
import org.eclipse.gef.ui.actions.ZoomOutAction;
import org.eclipse.gef.ui.parts.GraphicalViewerKeyHandler;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.printing.PrintDialog;
import org.eclipse.swt.printing.PrinterData;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.jface.commands.ActionHandler;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.handlers.RegistryToggleState;
import org.opsbench.topology.model.Diagram;
import org.opsbench.ui.workbench.FileWriting;

/**
 * The diagram editor's actions (rename, align, copy and paste, print, layout, routing, import and
 * export, zoom), the keys that run them and the canvas's context menu. The actions only ask and
 * delegate: what they do is the editor's ({@link DiagramEditor}).
 */
public final class DiagramActions {

    public static final String LAYOUT = "org.opsbench.topology.ui.layout";
    public static final String EXPORT = "org.opsbench.topology.ui.export";
    public static final String IMPORT = "org.opsbench.topology.ui.import";
    public static final String ORTHOGONAL = "org.opsbench.topology.ui.orthogonal";
    public static final String ADDRESS_PLAN = "org.opsbench.topology.ui.addressPlan";

    private static final int[] ALIGNMENTS = { PositionConstants.LEFT, PositionConstants.CENTER, PositionConstants.RIGHT,
            PositionConstants.TOP, PositionConstants.MIDDLE, PositionConstants.BOTTOM };
    private static final String[] ALIGNMENT_IDS = { GEFActionConstants.ALIGN_LEFT, GEFActionConstants.ALIGN_CENTER,
            GEFActionConstants.ALIGN_RIGHT, GEFActionConstants.ALIGN_TOP, GEFActionConstants.ALIGN_MIDDLE, GEFActionConstants.ALIGN_BOTTOM };

    private final DiagramEditor editor;
    private final ActionRegistry registry;

    DiagramActions(DiagramEditor editor, ActionRegistry registry) {
        this.editor = editor;
        this.registry = registry;
    }

    /** Registers the editor's own actions; those that depend on the selection go into {@code selectionActions}. */
    void register(List<String> selectionActions) {
        List<IAction> onSelection = new ArrayList<>();
        onSelection.add(new DirectEditAction((org.eclipse.ui.IWorkbenchPart) editor));
        for (int alignment : ALIGNMENTS) {
            onSelection.add(new AlignmentAction((org.eclipse.ui.IWorkbenchPart) editor, alignment));
        }
        onSelection.add(new CopyDevicesAction(editor));
        for (IAction action : onSelection) {
            registry.registerAction(action);
            selectionActions.add(action.getId());
        }
        IAction paste = action(ActionFactory.PASTE.getId(), Messages.pasteAction, IAction.AS_PUSH_BUTTON, editor::paste);
        paste.setActionDefinitionId("org.eclipse.ui.edit.paste");
        registry.registerAction(paste);
        // Print: the platform's print dialog, then the whole diagram fitted to the page (GEF's own action tiles it).
        IAction print = action(ActionFactory.PRINT.getId(), Messages.printAction, IAction.AS_PUSH_BUTTON, this::askAndPrint);
        print.setActionDefinitionId("org.eclipse.ui.file.print");
        registry.registerAction(print);
        registry.registerAction(action(LAYOUT, Messages.layoutAction, IAction.AS_PUSH_BUTTON, editor::layOut));
        registry.registerAction(action(ADDRESS_PLAN, Messages.planAction, IAction.AS_PUSH_BUTTON, editor::editAddressPlan));
        registry.registerAction(action(EXPORT, Messages.exportAction, IAction.AS_PUSH_BUTTON, this::askAndExport));
        registry.registerAction(action(IMPORT, Messages.importAction, IAction.AS_PUSH_BUTTON, this::askAndImport));
        registry.registerAction(action(ORTHOGONAL, Messages.orthogonalAction, IAction.AS_CHECK_BOX, editor::toggleRouting));
        IAction revert = action(ActionFactory.REVERT.getId(), Messages.revertAction, IAction.AS_PUSH_BUTTON, editor::revert);
        revert.setEnabled(false);
        registry.registerAction(revert);
    }

    /**
     * What depends on the diagram's state: Revert only with unsaved changes, the routing's check mark
     * (in the context menu and, for the active editor, in the Diagram menu).
     */
    void update(boolean dirty, boolean orthogonal) {
        registry.getAction(ActionFactory.REVERT.getId()).setEnabled(dirty);
        registry.getAction(ORTHOGONAL).setChecked(orthogonal);
        if (editor.getSite().getPage().getActiveEditor() == editor) {
            showRouting(orthogonal);
        }
    }

    /** The Diagram menu's check mark of Right-Angle Links: the command's state, which is the active editor's. */
    static void showRouting(boolean orthogonal) {
        org.eclipse.core.commands.State state = PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(ORTHOGONAL)
                .getState(RegistryToggleState.STATE_ID);
        if (state != null && !Boolean.valueOf(orthogonal).equals(state.getValue())) {
            state.setValue(Boolean.valueOf(orthogonal));
        }
    }

    /**
     * The editor's actions become the handlers of their commands (plugin.xml) in the editor's site:
     * the Diagram menu, the context menu (which shows their keys) and the keys run the same action.
     */
    void activateCommands(IHandlerService handlers) {
        Map<String, String> commands = new LinkedHashMap<>();
        for (String id : List.of(LAYOUT, ORTHOGONAL, ADDRESS_PLAN, IMPORT, EXPORT)) {
            commands.put(id, id);
        }
        commands.put(GEFActionConstants.ZOOM_IN, GEFActionConstants.ZOOM_IN);
        commands.put(GEFActionConstants.ZOOM_OUT, GEFActionConstants.ZOOM_OUT);
        commands.put(GEFActionConstants.DIRECT_EDIT, "org.eclipse.ui.edit.rename");
        commands.forEach((actionId, commandId) -> {
            IAction action = registry.getAction(actionId);
            action.setActionDefinitionId(commandId);
            handlers.activateHandler(commandId, new ActionHandler(action));
        });
    }

    /** Zoom in and out (also Ctrl+= and Ctrl+-) over {@code zoom}'s levels. */
    void registerZoom(ZoomManager zoom) {
        registry.registerAction(new ZoomInAction(zoom));
        registry.registerAction(new ZoomOutAction(zoom));
    }

    /** Delete, F2 to rename, Ctrl+= / Ctrl++ / Ctrl+- to zoom; GEF's arrow-key navigation under them. */
    KeyHandler keys(GraphicalViewer viewer) {
        KeyHandler keys = new KeyHandler();
        IAction zoomIn = registry.getAction(GEFActionConstants.ZOOM_IN);
        keys.put(KeyStroke.getPressed(SWT.DEL, 127, 0), registry.getAction(ActionFactory.DELETE.getId()));
        keys.put(KeyStroke.getPressed(SWT.F2, 0), registry.getAction(GEFActionConstants.DIRECT_EDIT));
        keys.put(KeyStroke.getPressed('=', '=', SWT.MOD1), zoomIn);
        keys.put(KeyStroke.getPressed('+', '+', SWT.MOD1), zoomIn);
        keys.put(KeyStroke.getPressed('-', '-', SWT.MOD1), registry.getAction(GEFActionConstants.ZOOM_OUT));
        return new GraphicalViewerKeyHandler(viewer).setParent(keys);
    }

    /** The canvas's context menu: edit, align, the installed device actions, view, layout, files, print. */
    ContextMenuProvider contextMenu(GraphicalViewer viewer) {
        return new ContextMenuProvider(viewer) {
            @Override
            public void buildContextMenu(IMenuManager manager) {
                GEFActionConstants.addStandardActionGroups(manager);
                appendActions(manager, GEFActionConstants.GROUP_UNDO, ActionFactory.UNDO.getId(), ActionFactory.REDO.getId());
                appendActions(manager, GEFActionConstants.GROUP_COPY, ActionFactory.COPY.getId(), ActionFactory.PASTE.getId());
                appendActions(manager, GEFActionConstants.GROUP_EDIT, GEFActionConstants.DIRECT_EDIT, ActionFactory.DELETE.getId());
                MenuManager align = new MenuManager(Messages.alignMenu);
                for (String id : ALIGNMENT_IDS) {
                    IAction action = registry.getAction(id);
                    if (action.isEnabled()) {
                        align.add(action);
                    }
                }
                if (!align.isEmpty()) {
                    manager.appendToGroup(GEFActionConstants.GROUP_REST, align);
                }
                DeviceActionsMenu.fill(manager, viewer, editor.diagram(), editor.getSite().getPage());
                appendActions(manager, GEFActionConstants.GROUP_VIEW, GEFActionConstants.ZOOM_IN, GEFActionConstants.ZOOM_OUT);
                appendActions(manager, GEFActionConstants.GROUP_REST, LAYOUT, ORTHOGONAL, ADDRESS_PLAN);
                appendActions(manager, GEFActionConstants.GROUP_SAVE, IMPORT, EXPORT);
                appendActions(manager, GEFActionConstants.GROUP_PRINT, ActionFactory.PRINT.getId());
            }
        };
    }

    private void appendActions(IMenuManager manager, String group, String... ids) {
        for (String id : ids) {
            manager.appendToGroup(group, registry.getAction(id));
        }
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

    private void askAndPrint() {
        if (editor.diagram() == null) {
            return;
        }
        PrinterData chosen = new PrintDialog(editor.getSite().getShell()).open();
        if (chosen != null) {
            editor.print(chosen);
        }
    }

    /** Asks for a file; its extension picks the format: PNG, SVG, the PDF site pack, GraphML, CSV (devices, links beside them) or XMI. */
    private void askAndExport() {
        Diagram diagram = editor.diagram();
        if (diagram == null) {
            return;
        }
        Path chosen = FileWriting.askSave(editor.getSite().getShell(), diagram.getName() + ".png",
                new String[] { "*.png", "*.svg", "*.pdf", "*.graphml", "*.csv", "*.xmi" },
                new String[] { "PNG (*.png)", "SVG (*.svg)", Messages.sitePackFilter, "GraphML (*.graphml)", "CSV (*.csv)", "XMI (*.xmi)" });
        if (chosen != null) {
            editor.exportTo(chosen);
        }
    }

    /** Asks for a GraphML file, or a devices and/or a links CSV file, and adds what they hold. */
    private void askAndImport() {
        if (editor.diagram() == null) {
            return;
        }
        List<Path> chosen = FileWriting.askOpen(editor.getSite().getShell(), new String[] { "*.graphml;*.csv", "*.graphml", "*.csv" }, true);
        if (!chosen.isEmpty()) {
            editor.importFiles(chosen);
        }
    }
}
