package org.opsbench.persistence.internal;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.persistence.internal.descriptors.InstantiationPolicy;
import org.eclipse.persistence.internal.sessions.AbstractSession;

/** Creates model objects through their EMF factory (the generated constructors are protected). */
final class EObjectInstantiator extends InstantiationPolicy {

    private static final long serialVersionUID = 1L;

    private final transient EClass eClass;

    EObjectInstantiator(EClass eClass) {
        this.eClass = eClass;
    }

    @Override
    public Object buildNewInstance() {
        return EcoreUtil.create(eClass);
    }

    @Override
    public void initialize(AbstractSession session) {
        // Nothing to look up reflectively.
    }

    @Override
    public boolean isUsingDefaultConstructor() {
        return false;
    }
}
