package org.opsbench.persistence;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EPackage;
import org.opsbench.core.contributions.ContributionReader;

/**
 * The EMF packages installed modules add to the database, read from the
 * {@code org.opsbench.persistence.modelPackages} extension point: a workbench with the case
 * feature installed opens the database with the case tables, one without it does not.
 */
public final class ModelPackages {

    public static final String EXTENSION_POINT = "org.opsbench.persistence.modelPackages";

    /** Each package once, by its namespace URI; one that no installed bundle registers is logged and left out. */
    private static final ContributionReader<EPackage> READER = ContributionReader.keyedBy(EXTENSION_POINT, "uri", element -> {
        EPackage found = EPackage.Registry.INSTANCE.getEPackage(element.getAttribute("uri"));
        if (found == null) {
            throw new ContributionReader.Refused(Messages.format("modelPackage.unknown", element.getAttribute("uri"),
                    element.getContributor().getName()));
        }
        return found;
    });

    private ModelPackages() {
    }

    /** @return the contributed packages, in a stable order (by URI); empty outside OSGi */
    public static List<EPackage> contributed() {
        return READER.installed().stream().sorted(Comparator.comparing(ContributionReader.Contribution::key))
                .map(ContributionReader.Contribution::value).toList();
    }
}
