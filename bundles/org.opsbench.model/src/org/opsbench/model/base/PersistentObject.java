package org.opsbench.model.base;

import java.beans.PropertyChangeListener;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;
import org.eclipse.persistence.descriptors.changetracking.ChangeTracker;

/**
 * Root class of every OpsBench model object (the genmodel's Root Extends Class).
 * <p>
 * Holds the database identity and the optimistic-lock version, which are not EMF
 * features: they belong to storage, not to the domain, and never show in editors.
 * <p>
 * It implements EclipseLink's {@link ChangeTracker} (one interface with JDK types only)
 * so that the persistence layer can use attribute change tracking: without it
 * EclipseLink would build backup clones, and cloning a containment list would move
 * the children to the clone (an EObject has one container). The listener the
 * persistence layer installs is also an EMF {@link Adapter}, and receives every
 * notification of this object.
 */
public abstract class PersistentObject extends MinimalEObjectImpl.Container implements ChangeTracker {

    private long persistentId;

    private long persistentVersion;

    /** Position in its container's list when read from the database; lets the reader restore list order. */
    private transient int storedPosition;

    private transient PropertyChangeListener changeListener;

    protected PersistentObject() {
        super();
    }

    /** @return the database id, or 0 while the object has never been stored */
    public long getPersistentId() {
        return persistentId;
    }

    /** @return the optimistic-lock version the object was read with, 0 before its first save */
    public long getPersistentVersion() {
        return persistentVersion;
    }

    /** @return whether this object has been stored (or read from the database) */
    public boolean isPersistent() {
        return persistentId != 0;
    }

    /** @return the list position this object was read at (persistence layer only) */
    public int getStoredPosition() {
        return storedPosition;
    }

    /** Set by the persistence layer while reading. */
    public void setStoredPosition(int position) {
        storedPosition = position;
    }

    @Override
    public PropertyChangeListener _persistence_getPropertyChangeListener() {
        return changeListener;
    }

    @Override
    public void _persistence_setPropertyChangeListener(PropertyChangeListener listener) {
        changeListener = listener;
    }

    @Override
    public boolean eNotificationRequired() {
        return changeListener != null || super.eNotificationRequired();
    }

    @Override
    public void eNotify(Notification notification) {
        super.eNotify(notification);
        if (changeListener instanceof Adapter adapter && !notification.isTouch()) {
            adapter.notifyChanged(notification);
        }
    }
}
