package org.opsbench.cases.ui.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IBarSeries;
import org.eclipse.swtchart.ILineSeries;
import org.eclipse.swtchart.ISeries;
import org.eclipse.swtchart.ISeries.SeriesType;
import org.eclipse.ui.part.ViewPart;
import org.opsbench.cases.CaseAccess;
import org.opsbench.cases.CaseStatistics;
import org.opsbench.ui.workbench.ServiceDesk;

/**
 * The service manager's dashboard: open cases by severity, missed deadlines per week, and the
 * mean times to respond and to resolve of the cases opened each week (SWTChart). Read in a job,
 * again whenever a case changes.
 */
public final class DashboardView extends ViewPart {

    public static final String ID = "org.opsbench.cases.ui.dashboard";
    /** How many weeks the charts show, the current one last. */
    static final int WEEKS = 12;

    private final Runnable onChange = this::load;
    private Chart open;
    private Chart breaches;
    private Chart times;

    @Override
    public void createPartControl(Composite parent) {
        parent.setLayout(new GridLayout(3, true));
        open = chart(parent, Messages.dashboardOpen, Messages.dashboardSeverity, Messages.dashboardCases);
        breaches = chart(parent, Messages.dashboardBreaches, Messages.dashboardWeek, Messages.dashboardCases);
        times = chart(parent, Messages.dashboardTimes, Messages.dashboardWeek, Messages.dashboardHours);
        CaseEvents.listen(onChange);
        load();
    }

    private static Chart chart(Composite parent, String title, String xTitle, String yTitle) {
        Chart chart = new Chart(parent, SWT.NONE);
        chart.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        chart.getTitle().setText(title);
        chart.getAxisSet().getXAxis(0).getTitle().setText(xTitle);
        chart.getAxisSet().getYAxis(0).getTitle().setText(yTitle);
        chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(45);
        return chart;
    }

    /** Reads the figures in a job, then draws them. */
    void load() {
        if (open == null || open.isDisposed()) {
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        Job.create(Messages.dashboardLoading, (IProgressMonitor monitor) -> {
            // A customer's staff see their own organisation's figures.
            Long scope = CaseAccess.of(ServiceDesk.database(), ServiceDesk.user().getLogin()).customerScope();
            CaseStatistics.Dashboard dashboard = CaseStatistics.dashboard(ServiceDesk.database(), Instant.now(), zone, WEEKS, scope);
            open.getDisplay().asyncExec(() -> show(dashboard));
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(CaseStatistics.Dashboard dashboard) {
        if (open.isDisposed()) {
            return;
        }
        List<String> severities = List.copyOf(dashboard.openBySeverity().keySet());
        bars(open, "open", severities, severities.stream().mapToDouble(s -> dashboard.openBySeverity().get(s)).toArray(),
                new Color(0x4a, 0x7f, 0xc1));
        DateTimeFormatter day = DateTimeFormatter.ofPattern("M/d");
        List<String> weeks = dashboard.weeks().stream().map(w -> day.format(w.monday())).toList();
        bars(breaches, "breaches", weeks, dashboard.weeks().stream().mapToDouble(CaseStatistics.Week::breaches).toArray(),
                new Color(0xd0, 0x4a, 0x4a));
        for (ISeries<?> series : times.getSeriesSet().getSeries()) {
            times.getSeriesSet().deleteSeries(series.getId());
        }
        line(times, Messages.dashboardRespond, dashboard.weeks().stream().mapToDouble(w -> w.meanRespondHours() == null ? 0
                : w.meanRespondHours()).toArray(), new Color(0x2e, 0x8b, 0x57));
        line(times, Messages.dashboardResolve, dashboard.weeks().stream().mapToDouble(w -> w.meanResolveHours() == null ? 0
                : w.meanResolveHours()).toArray(), new Color(0xe0, 0x8a, 0x1e));
        times.getAxisSet().getXAxis(0).setCategorySeries(weeks.toArray(String[]::new));
        times.getAxisSet().getXAxis(0).enableCategory(true);
        times.getAxisSet().adjustRange();
        times.redraw();
    }

    private static void bars(Chart chart, String id, List<String> categories, double[] values, Color color) {
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, id);
        series.setYSeries(values);
        series.setBarColor(color);
        chart.getAxisSet().getXAxis(0).setCategorySeries(categories.toArray(String[]::new));
        chart.getAxisSet().getXAxis(0).enableCategory(true);
        chart.getLegend().setVisible(false);
        chart.getAxisSet().adjustRange();
        // Counts start at zero; with nothing to count the axis still shows 0 to 1, not -1 to 1.
        double top = java.util.Arrays.stream(values).max().orElse(0);
        chart.getAxisSet().getYAxis(0).setRange(new org.eclipse.swtchart.Range(0, Math.max(1, top * 1.1)));
        chart.redraw();
    }

    private static void line(Chart chart, String id, double[] values, Color color) {
        ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, id);
        series.setYSeries(values);
        series.setLineColor(color);
        series.setSymbolColor(color);
    }

    /** @return the charts' series values by chart title and series id, for tests */
    public double[] values(String chartTitle, String seriesId) {
        for (Chart chart : List.of(open, breaches, times)) {
            if (chart.getTitle().getText().equals(chartTitle)) {
                ISeries<?> series = chart.getSeriesSet().getSeries(seriesId);
                return series == null ? null : series.getYSeries();
            }
        }
        return null;
    }

    @Override
    public void setFocus() {
        open.setFocus();
    }

    @Override
    public void dispose() {
        CaseEvents.stopListening(onChange);
        super.dispose();
    }
}
