package org.opsbench.topology.ui.internal.dnd;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.draw2d.geometry.Point;
import org.eclipse.gef.EditPartViewer;
import org.eclipse.gef.GraphicalEditPart;
import org.eclipse.gef.dnd.AbstractTransferDropTargetListener;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.TransferData;
import org.opsbench.model.OpsPackage;
import org.opsbench.topology.ui.internal.DiagramEditor;
import org.opsbench.ui.workbench.ModelReference;

/** Equipment dragged from the Service Network navigator onto the canvas: handed to the editor with the drop point. */
public final class EquipmentDropListener extends AbstractTransferDropTargetListener {

    private final DiagramEditor editor;

    public EquipmentDropListener(EditPartViewer viewer, DiagramEditor editor) {
        super(viewer, LocalSelectionTransfer.getTransfer());
        this.editor = editor;
    }

    /** @return the equipment items being dragged (customers, sites and anything else are ignored) */
    public static List<ModelReference> dragged() {
        List<ModelReference> equipment = new ArrayList<>();
        if (LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection selection) {
            for (Object element : selection) {
                ModelReference reference = Adapters.adapt(element, ModelReference.class);
                if (reference != null && reference.type() == OpsPackage.Literals.EQUIPMENT) {
                    equipment.add(reference);
                }
            }
        }
        return equipment;
    }

    /**
     * Enabled for equipment in a supported transfer type. GEF's own test asks the part under the pointer
     * for a target and a command for its request; no request stands for this drop (the editor places the
     * devices itself), so it would refuse every drop.
     */
    @Override
    public boolean isEnabled(DropTargetEvent event) {
        for (TransferData type : event.dataTypes) {
            if (getTransfer().isSupportedType(type)) {
                setCurrentEvent(event);
                event.currentDataType = type;
                return !dragged().isEmpty();
            }
        }
        return false;
    }

    @Override
    protected void handleDragOver() {
        getCurrentEvent().detail = DND.DROP_COPY;
        super.handleDragOver();
    }

    @Override
    protected void updateTargetRequest() {
        // the editor places the devices itself, at the drop point
    }

    @Override
    protected void handleDrop() {
        Point at = getDropLocation().getCopy();
        ((GraphicalEditPart) getViewer().getContents()).getFigure().translateToRelative(at);
        editor.dropEquipment(dragged(), at.x, at.y);
    }
}
