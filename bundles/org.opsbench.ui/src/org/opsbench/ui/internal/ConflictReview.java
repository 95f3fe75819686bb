package org.opsbench.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.model.validation.ModelRules;

/** What differs between my edited aggregate and the version somebody else saved, line by line. */
final class ConflictReview {

    private static final int MAX_LINES = 20;

    private ConflictReview() {
    }

    static List<String> differences(EObject mine, EObject theirs) {
        Map<Long, EObject> theirsById = new HashMap<>();
        index(theirs, theirsById);
        theirs.eAllContents().forEachRemaining(object -> index(object, theirsById));
        List<String> lines = new ArrayList<>();
        List<EObject> all = new ArrayList<>();
        all.add(mine);
        mine.eAllContents().forEachRemaining(all::add);
        for (EObject object : all) {
            EObject counterpart = object instanceof PersistentObject p && p.isPersistent() ? theirsById.remove(p.getPersistentId()) : null;
            if (counterpart == null) {
                lines.add(NLS.bind(Messages.conflictOnlyMine, ModelRules.label(object.eClass()), ModelRules.name(object)));
                continue;
            }
            for (EStructuralFeature feature : FormFeatures.of(object.eClass())) {
                String my = ModelLabels.value(object.eGet(feature));
                String their = ModelLabels.value(counterpart.eGet(feature));
                if (!Objects.equals(my, their)) {
                    lines.add(NLS.bind(Messages.conflictLine, new Object[] { ModelRules.name(object), ModelRules.label(feature),
                            my.isEmpty() ? "-" : my, their.isEmpty() ? "-" : their }));
                }
            }
        }
        for (EObject onlyTheirs : theirsById.values()) {
            lines.add(NLS.bind(Messages.conflictOnlyTheirs, ModelRules.label(onlyTheirs.eClass()), ModelRules.name(onlyTheirs)));
        }
        if (lines.size() > MAX_LINES) {
            int more = lines.size() - MAX_LINES;
            lines = new ArrayList<>(lines.subList(0, MAX_LINES));
            lines.add(NLS.bind(Messages.conflictMore, more));
        }
        return lines;
    }

    private static void index(EObject object, Map<Long, EObject> byId) {
        if (object instanceof PersistentObject persistent && persistent.isPersistent()) {
            byId.put(persistent.getPersistentId(), object);
        }
    }
}
