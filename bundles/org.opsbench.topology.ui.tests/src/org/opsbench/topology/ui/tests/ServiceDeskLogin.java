package org.opsbench.topology.ui.tests;

import org.eclipse.ui.PlatformUI;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.testing.RunningWorkbench;
import org.opsbench.testing.SwtRobot;

/** The workbench on the sample data, the administrator logged in, the window as large as the screen; and a palette lookup. */
final class ServiceDeskLogin {

    private ServiceDeskLogin() {
    }

    static RunningWorkbench asAdmin() throws Exception {
        return asAdmin("Log in to OpsBench", "The sample data is loaded.", "Log in");
    }

    /** The login dialog's title, the start of its "sample data loaded" message and its button, in the language the test runs in. */
    static RunningWorkbench asAdmin(String loginTitle, String loadedText, String loginButton) throws Exception {
        RunningWorkbench workbench = RunningWorkbench.withSampleData();
        SwtRobot robot = workbench.robot();
        robot.shell(loginTitle);
        robot.shows(loadedText);
        robot.type(robot.text("login.user"), "admin");
        robot.type(robot.text("login.password"), SampleDataLoader.SAMPLE_ADMIN_PASSWORD);
        robot.click(robot.button(loginButton));
        robot.waitFor("the workbench window", () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
        // Xvfb has no window manager to maximize it.
        robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
                .setBounds(PlatformUI.getWorkbench().getDisplay().getPrimaryMonitor().getClientArea()));
        return workbench;
    }

    /** @return the palette's tool entry with this label, in any drawer, or null */
    static org.eclipse.gef.palette.ToolEntry paletteEntry(org.eclipse.gef.palette.PaletteContainer container, String label) {
        for (Object child : container.getChildren()) {
            if (child instanceof org.eclipse.gef.palette.ToolEntry tool && label.equals(tool.getLabel())) {
                return tool;
            }
            if (child instanceof org.eclipse.gef.palette.PaletteContainer inner && paletteEntry(inner, label) != null) {
                return paletteEntry(inner, label);
            }
        }
        return null;
    }
}
