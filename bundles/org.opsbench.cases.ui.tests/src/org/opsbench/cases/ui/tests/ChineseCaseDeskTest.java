package org.opsbench.cases.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Locale;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.cases.ui.internal.CaseListView;
import org.opsbench.model.Coverage;
import org.opsbench.testing.SwtRobot;
import org.opsbench.ui.workbench.ServiceDesk;

/** Started with -nl zh_CN (its own test run, see pom.xml): the case views and the intake dialog speak Chinese. */
@Tag("zh_CN")
class ChineseCaseDeskTest {

    private static ServiceDeskSession session;
    private static SwtRobot robot;

    @BeforeAll
    static void start() throws Exception {
        assertEquals("zh", Locale.getDefault().getLanguage(), "this test runs with -nl zh_CN");
        session = new ServiceDeskSession("登录 OpsBench", "示例数据已载入。", "登录");
        robot = session.robot;
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
    }

    @Test
    void theCaseListAndTheIntakeDialogAreChinese() {
        String contract = ServiceDesk.database().list("SELECT k.number FROM Customer c JOIN c.contracts k WHERE k.coverage = ?1"
                + " ORDER BY k.number", String.class, Coverage.SEVEN_BY_TWENTY_FOUR).get(0);
        session.showView(CaseListView.ID);
        robot.button("我的工单");
        // The sample data's open cases, all shown (closed ones are not, until asked for).
        long open = ServiceDesk.database().list("SELECT COUNT(c) FROM ServiceCase c WHERE c.closedAt IS NULL", Long.class).get(0);
        robot.shows(open + " / " + open + " 个工单");
        robot.screenshot("zh-case-list");
        robot.click(robot.toolItem("新建工单..."));
        Shell intake = robot.shell("新建工单");
        robot.shows("按电话、合同号、设备序列号、客户名称或联系人姓名查找来电人（回车），描述问题并选择工程师。");
        robot.type(robot.text("intake.caller"), contract);
        Table matches = robot.table("intake.matches");
        robot.waitFor("the contract among the matches", () -> Arrays.stream(matches.getItems()).anyMatch(i -> i.getText().contains(contract)));
        Table engineers = robot.table("assign.engineers");
        robot.waitFor("engineer suggestions", () -> engineers.getItemCount() > 0);
        assertEquals(java.util.List.of("工程师", "理由"),
                robot.onUi(() -> Arrays.stream(engineers.getColumns()).map(TableColumn::getText).toList()));
        String reason = robot.onUi(() -> engineers.getItem(0).getText(1));
        assertTrue(reason.contains("同一办事处") || reason.contains("大区"), reason);
        robot.find("the Chinese caller label", Label.class, l -> l.getText().equals("来电人："));
        robot.screenshot("zh-case-intake");
        robot.click(robot.button(intake, "取消"));
        robot.shellClosed("新建工单");
    }

    @Test
    void aCaseWithACutOffLogSaysSoInChineseWhenOpened() throws Exception {
        org.opsbench.persistence.Database database = ServiceDesk.database();
        String contract = database.list("SELECT k.number FROM Customer c JOIN c.contracts k ORDER BY k.number", String.class).get(1);
        org.opsbench.cases.CaseDesk desk = new org.opsbench.cases.CaseDesk(database, "admin");
        org.opsbench.cases.CaseDesk.Opened opened = desk.open(new org.opsbench.cases.CaseDesk.Intake("hotline",
                new org.opsbench.cases.CallerLookup(database).find(contract).get(0), "防火墙策略无法下发", null, null, "P3",
                org.opsbench.cases.model.CaseKind.DEFECT, org.opsbench.cases.model.DefectClass.TECHNICAL, null), java.time.Instant.now());
        try (java.sql.Connection connection = database.dataSource().getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            assertEquals(1, statement.executeUpdate("DELETE FROM OB_ACTIVITY WHERE IN_SERVICE_CASE_ACTIVITIES = " + opened.id()
                    + " AND ORDINAL = (SELECT MAX(ORDINAL) FROM OB_ACTIVITY WHERE IN_SERVICE_CASE_ACTIVITIES = " + opened.id() + ")"));
        }
        robot.onUi(() -> {
            try {
                org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                        .openEditor(new org.opsbench.cases.ui.internal.CaseEditorInput(opened.id(), opened.number()),
                                org.opsbench.cases.ui.internal.CaseEditor.ID);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        Label broken = robot.find("the broken-log warning", Label.class,
                l -> org.opsbench.cases.ui.internal.CaseEditor.LOG_BROKEN_ID.equals(l.getData(SwtRobot.ID)));
        robot.waitFor("the warning filled in", () -> broken.isVisible() && !broken.getText().isBlank());
        String text = robot.onUi(broken::getText);
        assertTrue(text.startsWith("活动日志未通过校验：工单 " + opened.number() + "，第 ") && text.contains("条记录：该记录缺失"), text);
        robot.screenshot("zh-case-log-broken");
    }

    /** The chapter on cases in Chinese, with the Chinese pictures where the tests take them. */
    @Test
    void theUserGuidesChapterOnCasesIsChinese() {
        org.eclipse.swt.widgets.Shell window = robot.onUi(() -> org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        assertEquals(5, org.opsbench.testing.UserGuide.showChapter(robot, window, new String[] { "帮助", "帮助内容" },
                new String[] { "OpsBench 用户指南", "工单管理" }, "接听来电"));
        robot.screenshot("zh-help-cases");
    }
}
