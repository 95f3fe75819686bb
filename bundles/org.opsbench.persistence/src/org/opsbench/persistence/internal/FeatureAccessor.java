package org.opsbench.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.persistence.mappings.AttributeAccessor;
import org.opsbench.model.base.PersistentObject;

/**
 * Reads and writes one EMF feature reflectively (eGet/eSet), so that no per-class
 * persistence code exists. Lists keep their EList: EclipseLink's list is copied into
 * it, which also sets eContainer for containment features.
 */
final class FeatureAccessor extends AttributeAccessor {

    private static final long serialVersionUID = 1L;

    private final transient EStructuralFeature feature;

    FeatureAccessor(EStructuralFeature feature) {
        this.feature = feature;
        setAttributeName(feature.getName());
    }

    EStructuralFeature feature() {
        return feature;
    }

    @Override
    public Object getAttributeValueFromObject(Object object) {
        return ((EObject) object).eGet(feature);
    }

    @Override
    @SuppressWarnings("unchecked")
    public void setAttributeValueInObject(Object object, Object value) {
        EObject eObject = (EObject) object;
        if (feature.isMany()) {
            EList<Object> list = (EList<Object>) eObject.eGet(feature);
            if (value == list) {
                return;
            }
            if (value == null) {
                list.clear();
                return;
            }
            List<Object> values = new ArrayList<>((Collection<Object>) value);
            if (feature instanceof EReference reference && reference.isContainment()) {
                // Read without ORDER BY: the children's stored positions give the order.
                values.sort(Comparator.comparingInt(child -> ((PersistentObject) child).getStoredPosition()));
            }
            if (list.isEmpty()) {
                list.addAll(values);
            } else {
                ECollections.setEList(list, values);
            }
        } else if (value == null && feature.getEType().getInstanceClass() != null
                && feature.getEType().getInstanceClass().isPrimitive()) {
            eObject.eUnset(feature);
        } else {
            eObject.eSet(feature, value);
        }
    }

    @Override
    public void initializeAttributes(Class<?> theJavaClass) {
        // Nothing to look up: the feature is known.
    }

    @Override
    public Class<?> getAttributeClass() {
        return feature.isMany() ? List.class : feature.getEType().getInstanceClass();
    }
}
