package org.opsbench.persistence.tests;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.EFactoryImpl;
import org.opsbench.model.base.PersistentObject;

/**
 * A model object of a package built at run time, all of whose features are dynamic.
 * Lets a test change a model (add an EAttribute) between two openings of a database,
 * as a developer would by editing the .ecore and regenerating.
 */
final class DynamicRecord extends PersistentObject {

    DynamicRecord(EClass eClass) {
        eSetClass(eClass);
    }

    @Override
    protected EClass eStaticClass() {
        return EcorePackage.Literals.EOBJECT;
    }

    @Override
    protected int eStaticFeatureCount() {
        return 0;
    }

    /** Gives a run-time package a factory that creates persistable objects. */
    static void makePersistable(EPackage ePackage) {
        ePackage.setEFactoryInstance(new EFactoryImpl() {
            @Override
            protected EObject basicCreate(EClass eClass) {
                return new DynamicRecord(eClass);
            }
        });
    }
}
