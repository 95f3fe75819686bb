package org.opsbench.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class ApplicationWorkbenchWindowAdvisor extends WorkbenchWindowAdvisor {

    /** Printed when the first window is open, with its title and views; tests and scripts wait for it. */
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
        configurer.setShowCoolBar(true);
        configurer.setTitle(NLS.bind(Messages.windowTitle, OpsBenchDatabase.user().getDisplayName(),
                OpsBenchDatabase.get().settings().describe()));
    }

    /** The IDE's Quick Access field (with its spacer), which the platform puts into the main tool bar. */
    private static final java.util.List<String> PLATFORM_TRIM = java.util.List.of("SearchField", "Search-PS");

    /**
     * The text editors' annotation and edit-location navigation, action sets org.eclipse.ui.editors
     * brings along and shows in the main tool bar: no use at a service desk.
     */
    private static final java.util.List<String> PLATFORM_ACTION_SETS = java.util.List.of(
            "org.eclipse.ui.edit.text.actionSet.annotationNavigation", "org.eclipse.ui.edit.text.actionSet.navigation");

    private static void hidePlatformActionSets(org.eclipse.ui.IWorkbenchPage page) {
        PLATFORM_ACTION_SETS.forEach(page::hideActionSet);
    }

    @Override
    public void postWindowOpen() {
        org.eclipse.e4.ui.model.application.ui.basic.MWindow model = getWindowConfigurer().getWindow()
                .getService(org.eclipse.e4.ui.model.application.ui.basic.MWindow.class);
        org.eclipse.e4.ui.workbench.modeling.EModelService models = getWindowConfigurer().getWindow()
                .getService(org.eclipse.e4.ui.workbench.modeling.EModelService.class);
        for (String id : PLATFORM_TRIM) {
            org.eclipse.e4.ui.model.application.ui.MUIElement element = models.find(id, model);
            if (element != null) {
                element.setToBeRendered(false);
            }
        }
        org.eclipse.ui.IWorkbenchWindow window = getWindowConfigurer().getWindow();
        for (org.eclipse.ui.IWorkbenchPage page : window.getPages()) {
            hidePlatformActionSets(page);
        }
        // A reset or another perspective shows the action sets again.
        window.addPerspectiveListener(new org.eclipse.ui.PerspectiveAdapter() {
            @Override
            public void perspectiveActivated(org.eclipse.ui.IWorkbenchPage page, org.eclipse.ui.IPerspectiveDescriptor perspective) {
                hidePlatformActionSets(page);
            }

            @Override
            public void perspectiveChanged(org.eclipse.ui.IWorkbenchPage page, org.eclipse.ui.IPerspectiveDescriptor perspective,
                    String change) {
                if (org.eclipse.ui.IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(change)) {
                    hidePlatformActionSets(page);
                }
            }
        });
        ViewLabels.inTheUsersLanguage(getWindowConfigurer().getWindow());
        // What the window shows, in the session's language: scripts and the language-switch test read it.
        org.eclipse.ui.IWorkbenchPage page = window.getActivePage();
        System.out.println(READY + ": " + window.getShell().getText() + " | views: " + (page == null ? ""
                : String.join(", ", java.util.Arrays.stream(page.getViewReferences()).map(org.eclipse.ui.IViewReference::getPartName).toList())));
    }

}
