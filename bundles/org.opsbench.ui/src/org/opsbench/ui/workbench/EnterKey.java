package org.opsbench.ui.workbench;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * Enter in a field that acts on it (a search box, a list to confirm a choice in). In a dialog,
 * SWT gives Enter to the default button, and swallows it while that button is disabled, so the
 * field would never see it; here the field's action runs instead and the key goes no further.
 */
public final class EnterKey {

    private EnterKey() {
    }

    /** Runs {@code action} when Enter (or the keypad's Enter) is pressed in {@code control}. */
    public static void runs(Control control, Runnable action) {
        control.addListener(SWT.Traverse, event -> {
            if (event.detail == SWT.TRAVERSE_RETURN) {
                event.detail = SWT.TRAVERSE_NONE;
                event.doit = true; // taken: no default button, no second DefaultSelection
                action.run();
            }
        });
    }
}
