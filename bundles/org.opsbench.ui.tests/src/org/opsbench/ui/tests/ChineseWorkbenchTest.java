package org.opsbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.testing.SwtRobot;
import org.opsbench.ui.internal.CustomersView;
import org.opsbench.ui.internal.LoginDialog;

/**
 * Started with -nl zh_CN (its own test run, see pom.xml): the login, its messages, the
 * menus, views and columns read in Simplified Chinese.
 */
class ChineseWorkbenchTest {

    private static RunningWorkbench workbench;
    private static SwtRobot robot;

    @BeforeAll
    static void start() throws Exception {
        assertEquals("zh", Locale.getDefault().getLanguage(), "this test runs with -nl zh_CN");
        workbench = RunningWorkbench.withSampleData();
        robot = workbench.robot();
    }

    @AfterAll
    static void close() throws Exception {
        workbench.close();
    }

    @Test
    void loginMessagesMenusViewsAndColumnsAreChinese() {
        robot.shell("登录 OpsBench");
        robot.shows("请输入登录名和密码。");
        robot.button("取消");
        robot.type(robot.text(LoginDialog.LOGIN_ID), "admin");
        robot.type(robot.text(LoginDialog.PASSWORD_ID), "wrong-password");
        robot.click(robot.button("登录"));
        robot.shows("登录名不存在或密码错误。");
        robot.screenshot("zh-login-wrong-password");

        robot.type(robot.text(LoginDialog.PASSWORD_ID), SampleDataLoader.SAMPLE_ADMIN_PASSWORD);
        robot.click(robot.button("登录"));
        Table customers = robot.table(CustomersView.TABLE_ID);
        robot.waitUntil("the customers", () -> customers.getItemCount() == 60, () -> customers.getItemCount() + " rows");
        assertEquals(List.of("客户编号", "客户名称", "行业", "办事处"),
                robot.onUi(() -> Arrays.stream(customers.getColumns()).map(TableColumn::getText).toList()));
        assertEquals(List.of("服务网络", "客户"), robot.onUi(() -> Arrays.stream(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getViewReferences())
                .map(IViewReference::getPartName).toList()));
        assertEquals(List.of("文件", "编辑", "帮助"), robot.onUi(() -> Arrays.stream(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar().getItems())
                .map(item -> item.getText().replaceAll("\\(&.\\)", "")).toList()));
        robot.shows("60 个客户");
        assertEquals(true, robot.onUi(() -> Arrays.stream(customers.getItems()).anyMatch(row -> row.getText(2).equals("能源"))),
                "industries are shown by their Chinese names");
        robot.screenshot("zh-service-desk");
    }
}
