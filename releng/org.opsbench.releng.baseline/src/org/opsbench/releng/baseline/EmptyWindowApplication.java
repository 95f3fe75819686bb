package org.opsbench.releng.baseline;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/**
 * The least an RCP application does: one workbench window with an empty perspective. It prints
 * {@link #SHOWN} once the window is open and the event loop runs, as OpsBench prints its own line when
 * its login dialog is.
 */
public final class EmptyWindowApplication implements IApplication {

    /** Printed when the window is up; the start-up benchmark waits for it. */
    public static final String SHOWN = "Baseline window shown";

    @Override
    public Object start(IApplicationContext context) {
        Display display = PlatformUI.createDisplay();
        try {
            int code = PlatformUI.createAndRunWorkbench(display, new WorkbenchAdvisor() {
                @Override
                public String getInitialWindowPerspectiveId() {
                    return "org.opsbench.releng.baseline.empty";
                }

                @Override
                public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
                    return new WorkbenchWindowAdvisor(configurer) {
                        @Override
                        public void postWindowOpen() {
                            display.asyncExec(() -> System.out.println(SHOWN));
                        }
                    };
                }
            });
            return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
        } finally {
            display.dispose();
        }
    }

    @Override
    public void stop() {
        if (PlatformUI.isWorkbenchRunning()) {
            Display display = PlatformUI.getWorkbench().getDisplay();
            display.syncExec(() -> PlatformUI.getWorkbench().close());
        }
    }

    /** Nothing but the editor area. */
    public static final class EmptyPerspective implements IPerspectiveFactory {
        @Override
        public void createInitialLayout(IPageLayout layout) {
            layout.setEditorAreaVisible(true);
        }
    }
}
