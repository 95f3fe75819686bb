package org.opsbench.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class ApplicationWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    /** Printed when the first window is open; tests and scripts wait for it. */
    static final String READY = "OpsBench workbench ready";

    ApplicationWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        super(configurer);
    }

    @Override
    public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
        return new ApplicationActionBarAdvisor(configurer);
    }

    @Override
    public void preWindowOpen() {
        IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
        configurer.setInitialSize(new Point(1280, 800));
        configurer.setShowStatusLine(true);
        configurer.setShowProgressIndicator(true);
        configurer.setShowCoolBar(false);
        configurer.setTitle(NLS.bind(Messages.windowTitle, OpsBenchDatabase.user().getDisplayName(),
                OpsBenchDatabase.get().settings().describe()));
    }

    @Override
    public void postWindowOpen() {
        ViewLabels.inTheUsersLanguage(getWindowConfigurer().getWindow());
        System.out.println(READY);
    }

}
