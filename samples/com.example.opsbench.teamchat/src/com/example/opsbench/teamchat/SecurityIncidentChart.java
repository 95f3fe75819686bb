package com.example.opsbench.teamchat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
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
        LocalDate thisMonday = LocalDate.ofInstant(scope.now(), scope.zone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(scope.weeks() - 1L);
        Instant from = firstMonday.atStartOfDay(scope.zone()).toInstant();
        Instant before = thisMonday.plusWeeks(1).atStartOfDay(scope.zone()).toInstant();
        String jpql = "SELECT c.openedAt FROM ServiceCase c WHERE c.caseType = ?1 AND c.openedAt >= ?2 AND c.openedAt < ?3"
                + (scope.oneCustomer() ? " AND c.customer.persistentId = ?4" : "");
        Object[] parameters = scope.oneCustomer() ? new Object[] { CASE_TYPE, from, before, scope.customerId() }
                : new Object[] { CASE_TYPE, from, before };
        double[] perWeek = new double[scope.weeks()];
        for (Instant opened : scope.database().list(jpql, Instant.class, parameters)) {
            perWeek[(int) ChronoUnit.WEEKS.between(firstMonday, LocalDate.ofInstant(opened, scope.zone()))]++;
        }
        List<String> weeks = new ArrayList<>();
        DateTimeFormatter day = DateTimeFormatter.ofPattern("M/d");
        for (int i = 0; i < scope.weeks(); i++) {
            weeks.add(day.format(firstMonday.plusWeeks(i)));
        }
        return new Figure(Messages.get("chart.title"), Style.BARS, Messages.get("chart.week"), Messages.get("chart.incidents"), weeks,
                List.of(new Series("incidents", Messages.get("chart.incidents"), perWeek)));
    }
}
