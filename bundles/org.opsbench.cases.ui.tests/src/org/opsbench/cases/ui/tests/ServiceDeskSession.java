package org.opsbench.cases.ui.tests;

import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.testing.RunningWorkbench;
import org.opsbench.testing.SwtRobot;

/** The workbench started on the sample data with a user (admin unless told) logged in, as the case UI tests need it. */
final class ServiceDeskSession {

    final RunningWorkbench workbench;
    final SwtRobot robot;

    /**
     * @param loginTitle  the login dialog's title in the language the test runs in
     * @param loadedText  the start of its "sample data loaded" message
     * @param loginButton the login button's label
     */
    ServiceDeskSession(String loginTitle, String loadedText, String loginButton) throws Exception {
        this(loginTitle, loadedText, loginButton, "admin");
    }

    /** @param login a user of the sample data; they all have the administrator's password */
    ServiceDeskSession(String loginTitle, String loadedText, String loginButton, String login) throws Exception {
        workbench = RunningWorkbench.withSampleData().logIn(loginTitle, loadedText, loginButton, login,
                SampleDataLoader.SAMPLE_ADMIN_PASSWORD);
        robot = workbench.robot();
    }

    void showView(String id) {
        robot.onUi(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(id);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    void close() throws Exception {
        workbench.close();
    }
}
