package io.jnetlink.generic;

import io.jnetlink.generic.ethtool.Ethtool;
import io.jnetlink.generic.ethtool.EthtoolEvents;
import io.jnetlink.generic.mptcp.MptcpEndpoints;
import io.jnetlink.generic.wireguard.Wireguard;
import io.jnetlink.generic.wireguard.WireguardKey;
import io.jnetlink.generic.wireguard.WireguardPeerConfig;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every generic-netlink row of the README's {@code ip}/{@code nft} → Java table builds as written (nothing is sent). */
class ReadmeRowsTest {
    @Test
    void everyGenericRowBuilds() {
        WireguardKey k = WireguardKey.of(new byte[32]);
        WireguardKey p = WireguardKey.of(new byte[32]);
        assertNotNull(GenericFamilies.command("netdev", 1).dump());
        assertNotNull(Ethtool.show("veth0"));
        assertNotNull(Ethtool.showFeatures("veth0"));
        assertNotNull(Ethtool.listFeatures());
        assertNotNull(Ethtool.features("veth0").set("tx-tcp-segmentation", false));
        assertNotNull(Ethtool.showChannels("veth0"));
        assertNotNull(Ethtool.channels("veth0").rx(2));
        assertNotNull(Ethtool.showRings("eth0"));
        assertNotNull(Ethtool.rings("eth0").rx(512));
        assertNotNull(Ethtool.driverInfo("veth0"));
        assertNotNull(Ethtool.statistics("veth0"));
        assertNotNull(EthtoolEvents.subscribe());
        assertNotNull(MptcpEndpoints.add("10.0.0.1").dev("veth0").id(5).signal());
        assertNotNull(MptcpEndpoints.list());
        assertNotNull(MptcpEndpoints.delete(5));
        assertNotNull(MptcpEndpoints.flush());
        assertNotNull(MptcpEndpoints.setLimits().subflows(3).addAddrAccepted(4));
        assertNotNull(MptcpEndpoints.showLimits());
        assertNotNull(Wireguard.set("wg0").privateKey(k).listenPort(51820)
                .peer(WireguardPeerConfig.of(p).endpoint("192.0.2.1", 51821).allowedIp("10.0.0.0/24")));
        assertNotNull(Wireguard.show("wg0"));
    }
}
