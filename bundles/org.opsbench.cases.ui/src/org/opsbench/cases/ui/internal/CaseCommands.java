package org.opsbench.cases.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.opsbench.cases.CaseAccess;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * The handlers of the case commands (plugin.xml), wherever they are chosen: the Cases view's tool bar,
 * the main tool bar, the File menu or a key. New Case opens the intake; the others act on the Cases
 * view, which is shown first when it is not.
 */
public final class CaseCommands extends AbstractHandler {

    static final String PREFIX = "org.opsbench.cases.ui.";

    @Override
    public Object execute(ExecutionEvent event) {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
        if (window == null || window.getActivePage() == null) {
            return null;
        }
        IWorkbenchPage page = window.getActivePage();
        String command = event.getCommand().getId().substring(PREFIX.length());
        try {
            CaseListView view = (CaseListView) page.showView(CaseListView.ID);
            view.run(command);
        } catch (PartInitException e) {
            throw new IllegalStateException(e);
        }
        return null;
    }

    /** New Case: the intake dialog, for users who may open cases (a customer's staff may not). */
    public static final class NewCase extends AbstractHandler {

        @Override
        public Object execute(ExecutionEvent event) {
            IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindow(event);
            if (window != null && window.getActivePage() != null) {
                IntakeDialog.openCase(window.getShell(), window.getActivePage());
            }
            return null;
        }

        @Override
        public void setEnabled(Object evaluationContext) {
            setBaseEnabled(ServiceDesk.user() != null && CaseAccess.of(ServiceDesk.user()).may(CaseAccess.CREATE));
        }
    }
}
