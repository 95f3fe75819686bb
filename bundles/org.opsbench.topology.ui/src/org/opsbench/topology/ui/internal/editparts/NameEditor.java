package org.opsbench.topology.ui.internal.editparts;

import org.eclipse.draw2d.Label;
import org.eclipse.draw2d.geometry.Rectangle;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.tools.CellEditorLocator;
import org.eclipse.gef.tools.DirectEditManager;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/** Renaming a device or zone in place: a text box over its name label. */
public final class NameEditor extends DirectEditManager {

    public static final String TEST_ID = "diagram.nameEditor";

    private final String name;

    public NameEditor(GraphicalEditPart part, Label label, String name) {
        super(part, TextCellEditor.class, new CellEditorLocator() {
            @Override
            public void relocate(CellEditor editor) {
                Text text = (Text) editor.getControl();
                Rectangle bounds = label.getTextBounds().getCopy();
                label.translateToAbsolute(bounds);
                org.eclipse.swt.graphics.Point size = text.computeSize(SWT.DEFAULT, SWT.DEFAULT);
                text.setBounds(bounds.x - 4, bounds.y - 2, Math.max(size.x, bounds.width + 40), size.y);
            }
        });
        this.name = name;
    }

    @Override
    protected void initCellEditor() {
        getCellEditor().setValue(name);
        Text text = (Text) getCellEditor().getControl();
        text.setData("org.opsbench.testing.id", TEST_ID);
        text.selectAll();
    }
}
