package org.opsbench.topology.ui.tests;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.opsbench.persistence.Database;
import org.opsbench.topology.DeviceStatusProvider;

/** A test plug-in's status: equipment whose serial number ends in 1 is out of warranty. */
public final class WarrantyStatus implements DeviceStatusProvider {

    @Override
    public Map<Long, Status> statuses(Database database, Collection<Long> equipmentIds, Long customerScope) {
        Map<Long, Status> statuses = new LinkedHashMap<>();
        for (Object[] row : database.list("SELECT e.persistentId, e.serialNumber FROM Equipment e WHERE e.persistentId IN ?1", Object[].class,
                equipmentIds)) {
            if (((String) row[1]).endsWith("1")) {
                statuses.put((Long) row[0], new Status("Warranty", 1, "Out of warranty: " + row[1]));
            }
        }
        return statuses;
    }
}
