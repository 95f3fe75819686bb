package org.opsbench.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.opsbench.core.contributions.ContributionReader;
import org.opsbench.cases.internal.Messages;

/**
 * The dashboard's charts, from the {@code org.opsbench.cases.dashboardCharts} extension point: the
 * built-in ones (open cases by severity, missed deadlines per week, mean times to respond and to
 * resolve) and whatever installed plug-ins add.
 */
public final class DashboardCharts {

    public static final String EXTENSION_POINT = "org.opsbench.cases.dashboardCharts";

    /** One installed chart. */
    public record Chart(String id, String name, int order, String contributor, DashboardChart chart) {
    }

    /** A chart as read for one scope: its figure, or why it could not be read. */
    public record Drawn(Chart chart, DashboardChart.Figure figure, String failure) {
    }

    private static final ContributionReader<Chart> READER = ContributionReader.of(EXTENSION_POINT, DashboardCharts::chart);

    private DashboardCharts() {
    }

    /** @return the installed charts in dashboard order; a duplicate id or a class that cannot be made is left out and logged */
    public static List<Chart> all() {
        List<Chart> charts = new ArrayList<>(READER.installed().stream().map(ContributionReader.Contribution::value).toList());
        charts.sort(Comparator.comparingInt(Chart::order).thenComparing(Chart::name));
        return List.copyOf(charts);
    }

    private static Chart chart(IConfigurationElement element) throws CoreException {
        String contributor = element.getContributor().getName();
        Object made = element.createExecutableExtension("class");
        if (!(made instanceof DashboardChart chart)) {
            throw new ContributionReader.Refused(Messages.format("chartNotAChart", element.getAttribute("id"), contributor,
                    made.getClass().getName()));
        }
        return new Chart(element.getAttribute("id"), ContributionReader.name(element), ContributionReader.order(element), contributor, chart);
    }

    /**
     * Reads every installed chart for {@code scope}, one after the other. A chart that fails is
     * returned with the reason instead of a figure, so that one broken plug-in leaves the others drawn.
     */
    public static List<Drawn> draw(DashboardChart.Scope scope) {
        List<Drawn> drawn = new ArrayList<>();
        for (Chart chart : all()) {
            try {
                DashboardChart.Figure figure = chart.chart().figure(scope);
                drawn.add(figure == null ? new Drawn(chart, null, Messages.format("chartEmpty", chart.name(), chart.contributor()))
                        : new Drawn(chart, figure, null));
            } catch (RuntimeException | LinkageError e) {
                System.getLogger(DashboardCharts.class.getName()).log(System.Logger.Level.WARNING,
                        Messages.format("chartFailed", chart.id(), chart.contributor(), e.toString()), e);
                drawn.add(new Drawn(chart, null, Messages.format("chartFailedShown", chart.name(), chart.contributor(),
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
            }
        }
        return drawn;
    }
}
