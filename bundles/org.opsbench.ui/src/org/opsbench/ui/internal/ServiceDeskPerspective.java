package org.opsbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The Service Desk: where a dispatcher or engineer finds customers (cases and the rest join later). */
public final class ServiceDeskPerspective implements IPerspectiveFactory {

    public static final String ID = "org.opsbench.ui.serviceDesk";

    /** The platform's Progress view under our id (see plugin.xml). */
    public static final String PROGRESS_VIEW_ID = "org.opsbench.ui.progress";

    @Override
    public void createInitialLayout(IPageLayout layout) {
        layout.addView(NavigatorView.ID, IPageLayout.LEFT, 0.3f, layout.getEditorArea());
        IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.62f, layout.getEditorArea());
        bottom.addView(CustomersView.ID);
        bottom.addView(IPageLayout.ID_PROP_SHEET);
        // Long work (large offices, backups) shows here with its Cancel button.
        bottom.addView(PROGRESS_VIEW_ID);
        layout.addShowViewShortcut(IPageLayout.ID_PROP_SHEET);
        layout.addShowViewShortcut(PROGRESS_VIEW_ID);
        layout.addShowViewShortcut(NavigatorView.ID);
        layout.addShowViewShortcut(CustomersView.ID);
        layout.addShowViewShortcut(ServiceHealthView.ID);
    }
}
