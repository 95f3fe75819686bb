package org.opsbench.ui.tests;

import org.opsbench.testing.RunningWorkbench;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Tag;
import org.opsbench.persistence.SampleDataLoader;
import org.opsbench.testing.SwtRobot;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.opsbench.persistence.Directory;
import org.opsbench.persistence.Directory.Entry;
import org.opsbench.ui.internal.CustomersView;
import org.opsbench.ui.internal.DatabasePreferencePage;
import org.opsbench.ui.internal.NavigatorView;
import org.opsbench.ui.internal.OpsBenchDatabase;
import org.opsbench.ui.internal.LoginDialog;

/**
 * Started with -nl zh_CN (its own test run, see pom.xml): the login, its messages, the
 * menus, views and columns read in Simplified Chinese.
 */
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
@Tag("zh_CN")
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
    @org.junit.jupiter.api.Order(1)
    void loginMessagesMenusViewsAndColumnsAreChinese() {
        robot.shell("登录 OpsBench");
        // Started with --sample-data on an empty database: the dialog loads it and says how to log in.
        robot.shows("示例数据已载入。请以 admin 登录，密码为 opsbench-admin。");
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
        // Our views, and the platform's Properties and Progress views (our language fragments translate those).
        assertEquals(List.of("服务网络", "客户", "属性", "进度"), robot.onUi(() -> Arrays.stream(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().getViewReferences())
                .map(IViewReference::getPartName).toList()));
        // The window title in Chinese too: the user (the sample's Chinese administrator) and the database.
        String title = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText());
        assertTrue(title.startsWith("OpsBench - 系统管理员 - 嵌入式 Derby（"), title);
        assertEquals(List.of("文件", "编辑", "窗口", "帮助"), robot.onUi(() -> Arrays.stream(
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar().getItems())
                .map(item -> item.getText().replaceAll("\\(&.\\)", "")).toList()));
        robot.shows("60 个客户");
        assertEquals(true, robot.onUi(() -> Arrays.stream(customers.getItems()).anyMatch(row -> row.getText(2).equals("能源"))),
                "industries are shown by their Chinese names");
        robot.screenshot("zh-service-desk");

        // A layout saved by an English session brings its tab labels along; at start-up every view's tab
        // takes the label of this session's language again (as after a language switch and a restart).
        org.eclipse.ui.IWorkbenchWindow window = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow());
        org.eclipse.e4.ui.model.application.ui.basic.MPart customersTab = robot.onUi(() -> window
                .getService(org.eclipse.e4.ui.workbench.modeling.EModelService.class).findElements(
                        window.getService(org.eclipse.e4.ui.model.application.ui.basic.MWindow.class), CustomersView.ID,
                        org.eclipse.e4.ui.model.application.ui.basic.MPart.class, null,
                        org.eclipse.e4.ui.workbench.modeling.EModelService.ANYWHERE).get(0));
        robot.onUi(() -> customersTab.setLabel("Customers"));
        robot.onUi(() -> org.opsbench.ui.internal.ViewLabels.inTheUsersLanguage(window));
        assertEquals("客户", robot.onUi(customersTab::getLabel));
    }

    @Test
    @org.junit.jupiter.api.Order(2)
    void editorFormsValidationAndPreferencesAreChinese() {
        Directory directory = new Directory(OpsBenchDatabase.get());
        Entry region = directory.regions().get(0);
        Entry office = directory.offices(region.id()).get(0);
        Entry customer = directory.customers(office.id(), null).get(0);
        Tree navigator = robot.tree(NavigatorView.TREE_ID);
        robot.doubleClick(navigator, robot.select(navigator, region.name(), office.name(), customer.code() + "  " + customer.name()));
        Text name = robot.text("Customer.name");
        robot.waitUntil("the customer in the editor", () -> name.getText().equals(customer.name()), () -> "name: " + name.getText());
        robot.label("客户编号：");
        robot.label("行业：");
        robot.button("添加站点");
        robot.button("添加联系人");
        robot.type(name, "");
        robot.label("必须填写客户名称。");
        robot.shows("1 个问题：" + customer.code() + "：必须填写客户名称。");
        robot.screenshot("zh-customer-editor-invalid");
        Shell window = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        robot.menu(window, "编辑", "撤销在“客户名称”中的输入"); // says what it undoes
        robot.waitUntil("undo", () -> name.getText().equals(customer.name()), () -> "name: " + name.getText());

        robot.menu(window, "编辑", "首选项");
        // The dialog's title and buttons are the platform's, in Chinese from our language fragments.
        Shell preferences = robot.shell("首选项");
        robot.button(preferences, "应用并关闭");
        robot.button(preferences, "取消");
        Tree pages = robot.find("the preference pages", Tree.class,
                t -> Arrays.stream(t.getItems()).anyMatch(item -> item.getText().equals("数据库")));
        robot.select(pages, "数据库");
        robot.button("测试连接");
        robot.combo(DatabasePreferencePage.KIND_ID);
        robot.shows("此工作空间使用的数据库");
        robot.screenshot("zh-preferences-database");
        robot.button(preferences, "恢复默认值");
        robot.button(preferences, "应用");
        robot.click(robot.button(preferences, "取消"));
        robot.shellClosed("首选项");
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void softwareUpdatesAreChinese() throws Exception {
        org.eclipse.equinox.p2.core.IProvisioningAgent agent = org.eclipse.equinox.p2.ui.ProvisioningUI.getDefaultUI().getSession()
                .getProvisioningAgent();
        UpdateRepositoryFixture.ensureProfile(agent);
        UpdateRepositoryFixture.createRepository(org.opsbench.ui.update.internal.UpdateSites.configuredLocation());
        Shell window = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        robot.menu(window, "帮助", "检查更新");
        Shell information = robot.shell("信息");
        robot.shows("未找到更新。");
        robot.screenshot("zh-check-for-updates");
        robot.click(robot.button(information, "确定"));
        robot.shellClosed("信息");

        robot.menu(window, "帮助", "安装新软件");
        Shell install = robot.shell("安装");
        robot.shows("可用软件");
        robot.combo("使用"); // Work with
        robot.button(install, "全选");
        robot.find("the explanation that no site is selected", Tree.class, // There is no site selected.
                t -> Arrays.stream(t.getItems()).anyMatch(item -> item.getText().equals("未选择站点。")));
        robot.button(install, "添加");
        robot.screenshot("zh-install-new-software");
        robot.click(robot.button(install, "取消"));
        robot.shellClosed("安装");
    }

    @Test
    @org.junit.jupiter.api.Order(3)
    void theUserGuideIsChinese() {
        Shell window = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        robot.menu(window, "\u5e2e\u52a9", "\u5e2e\u52a9\u5185\u5bb9"); // 帮助 > 帮助内容
        Tree contents = robot.tree(org.opsbench.help.internal.HelpContentsView.TOC_ID);
        robot.select(contents, "OpsBench \u7528\u6237\u6307\u5357", "\u5171\u4eab\u6570\u636e\u5e93"); // 用户指南 > 共享数据库
        org.eclipse.swt.browser.Browser page = org.opsbench.testing.UserGuide.page(robot);
        robot.waitUntil("the Chinese page on the shared database",
                () -> org.opsbench.testing.UserGuide.text(page).contains("Derby \u7f51\u7edc\u670d\u52a1\u5668") // Derby 网络服务器
                        && org.opsbench.testing.UserGuide.picturesLoaded(page) == 1,
                () -> "page shows: " + org.opsbench.testing.UserGuide.text(page));
        robot.screenshot("zh-help-contents");
    }

    @Test
    @org.junit.jupiter.api.Order(4)
    void theServiceHealthIsChinese() {
        robot.onUi(() -> {
            try {
                return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(
                        org.opsbench.ui.internal.ServiceHealthView.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        org.eclipse.swt.widgets.Table health = robot.table(org.opsbench.ui.internal.ServiceHealthView.TABLE_ID);
        assertEquals(java.util.List.of("\u4efb\u52a1", "\u8ba1\u7b97\u673a", "\u4e0a\u6b21\u8fd0\u884c", "\u8017\u65f6",
                "\u8fde\u7eed\u5931\u8d25\u6b21\u6570", "\u4e0b\u6b21\u8fd0\u884c", "\u7ed3\u679c"), // 任务 计算机 上次运行 耗时 连续失败次数 下次运行 结果
                robot.onUi(() -> java.util.Arrays.stream(health.getColumns()).map(org.eclipse.swt.widgets.TableColumn::getText).toList()));
        robot.shows("opsbench-cli serve");
        robot.screenshot("zh-service-health");
    }
}
