package org.opsbench.cases;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.opsbench.core.contributions.ContributionReader;

/**
 * The channels a case can come in through, from the {@code org.opsbench.cases.channels} extension
 * point: the seven built-in ones and whatever installed plug-ins add.
 */
public final class CaseChannels {

    public static final String EXTENSION_POINT = "org.opsbench.cases.channels";

    /** One channel; {@code contributor} is the plug-in that declared it, {@code icon} a path inside it or null. */
    public record Channel(String id, String name, int order, String contributor, String icon) {
    }

    private static final ContributionReader<Channel> READER = ContributionReader.of(EXTENSION_POINT,
            element -> new Channel(element.getAttribute("id"), ContributionReader.name(element), ContributionReader.order(element),
                    element.getContributor().getName(), element.getAttribute("icon")));

    private CaseChannels() {
    }

    /** @return the installed channels, in pick-list order; a duplicate id after the first is left out and logged */
    public static List<Channel> all() {
        List<Channel> channels = new ArrayList<>(READER.installed().stream().map(ContributionReader.Contribution::value).toList());
        channels.sort(Comparator.comparingInt(Channel::order).thenComparing(Channel::name));
        return List.copyOf(channels);
    }

    /** @return the name of a stored channel id; the id itself when its plug-in is no longer installed */
    public static String name(String id) {
        return all().stream().filter(channel -> channel.id().equals(id)).map(Channel::name).findFirst().orElse(id);
    }
}
