package org.opsbench.cases.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.time.Instant;
import java.time.ZoneOffset;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Widget;
import org.opsbench.cases.CaseException;
import org.opsbench.core.text.LocalFormats;
import org.opsbench.persistence.ConcurrentChangeException;

/** Small things the case views share. */
final class Widgets {

    /** The key the workbench's test robot finds widgets by. */
    private static final String TEST_ID = "org.opsbench.testing.id";

    private Widgets() {
    }

    /** @return a column width that shows a date and time as {@link LocalFormats} writes them, in the control's font */
    static int timeWidth(Control control) {
        GC gc = new GC(control);
        try {
            // a long date and time of the user's language: two-digit day and hour, afternoon
            return gc.textExtent(LocalFormats.dateTime(Instant.parse("2026-12-27T22:59:00Z"), ZoneOffset.UTC)).x + 24;
        } finally {
            gc.dispose();
        }
    }

    /**
     * Gives a view's tool bar action one of the platform's icons (org.eclipse.ui's icons/full/...), so
     * that the tool bar shows icons with tool tips instead of words, and a toggle looks pressed.
     */
    static <A extends org.eclipse.jface.action.IAction> A icon(A action, String platformIcon) {
        try {
            action.setImageDescriptor(org.eclipse.jface.resource.ImageDescriptor.createFromURL(
                    new java.net.URI("platform:/plugin/org.eclipse.ui/icons/full/" + platformIcon).toURL()));
        } catch (java.net.URISyntaxException | java.net.MalformedURLException | IllegalArgumentException unknownScheme) {
            // Outside the platform (no platform: URLs) the action keeps its text.
        }
        return action;
    }

    static <W extends Widget> W id(W widget, String id) {
        widget.setData(TEST_ID, id);
        return widget;
    }

    /**
     * Shows why a case step was not saved: a rule's refusal as it is, a colleague's change with the
     * advice to repeat the step, anything else with its message. Nothing was stored in any case.
     */
    static void showRefusal(Shell shell, String caseNumber, Throwable problem) {
        Throwable cause = problem instanceof InvocationTargetException ite ? ite.getCause() : problem;
        String message = cause instanceof ConcurrentChangeException
                ? org.eclipse.osgi.util.NLS.bind(Messages.conflictMessage, caseNumber)
                : cause instanceof CaseException ? cause.getMessage() : String.valueOf(cause.getMessage());
        MessageDialog.openError(shell, Messages.refusedTitle, message);
    }
}
