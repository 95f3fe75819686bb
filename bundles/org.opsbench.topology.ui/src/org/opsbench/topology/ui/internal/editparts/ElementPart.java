package org.opsbench.topology.ui.internal.editparts;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/** A device or zone on the canvas: redrawn whenever its model object changes (an edit, an undo, a layout). */
public abstract class ElementPart extends AbstractGraphicalEditPart {

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification change) {
            if (!change.isTouch()) {
                refreshVisuals();
            }
        }
    };

    public ElementPart(EObject element) {
        setModel(element);
    }

    @Override
    public void activate() {
        super.activate();
        ((EObject) getModel()).eAdapters().add(listener);
    }

    @Override
    public void deactivate() {
        ((EObject) getModel()).eAdapters().remove(listener);
        super.deactivate();
    }
}
