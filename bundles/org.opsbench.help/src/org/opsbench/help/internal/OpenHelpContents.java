package org.opsbench.help.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Help &gt; Help Contents (F1): shows the guide's view. */
public final class OpenHelpContents extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        try {
            HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage().showView(HelpContentsView.ID);
        } catch (PartInitException e) {
            throw new ExecutionException("The help contents could not be opened", e);
        }
        return null;
    }
}
