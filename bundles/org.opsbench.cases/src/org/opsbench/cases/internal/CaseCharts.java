package org.opsbench.cases.internal;

import org.opsbench.cases.CaseStatistics;
import org.opsbench.cases.DashboardChart;

import java.util.List;
import java.util.Map;

/**
 * The dashboard's built-in charts, contributed through {@code org.opsbench.cases.dashboardCharts}
 * like any plug-in's; {@link DashboardCharts} makes them, nothing calls them directly.
 */
public final class CaseCharts {

    private CaseCharts() {
    }

    /** Open cases by severity, every level of the default scheme shown. */
    public static final class OpenBySeverity implements DashboardChart {

        @Override
        public Figure figure(Scope scope) {
            Map<String, Long> open = CaseStatistics.openBySeverity(scope.database(), scope.customerId());
            return new Figure(Messages.format("chartOpen"), Style.BARS, Messages.format("chartSeverity"), Messages.format("chartCases"),
                    List.copyOf(open.keySet()), List.of(new Series("open", Messages.format("chartCases"),
                            open.values().stream().mapToDouble(Long::doubleValue).toArray())), Quantity.COUNT);
        }
    }

    /** Breaches per week: the deadlines missed that fell due in each week. */
    public static final class BreachesPerWeek implements DashboardChart {

        @Override
        public Figure figure(Scope scope) {
            double[] breaches = java.util.Arrays.stream(CaseStatistics.breachesPerWeek(scope)).asDoubleStream().toArray();
            return new Figure(Messages.format("chartBreaches"), Style.BARS, Messages.format("chartWeek"), Messages.format("chartCases"),
                    scope.weekLabels(), List.of(new Series("breaches", Messages.format("chartCases"), breaches)), Quantity.COUNT);
        }
    }

    /** Mean hours to respond and to resolve of the cases opened in each week (none for a week without any). */
    public static final class MeanTimes implements DashboardChart {

        @Override
        public Figure figure(Scope scope) {
            CaseStatistics.MeanTimes times = CaseStatistics.meanTimesPerWeek(scope);
            return new Figure(Messages.format("chartTimes"), Style.LINES, Messages.format("chartWeek"), Messages.format("chartHours"),
                    scope.weekLabels(), List.of(new Series("respond", Messages.format("chartRespond"), values(times.respondHours())),
                            new Series("resolve", Messages.format("chartResolve"), values(times.resolveHours()))), Quantity.HOURS);
        }
    }

    private static double[] values(Double[] hours) {
        return java.util.Arrays.stream(hours).mapToDouble(h -> h == null ? Double.NaN : h).toArray();
    }
}
