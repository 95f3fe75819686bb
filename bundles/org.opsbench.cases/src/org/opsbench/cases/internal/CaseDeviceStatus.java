package org.opsbench.cases.internal;


import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.opsbench.cases.model.EscalationPlan;
import org.opsbench.cases.model.SeverityLevel;
import org.opsbench.persistence.Database;
import org.opsbench.persistence.ModelSession;
import org.opsbench.topology.DeviceStatusProvider;

/**
 * The open cases of the equipment a diagram's devices stand for, as a badge with the highest
 * severity: what case management tells the topology editor through
 * {@code org.opsbench.topology.deviceStatus}. Loaded only when topology is installed (the bundle
 * requires it optionally).
 */
public final class CaseDeviceStatus implements DeviceStatusProvider {

    /** Cases named in a badge's description, the most severe and newest first. */
    private static final int LISTED = 5;

    private record Open(String number, String title, String severity, int rank) {
    }

    @Override
    public Map<Long, Status> statuses(Database database, Collection<Long> equipmentIds, Long customerScope) {
        Map<Long, List<String>> levelsByPlan = new HashMap<>();
        try (ModelSession session = database.openSession()) {
            for (EscalationPlan plan : session.readAll(EscalationPlan.class, null)) {
                levelsByPlan.put(((org.opsbench.model.base.PersistentObject) plan).getPersistentId(), plan.getScheme() == null ? List.of()
                        : plan.getScheme().getLevels().stream().map(SeverityLevel::getCode).toList());
            }
        }
        String scope = customerScope == null ? "" : " AND c.customer.persistentId = " + customerScope; // a long: nothing to escape
        Map<Long, List<Open>> byEquipment = new LinkedHashMap<>();
        for (List<Long> chunk : Ids.chunks(new ArrayList<>(equipmentIds))) {
            for (Object[] r : database.list("SELECT c.equipment.persistentId, c.number, c.title, c.severity, p.persistentId"
                    + " FROM ServiceCase c LEFT JOIN c.plan p WHERE c.closedAt IS NULL AND c.equipment.persistentId IN ?1" + scope
                    + " ORDER BY c.openedAt DESC", Object[].class, chunk)) {
                List<String> levels = levelsByPlan.getOrDefault((Long) r[4], List.of());
                int rank = levels.indexOf((String) r[3]);
                byEquipment.computeIfAbsent((Long) r[0], id -> new ArrayList<>())
                        .add(new Open((String) r[1], (String) r[2], (String) r[3], rank < 0 ? Integer.MAX_VALUE / 2 : rank));
            }
        }
        Map<Long, Status> statuses = new LinkedHashMap<>();
        byEquipment.forEach((equipmentId, open) -> {
            List<Open> ordered = new ArrayList<>(open);
            ordered.sort(java.util.Comparator.comparingInt(Open::rank)); // stable: newest first within a severity
            Open worst = ordered.get(0);
            StringBuilder description = new StringBuilder(Messages.format("deviceCases", open.size()));
            ordered.stream().limit(LISTED).forEach(o -> description.append('\n').append(o.number()).append(' ').append(o.severity())
                    .append(' ').append(o.title() == null ? "" : o.title()));
            statuses.put(equipmentId, new Status(Messages.format("deviceBadge", worst.severity(), open.size()), worst.rank(),
                    description.toString()));
        });
        return statuses;
    }
}
