package org.opsbench.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.opsbench.topology.DeviceTypes;
import org.opsbench.topology.model.Media;

/** The device types as the palette gets them: the built-in ones and a plug-in's, through one extension point. */
class DeviceTypesTest {

    @Test
    void theBuiltInTypesAndAPlugInsComeInPaletteOrder() {
        assertEquals(List.of("wan", "router", "firewall", "behaviour-gateway", "switch", "org.opsbench.topology.tests.load-balancer",
                "wireless-ap", "server", "storage", "ups"), DeviceTypes.all().stream().map(DeviceTypes.DeviceType::id).toList(),
                "the plug-in's second router and its type with a malformed run of ports are left out");

        DeviceTypes.DeviceType router = DeviceTypes.find("router");
        assertEquals("Router", router.name());
        assertEquals("org.opsbench.topology", router.contributor(), "the first contribution of an id wins");
        assertEquals(DeviceTypes.Tier.EDGE, router.tier());
        for (DeviceTypes.DeviceType builtIn : DeviceTypes.all()) {
            if (builtIn.contributor().equals("org.opsbench.topology")) {
                assertEquals("icons/" + builtIn.id() + ".png", builtIn.icon());
                assertNotNull(org.eclipse.core.runtime.Platform.getBundle(builtIn.contributor()).getEntry(builtIn.icon()),
                        builtIn.icon() + " ships in the bundle");
            }
        }

        DeviceTypes.DeviceType sw = DeviceTypes.find("switch");
        assertEquals(28, sw.ports().size());
        assertEquals(new DeviceTypes.PortTemplate("GE1/0/1", Media.COPPER, 1000), sw.ports().get(0));
        assertEquals(new DeviceTypes.PortTemplate("XGE1/0/4", Media.FIBER, 10000), sw.ports().get(27));
        assertEquals(List.of("firmware", "stack"), sw.properties().stream().map(DeviceTypes.PropertyTemplate::key).toList());
        assertEquals("Firmware", sw.properties().get(0).name());

        DeviceTypes.DeviceType balancer = DeviceTypes.find("org.opsbench.topology.tests.load-balancer");
        assertEquals("org.opsbench.topology.tests", balancer.contributor());
        assertEquals("port8", balancer.ports().get(7).name());
        assertNull(DeviceTypes.find("org.opsbench.topology.tests.broken"));
    }
}
