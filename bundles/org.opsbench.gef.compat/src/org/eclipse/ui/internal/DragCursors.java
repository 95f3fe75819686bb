package org.eclipse.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Cursor;
import org.eclipse.swt.widgets.Display;

/**
 * The workbench's docking cursors, removed from the platform, which GEF 3.2's flyout palette asks for
 * while the palette is dragged to the other side of the editor. The system's cursors stand in.
 */
public final class DragCursors {

    public static final int INVALID = 0;
    public static final int LEFT = 1;
    public static final int RIGHT = 2;
    public static final int TOP = 3;
    public static final int BOTTOM = 4;
    public static final int CENTER = 5;
    public static final int OFFSCREEN = 6;
    public static final int FASTVIEW = 7;

    private DragCursors() {
    }

    public static Cursor getCursor(int which) {
        return Display.getCurrent().getSystemCursor(which == INVALID ? SWT.CURSOR_NO : SWT.CURSOR_SIZEALL);
    }
}
