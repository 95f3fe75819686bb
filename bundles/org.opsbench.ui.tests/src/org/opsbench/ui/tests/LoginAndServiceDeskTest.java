package org.opsbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.testing.SwtRobot;
import org.opsbench.ui.internal.CustomersView;
import org.opsbench.ui.internal.LoginDialog;

/**
 * Through the real workbench, as a service engineer starts it on a new workspace:
 * sample data, login (a wrong password first), the Service Desk with its customers.
 * One workbench per test JVM, so the steps run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoginAndServiceDeskTest {

    private static RunningWorkbench workbench;
    private static SwtRobot robot;

    @BeforeAll
    static void start() throws Exception {
        workbench = RunningWorkbench.start("--sample-data");
        // The first start creates the database and the sample data: allow for it.
        robot = new SwtRobot(workbench.display(), Duration.ofSeconds(120));
    }

    @AfterAll
    static void close() throws Exception {
        workbench.close();
    }

    @Test
    @Order(1)
    void aWrongPasswordIsRefusedWithAClearMessageAndTheLoginIsKept() {
        Shell login = robot.shell("Log in to OpsBench");
        Text user = robot.text(LoginDialog.LOGIN_ID);
        robot.type(user, "admin");
        robot.type(robot.text(LoginDialog.PASSWORD_ID), "not-the-password");
        robot.click(robot.button("Log in"));
        robot.shows("Unknown login or wrong password. 4 more wrong attempts lock the account.");
        assertEquals("admin", robot.onUi(() -> user.getText()), "the login stays filled in");
        robot.screenshot("login-wrong-password");
        assertTrue(robot.onUi(login::isVisible));
    }

    @Test
    @Order(2)
    void theRightPasswordOpensTheServiceDeskWithTheCustomers() {
        robot.type(robot.text(LoginDialog.PASSWORD_ID), SampleDataLoader.SAMPLE_ADMIN_PASSWORD);
        robot.click(robot.button("Log in"));
        robot.shellClosed("Log in to OpsBench");
        Table customers = robot.table(CustomersView.TABLE_ID);
        robot.waitUntil("60 customers in the list", () -> customers.getItemCount() == 60,
                () -> customers.getItemCount() + " rows");
        robot.select(customers, "C-0002");
        String title = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText());
        assertTrue(title.startsWith("OpsBench - Administrator - embedded Derby at "), title);
        robot.screenshot("service-desk-customers");
    }
}
