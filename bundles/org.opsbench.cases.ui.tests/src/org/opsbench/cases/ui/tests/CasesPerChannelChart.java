package org.opsbench.cases.ui.tests;

import java.util.List;

import org.opsbench.cases.DashboardChart;

/** Plays a third party's dashboard chart: every case by the channel it came through, the customer's own when scoped. */
public final class CasesPerChannelChart implements DashboardChart {

    @Override
    public Figure figure(Scope scope) {
        String ofCustomer = scope.oneCustomer() ? " WHERE c.customer.persistentId = ?1" : "";
        List<Object[]> rows = scope.database().list("SELECT c.channel, COUNT(c) FROM ServiceCase c" + ofCustomer
                + " GROUP BY c.channel ORDER BY c.channel", Object[].class, scope.oneCustomer() ? new Object[] { scope.customerId() }
                        : new Object[0]);
        return new Figure("Cases per channel", Style.BARS, "Channel", "Cases", rows.stream().map(r -> (String) r[0]).toList(),
                List.of(new Series("cases", "Cases", rows.stream().mapToDouble(r -> ((Long) r[1]).doubleValue()).toArray())), Quantity.COUNT);
    }

    /** Plays a broken one: its figures cannot be read. */
    public static final class Broken implements DashboardChart {

        @Override
        public Figure figure(Scope scope) {
            throw new IllegalStateException("the depot service does not answer");
        }
    }
}
