package org.opsbench.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * The channels a case can come in through, from the {@code org.opsbench.cases.channels} extension
 * point: the seven built-in ones and whatever installed plug-ins add.
 */
public final class CaseChannels {

    public static final String EXTENSION_POINT = "org.opsbench.cases.channels";
    private static final int DEFAULT_ORDER = 1000;

    /** One channel; {@code contributor} is the plug-in that declared it, {@code icon} a path inside it or null. */
    public record Channel(String id, String name, int order, String contributor, String icon) {
    }

    private CaseChannels() {
    }

    /** @return the installed channels, in pick-list order; a duplicate id after the first is left out and logged */
    public static List<Channel> all() {
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry == null) {
            return List.of();
        }
        List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
        elements.sort(Comparator.comparing(element -> element.getContributor().getName()));
        Map<String, Channel> channels = new LinkedHashMap<>();
        for (IConfigurationElement element : elements) {
            String id = element.getAttribute("id");
            String contributor = element.getContributor().getName();
            if (id == null || id.isBlank()) {
                continue;
            }
            if (channels.containsKey(id)) {
                System.getLogger(CaseChannels.class.getName()).log(System.Logger.Level.WARNING,
                        Messages.format("channelDuplicate", id, contributor, channels.get(id).contributor()));
                continue;
            }
            String name = element.getAttribute("name");
            channels.put(id, new Channel(id, name == null || name.isBlank() ? id : name, order(element.getAttribute("order")),
                    contributor, element.getAttribute("icon")));
        }
        List<Channel> sorted = new ArrayList<>(channels.values());
        sorted.sort(Comparator.comparingInt(Channel::order).thenComparing(Channel::name));
        return List.copyOf(sorted);
    }

    /** @return the name of a stored channel id; the id itself when its plug-in is no longer installed */
    public static String name(String id) {
        return all().stream().filter(channel -> channel.id().equals(id)).map(Channel::name).findFirst().orElse(id);
    }

    private static int order(String text) {
        try {
            return text == null ? DEFAULT_ORDER : Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            return DEFAULT_ORDER;
        }
    }
}
