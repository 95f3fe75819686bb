package org.opsbench.ui.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * Reads a workbench extension point whose elements name an {@code id}, a label, an optional
 * {@code order} and a {@code class} (navigator folders, device actions, ...): the same rules for all
 * of them. A second element with an id already read, or a class that cannot be created, is logged
 * and left out; a broken plug-in loses its contribution, not the view that shows the others.
 */
public final class Contributions {

    /** Without an {@code order}, or with one that is not a number. */
    public static final int DEFAULT_ORDER = 1000;

    /** One contribution: its id, label, position (lowest first) and the object its class created. */
    public record Contributed<T>(String id, String label, int order, T object) {
    }

    /** What {@link #installed} read, by extension point, until that point's contributions change. */
    private static final Map<String, List<? extends Contributed<?>>> INSTALLED = new ConcurrentHashMap<>();
    private static final Set<String> WATCHED = ConcurrentHashMap.newKeySet();

    private Contributions() {
    }

    /**
     * Like {@link #read}, read once per extension point and kept until plug-ins that contribute to it
     * are installed or removed: menus and trees built often ask for it without parsing the registry.
     */
    @SuppressWarnings("unchecked")
    public static <T> List<Contributed<T>> installed(String extensionPoint, String labelAttribute, Class<T> type) {
        return (List<Contributed<T>>) INSTALLED.computeIfAbsent(extensionPoint, point -> {
            var registry = RegistryFactory.getRegistry();
            int dot = point.lastIndexOf('.');
            if (registry != null && dot > 0 && WATCHED.add(point)) {
                String namespace = point.substring(0, dot);
                String simpleId = point.substring(dot + 1);
                registry.addRegistryChangeListener(event -> {
                    if (event.getExtensionDeltas(namespace, simpleId).length > 0) {
                        INSTALLED.remove(point);
                    }
                }, namespace);
            }
            return read(point, labelAttribute, type);
        });
    }

    /** @return the contributions, by order then label; empty outside OSGi */
    public static <T> List<Contributed<T>> read(String extensionPoint, String labelAttribute, Class<T> type) {
        var registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        List<Contributed<T>> read = new ArrayList<>();
        for (IConfigurationElement element : registry.getConfigurationElementsFor(extensionPoint)) {
            String id = element.getAttribute("id");
            try {
                if (read.stream().anyMatch(contributed -> contributed.id().equals(id))) {
                    throw new CoreException(Status.error(id + " is declared twice"));
                }
                read.add(new Contributed<>(id, element.getAttribute(labelAttribute), order(element.getAttribute("order")),
                        type.cast(element.createExecutableExtension("class"))));
            } catch (CoreException | ClassCastException | LinkageError e) {
                ILog.of(Contributions.class).log(Status.error(extensionPoint + " " + id + " of " + element.getContributor().getName()
                        + " is left out: " + e.getMessage(), e));
            }
        }
        read.sort(Comparator.comparingInt((Contributed<T> contributed) -> contributed.order()).thenComparing(Contributed::label));
        return List.copyOf(read);
    }

    private static int order(String text) {
        try {
            return text == null ? DEFAULT_ORDER : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_ORDER;
        }
    }
}
