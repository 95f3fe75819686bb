package org.opsbench.topology;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IConfigurationElement;
import org.opsbench.core.contributions.ContributionReader;
import org.opsbench.topology.internal.Messages;
import org.opsbench.topology.model.Media;

/**
 * The kinds of device a diagram is drawn with, from the {@code org.opsbench.topology.deviceTypes}
 * extension point: the built-in ones (WAN, router, firewall, behaviour gateway, switch, access
 * point, server, storage, UPS) and whatever installed plug-ins add.
 */
public final class DeviceTypes {

    public static final String EXTENSION_POINT = "org.opsbench.topology.deviceTypes";
    private static final int DEFAULT_ORDER = 1000;
    private static final int MAX_PORTS = 512;

    /** Where automatic layout puts a device, top to bottom. */
    public enum Tier {
        WAN, EDGE, CORE, DISTRIBUTION, ACCESS, ENDPOINT
    }

    /** A default port of a new device. */
    public record PortTemplate(String name, Media media, int speedMbps) {
    }

    /** A property every device of a type has. */
    public record PropertyTemplate(String key, String name) {
    }

    /** One type; {@code icon} is a path in the {@code contributor} plug-in, or null. */
    public record DeviceType(String id, String name, String icon, Tier tier, int order, String contributor, List<PortTemplate> ports,
            List<PropertyTemplate> properties) {
    }

    private DeviceTypes() {
    }

    /**
     * The installed types, read once (an editor asks for a type on every redraw of every device) and
     * again after plug-ins that contribute types come or go. A duplicate id or a malformed type is
     * left out and logged.
     */
    private static final ContributionReader<DeviceType> READER = ContributionReader.of(EXTENSION_POINT,
            element -> type(element, element.getAttribute("id"), element.getContributor().getName()));

    /** The types by id, for the list the reader returned last. */
    private static volatile Installed installed;

    private record Installed(List<ContributionReader.Contribution<DeviceType>> source, List<DeviceType> types,
            Map<String, DeviceType> byId) {
    }

    /** @return the installed types in palette order */
    public static List<DeviceType> all() {
        return installed().types();
    }

    /** @return the installed type with this id, or null */
    public static DeviceType find(String id) {
        return id == null ? null : installed().byId().get(id);
    }

    private static Installed installed() {
        List<ContributionReader.Contribution<DeviceType>> source = READER.installed();
        Installed known = installed;
        if (known == null || known.source() != source) {
            List<DeviceType> types = new ArrayList<>(source.stream().map(ContributionReader.Contribution::value).toList());
            types.sort(Comparator.comparingInt(DeviceType::order).thenComparing(DeviceType::name));
            Map<String, DeviceType> byId = new LinkedHashMap<>();
            types.forEach(type -> byId.put(type.id(), type));
            known = new Installed(source, List.copyOf(types), Map.copyOf(byId));
            installed = known;
        }
        return known;
    }

    private static DeviceType type(IConfigurationElement element, String id, String contributor) {
        List<PortTemplate> ports = new ArrayList<>();
        for (IConfigurationElement run : element.getChildren("ports")) {
            String prefix = run.getAttribute("prefix");
            int first = number(run.getAttribute("first"), 0, "first");
            int count = number(run.getAttribute("count"), 1, "count");
            if (prefix == null || count < 1 || count > MAX_PORTS) {
                throw new ContributionReader.Refused(Messages.format("typePorts", prefix, run.getAttribute("count"), MAX_PORTS));
            }
            Media media = media(run.getAttribute("media"));
            int speed = number(run.getAttribute("speedMbps"), 0, "speedMbps");
            for (int i = 0; i < count; i++) {
                ports.add(new PortTemplate(prefix + (first + i), media, speed));
            }
        }
        List<PropertyTemplate> properties = new ArrayList<>();
        for (IConfigurationElement property : element.getChildren("property")) {
            String key = property.getAttribute("key");
            if (key != null && !key.isBlank()) {
                String name = property.getAttribute("name");
                properties.add(new PropertyTemplate(key, name == null || name.isBlank() ? key : name));
            }
        }
        String name = element.getAttribute("name");
        return new DeviceType(id, name == null || name.isBlank() ? id : name, element.getAttribute("icon"), tier(element.getAttribute("tier")),
                number(element.getAttribute("order"), DEFAULT_ORDER, "order"), contributor, List.copyOf(ports), List.copyOf(properties));
    }

    private static int number(String text, int missing, String attribute) {
        if (text == null || text.isBlank()) {
            return missing;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new ContributionReader.Refused(Messages.format("typeNumber", attribute, text));
        }
    }

    private static Media media(String text) {
        Media media = text == null ? Media.COPPER : Media.get(text.strip().toLowerCase(Locale.ROOT));
        if (media == null) {
            throw new ContributionReader.Refused(Messages.format("typeMedia", text));
        }
        return media;
    }

    private static Tier tier(String text) {
        try {
            return text == null ? Tier.ACCESS : Tier.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ContributionReader.Refused(Messages.format("typeTier", text));
        }
    }

}
