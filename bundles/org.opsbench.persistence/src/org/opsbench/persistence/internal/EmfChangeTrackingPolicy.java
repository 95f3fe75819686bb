package org.opsbench.persistence.internal;

import java.beans.PropertyChangeListener;

import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.descriptors.changetracking.AttributeChangeTrackingPolicy;
import org.eclipse.persistence.descriptors.changetracking.ChangeTracker;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;

/** Attribute change tracking whose listener understands EMF notifications. */
final class EmfChangeTrackingPolicy extends AttributeChangeTrackingPolicy {

    private static final long serialVersionUID = 1L;

    @Override
    public PropertyChangeListener setChangeListener(Object clone, UnitOfWorkImpl uow, ClassDescriptor descriptor) {
        EmfChangeListener listener = new EmfChangeListener(descriptor, uow, clone);
        ((ChangeTracker) clone)._persistence_setPropertyChangeListener(listener);
        return listener;
    }
}
