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
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.IAxis;
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
    /** The values drawn, by chart title and series id. */
    private final Map<String, double[]> drawnValues = new java.util.HashMap<>();

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
                if (control instanceof Chart chart) {
                    chart.addListener(SWT.Resize, e -> {
                        labelCategoriesThatFit(chart);
                        chart.redraw();
                    });
                }
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
    private void draw(Chart chart, DashboardChart.Figure figure, int position) {
        double longest = figure.series().stream().flatMapToDouble(s -> Arrays.stream(s.values())).filter(Double::isFinite).max().orElse(0);
        // Durations in minutes or hours, whichever reads better; counts and other numbers as they are.
        DashboardChart.DurationScale scale = figure.quantity() == DashboardChart.Quantity.HOURS
                ? DashboardChart.DurationScale.forLongest(longest) : null;
        double factor = scale == null ? 1 : scale.perHour();
        chart.getTitle().setText(figure.title());
        chart.getAxisSet().getXAxis(0).getTitle().setText(figure.xTitle());
        chart.getAxisSet().getYAxis(0).getTitle().setText(scale == null ? figure.yTitle() : scale.title());
        for (ISeries<?> series : chart.getSeriesSet().getSeries()) {
            chart.getSeriesSet().deleteSeries(series.getId());
        }
        int colour = position;
        for (DashboardChart.Series s : figure.series()) {
            int[] rgb = PALETTE[colour++ % PALETTE.length];
            Color color = new Color(rgb[0], rgb[1], rgb[2]);
            double[] values = Arrays.stream(s.values()).map(v -> v * factor).toArray();
            if (figure.style() == DashboardChart.Style.BARS) {
                IBarSeries<?> series = (IBarSeries<?>) chart.getSeriesSet().createSeries(SeriesType.BAR, s.id());
                series.setYSeries(values);
                series.setBarColor(color);
                series.setDescription(s.name());
            } else {
                // A category without a value (NaN) is left out: the line breaks there, nothing is drawn at zero.
                List<int[]> runs = runsOfValues(values);
                for (int r = 0; r < runs.size(); r++) {
                    int[] run = runs.get(r);
                    ILineSeries<?> series = (ILineSeries<?>) chart.getSeriesSet().createSeries(SeriesType.LINE, r == 0 ? s.id() : s.id() + "#" + r);
                    series.setXSeries(java.util.stream.IntStream.range(run[0], run[1]).mapToDouble(i -> i - values.length + 1).toArray());
                    series.setYSeries(Arrays.copyOfRange(values, run[0], run[1]));
                    series.setLineColor(color);
                    series.setSymbolColor(color);
                    series.setDescription(s.name());
                    series.setVisibleInLegend(r == 0);
                }
            }
            drawnValues.put(figure.title() + "\n" + s.id(), values);
        }
        String[] categories = figure.categories().toArray(String[]::new);
        IAxis x = chart.getAxisSet().getXAxis(0);
        boolean bars = figure.style() == DashboardChart.Style.BARS;
        chart.getLegend().setVisible(figure.series().size() > 1);
        chart.getAxisSet().adjustRange();
        if (bars) {
            x.setCategorySeries(categories);
            x.enableCategory(true);
        } else {
            // Lines with gaps need each point at its own category: a numeric axis of positions, labelled
            // with the categories (a category axis would close the gaps up). The last category sits at 0,
            // so that it is labelled whatever step the axis takes.
            x.enableCategory(false);
            x.setRange(new Range(-categories.length + 0.5, 0.5));
            x.getTick().setFormat(new CategoryFormat(categories)); // ticks between weeks stay unlabelled
        }
        // Values start at zero; counts step in whole numbers; with nothing to show the axis still runs 0 to 1.
        chart.getAxisSet().getYAxis(0).setIntegerDataPointAxis(figure.quantity() == DashboardChart.Quantity.COUNT);
        chart.getAxisSet().getYAxis(0).setRange(new Range(0, Math.max(1, longest * factor * 1.15)));
        chart.setData(CATEGORIES, categories);
        labelCategoriesThatFit(chart);
        chart.redraw();
    }

    private static final String CATEGORIES = "dashboard.categories";

    /** Writes a numeric axis's whole positions as the categories at them (the last at 0), and nothing between. */
    private static final class CategoryFormat extends java.text.Format {
        private static final long serialVersionUID = 1L;
        private final String[] categories;

        CategoryFormat(String[] categories) {
            this.categories = categories.clone();
        }

        @Override
        public StringBuffer format(Object value, StringBuffer into, java.text.FieldPosition position) {
            double at = ((Number) value).doubleValue();
            long place = Math.round(at);
            long index = place + categories.length - 1;
            if (Math.abs(at - place) < 1e-6 && index >= 0 && index < categories.length) {
                into.append(categories[(int) index]);
            }
            return into;
        }

        @Override
        public Object parseObject(String text, java.text.ParsePosition position) {
            int index = java.util.Arrays.asList(categories).indexOf(text.substring(position.getIndex()));
            if (index < 0) {
                return null;
            }
            position.setIndex(text.length());
            return (double) (index - categories.length + 1);
        }
    }

    /** @return the [from, to) index ranges of consecutive finite values */
    static List<int[]> runsOfValues(double[] values) {
        List<int[]> runs = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= values.length; i++) {
            boolean value = i < values.length && Double.isFinite(values[i]);
            if (value && start < 0) {
                start = i;
            } else if (!value && start >= 0) {
                runs.add(new int[] { start, i });
                start = -1;
            }
        }
        return runs;
    }

    /**
     * Labels as many categories as fit side by side (every second week, every third ...), so that the
     * labels never overlap; again whenever the chart is resized.
     */
    private static void labelCategoriesThatFit(Chart chart) {
        String[] categories = (String[]) chart.getData(CATEGORIES);
        if (categories == null || categories.length == 0 || !chart.getAxisSet().getXAxis(0).isCategoryEnabled()) {
            return;
        }
        GC gc = new GC(chart);
        int widest;
        try {
            gc.setFont(chart.getAxisSet().getXAxis(0).getTick().getFont());
            widest = Arrays.stream(categories).mapToInt(c -> gc.textExtent(c).x).max().orElse(0) + 8;
        } finally {
            gc.dispose();
        }
        int plotWidth = Math.max(1, chart.getPlotArea().getSize().x);
        int every = Math.max(1, (int) Math.ceil(widest * categories.length / (double) plotWidth));
        String[] shown = new String[categories.length];
        for (int i = 0; i < categories.length; i++) {
            // counted from the newest, so that the current week is always labelled
            shown[i] = (categories.length - 1 - i) % every == 0 ? categories[i] : "";
        }
        chart.getAxisSet().getXAxis(0).getTick().setTickLabelAngle(0);
        chart.getAxisSet().getXAxis(0).setCategorySeries(shown);
    }

    /** @return the values drawn for a chart's series (NaN where a category has none), by chart title and series id, for tests */
    public double[] values(String chartTitle, String seriesId) {
        return drawnValues.get(chartTitle + "\n" + seriesId);
    }

    /** @return the value axis's title of a chart, by chart title, for tests */
    public String valueAxisTitle(String chartTitle) {
        return chart(chartTitle).getAxisSet().getYAxis(0).getTitle().getText();
    }

    /** @return the category labels a bar chart shows (empty where a label was left out to make room), for tests */
    public List<String> categoryLabels(String chartTitle) {
        return List.of(chart(chartTitle).getAxisSet().getXAxis(0).getCategorySeries());
    }

    /** @return whether a bar chart's category labels, side by side, fit the width of its plot (none overlaps), for tests */
    public boolean categoryLabelsFit(String chartTitle) {
        Chart chart = chart(chartTitle);
        String[] shown = chart.getAxisSet().getXAxis(0).getCategorySeries();
        GC gc = new GC(chart);
        try {
            gc.setFont(chart.getAxisSet().getXAxis(0).getTick().getFont());
            int widest = Arrays.stream(shown).mapToInt(c -> gc.textExtent(c).x).max().orElse(0);
            long labelled = Arrays.stream(shown).filter(c -> !c.isEmpty()).count();
            // each label has its own slot of the plot: the slots of the categories between it and the next one
            return labelled == 0 || widest <= chart.getPlotArea().getSize().x * (shown.length / (double) labelled) / shown.length;
        } finally {
            gc.dispose();
        }
    }

    /** @return the labels a chart's x axis writes at its ticks, for tests */
    public List<String> tickLabels(String chartTitle) {
        IAxis x = chart(chartTitle).getAxisSet().getXAxis(0);
        java.text.Format format = x.getTick().getFormat();
        return Arrays.stream(x.getTick().getTickLabelValues()).mapToObj(v -> format == null ? String.valueOf(v) : format.format(v)).toList();
    }

    private Chart chart(String title) {
        return shown.values().stream().filter(c -> c instanceof Chart chart && chart.getTitle().getText().equals(title)).map(Chart.class::cast)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("No chart \"" + title + "\""));
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
