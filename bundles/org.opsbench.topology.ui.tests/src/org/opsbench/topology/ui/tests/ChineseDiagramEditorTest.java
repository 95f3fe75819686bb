package org.opsbench.topology.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.testing.RunningWorkbench;
import org.opsbench.testing.SwtRobot;
import org.opsbench.topology.Diagrams;
import org.opsbench.topology.ui.internal.DiagramActions;
import org.opsbench.topology.ui.internal.DiagramEditor;
import org.opsbench.topology.ui.internal.DiagramEditorInput;
import org.opsbench.ui.workbench.ServiceDesk;

/** The diagram editor in a workbench started in Simplified Chinese: palette, problems list and menus read in Chinese. */
@Tag("zh_CN")
class ChineseDiagramEditorTest {

    private static RunningWorkbench workbench;
    private static SwtRobot robot;

    @BeforeAll
    static void start() throws Exception {
        assertEquals("zh", Locale.getDefault().getLanguage(), "this test runs with -nl zh_CN");
        workbench = ServiceDeskLogin.asAdmin("登录 OpsBench", "示例数据已载入。", "登录");
        robot = workbench.robot();
    }

    @AfterAll
    static void close() throws Exception {
        robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
        workbench.close();
    }

    @Test
    void thePaletteTheProblemsListAndTheMenusAreChinese() {
        long customerId = ServiceDesk.database().listPage("SELECT c.persistentId FROM Customer c ORDER BY c.code", Long.class, 0, 1).get(0);
        long diagramId = Diagrams.create(ServiceDesk.database(), customerId, "泵站 3 号");
        // Before an editor opens, the Outline view says so in Chinese (our language fragment of org.eclipse.ui.views).
        robot.onUi(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView("org.eclipse.ui.views.ContentOutline");
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        robot.shows("当前没有可显示大纲的编辑器。");
        robot.onUi(() -> {
            try {
                PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                        .openEditor(new DiagramEditorInput(diagramId, "泵站 3 号"), DiagramEditor.ID);
            } catch (PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        robot.waitUntil("the diagram editor", () -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .getActiveEditor() instanceof DiagramEditor editor && editor.diagram() != null && !editor.isBusy(), () -> "opening");
        DiagramEditor editor = robot.onUi(() -> (DiagramEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                .getActiveEditor());
        for (String entry : List.of("选择", "框选", "链路", "路由器", "交换机", "上网行为管理网关", "区域", "站点")) {
            assertNotNull(robot.onUi(() -> ServiceDeskLogin.paletteEntry(editor.paletteViewer().getPaletteRoot(), entry)), "palette entry " + entry);
        }
        Table problems = robot.table(DiagramEditor.PROBLEMS_TABLE);
        assertEquals("本拓扑图中的问题（单击选中对应元素）", robot.onUi(() -> problems.getColumn(0).getText()));
        assertEquals("自动布局(&L)", robot.onUi(() -> editor.action(DiagramActions.LAYOUT).getText()));
        assertEquals("左对齐(&L)", robot.onUi(() -> editor.action(org.eclipse.gef.ui.actions.GEFActionConstants.ALIGN_LEFT).getText()));
        // The Diagram menu of the menu bar, shown with the editor.
        assertEquals(List.of("拓扑图(&D)", "自动布局(&L)", "直角链路(&R)", "地址规划(&P)...", "放大(&Z)", "缩小(&O)", "导入(&I)...", "导出(&E)..."),
                robot.onUi(() -> {
                    org.eclipse.swt.widgets.Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
                    bar.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
                    org.eclipse.swt.widgets.MenuItem diagram = java.util.Arrays.stream(bar.getItems())
                            .filter(item -> item.getText().startsWith("拓扑图")).findFirst().orElseThrow();
                    diagram.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
                    List<String> texts = new java.util.ArrayList<>(List.of(diagram.getText()));
                    java.util.Arrays.stream(diagram.getMenu().getItems()).filter(item -> (item.getStyle() & org.eclipse.swt.SWT.SEPARATOR) == 0)
                            .map(item -> item.getText().replaceAll("\t.*$", "")).forEach(texts::add);
                    return texts;
                }));
        robot.screenshot("zh-topology-editor");

        // The address plan in Chinese: its purposes, columns and the refusal naming the row.
        robot.contextMenu(robot.onUi(() -> editor.viewer().getControl()), "地址规划...");
        org.eclipse.swt.widgets.Shell plan = robot.shell("IP 地址规划");
        robot.click(robot.button(plan, "添加网段"));
        robot.type(robot.text("plan.cidr.1"), "10.3.0.0/33");
        robot.find("the refusal in Chinese", org.eclipse.swt.widgets.Text.class, t -> t.getText().strip().startsWith("第 1 行："));
        Table planTable = robot.table("plan.table");
        assertEquals(List.of("用途", "子网（CIDR）", "备注"), robot.onUi(() -> java.util.Arrays.stream(planTable.getColumns())
                .map(org.eclipse.swt.widgets.TableColumn::getText).toList()));
        robot.type(robot.text("plan.cidr.1"), "10.3.0.0/16");
        robot.screenshot("zh-topology-address-plan");
        robot.click(robot.button(plan, "取消"));
        robot.shellClosed("IP 地址规划");
    }

    /** The chapter on network diagrams in Chinese. */
    @Test
    void theUserGuidesChapterOnNetworkDiagramsIsChinese() {
        org.eclipse.swt.widgets.Shell window = robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
        assertEquals(2, org.opsbench.testing.UserGuide.showChapter(robot, window, new String[] { "帮助", "帮助内容" },
                new String[] { "OpsBench 用户指南", "网络拓扑图" }, "地址规划与问题"));
        robot.screenshot("zh-help-network-diagrams");
    }
}
