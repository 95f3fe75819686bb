package org.opsbench.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.emf.ecore.EPackage;

/**
 * The EMF packages installed modules add to the database, read from the
 * {@code org.opsbench.persistence.modelPackages} extension point: a workbench with the case
 * feature installed opens the database with the case tables, one without it does not.
 */
public final class ModelPackages {

    public static final String EXTENSION_POINT = "org.opsbench.persistence.modelPackages";

    private ModelPackages() {
    }

    /** @return the contributed packages, in a stable order (by URI); empty outside OSGi */
    public static List<EPackage> contributed() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        Map<String, EPackage> packages = new LinkedHashMap<>();
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort((a, b) -> String.valueOf(a.getAttribute("uri")).compareTo(String.valueOf(b.getAttribute("uri"))));
        for (IConfigurationElement element : elements) {
            String uri = element.getAttribute("uri");
            EPackage found = uri == null ? null : EPackage.Registry.INSTANCE.getEPackage(uri);
            if (found == null) {
                System.getLogger(ModelPackages.class.getName()).log(System.Logger.Level.WARNING, Messages.format("modelPackage.unknown", uri, element.getContributor().getName()));
            } else {
                packages.putIfAbsent(uri, found);
            }
        }
        return List.copyOf(packages.values());
    }
}
