package com.example.opsbench.teamchat;

import java.time.Instant;
import java.util.List;

import org.opsbench.cases.DashboardChart;

/**
 * The dashboard chart "Security incidents per week": the cases of this plug-in's security-incident
 * type opened in each week the dashboard shows, of the one customer when the user is that
 * customer's staff.
 */
public final class SecurityIncidentChart implements DashboardChart {

    public static final String CASE_TYPE = "com.example.security-incident";

    @Override
    public Figure figure(Scope scope) {
        String jpql = "SELECT c.openedAt FROM ServiceCase c WHERE c.caseType = ?1 AND c.openedAt >= ?2 AND c.openedAt < ?3"
                + (scope.oneCustomer() ? " AND c.customer.persistentId = ?4" : "");
        Object[] parameters = scope.oneCustomer() ? new Object[] { CASE_TYPE, scope.from(), scope.before(), scope.customerId() }
                : new Object[] { CASE_TYPE, scope.from(), scope.before() };
        double[] perWeek = new double[scope.weeks()];
        for (Instant opened : scope.database().list(jpql, Instant.class, parameters)) {
            perWeek[scope.week(opened)]++;
        }
        return new Figure(Messages.get("chart.title"), Style.BARS, Messages.get("chart.week"), Messages.get("chart.incidents"),
                scope.weekLabels(), List.of(new Series("incidents", Messages.get("chart.incidents"), perWeek)), Quantity.COUNT);
    }
}
