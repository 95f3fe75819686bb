package org.opsbench.persistence.internal;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.persistence.mappings.AttributeAccessor;
import org.opsbench.model.base.PersistentObject;

/**
 * Write-only values a contained object stores for its container: the container's id
 * (for one containment feature) or the object's position in its container's list.
 * On read, the container's list sets eContainer; the stored position orders that list.
 */
final class ContainerAccessor extends AttributeAccessor {

    private static final long serialVersionUID = 1L;

    /** The containment feature whose container id this accessor gives, or null for the list position. */
    private final transient EReference containment;

    private ContainerAccessor(String attributeName, EReference containment) {
        this.containment = containment;
        setAttributeName(attributeName);
    }

    static ContainerAccessor containerId(EReference containment) {
        return new ContainerAccessor(attributeName(containment), containment);
    }

    static ContainerAccessor position() {
        return new ContainerAccessor(POSITION_ATTRIBUTE, null);
    }

    static final String POSITION_ATTRIBUTE = "_position";

    static String attributeName(EReference containment) {
        return "_in_" + containment.getEContainingClass().getName() + "_" + containment.getName();
    }

    @Override
    public Object getAttributeValueFromObject(Object object) {
        EObject eObject = (EObject) object;
        EObject container = eObject.eContainer();
        if (containment == null) {
            return container == null ? null : ((java.util.List<?>) container.eGet(eObject.eContainmentFeature())).indexOf(eObject);
        }
        if (container instanceof PersistentObject parent && eObject.eContainmentFeature() == containment) {
            return parent.getPersistentId();
        }
        return null;
    }

    @Override
    public void setAttributeValueInObject(Object object, Object value) {
        // The container id is derived from eContainer(); the position read is kept so the
        // container's list can be put in order in memory (cheaper than ORDER BY in SQL).
        if (containment == null && value instanceof Number position && object instanceof PersistentObject persistent) {
            persistent.setStoredPosition(position.intValue());
        }
    }

    @Override
    public void initializeAttributes(Class<?> theJavaClass) {
    }

    @Override
    public Class<?> getAttributeClass() {
        return containment == null ? Integer.class : Long.class;
    }
}
