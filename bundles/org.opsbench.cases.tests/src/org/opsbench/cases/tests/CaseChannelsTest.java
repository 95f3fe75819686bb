package org.opsbench.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsbench.cases.CaseChannels;
import org.opsbench.cases.CaseChannels.Channel;

/** Channels come from the extension point: the built-in seven and this test plug-in's own. */
class CaseChannelsTest {

    @Test
    void builtInAndContributedChannelsAreListedInOrderAndADuplicateIdIsLeftOut() {
        List<Channel> channels = CaseChannels.all();
        assertEquals(List.of("hotline", "org.opsbench.cases.tests.chat", "fax", "letter", "email", "web-form", "visit", "monitoring-alarm"),
                channels.stream().map(Channel::id).toList());
        assertEquals("Chat", channels.get(1).name());
        assertEquals("org.opsbench.cases.tests", channels.get(1).contributor());
        assertEquals("Fax", CaseChannels.name("fax"), "the built-in declaration wins over the later duplicate");
        assertEquals("Hotline", CaseChannels.name("hotline"));
        assertEquals("com.example.removed", CaseChannels.name("com.example.removed"), "a channel whose plug-in is gone keeps its id");
    }
}
