package org.opsbench.ui.internal;

import org.eclipse.jface.preference.IPreferenceNode;
import org.eclipse.jface.preference.PreferenceManager;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.ui.IEditorReference;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
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
        closeEditorsNotReopened();
        PreferenceManager pages = PlatformUI.getWorkbench().getPreferenceManager();
        for (IPreferenceNode top : pages.getRootSubNodes()) {
            if (HIDDEN_PREFERENCE_PAGES.contains(top.getId())) {
                pages.remove(top);
            } else {
                hidePreferencePages(top);
            }
        }
    }

    /**
     * The editors of the last session come back with the workbench; one whose input is not made again
     * (another user's, see StoredObjectFactory) is closed quietly rather than shown as an error.
     */
    private static final String ERROR_PART = "org.eclipse.ui.internal.ErrorEditorPart";

    private static void closeEditorsNotReopened() {
        for (IWorkbenchWindow window : PlatformUI.getWorkbench().getWorkbenchWindows()) {
            for (IWorkbenchPage page : window.getPages()) {
                List<IEditorReference> notReopened = new ArrayList<>();
                for (IEditorReference editor : page.getEditorReferences()) {
                    try {
                        editor.getEditorInput();
                        // The active editor is created with the window: without its input it became the platform's error part.
                        if (editor.getPart(false) != null && editor.getPart(false).getClass().getName().equals(ERROR_PART)) {
                            notReopened.add(editor);
                        }
                    } catch (PartInitException notMadeAgain) {
                        notReopened.add(editor);
                    }
                }
                if (!notReopened.isEmpty()) {
                    page.closeEditors(notReopened.toArray(IEditorReference[]::new), false);
                }
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
