package org.opsbench.topology.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opsbench.topology.TopologyException;
import org.opsbench.topology.internal.Subnets;

/** Addresses and subnets as engineers type them, and what is refused with which advice. */
class SubnetsTest {

    @Test
    void subnetsHoldAddressesAndOverlap() {
        assertTrue(Subnets.contains("10.1.20.0/24", "10.1.20.254"));
        assertFalse(Subnets.contains("10.1.20.0/24", "10.1.21.1"));
        assertTrue(Subnets.overlap("10.1.0.0/16", "10.1.20.0/24"));
        assertFalse(Subnets.overlap("10.1.20.0/24", "10.1.21.0/24"));
        assertFalse(Subnets.overlap("10.1.20.0/24", "2001:db8::/64"), "IPv4 and IPv6 never overlap");
        assertTrue(Subnets.contains("2001:db8::/64", "2001:db8::5"));
        assertEquals("10.1.20.0/24", Subnets.subnet(" 10.1.20.0/24 ").toCanonicalString());
    }

    @Test
    void whatIsNotAnAddressOrASubnetIsRefusedWithAdvice() {
        assertEquals("\"10.1.20.5/24\" is an address inside 10.1.20.0/24, not a subnet; write 10.1.20.0/24.",
                assertThrows(TopologyException.class, () -> Subnets.subnet("10.1.20.5/24")).getMessage());
        assertEquals("\"10.1.20.0\" has no prefix length; write it in CIDR notation, e.g. 10.1.20.0/24.",
                assertThrows(TopologyException.class, () -> Subnets.subnet("10.1.20.0")).getMessage());
        assertEquals("\"10.1.300.0/24\" is not a subnet; write it in CIDR notation, e.g. 10.1.20.0/24.",
                assertThrows(TopologyException.class, () -> Subnets.subnet("10.1.300.0/24")).getMessage());
        assertEquals("\"core-sw-01\" is not an IP address, e.g. 10.1.20.5 or 2001:db8::5.",
                assertThrows(TopologyException.class, () -> Subnets.address("core-sw-01")).getMessage(), "a name is never looked up");
        assertThrows(TopologyException.class, () -> Subnets.address("10.1.20.0/24"), "a subnet is not one address");
    }
}
