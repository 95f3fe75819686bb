package org.opsbench.ui.internal;

import java.util.function.BiConsumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.Separator;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.opsbench.model.OpsPackage;
import org.opsbench.model.validation.ModelRules;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.progress.DeferredTreeContentManager;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.Directory;

/**
 * Region, office, customer, site, equipment: the service network as a tree. Every level is
 * a projection query run in a job when the node is first expanded; the filter box narrows
 * the customers by number or name.
 */
public final class NavigatorView extends ViewPart {

    public static final String ID = "org.opsbench.ui.navigator";
    static final String OPEN_COMMAND = "org.opsbench.ui.navigator.open";
    static final String NEW_ITEM_COMMAND = "org.opsbench.ui.navigator.newItem";
    static final String NEW_CUSTOMER_COMMAND = "org.opsbench.ui.navigator.newCustomer";

    private org.opsbench.ui.workbench.ViewCommands commands;
    public static final String TREE_ID = "navigator.tree";
    public static final String FILTER_ID = "navigator.filter";

    private TreeViewer viewer;
    private Text filter;
    private volatile String filterText = "";
    private DeferredTreeContentManager deferred;

    /** Read on first use, in the job that fetches the first level: a customer's staff see only their organisation. */
    private volatile Directory directory;

    private Directory directory(Database database, String login) {
        Directory read = directory;
        if (read == null) {
            read = new Directory(database, Directory.customerOf(database, login));
            directory = read;
        }
        return read;
    }

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
        filter = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filter.setMessage(Messages.navigatorFilter);
        filter.setData("org.opsbench.testing.id", FILTER_ID);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filter);
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setData("org.opsbench.testing.id", TREE_ID);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        deferred = new DeferredTreeContentManager(viewer, getSite());
        deferred.addUpdateCompleteListener(new org.eclipse.core.runtime.jobs.JobChangeAdapter() {
            @Override
            public void done(org.eclipse.core.runtime.jobs.IJobChangeEvent event) {
                if (!viewer.getControl().isDisposed()) {
                    viewer.getControl().getDisplay().asyncExec(NavigatorView.this::expandToMatches);
                }
            }
        });
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return deferred.getChildren(input);
            }

            @Override
            public Object[] getChildren(Object parentElement) {
                return deferred.getChildren(parentElement);
            }

            @Override
            public Object getParent(Object element) {
                return element instanceof NavigatorNode node ? node.getParent(node) : null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return deferred.mayHaveChildren(element);
            }
        });
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof NavigatorNode node ? node.getLabel(node) : super.getText(element);
            }
        });
        viewer.setUseHashlookup(true);
        Database database = OpsBenchDatabase.get();
        String login = OpsBenchDatabase.user().getLogin();
        viewer.setInput(NavigatorNode.root(() -> directory(database, login), () -> filterText));
        filter.addModifyListener(e -> {
            String text = filter.getText();
            // Filter once typing pauses, not on every key.
            filter.getDisplay().timerExec(300, () -> {
                if (!filter.isDisposed() && text.equals(filter.getText()) && !text.equals(filterText)) {
                    filterText = text;
                    applyFilter();
                }
            });
        });
        getSite().setSelectionProvider(viewer);
        viewer.addDoubleClickListener(event -> {
            Object element = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (element instanceof NavigatorNode node && opens(node)) {
                open(node);
            } else if (element != null) {
                viewer.setExpandedState(element, !viewer.getExpandedState(element));
            }
        });
        // The context menu's commands (plugin.xml), handled here on the selected node; Refresh is the platform's.
        commands = new org.opsbench.ui.workbench.ViewCommands(getSite());
        commands.handle(OPEN_COMMAND, () -> selectedNode().filter(NavigatorView::opens).ifPresent(this::open));
        commands.handle(NEW_ITEM_COMMAND, () -> selectedNode().map(node -> node.ancestor(NavigatorNode.Kind.FOLDER))
                .filter(folder -> folder.folder().object().newItemLabel() != null)
                .ifPresent(folder -> folder.folder().object().create(getSite().getPage(), folder.id())));
        commands.handle(NEW_CUSTOMER_COMMAND, () -> selectedNode().map(node -> node.ancestor(NavigatorNode.Kind.OFFICE))
                .ifPresent(office -> openEditor(getSite().getPage(), ModelEditorInput.create(OpsPackage.Literals.CUSTOMER, office.id(),
                        NLS.bind(Messages.editorUnnamed, ModelRules.label(OpsPackage.Literals.CUSTOMER))))));
        commands.handleWhileActive(org.opsbench.ui.workbench.ViewCommands.REFRESH, viewer::refresh);
        createContextMenu();
        // Customers, sites and equipment can be dragged into plug-ins' editors (e.g. equipment onto a network diagram).
        viewer.addDragSupport(org.eclipse.swt.dnd.DND.DROP_COPY | org.eclipse.swt.dnd.DND.DROP_LINK,
                new org.eclipse.swt.dnd.Transfer[] { org.eclipse.jface.util.LocalSelectionTransfer.getTransfer() },
                new org.eclipse.swt.dnd.DragSourceAdapter() {
                    @Override
                    public void dragStart(org.eclipse.swt.dnd.DragSourceEvent event) {
                        org.eclipse.jface.util.LocalSelectionTransfer.getTransfer().setSelection(viewer.getSelection());
                    }

                    @Override
                    public void dragFinished(org.eclipse.swt.dnd.DragSourceEvent event) {
                        org.eclipse.jface.util.LocalSelectionTransfer.getTransfer().setSelection(null);
                    }
                });
        ModelChanges.addListener(savedListener);
    }

    private final BiConsumer<EClass, Long> savedListener = (eClass, id) -> refreshExpanded();

    /** After a save: re-read every open level, keeping expansion and selection. */
    private void refreshExpanded() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        for (Object element : viewer.getExpandedElements()) {
            if (element instanceof NavigatorNode node && node.kind() != NavigatorNode.Kind.REGION) {
                viewer.refresh(node);
            }
        }
    }

    private static boolean opens(NavigatorNode node) {
        return switch (node.kind()) {
            case CUSTOMER, SITE, EQUIPMENT, ENGINEER, FOLDER_ITEM -> true;
            default -> false;
        };
    }

    /**
     * A filter shows only the regions and offices with matching customers, opened down to those
     * customers ({@link #expandToMatches}); clearing it shows everything again, closed.
     */
    private void applyFilter() {
        viewer.getTree().setRedraw(false);
        try {
            viewer.collapseAll();
            viewer.refresh();
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    /** While a filter is set, opens the regions and offices as they arrive, so that the matching customers show. */
    private void expandToMatches() {
        if (filterText.isBlank() || viewer.getControl().isDisposed()) {
            return;
        }
        for (org.eclipse.swt.widgets.TreeItem region : viewer.getTree().getItems()) {
            expandIfClosed(region);
            for (org.eclipse.swt.widgets.TreeItem office : region.getItems()) {
                expandIfClosed(office);
            }
        }
    }

    private void expandIfClosed(org.eclipse.swt.widgets.TreeItem item) {
        if (item.getData() instanceof NavigatorNode node && (node.kind() == NavigatorNode.Kind.REGION
                || node.kind() == NavigatorNode.Kind.OFFICE) && !viewer.getExpandedState(node)) {
            viewer.setExpandedState(node, true);
        }
    }

    /** Opens the aggregate a node belongs to (its customer, or the engineer) with the node's object selected. */
    private void open(NavigatorNode node) {
        if (node.kind() == NavigatorNode.Kind.FOLDER_ITEM) {
            node.folder().object().open(getSite().getPage(), node.ancestor(NavigatorNode.Kind.CUSTOMER).id(),
                    new org.opsbench.ui.workbench.NavigatorFolder.Item(node.id(), node.name()));
            return;
        }
        ModelEditorInput input = node.kind() == NavigatorNode.Kind.ENGINEER
                ? ModelEditorInput.open(OpsPackage.Literals.ENGINEER, node.id(), 0, node.getLabel(node))
                : ModelEditorInput.open(OpsPackage.Literals.CUSTOMER, node.ancestor(NavigatorNode.Kind.CUSTOMER).id(),
                        node.id(), node.ancestor(NavigatorNode.Kind.CUSTOMER).getLabel(node));
        openEditor(getSite().getPage(), input);
    }

    /** Opens (or brings up) the editor of an aggregate and selects the object the input names. */
    static void openEditor(IWorkbenchPage page, ModelEditorInput input) {
        try {
            if (page.openEditor(input, ModelEditor.ID) instanceof ModelEditor editor && input.selectedId() != 0) {
                editor.select(input.selectedId());
            }
        } catch (PartInitException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), null, e.getMessage(), e.getStatus());
        }
    }

    /** A context menu entry for a command, under the given label (a folder names its own "New ..."). */
    private org.eclipse.ui.menus.CommandContributionItem commandItem(String commandId, String label) {
        org.eclipse.ui.menus.CommandContributionItemParameter item = new org.eclipse.ui.menus.CommandContributionItemParameter(getSite(),
                null, commandId, org.eclipse.ui.menus.CommandContributionItem.STYLE_PUSH);
        item.label = label;
        return new org.eclipse.ui.menus.CommandContributionItem(item);
    }

    private java.util.Optional<NavigatorNode> selectedNode() {
        return viewer.getStructuredSelection().getFirstElement() instanceof NavigatorNode node ? java.util.Optional.of(node)
                : java.util.Optional.empty();
    }

    private void createContextMenu() {
        MenuManager menu = new MenuManager();
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(manager -> {
            Object element = viewer.getStructuredSelection().getFirstElement();
            if (element instanceof NavigatorNode node) {
                if (opens(node)) {
                    manager.add(commandItem(OPEN_COMMAND, Messages.navigatorOpen));
                }
                NavigatorNode folderNode = node.ancestor(NavigatorNode.Kind.FOLDER);
                if (folderNode != null && folderNode.folder().object().newItemLabel() != null) {
                    manager.add(commandItem(NEW_ITEM_COMMAND, folderNode.folder().object().newItemLabel()));
                }
                // A new customer belongs to an office: offered there and beside its customers, not in their sites or folders.
                NavigatorNode office = node.ancestor(NavigatorNode.Kind.OFFICE);
                if (office != null && (node.kind() == NavigatorNode.Kind.OFFICE || node.kind() == NavigatorNode.Kind.CUSTOMER)) {
                    manager.add(commandItem(NEW_CUSTOMER_COMMAND, Messages.navigatorNewCustomer));
                }
                manager.add(new Separator());
            }
            manager.add(commandItem(org.opsbench.ui.workbench.ViewCommands.REFRESH, Messages.navigatorRefresh));
            manager.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
        });
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        getSite().registerContextMenu(menu, viewer);
    }

    @Override
    public void dispose() {
        if (commands != null) {
            commands.dispose();
        }
        ModelChanges.removeListener(savedListener);
        super.dispose();
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }
}
