package org.opsbench.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.opsbench.model.base.PersistentObject;

/**
 * Gives one aggregate (the target, managed by a session) the state of another (the source, e.g. a
 * user's edited copy). Objects are matched by database id; source objects without a counterpart are
 * created, target objects without one are removed. References to objects inside the aggregate point
 * to the target's objects, references outside are resolved by the session.
 */
final class StateCopier {

    private final EObject source;
    private final EObject target;
    private final UnaryOperator<EObject> outside;
    private final Map<Long, EObject> targetsById = new HashMap<>();
    private final Map<EObject, EObject> counterparts = new IdentityHashMap<>();

    StateCopier(EObject source, EObject target, UnaryOperator<EObject> outside) {
        this.source = source;
        this.target = target;
        this.outside = outside;
    }

    void copy() {
        index(target);
        target.eAllContents().forEachRemaining(this::index);
        counterparts.put(source, target);
        copyContainment(source, target);
        copyValues(source);
        source.eAllContents().forEachRemaining(this::copyValues);
    }

    private void index(EObject object) {
        if (object instanceof PersistentObject persistent && persistent.isPersistent()) {
            targetsById.put(persistent.getPersistentId(), object);
        }
    }

    /** First pass: the containment tree, so that every source object has its counterpart. */
    private void copyContainment(EObject from, EObject to) {
        for (EReference containment : from.eClass().getEAllContainments()) {
            if (!containment.isChangeable() || containment.isTransient() || containment.isDerived()) {
                continue;
            }
            if (containment.isMany()) {
                List<EObject> children = new ArrayList<>();
                for (EObject child : StateCopier.<EObject>list(from, containment)) {
                    children.add(counterpartCreating(child));
                }
                ECollections.setEList(list(to, containment), children);
            } else {
                EObject child = (EObject) from.eGet(containment);
                to.eSet(containment, child == null ? null : counterpartCreating(child));
            }
        }
        for (EObject child : from.eContents()) {
            copyContainment(child, counterparts.get(child));
        }
    }

    private EObject counterpartCreating(EObject sourceObject) {
        EObject existing = sourceObject instanceof PersistentObject persistent && persistent.isPersistent()
                ? targetsById.get(persistent.getPersistentId()) : null;
        EObject counterpart = existing != null && existing.eClass() == sourceObject.eClass() ? existing
                : EcoreUtil.create(sourceObject.eClass());
        counterparts.put(sourceObject, counterpart);
        return counterpart;
    }

    /** Second pass: attributes and cross references. */
    private void copyValues(EObject from) {
        EObject to = counterparts.get(from);
        for (EAttribute attribute : from.eClass().getEAllAttributes()) {
            if (skipped(attribute)) {
                continue;
            }
            Object value = from.eGet(attribute);
            if (attribute.isMany()) {
                if (!list(to, attribute).equals(value)) {
                    ECollections.setEList(list(to, attribute), new ArrayList<>((List<?>) value));
                }
            } else if (value == null ? to.eGet(attribute) != null : !value.equals(to.eGet(attribute))) {
                to.eSet(attribute, value);
            }
        }
        for (EReference reference : from.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || skipped(reference)) {
                continue;
            }
            if (reference.isMany()) {
                List<EObject> targets = new ArrayList<>();
                for (EObject referenced : StateCopier.<EObject>list(from, reference)) {
                    targets.add(resolve(referenced));
                }
                ECollections.setEList(list(to, reference), targets);
            } else {
                EObject referenced = (EObject) from.eGet(reference);
                EObject resolved = referenced == null ? null : resolve(referenced);
                if (to.eGet(reference) != resolved) {
                    to.eSet(reference, resolved);
                }
            }
        }
    }

    private EObject resolve(EObject referenced) {
        EObject inside = counterparts.get(referenced);
        return inside != null ? inside : outside.apply(referenced);
    }

    private static boolean skipped(EStructuralFeature feature) {
        return !feature.isChangeable() || feature.isTransient() || feature.isDerived();
    }

    @SuppressWarnings("unchecked")
    private static <T> EList<T> list(EObject object, EStructuralFeature feature) {
        return (EList<T>) object.eGet(feature);
    }
}
