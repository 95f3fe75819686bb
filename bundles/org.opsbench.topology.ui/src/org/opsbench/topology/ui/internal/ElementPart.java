package org.opsbench.topology.ui.internal;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.gef.editparts.AbstractGraphicalEditPart;

/** A device or zone on the canvas: redrawn whenever its model object changes (an edit, an undo, a layout). */
abstract class ElementPart extends AbstractGraphicalEditPart {

    private final Adapter listener = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification change) {
            if (!change.isTouch()) {
                refreshVisuals();
            }
        }
    };

    ElementPart(EObject element) {
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
