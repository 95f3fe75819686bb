package org.opsbench.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The contributions to one of topology's extension points, by contributing plug-in name (the first of an id wins). */
final class Contributions {

    private Contributions() {
    }

    static List<IConfigurationElement> of(String point) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(point)));
        elements.sort(Comparator.comparing(element -> element.getContributor().getName()));
        return elements;
    }
}
