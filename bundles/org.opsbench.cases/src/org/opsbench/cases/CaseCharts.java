package org.opsbench.cases;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

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
                            open.values().stream().mapToDouble(Long::doubleValue).toArray())));
        }
    }

    /** Breaches per week: the deadlines missed that fell due in each week. */
    public static final class BreachesPerWeek implements DashboardChart {

        @Override
        public Figure figure(Scope scope) {
            List<CaseStatistics.Week> weeks = weeks(scope);
            return new Figure(Messages.format("chartBreaches"), Style.BARS, Messages.format("chartWeek"), Messages.format("chartCases"),
                    mondays(weeks), List.of(new Series("breaches", Messages.format("chartCases"), values(weeks, CaseStatistics.Week::breaches))));
        }
    }

    /** Mean hours to respond and to resolve of the cases opened in each week (0 for a week without any). */
    public static final class MeanTimes implements DashboardChart {

        @Override
        public Figure figure(Scope scope) {
            List<CaseStatistics.Week> weeks = weeks(scope);
            return new Figure(Messages.format("chartTimes"), Style.LINES, Messages.format("chartWeek"), Messages.format("chartHours"),
                    mondays(weeks), List.of(
                            new Series("respond", Messages.format("chartRespond"),
                                    values(weeks, w -> w.meanRespondHours() == null ? 0 : w.meanRespondHours())),
                            new Series("resolve", Messages.format("chartResolve"),
                                    values(weeks, w -> w.meanResolveHours() == null ? 0 : w.meanResolveHours()))));
        }
    }

    private static List<CaseStatistics.Week> weeks(DashboardChart.Scope scope) {
        return CaseStatistics.weeks(scope.database(), scope.now(), scope.zone(), scope.weeks(), scope.customerId());
    }

    private static List<String> mondays(List<CaseStatistics.Week> weeks) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("M/d");
        return weeks.stream().map(w -> day.format(w.monday())).toList();
    }

    private static double[] values(List<CaseStatistics.Week> weeks, ToDoubleFunction<CaseStatistics.Week> value) {
        return weeks.stream().mapToDouble(value).toArray();
    }
}
