package org.opsbench.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/** The installed notification channels, from {@code org.opsbench.notifications.channels}; e-mail, SMS and workbench use it too. */
public final class NotificationChannels {

    public static final String EXTENSION_POINT = "org.opsbench.notifications.channels";

    /** A channel id and its name for pick lists. */
    public record Entry(String id, String name) {
    }

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
        elements().forEach((id, element) -> names.put(id, element.getAttribute("name") == null ? id : element.getAttribute("name")));
        return names;
    }

    private static Map<String, IConfigurationElement> elements() {
        Map<String, IConfigurationElement> byId = new LinkedHashMap<>();
        IExtensionRegistry registry = RegistryFactory.getRegistry();
        if (registry != null) {
            for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
                if (element.getAttribute("id") != null) {
                    byId.putIfAbsent(element.getAttribute("id"), element);
                }
            }
        }
        return byId;
    }
}
