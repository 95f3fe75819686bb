package org.opsbench.ui.internal;

import java.util.function.BiConsumer;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.ecore.EClass;

/** Tells views that an aggregate was saved, so lists and trees show it without a manual refresh. */
public final class ModelChanges {

    private static final ListenerList<BiConsumer<EClass, Long>> LISTENERS = new ListenerList<>();

    private ModelChanges() {
    }

    static void addListener(BiConsumer<EClass, Long> listener) {
        LISTENERS.add(listener);
    }

    static void removeListener(BiConsumer<EClass, Long> listener) {
        LISTENERS.remove(listener);
    }

    /** Called on the UI thread after a save. */
    public static void saved(EClass rootClass, long id) {
        for (BiConsumer<EClass, Long> listener : LISTENERS) {
            listener.accept(rootClass, id);
        }
    }
}
