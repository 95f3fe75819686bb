package org.opsbench.topology.ui.internal;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.ErrorDialog;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.opsbench.persistence.Database;
import org.opsbench.topology.Diagrams;
import org.opsbench.topology.model.TopologyPackage;
import org.opsbench.ui.workbench.NavigatorFolder;
import org.opsbench.ui.workbench.ServiceDesk;

/** "Network Diagrams" under each customer in the navigator: lists, opens and creates the customer's diagrams. */
public final class DiagramsFolder implements NavigatorFolder {

    @Override
    public List<Item> items(Database database, long customerId) {
        return Diagrams.of(database, customerId).stream().map(entry -> new Item(entry.id(), entry.name())).toList();
    }

    @Override
    public void open(IWorkbenchPage page, long customerId, Item item) {
        open(page, new DiagramEditorInput(item.id(), item.label()));
    }

    public static void open(IWorkbenchPage page, DiagramEditorInput input) {
        try {
            page.openEditor(input, DiagramEditor.ID);
        } catch (PartInitException e) {
            ErrorDialog.openError(page.getWorkbenchWindow().getShell(), null, e.getMessage(), e.getStatus());
        }
    }

    @Override
    public String newItemLabel() {
        return Messages.newDiagram;
    }

    /** Asks for a name, stores the empty diagram in a job, and opens it. */
    @Override
    public void create(IWorkbenchPage page, long customerId) {
        InputDialog ask = new InputDialog(page.getWorkbenchWindow().getShell(), Messages.newDiagramTitle, Messages.newDiagramName, "",
                text -> text.isBlank() ? Messages.newDiagramNameMissing : null);
        if (ask.open() != Window.OK) {
            return;
        }
        String name = ask.getValue().strip();
        Job.create(Messages.newDiagramTitle, (IProgressMonitor monitor) -> {
            try {
                long id = Diagrams.create(ServiceDesk.database(), customerId, name);
                Display.getDefault().asyncExec(() -> {
                    ServiceDesk.announceSaved(TopologyPackage.Literals.DIAGRAM, id);
                    open(page, new DiagramEditorInput(id, name));
                });
            } catch (RuntimeException e) {
                Display.getDefault().asyncExec(() -> MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.newDiagramTitle,
                        NLS.bind(Messages.newDiagramFailed, e.getMessage())));
            }
            return Status.OK_STATUS;
        }).schedule();
    }
}
