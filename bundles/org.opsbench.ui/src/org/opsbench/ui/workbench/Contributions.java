package org.opsbench.ui.workbench;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.opsbench.core.contributions.ContributionReader;

/**
 * Reads a workbench extension point whose elements name an {@code id}, a label, an optional
 * {@code order} and a {@code class} (navigator folders, device actions, ...), by the rules of
 * {@link ContributionReader}: a second element with an id already read, or a class that cannot be
 * created, is logged and left out; a broken plug-in loses its contribution, not the view that shows
 * the others.
 */
public final class Contributions {

    /** Without an {@code order}, or with one that is not a number. */
    public static final int DEFAULT_ORDER = ContributionReader.DEFAULT_ORDER;

    /** One contribution: its id, label, position (lowest first) and the object its class created. */
    public record Contributed<T>(String id, String label, int order, T object) {
    }

    /** One reader per point, label and type, so that each keeps what it read until the point's plug-ins change. */
    private static final Map<String, ContributionReader<?>> READERS = new ConcurrentHashMap<>();

    private Contributions() {
    }

    /**
     * Like {@link #read}, read once per extension point and kept until plug-ins that contribute to it
     * are installed or removed: menus and trees built often ask for it without parsing the registry.
     */
    public static <T> List<Contributed<T>> installed(String extensionPoint, String labelAttribute, Class<T> type) {
        @SuppressWarnings("unchecked")
        ContributionReader<Contributed<T>> reader = (ContributionReader<Contributed<T>>) READERS.computeIfAbsent(
                extensionPoint + "#" + labelAttribute + "#" + type.getName(), key -> reader(extensionPoint, labelAttribute, type));
        return sorted(reader.installed());
    }

    /** @return the contributions, by order then label; empty outside OSGi */
    public static <T> List<Contributed<T>> read(String extensionPoint, String labelAttribute, Class<T> type) {
        return sorted(reader(extensionPoint, labelAttribute, type).read());
    }

    private static <T> ContributionReader<Contributed<T>> reader(String extensionPoint, String labelAttribute, Class<T> type) {
        return ContributionReader.of(extensionPoint, element -> new Contributed<>(element.getAttribute("id"),
                element.getAttribute(labelAttribute), ContributionReader.order(element), type.cast(element.createExecutableExtension("class"))));
    }

    private static <T> List<Contributed<T>> sorted(List<ContributionReader.Contribution<Contributed<T>>> read) {
        return read.stream().map(ContributionReader.Contribution::value)
                .sorted(Comparator.comparingInt((Contributed<T> contributed) -> contributed.order())
                        .thenComparing(Contributed::label, Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }
}
