package org.opsbench.cases.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.swtchart.Range;
import org.eclipse.ui.part.ViewPart;
import org.opsbench.cases.CaseAccess;
import org.opsbench.cases.DashboardChart;
import org.opsbench.cases.DashboardCharts;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * The service manager's dashboard: every chart contributed to {@code org.opsbench.cases.dashboardCharts}
 * (the built-in ones: open cases by severity, missed deadlines per week, mean times to respond and to
 * resolve), drawn with SWTChart. Read in a job, again whenever a case changes.
 */
public final class DashboardView extends ViewPart {

    public static final String ID = "org.opsbench.cases.ui.dashboard";
    /** How many weeks the charts show, the current one last. */
    static final int WEEKS = 12;
    /** Colours of the series, in turn. */
    private static final int[][] PALETTE = { { 0x4a, 0x7f, 0xc1 }, { 0xd0, 0x4a, 0x4a }, { 0x2e, 0x8b, 0x57 }, { 0xe0, 0x8a, 0x1e },
            { 0x7b, 0x52, 0xab } };

    private final Runnable onChange = this::load;
    private Composite grid;
    /** What shows each chart (a chart, or a label saying why it could not be read), by chart id. */
    private final Map<String, Control> shown = new LinkedHashMap<>();

    @Override
    public void createPartControl(Composite parent) {
        grid = new Composite(parent, SWT.NONE);
        grid.setLayout(new GridLayout(3, true));
        CaseEvents.listen(onChange);
        load();
    }

    /** Reads the figures in a job, then draws them. */
    void load() {
        if (grid == null || grid.isDisposed()) {
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        Job.create(Messages.dashboardLoading, (IProgressMonitor monitor) -> {
            // A customer's staff see their own organisation's figures.
            Long scope = CaseAccess.of(ServiceDesk.database(), ServiceDesk.user().getLogin()).customerScope();
            List<DashboardCharts.Drawn> drawn = DashboardCharts.draw(new DashboardChart.Scope(ServiceDesk.database(), Instant.now(), zone,
                    WEEKS, scope));
            grid.getDisplay().asyncExec(() -> show(drawn));
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(List<DashboardCharts.Drawn> drawn) {
        if (grid.isDisposed()) {
            return;
        }
        boolean sameCharts = shown.keySet().equals(drawn.stream().map(d -> d.chart().id()).collect(java.util.stream.Collectors.toSet()))
                && drawn.stream().allMatch(d -> d.figure() != null == shown.get(d.chart().id()) instanceof Chart);
        if (!sameCharts) {
            shown.values().forEach(Control::dispose);
            shown.clear();
            for (DashboardCharts.Drawn d : drawn) {
                Control control = d.figure() != null ? new Chart(grid, SWT.NONE) : new Label(grid, SWT.WRAP);
                control.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
                shown.put(d.chart().id(), control);
            }
            grid.layout(true);
        }
        int position = 0;
        for (DashboardCharts.Drawn d : drawn) {
            Control control = shown.get(d.chart().id());
            if (control instanceof Chart chart) {
                draw(chart, d.figure(), position++);
            } else {
                ((Label) control).setText(d.failure());
                position++;
            }
        }
    }

    /** Draws a figure; its series take the palette's colours from its {@code position} on, so that neighbours differ. */
    private static void draw(Chart chart, DashboardChart.Figure figure, int position) {
        chart.getTitle().setText(figure.title());
        chart.getAxisSet().getXAxis(0).getTitle().setText(figure.xTitle());
        chart.getAxisSet().getYAxis(0).getTitle().setText(figure.yTitle());
        chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(45);
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        int colour = position;
        for (DashboardChart.Series s : figure.series()) {
            int[] rgb = PALETTE[colour++ % PALETTE.length];
            Color color = new Color(rgb[0], rgb[1], rgb[2]);
            if (figure.style() == DashboardChart.Style.BARS) {
                IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, s.id());
                series.setYSeries(s.values());
                series.setBarColor(color);
                series.setDescription(s.name());
            } else {
                ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, s.id());
                series.setYSeries(s.values());
                series.setLineColor(color);
                series.setSymbolColor(color);
                series.setDescription(s.name());
            }
        }
        chart.getAxisSet().getXAxis(0).setCategorySeries(figure.categories().toArray(String[]::new));
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getLegend().setVisible(figure.series().size() > 1);
        chart.getAxisSet().adjustRange();
        if (figure.style() == DashboardChart.Style.BARS) {
            // Counts start at zero; with nothing to count the axis still shows 0 to 1, not -1 to 1.
            double top = figure.series().stream().flatMapToDouble(s -> Arrays.stream(s.values())).max().orElse(0);
            chart.getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(1, top * 1.1)));
        }
        chart.redraw();
    }

    /** @return the charts' series values by chart title and series id, for tests */
    public double[] values(String chartTitle, String seriesId) {
        for (Control control : shown.values()) {
            if (control instanceof Chart chart && chart.getTitle().getText().equals(chartTitle)) {
                ISeries<?> series = chart.getSeriesSet().getSeries(seriesId);
                return series == null ? null : series.getYSeries();
            }
        }
        return null;
    }

    /** @return the text shown in place of each chart that could not be read, for tests */
    public List<String> failures() {
        return shown.values().stream().filter(Label.class::isInstance).map(c -> ((Label) c).getText()).toList();
    }

    @Override
    public void setFocus() {
        grid.setFocus();
    }

    @Override
    public void dispose() {
        CaseEvents.stopListening(onChange);
        super.dispose();
    }
}
