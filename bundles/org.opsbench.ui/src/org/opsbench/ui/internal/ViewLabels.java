package org.opsbench.ui.internal;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.IViewDescriptor;

/** The tabs of the views, in the language of this session. */
public final class ViewLabels {

    private ViewLabels() {
    }

    /**
     * The layout saved at the last exit keeps each view's tab label of that session, and a view not
     * shown yet keeps it until clicked: after a language switch "Customers" would stay English in a
     * Chinese session. Every view's tab takes its label from the view registry, in today's language.
     */
    public static void inTheUsersLanguage(IWorkbenchWindow window) {
        EModelService models = window.getService(EModelService.class);
        MWindow model = window.getService(MWindow.class);
        if (models == null || model == null) {
            return;
        }
        for (MPart part : models.findElements(model, null, MPart.class, null, EModelService.ANYWHERE)) {
            IViewDescriptor view = PlatformUI.getWorkbench().getViewRegistry().find(part.getElementId());
            if (view != null && view.getLabel() != null && !view.getLabel().equals(part.getLabel())) {
                part.setLabel(view.getLabel());
            }
        }
    }
}
