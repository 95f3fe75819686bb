package org.opsbench.cases.tests;

import java.util.ArrayList;
import java.util.List;

import org.opsbench.cases.DashboardChart;

/** Plays a third party's dashboard chart: the cases opened through each channel, of one customer when the scope says so. */
public final class CasesPerChannelChart implements DashboardChart {

    @Override
    public Figure figure(Scope scope) {
        String ofCustomer = scope.oneCustomer() ? " WHERE c.customer.persistentId = ?1" : "";
        Object[] parameters = scope.oneCustomer() ? new Object[] { scope.customerId() } : new Object[0];
        List<String> channels = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (Object[] row : scope.database().list("SELECT c.channel, COUNT(c) FROM ServiceCase c" + ofCustomer
                + " GROUP BY c.channel ORDER BY c.channel", Object[].class, parameters)) {
            channels.add((String) row[0]);
            counts.add(((Long) row[1]).doubleValue());
        }
        return new Figure("Cases per channel", Style.BARS, "Channel", "Cases", channels,
                List.of(new Series("cases", "Cases", counts.stream().mapToDouble(Double::doubleValue).toArray())));
    }

    /** Plays a broken one: its figures cannot be read. */
    public static final class Broken implements DashboardChart {

        @Override
        public Figure figure(Scope scope) {
            throw new IllegalStateException("the statistics server does not answer");
        }
    }
}
