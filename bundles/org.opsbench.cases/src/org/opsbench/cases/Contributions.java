package org.opsbench.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * Reads the contributions to one of the case extension points (channels, case types) the same way:
 * by contributing plug-in name, each id once - a later duplicate is logged with both plug-ins and
 * left out - and an element without an id skipped.
 */
final class Contributions {

    static final int DEFAULT_ORDER = 1000;

    private Contributions() {
    }

    /**
     * @param duplicateMessage message key taking the id, the late plug-in and the first one
     * @param make             builds the contribution from an element and its plug-in's name; null leaves it out (it logs why)
     * @return the contributions in the order read, at most one per id
     */
    static <T> List<T> read(String point, String duplicateMessage, BiFunction<IConfigurationElement, String, T> make) {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(point)));
        elements.sort(Comparator.comparing(element -> element.getContributor().getName()));
        Map<String, String> firstContributor = new LinkedHashMap<>();
        List<T> read = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            String id = element.getAttribute("id");
            String contributor = element.getContributor().getName();
            if (id == null || id.isBlank()) {
                continue;
            }
            if (firstContributor.containsKey(id)) {
                log(Messages.format(duplicateMessage, id, contributor, firstContributor.get(id)));
                continue;
            }
            T made = make.apply(element, contributor);
            if (made != null) {
                firstContributor.put(id, contributor);
                read.add(made);
            }
        }
        return read;
    }

    /** @return the element's name, or its id when it has none */
    static String name(IConfigurationElement element) {
        String name = element.getAttribute("name");
        return name == null || name.isBlank() ? element.getAttribute("id") : name;
    }

    /** @return the position in pick lists: a whole number, lower first, {@value #DEFAULT_ORDER} when missing or malformed */
    static int order(IConfigurationElement element) {
        String text = element.getAttribute("order");
        try {
            return text == null ? DEFAULT_ORDER : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_ORDER;
        }
    }

    static void log(String message) {
        System.getLogger(Contributions.class.getName()).log(System.Logger.Level.WARNING, message);
    }
}
