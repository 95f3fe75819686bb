package org.opsbench.cases.ui.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

/** Tells open case views that cases or notifications changed (a step saved, an escalation recorded); they read again. */
final class CaseEvents {

    private static final List<Runnable> LISTENERS = new CopyOnWriteArrayList<>();

    private CaseEvents() {
    }

    /** @param listener runs on the UI thread */
    static void listen(Runnable listener) {
        LISTENERS.add(listener);
    }

    static void stopListening(Runnable listener) {
        LISTENERS.remove(listener);
    }

    /** May be called from any thread. */
    static void changed() {
        if (!PlatformUI.isWorkbenchRunning()) {
            return;
        }
        Display display = PlatformUI.getWorkbench().getDisplay();
        if (!display.isDisposed()) {
            display.asyncExec(() -> LISTENERS.forEach(Runnable::run));
        }
    }
}
