package org.opsbench.notifications;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.opsbench.core.contributions.ContributionReader;
import org.opsbench.notifications.internal.Messages;

/** The installed notification channels, from {@code org.opsbench.notifications.channels}; e-mail, SMS and workbench use it too. */
public final class NotificationChannels {

    public static final String EXTENSION_POINT = "org.opsbench.notifications.channels";

    /** A channel: its id, its name for pick lists and the plug-in that contributes it. */
    public record Entry(String id, String name, String contributor) {
    }

    /** The declarations; a channel's class is created for each message, when it is used. */
    private static final ContributionReader<IConfigurationElement> READER = ContributionReader.elements(EXTENSION_POINT);

    private NotificationChannels() {
    }

    /** @return the channel with this id, created fresh; empty when no installed plug-in declares it or it cannot be created */
    public static Optional<NotificationChannel> create(String id) throws DeliveryException {
        IConfigurationElement element = elements().get(id);
        if (element == null) {
            return Optional.empty();
        }
        try {
            return Optional.of((NotificationChannel) element.createExecutableExtension("class"));
        } catch (CoreException | ClassCastException e) {
            throw new DeliveryException(Messages.format("channelBroken", id, element.getContributor().getName(), e.getMessage()), e);
        }
    }

    /** @return id and name of every installed channel */
    public static Map<String, String> names() {
        Map<String, String> names = new LinkedHashMap<>();
        all().forEach(entry -> names.put(entry.id(), entry.name()));
        return names;
    }

    /** @return every installed channel, by order; of two with one id, the first read wins (the built-in ones first) */
    public static List<Entry> all() {
        List<Entry> all = new ArrayList<>();
        elements().forEach((id, element) -> all.add(new Entry(id, element.getAttribute("name") == null ? id : element.getAttribute("name"),
                element.getContributor().getName())));
        return all;
    }

    private static Map<String, IConfigurationElement> elements() {
        Map<String, IConfigurationElement> byId = new LinkedHashMap<>();
        READER.installed().forEach(contribution -> byId.put(contribution.key(), contribution.value()));
        return byId;
    }
}
