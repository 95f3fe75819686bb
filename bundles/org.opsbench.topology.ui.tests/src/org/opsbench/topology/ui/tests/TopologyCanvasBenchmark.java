package org.opsbench.topology.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleSupplier;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.draw2d.FigureCanvas;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.editparts.ScalableFreeformRootEditPart;
import org.eclipse.gef.editparts.ZoomManager;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.opsbench.model.Customer;
import org.opsbench.persistence.ModelSession;
import org.opsbench.persistence.testing.Timings;
import org.opsbench.testing.RunningWorkbench;
import org.opsbench.testing.SwtRobot;
import org.opsbench.topology.DiagramEditing;
import org.opsbench.topology.DiagramLayout;
import org.opsbench.topology.model.Device;
import org.opsbench.topology.model.Diagram;
import org.opsbench.topology.model.Link;
import org.opsbench.topology.testing.BenchmarkNetworks;
import org.opsbench.topology.ui.internal.DiagramEditor;
import org.opsbench.topology.ui.internal.DiagramEditorInput;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * Benchmark harness (not part of the normal test run): the diagram editor on a laid-out diagram of
 * 2,000 devices and 3,000 links, in the workbench under Xvfb. Each step - open, a zoom step, a scroll
 * step - is timed from the change until the canvas has painted it; the baseline is a plain SWT canvas
 * of the same size painting the same boxes, names and lines with GC at the same zoom and scroll.
 * {@code ./mvnw verify -Pbenchmark -pl bundles/org.opsbench.topology.ui.tests} writes
 * target/benchmark-canvas.md. It asserts the sizes, never a time.
 */
@Tag("benchmark")
class TopologyCanvasBenchmark {

    private static final int DEVICES = 2000;
    private static final int LINKS = 3000;
    private static final int WARMUP = 2;
    private static final int ROUNDS = 5;
    private static final double[] ZOOMS = { 1.0, 0.5, 0.25, 0.5, 1.0, 1.5 };
    private static final int SCROLLS = 10;

    private SwtRobot robot;
    /** Set by the last paint listener of the canvas being measured. */
    private volatile boolean painted;

    @Test
    void zoomAndScrollALaidOutDiagramOf2000Devices() throws Exception {
        RunningWorkbench workbench = ServiceDeskLogin.asAdmin();
        robot = workbench.robot();
        try {
            long diagramId = storeLaidOut();
            double[] open = new double[WARMUP + ROUNDS];
            DiagramEditor editor = null;
            for (int round = 0; round < open.length; round++) {
                robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
                long start = System.nanoTime();
                robot.onUi(() -> {
                    try {
                        PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                                .openEditor(new DiagramEditorInput(diagramId, "Benchmark network"), DiagramEditor.ID);
                    } catch (org.eclipse.ui.PartInitException e) {
                        throw new IllegalStateException(e);
                    }
                });
                DiagramEditor opened = robot.onUi(() -> (DiagramEditor) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
                        .getActiveEditor());
                robot.waitUntil("the large diagram on the canvas", () -> opened.diagram() != null && !opened.isBusy(), () -> "loading");
                robot.onUi(() -> opened.viewer().getControl().update());
                open[round] = (System.nanoTime() - start) / 1e6;
                editor = opened;
            }
            DiagramEditor shown = editor;
            assertEquals(DEVICES, robot.onUi(() -> shown.diagram().getDevices().size()));
            assertEquals(DEVICES + LINKS + 1 + shown.diagram().getZones().size(),
                    robot.onUi(() -> shown.viewer().getEditPartRegistry().size()) - 1, "a part per device, link, zone and the diagram");

            FigureCanvas canvas = robot.onUi(() -> (FigureCanvas) shown.viewer().getControl());
            ZoomManager zoom = robot.onUi(() -> ((ScalableFreeformRootEditPart) shown.viewer().getRootEditPart()).getZoomManager());
            robot.onUi(() -> canvas.addListener(SWT.Paint, event -> painted = true));
            Rectangle extent = robot.onUi(() -> {
                org.eclipse.draw2d.geometry.Rectangle size = ((org.eclipse.draw2d.FreeformFigure) ((ScalableFreeformRootEditPart) shown.viewer()
                        .getRootEditPart()).getLayer(org.eclipse.gef.LayerConstants.PRINTABLE_LAYERS)).getFreeformExtent();
                return new Rectangle(size.x, size.y, size.width, size.height);
            });
            double[] zoomSteps = steps(canvas, i -> zoom.setZoom(ZOOMS[i % ZOOMS.length]), ZOOMS.length);
            robot.onUi(() -> zoom.setZoom(1.0));
            double[] scrollSteps = steps(canvas, i -> canvas.getViewport().setViewLocation(scrollPoint(extent, i)), SCROLLS);

            // The baseline: the same drawing with GC on a plain canvas, with no figures, parts or layout.
            Baseline baseline = robot.onUi(() -> new Baseline(shown.diagram(), canvas.getSize().x, canvas.getSize().y));
            double[] baseZoom = steps(baseline.canvas, i -> baseline.view(ZOOMS[i % ZOOMS.length], 0, 0), ZOOMS.length);
            double[] baseScroll = steps(baseline.canvas, i -> {
                Point at = scrollPoint(extent, i);
                baseline.view(1.0, at.x, at.y);
            }, SCROLLS);
            robot.onUi(() -> baseline.shell.dispose());

            StringBuilder report = new StringBuilder("# Diagram canvas benchmark\n\n").append(DEVICES).append(" devices, ").append(LINKS)
                    .append(" links, laid out (").append(extent.width).append(" x ").append(extent.height).append(" pixels at 100 %), canvas ")
                    .append(robot.onUi(() -> canvas.getSize().x)).append(" x ").append(robot.onUi(() -> canvas.getSize().y))
                    .append(" pixels, Xvfb. Each step is timed from the change until the canvas has painted it; ").append(ROUNDS)
                    .append(" measured rounds after ").append(WARMUP).append(" warm-up rounds, ms.\n\n")
                    .append("| step | editor median | editor p95 | plain GC canvas median | ratio |\n|---|---|---|---|---|\n");
            row(report, "open the diagram in the editor (read, parts, first paint)", tail(open), null);
            row(report, "zoom step (100, 50, 25, 50, 100, 150 %)", zoomSteps, baseZoom);
            row(report, "scroll step at 100 % (10 places across the diagram)", scrollSteps, baseScroll);
            Timings.write(report, "benchmark-canvas.md");
        } finally {
            robot.onUi(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().closeAllEditors(false));
            workbench.close();
        }
    }

    private long storeLaidOut() {
        try (ModelSession session = ServiceDesk.database().openSession()) {
            Diagram diagram = BenchmarkNetworks.provider(DEVICES, LINKS, 20);
            diagram.setCustomer(session.query("SELECT c FROM Customer c ORDER BY c.code", Customer.class).get(0));
            new DiagramEditing(diagram).place(DiagramLayout.compute(diagram, new NullProgressMonitor()));
            session.add(diagram);
            session.save();
            return ((org.opsbench.model.base.PersistentObject) diagram).getPersistentId();
        }
    }

    private static Point scrollPoint(Rectangle extent, int i) {
        int step = i % SCROLLS;
        return new Point(extent.x + extent.width * step / SCROLLS, extent.y + extent.height * ((step * 3) % SCROLLS) / SCROLLS);
    }

    /** Times {@code count} changes per round, each until the control has painted; returns the measured rounds' times. */
    private double[] steps(Canvas control, java.util.function.IntConsumer change, int count) {
        double[] times = new double[(WARMUP + ROUNDS) * count];
        for (int i = 0; i < times.length; i++) {
            int index = i;
            times[i] = robot.onUi((java.util.function.Supplier<Double>) () -> paintTime(control, () -> change.accept(index)));
        }
        return Arrays.copyOfRange(times, WARMUP * count, times.length);
    }

    private double paintTime(Canvas control, Runnable change) {
        Display display = control.getDisplay();
        painted = false;
        long start = System.nanoTime();
        change.run();
        control.update();
        while (!painted && System.nanoTime() - start < 10_000_000_000L) {
            display.readAndDispatch();
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double[] tail(double[] values) {
        return Arrays.copyOfRange(values, WARMUP, values.length);
    }

    private static void row(StringBuilder report, String step, double[] editor, double[] baseline) {
        double median = Timings.median(editor);
        report.append("| ").append(step).append(" | ").append(String.format("%.1f", median)).append(" | ")
                .append(String.format("%.1f", Timings.percentile(editor, 95))).append(" | ");
        if (baseline == null) {
            report.append(" |  |\n");
        } else {
            double base = Timings.median(baseline);
            report.append(String.format("%.1f", base)).append(" | ").append(String.format("%.1fx", median / base)).append(" |\n");
        }
    }

    /** A plain SWT canvas drawing the laid-out devices (box and name) and links with GC at a zoom and scroll offset. */
    private final class Baseline {
        final Shell shell;
        final Canvas canvas;
        private final int[][] boxes;
        private final String[] names;
        private final int[][] lines;
        private double scale = 1.0;
        private int originX;
        private int originY;

        Baseline(Diagram diagram, int width, int height) {
            List<Device> devices = diagram.getDevices();
            boxes = new int[devices.size()][];
            names = new String[devices.size()];
            for (int i = 0; i < boxes.length; i++) {
                Device device = devices.get(i);
                boxes[i] = new int[] { device.getX(), device.getY(), device.getWidth(), device.getHeight() };
                names[i] = device.getName();
            }
            lines = new int[diagram.getLinks().size()][];
            for (int i = 0; i < lines.length; i++) {
                Link link = diagram.getLinks().get(i);
                Device from = (Device) link.getSource().eContainer();
                Device to = (Device) link.getTarget().eContainer();
                lines[i] = new int[] { from.getX() + from.getWidth() / 2, from.getY() + from.getHeight() / 2, to.getX() + to.getWidth() / 2,
                        to.getY() + to.getHeight() / 2 };
            }
            shell = new Shell(Display.getCurrent());
            shell.setLayout(new org.eclipse.swt.layout.FillLayout());
            canvas = new Canvas(shell, SWT.DOUBLE_BUFFERED);
            canvas.addListener(SWT.Paint, event -> {
                event.gc.setBackground(event.display.getSystemColor(SWT.COLOR_WHITE));
                event.gc.fillRectangle(event.x, event.y, event.width, event.height);
                for (int[] line : lines) {
                    event.gc.drawLine(x(line[0]), y(line[1]), x(line[2]), y(line[3]));
                }
                for (int i = 0; i < boxes.length; i++) {
                    int[] box = boxes[i];
                    int w = (int) (box[2] * scale);
                    int h = (int) (box[3] * scale);
                    event.gc.fillRoundRectangle(x(box[0]), y(box[1]), w, h, 8, 8);
                    event.gc.drawRoundRectangle(x(box[0]), y(box[1]), w, h, 8, 8);
                    event.gc.drawText(names[i], x(box[0]) + 4, y(box[1]) + 8, true);
                }
            });
            canvas.addListener(SWT.Paint, event -> painted = true);
            shell.setSize(width, height);
            shell.open();
        }

        private int x(int modelX) {
            return (int) (modelX * scale) - originX;
        }

        private int y(int modelY) {
            return (int) (modelY * scale) - originY;
        }

        void view(double zoom, int scrollX, int scrollY) {
            scale = zoom;
            originX = scrollX;
            originY = scrollY;
            canvas.redraw();
        }
    }
}
