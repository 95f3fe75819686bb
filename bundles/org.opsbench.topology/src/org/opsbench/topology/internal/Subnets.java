package org.opsbench.topology.internal;

import inet.ipaddr.AddressStringException;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;

import org.opsbench.topology.TopologyException;

/**
 * IP addresses and subnets as engineers type them (IPv4 and IPv6, CIDR notation), read with the
 * IPAddress library: literals only, never a name lookup.
 */
public final class Subnets {

    private Subnets() {
    }

    /**
     * @return the subnet of a CIDR text such as 10.1.20.0/24
     * @throws TopologyException when it is not one, or has host bits set (10.1.20.5/24)
     */
    public static IPAddress subnet(String cidr) {
        IPAddress subnet = parse(cidr, "badSubnet");
        if (!subnet.isPrefixed()) {
            throw new TopologyException(Messages.format("subnetWithoutPrefix", cidr.strip()));
        }
        IPAddress network = subnet.toPrefixBlock();
        if (!network.getLower().equals(subnet.getLower())) {
            throw new TopologyException(Messages.format("subnetHostBits", cidr.strip(), network.toCanonicalString()));
        }
        return network;
    }

    /**
     * @return a single address such as 10.1.20.5
     * @throws TopologyException when it is not one
     */
    public static IPAddress address(String text) {
        IPAddress address = parse(text, "badAddress");
        if (address.isPrefixed() || address.isMultiple()) {
            throw new TopologyException(Messages.format("badAddress", text.strip()));
        }
        return address;
    }

    /** @return whether the subnet holds the address (both valid texts) */
    public static boolean contains(String cidr, String address) {
        return subnet(cidr).contains(address(address));
    }

    /** @return whether two subnets share an address */
    public static boolean overlap(String first, String second) {
        IPAddress a = subnet(first);
        IPAddress b = subnet(second);
        return a.getIPVersion() == b.getIPVersion() && (a.contains(b) || b.contains(a));
    }

    private static IPAddress parse(String text, String refusal) {
        if (text == null || text.isBlank()) {
            throw new TopologyException(Messages.format(refusal, ""));
        }
        try {
            IPAddress address = new IPAddressString(text.strip()).toAddress();
            if (address == null) {
                throw new TopologyException(Messages.format(refusal, text.strip()));
            }
            return address;
        } catch (AddressStringException e) {
            throw new TopologyException(Messages.format(refusal, text.strip()));
        }
    }
}
