package org.opsbench.persistence.internal;

import java.beans.PropertyChangeEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.descriptors.changetracking.AttributeChangeListener;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;

/**
 * EclipseLink's attribute change listener fed by EMF notifications.
 * <p>
 * Single values become property change events. A list change becomes a "collection
 * replaced" event whose old value is the list as it was before the first change; at
 * commit EclipseLink compares it with the live EList. Containment changes are also
 * reported to {@link ContainmentChanges}, which rewrites container columns and deletes
 * orphans at save.
 */
final class EmfChangeListener extends AttributeChangeListener implements Adapter {

    private static final long serialVersionUID = 1L;

    EmfChangeListener(ClassDescriptor descriptor, UnitOfWorkImpl uow, Object owner) {
        super(descriptor, uow, owner);
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (ignoreEvents || !(notification.getFeature() instanceof EStructuralFeature feature)
                || feature.isTransient() || feature.isDerived()) {
            return;
        }
        if (descriptor.getObjectBuilder().getMappingForAttributeName(feature.getName()) == null) {
            return;
        }
        EObject owner = (EObject) this.owner;
        if (feature.isMany()) {
            List<?> current = (List<?>) owner.eGet(feature);
            propertyChange(new PropertyChangeEvent(owner, feature.getName(), listBefore(current, notification), current));
        } else {
            propertyChange(new PropertyChangeEvent(owner, feature.getName(), notification.getOldValue(),
                    notification.getNewValue()));
        }
        if (feature instanceof EReference reference && reference.isContainment()) {
            ContainmentChanges.of(uow).changed(owner, reference, removedValues(notification));
        }
    }

    /** Tells EclipseLink the current values of the columns derived from eContainer(). */
    void reportContainerColumns() {
        for (org.eclipse.persistence.mappings.DatabaseMapping mapping : descriptor.getMappings()) {
            if (mapping.getAttributeAccessor() instanceof ContainerAccessor accessor) {
                propertyChange(new PropertyChangeEvent(owner, mapping.getAttributeName(), null,
                        accessor.getAttributeValueFromObject(owner)));
            }
        }
    }

    /** Rebuilds the list as it was before the notified change. */
    @SuppressWarnings("unchecked")
    static List<Object> listBefore(List<?> current, Notification n) {
        List<Object> before = new ArrayList<>(current);
        int position = n.getPosition();
        switch (n.getEventType()) {
            case Notification.ADD -> before.remove(position);
            case Notification.ADD_MANY -> before.subList(position, position + ((Collection<?>) n.getNewValue()).size()).clear();
            case Notification.REMOVE -> before.add(position, n.getOldValue());
            case Notification.REMOVE_MANY -> {
                List<Object> removed = (List<Object>) n.getOldValue();
                int[] positions = (int[]) n.getNewValue();
                if (positions == null) {
                    before = new ArrayList<>(removed);
                } else {
                    for (int i = 0; i < positions.length; i++) {
                        before.add(positions[i], removed.get(i));
                    }
                }
            }
            case Notification.MOVE -> before.add((Integer) n.getOldValue(), before.remove(position));
            case Notification.SET -> {
                if (position >= 0) {
                    before.set(position, n.getOldValue());
                } else if (n.getOldValue() instanceof List<?> old) {
                    before = new ArrayList<>(old);
                }
            }
            default -> {
                // UNSET and others: the old value, when a list, is the whole list
                if (n.getOldValue() instanceof List<?> old) {
                    before = new ArrayList<>(old);
                }
            }
        }
        return before;
    }

    private static List<EObject> removedValues(Notification n) {
        List<EObject> removed = new ArrayList<>();
        switch (n.getEventType()) {
            case Notification.REMOVE, Notification.SET, Notification.UNSET -> {
                if (n.getOldValue() instanceof EObject old) {
                    removed.add(old);
                }
            }
            case Notification.REMOVE_MANY -> {
                for (Object old : (List<?>) n.getOldValue()) {
                    removed.add((EObject) old);
                }
            }
            default -> {
                // additions and moves remove nothing
            }
        }
        return removed;
    }

    @Override
    public Notifier getTarget() {
        return (Notifier) owner;
    }

    @Override
    public void setTarget(Notifier newTarget) {
        // Attached by EclipseLink through ChangeTracker, not through eAdapters().
    }

    @Override
    public boolean isAdapterForType(Object type) {
        return false;
    }
}
