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
import org.opsbench.cases.ui.internal.CaseListView;
import org.opsbench.model.Coverage;
import org.opsbench.testing.SwtRobot;
import org.opsbench.ui.workbench.ServiceDesk;

/** Started with -nl zh_CN (its own test run, see pom.xml): the case views and the intake dialog speak Chinese. */
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
        robot.shows("0 / 0 个工单");
        robot.click(robot.toolItem("新建工单..."));
        Shell intake = robot.shell("新建工单");
        robot.shows("按电话、合同号、设备序列号或姓名查找来电人，描述问题并选择工程师。");
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
}
