package org.opsbench.core.contributions;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

/**
 * Reads one extension point by the rules every OpsBench extension point follows, so that a module
 * or a third party's plug-in is treated the same wherever it contributes:
 * <ul>
 * <li>the elements of the bundle that declares the point come first, then the others by plug-in
 * name, so that a built-in contribution keeps its key against a later one;</li>
 * <li>each key (usually the {@code id}) once: a second element with a key already read is reported
 * with both plug-ins and left out, and so is an element without a key;</li>
 * <li>an element that cannot be used (its class is missing or of the wrong type, an attribute is
 * malformed) is reported with its plug-in and the reason, and left out: a broken plug-in loses its
 * contribution, never the others';</li>
 * <li>the result is sorted by the {@code order} attribute (lowest first, {@value #DEFAULT_ORDER}
 * when missing or not a number), ties in reading order.</li>
 * </ul>
 * Reports go to the platform log (the console without one). {@link #installed()} reads a point once
 * and again only when plug-ins contributing to it are installed or removed. Outside OSGi every point
 * is empty.
 *
 * @param <T> what a contribution is made into
 */
public final class ContributionReader<T> {

    /** The position of a contribution without an {@code order}, or with one that is not a whole number. */
    public static final int DEFAULT_ORDER = 1000;

    /** One usable contribution: its key, position, plug-in, the element and what it was made into. */
    public record Contribution<T>(String key, int order, String contributor, IConfigurationElement element, T value) {
    }

    /** Makes an element into a contribution; throws (with the reason in words) when it cannot. */
    @FunctionalInterface
    public interface Maker<T> {
        T make(IConfigurationElement element) throws Exception;
    }

    /** Thrown by a {@link Maker} for an element it cannot use; the message says why, for the log. */
    public static final class Refused extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason);
        }
    }

    /** What {@link #installed()} read, until the point's contributions change. */
    private volatile List<Contribution<T>> installed;
    private final java.util.concurrent.atomic.AtomicBoolean watching = new java.util.concurrent.atomic.AtomicBoolean();

    private final String point;
    private final String keyAttribute;
    /** Further values each contribution must have to itself, by what they are called in reports. */
    private final Map<String, java.util.function.Function<IConfigurationElement, String>> alsoUnique;
    private final Maker<T> maker;

    private ContributionReader(String point, String keyAttribute, Map<String, java.util.function.Function<IConfigurationElement, String>> alsoUnique,
            Maker<T> maker) {
        this.point = point;
        this.keyAttribute = keyAttribute;
        this.alsoUnique = alsoUnique;
        this.maker = maker;
    }

    /** A reader of {@code point} whose contributions are told apart by their {@code id}. */
    public static <T> ContributionReader<T> of(String point, Maker<T> maker) {
        return new ContributionReader<>(point, "id", Map.of(), maker);
    }

    /** A reader whose contributions are told apart by another attribute, e.g. a command's {@code name}. */
    public static <T> ContributionReader<T> keyedBy(String point, String keyAttribute, Maker<T> maker) {
        return new ContributionReader<>(point, keyAttribute, Map.of(), maker);
    }

    /**
     * The same reader, also refusing a second contribution whose {@code valueOf} is taken already
     * (e.g. a report format's file extension, compared without case).
     */
    public ContributionReader<T> alsoUnique(String what, java.util.function.Function<IConfigurationElement, String> valueOf) {
        Map<String, java.util.function.Function<IConfigurationElement, String>> unique = new java.util.LinkedHashMap<>(alsoUnique);
        unique.put(what, valueOf);
        return new ContributionReader<>(point, keyAttribute, Map.copyOf(unique), maker);
    }

    /** A reader that keeps the elements themselves, for points whose classes are created only when used. */
    public static ContributionReader<IConfigurationElement> elements(String point) {
        return of(point, element -> element);
    }

    /** @return what {@link #read} returns, kept until plug-ins contributing to the point change; keep the reader in a constant */
    public List<Contribution<T>> installed() {
        List<Contribution<T>> read = installed;
        if (read == null) {
            watch();
            read = read();
            installed = read;
        }
        return read;
    }

    /** @return the usable contributions, by order */
    public List<Contribution<T>> read() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        String declaring = point.substring(0, Math.max(0, point.lastIndexOf('.')));
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(point)));
        elements.sort(Comparator.comparing((IConfigurationElement e) -> !e.getContributor().getName().equals(declaring))
                .thenComparing(e -> e.getContributor().getName()));
        Map<String, String> firstContributor = new HashMap<>();
        List<Contribution<T>> read = new ArrayList<>();
        for (IConfigurationElement element : elements) {
            String contributor = element.getContributor().getName();
            String key = element.getAttribute(keyAttribute);
            if (key == null || key.isBlank()) {
                report(contributor + ": a contribution to " + point + " has no " + keyAttribute + " and is left out.", null);
                continue;
            }
            String taken = taken(element, firstContributor);
            if (taken != null) {
                report(contributor + ": " + point + " " + keyAttribute + "=\"" + key + "\" is left out: " + taken + ".", null);
                continue;
            }
            T value;
            try {
                value = maker.make(element);
            } catch (Exception | LinkageError e) {
                report(contributor + ": " + point + " " + keyAttribute + "=\"" + key + "\" is left out: " + reason(e), e);
                continue;
            }
            if (value == null) {
                continue; // the maker left it out on purpose and said why
            }
            firstContributor.put(keyAttribute + "=" + key, contributor);
            alsoUnique.forEach((what, valueOf) -> firstContributor.put(what + "=" + valueOf.apply(element), contributor));
            read.add(new Contribution<>(key, order(element), contributor, element, value));
        }
        read.sort(Comparator.comparingInt(Contribution::order));
        return List.copyOf(read);
    }

    /** @return why the element repeats the key or a unique value of an earlier one, or null */
    private String taken(IConfigurationElement element, Map<String, String> firstContributor) {
        Map<String, java.util.function.Function<IConfigurationElement, String>> checked = new java.util.LinkedHashMap<>();
        checked.put(keyAttribute, e -> e.getAttribute(keyAttribute));
        checked.putAll(alsoUnique);
        for (Map.Entry<String, java.util.function.Function<IConfigurationElement, String>> unique : checked.entrySet()) {
            String value = unique.getValue().apply(element);
            String first = value == null ? null : firstContributor.get(unique.getKey() + "=" + value);
            if (first != null) {
                return unique.getKey() + " \"" + value + "\" is already contributed by " + first;
            }
        }
        return null;
    }

    /** @return the element's position: its {@code order}, {@value #DEFAULT_ORDER} when missing or not a whole number */
    public static int order(IConfigurationElement element) {
        String text = element.getAttribute("order");
        try {
            return text == null ? DEFAULT_ORDER : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return DEFAULT_ORDER;
        }
    }

    /** @return the element's {@code name}, or its {@code id} when it has none */
    public static String name(IConfigurationElement element) {
        String name = element.getAttribute("name");
        return name == null || name.isBlank() ? element.getAttribute("id") : name;
    }

    private void watch() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        int dot = point.lastIndexOf('.');
        if (registry != null && dot > 0 && watching.compareAndSet(false, true)) {
            String namespace = point.substring(0, dot);
            String simpleId = point.substring(dot + 1);
            registry.addRegistryChangeListener(event -> {
                if (event.getExtensionDeltas(namespace, simpleId).length > 0) {
                    installed = null;
                }
            }, namespace);
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        return e instanceof Refused || e instanceof org.eclipse.core.runtime.CoreException ? String.valueOf(message)
                : e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void report(String message, Throwable cause) {
        try {
            ILog.of(ContributionReader.class).log(Status.warning(message, cause));
        } catch (RuntimeException | LinkageError noPlatformLog) {
            System.getLogger(ContributionReader.class.getName()).log(System.Logger.Level.WARNING, message, cause);
        }
    }
}
