package org.opsbench.persistence.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;
import org.opsbench.model.base.PersistentObject;

/**
 * Containment lists changed in one unit of work. The container id and list position
 * are columns of the child, derived from eContainer(); EclipseLink cannot see them
 * change, so at save the children of every changed list are told their new values,
 * and removed children that found no new container are deleted with their content.
 * (EclipseLink's private ownership cannot be used: it deletes the children of an
 * object that is merely moved to another container.)
 */
public final class ContainmentChanges {

    private static final String KEY = ContainmentChanges.class.getName();

    private final Map<EObject, Set<EReference>> changedLists = new LinkedHashMap<>();

    private final Set<EObject> removed = new LinkedHashSet<>();

    public static ContainmentChanges of(UnitOfWorkImpl uow) {
        ContainmentChanges changes = (ContainmentChanges) uow.getProperty(KEY);
        if (changes == null) {
            changes = new ContainmentChanges();
            uow.setProperty(KEY, changes);
        }
        return changes;
    }

    void changed(EObject owner, EReference containment, List<EObject> removedChildren) {
        changedLists.computeIfAbsent(owner, o -> new LinkedHashSet<>()).add(containment);
        removed.addAll(removedChildren);
    }

    public boolean isEmpty() {
        return changedLists.isEmpty() && removed.isEmpty();
    }

    /** @return removed objects that no container took back: to be deleted with their content */
    public List<EObject> orphans() {
        List<EObject> orphans = new ArrayList<>();
        for (EObject object : removed) {
            if (object.eContainer() == null && object instanceof PersistentObject p && p.isPersistent()) {
                orphans.add(object);
            }
        }
        return orphans;
    }

    /** Reports the container column and position of every child of every changed list to EclipseLink. */
    public void reportContainerColumns() {
        for (Map.Entry<EObject, Set<EReference>> entry : changedLists.entrySet()) {
            EObject owner = entry.getKey();
            for (EReference containment : entry.getValue()) {
                List<?> children = containment.isMany() ? (List<?>) owner.eGet(containment) : listOf(owner.eGet(containment));
                for (Object child : children) {
                    if (child instanceof PersistentObject tracked
                            && tracked._persistence_getPropertyChangeListener() instanceof EmfChangeListener listener) {
                        listener.reportContainerColumns();
                    }
                }
            }
        }
        changedLists.clear();
        removed.clear();
    }

    private static List<?> listOf(Object value) {
        return value == null ? List.of() : List.of(value);
    }
}
