package org.opsbench.topology;

import java.util.Collection;
import java.util.Map;

import org.opsbench.persistence.Database;

/**
 * What another installed feature knows about the equipment devices stand for - e.g. the open cases
 * of case management - contributed through {@code org.opsbench.topology.deviceStatus}, so that a
 * diagram shows it on the devices when that feature is installed and works without it.
 */
public interface DeviceStatusProvider {

    /**
     * One badge on a device: a short text, how urgent it is (0 the most urgent; the editor colours
     * and orders by it) and a longer description for the tooltip.
     */
    record Status(String badge, int urgency, String description) {
    }

    /**
     * Reads the statuses of the given equipment, off the UI thread.
     *
     * @param customerScope only this customer's data may be shown (a customer's staff), or null for all
     * @return a status per equipment id it knows something about; the others are left out
     */
    Map<Long, Status> statuses(Database database, Collection<Long> equipmentIds, Long customerScope);
}
