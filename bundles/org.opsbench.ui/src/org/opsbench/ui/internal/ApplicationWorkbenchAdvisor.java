package org.opsbench.ui.internal;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceManager;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

final class ApplicationWorkbenchAdvisor extends WorkbenchAdvisor {

    static final String SERVICE_DESK = ServiceDeskPerspective.ID;

    @Override
    public void initialize(IWorkbenchConfigurer configurer) {
        configurer.setSaveAndRestore(true);
    }

    /** Preference pages of platform bundles that a service desk has no use for (Security > Secure Storage). */
    private static final java.util.Set<String> HIDDEN_PREFERENCE_PAGES = java.util.Set.of("org.eclipse.equinox.security.ui.category");

    @Override
    public void postStartup() {
        PreferenceManager pages = PlatformUI.getWorkbench().getPreferenceManager();
        for (IPreferenceNode top : pages.getRootSubNodes()) {
            if (HIDDEN_PREFERENCE_PAGES.contains(top.getId())) {
                pages.remove(top);
            } else {
                hidePreferencePages(top);
            }
        }
    }

    private static void hidePreferencePages(IPreferenceNode parent) {
        for (IPreferenceNode node : parent.getSubNodes()) {
            if (HIDDEN_PREFERENCE_PAGES.contains(node.getId())) {
                parent.remove(node);
            } else {
                hidePreferencePages(node);
            }
        }
    }

    @Override
    public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
        return new ApplicationWorkbenchWindowAdvisor(configurer);
    }

    @Override
    public String getInitialWindowPerspectiveId() {
        return SERVICE_DESK;
    }
}
