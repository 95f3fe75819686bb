package org.opsbench.persistence.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sequencing.TableSequence;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Session;

/**
 * Adds the descriptors derived from the model packages to the EclipseLink session.
 * EclipseLink instantiates customizers by class name, so the packages are handed over
 * through a thread-local while the persistence unit deploys.
 */
public final class ModelSessionCustomizer implements SessionCustomizer {

    private static final ThreadLocal<Collection<EPackage>> PACKAGES = new ThreadLocal<>();

    /** Ids reserved per round trip to the sequence table; unused ones are simply skipped. */
    private static final int PREALLOCATION = 5000;

    public static void deployWith(Collection<EPackage> packages, Runnable deploy) {
        PACKAGES.set(packages);
        try {
            deploy.run();
        } finally {
            PACKAGES.remove();
        }
    }

    @Override
    public void customize(Session session) {
        Collection<EPackage> packages = PACKAGES.get();
        if (packages == null) {
            throw new IllegalStateException("The OpsBench persistence unit must be opened through org.opsbench.persistence.Database");
        }
        List<ClassDescriptor> descriptors = new ArrayList<>(new EmfDescriptors(packages).build());
        TableSequence sequence = new TableSequence(SqlNames.SEQUENCE, PREALLOCATION, "OB_SEQUENCE", "SEQ_NAME", "SEQ_COUNT");
        session.getLogin().addSequence(sequence);
        ((DatabaseSession) session).addDescriptors(descriptors);
    }
}
