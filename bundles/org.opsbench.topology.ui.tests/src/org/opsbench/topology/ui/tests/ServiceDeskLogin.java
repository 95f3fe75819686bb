package org.opsbench.topology.ui.tests;

import org.eclipse.ui.PlatformUI;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.testing.RunningWorkbench;
import org.opsbench.testing.SwtRobot;

/** The workbench on the sample data, the administrator logged in, the window as large as the screen. */
final class ServiceDeskLogin {

    private ServiceDeskLogin() {
    }

    static RunningWorkbench asAdmin() throws Exception {
        RunningWorkbench workbench = RunningWorkbench.withSampleData();
        SwtRobot robot = workbench.robot();
        robot.shell("Log in to OpsBench");
        robot.shows("The sample data is loaded.");
        robot.type(robot.text("login.user"), "admin");
        robot.type(robot.text("login.password"), SampleDataLoader.SAMPLE_ADMIN_PASSWORD);
        robot.click(robot.button("Log in"));
        robot.waitFor("the workbench window", () -> PlatformUI.isWorkbenchRunning()
                && PlatformUI.getWorkbench().getActiveWorkbenchWindow() != null);
        // Xvfb has no window manager to maximize it.
        robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell()
                .setBounds(PlatformUI.getWorkbench().getDisplay().getPrimaryMonitor().getClientArea()));
        return workbench;
    }
}
