package org.opsbench.ui.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.opsbench.model.base.PersistentObject;
import org.opsbench.model.validation.ModelRules;
import org.opsbench.ui.internal.FormFeatures;
import org.opsbench.ui.internal.Messages;
import org.opsbench.ui.internal.ModelLabels;

/**
 * The review of a save that somebody else's save came before: what differs between my edited
 * aggregate and the stored one, field by field, and the one choice every editor offers, in one
 * order and wording: Reload theirs, Overwrite with mine, Cancel.
 */
public final class ConflictReview {

    /** What the user chose. */
    public enum Choice {
        /** Drop my changes and work on their version. */
        RELOAD,
        /** Give the stored version my state and save it. */
        OVERWRITE,
        /** Keep editing; nothing is saved. */
        CANCEL
    }

    private static final int MAX_LINES = 20;

    private ConflictReview() {
    }

    /** Shows the differences and asks; on the UI thread. */
    public static Choice ask(Shell shell, String message, EObject mine, EObject theirs) {
        String review = message + "\n\n" + String.join("\n", differences(mine, theirs));
        int choice = new MessageDialog(shell, Messages.conflictTitle, null, review, MessageDialog.WARNING, 2, Messages.conflictReload,
                Messages.conflictOverwrite, Messages.cancelButton).open();
        return choice == 0 ? Choice.RELOAD : choice == 1 ? Choice.OVERWRITE : Choice.CANCEL;
    }

    /** @return what differs, one line each (at most 20 and a count of the rest) */
    public static List<String> differences(EObject mine, EObject theirs) {
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
