package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.IfLink;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.IfInfoMsg;
import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.testkit.Golden;
import io.jnetlink.route.wire.BridgeVlanAttrs;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code bridge vlan show} decoding against a reply built from the UAPI layouts (this kernel has no
 * VLAN filtering to send one): an {@code AF_BRIDGE} {@code RTM_NEWLINK} whose {@code IFLA_AF_SPEC}
 * holds {@code struct bridge_vlan_info} entries, one plain and one compressed range.
 */
class BridgeVlanDecodeTest {
    @Test
    void shouldExpandRangesAndKeepPvidAndUntaggedFlags() {
        MessageWriter w = new MessageWriter(256);
        int msg = w.beginMessage(Rtnl.RTM_NEWLINK, 0);
        int h = w.reserve(IfInfoMsg.LENGTH);
        w.putU8At(h + IfInfoMsg.FAMILY_OFFSET, NdMsg.AF_BRIDGE);
        w.putU32At(h + IfInfoMsg.INDEX_OFFSET, 4);
        w.putAttrString(IfLink.IFLA_IFNAME, "v0");
        w.putAttrU32(IfLink.IFLA_MASTER, 2);
        int spec = w.beginNested(IfLink.IFLA_AF_SPEC);
        vlan(w, BridgeVlanAttrs.BRIDGE_VLAN_INFO_PVID | BridgeVlanAttrs.BRIDGE_VLAN_INFO_UNTAGGED, 1);
        vlan(w, BridgeVlanAttrs.BRIDGE_VLAN_INFO_RANGE_BEGIN, 20);
        vlan(w, BridgeVlanAttrs.BRIDGE_VLAN_INFO_RANGE_END, 30);
        w.endNested(spec);
        w.endMessage(msg);
        byte[] bytes = new byte[w.position()];
        w.buffer().get(0, bytes);
        ByteBuffer b = Golden.direct(bytes);
        MessageReader m = new MessageReader().wrap(b, 0, bytes.length);
        m.next();

        BridgePortView view = new BridgePortView().wrap(m);
        List<BridgeVlan> vlans = new ArrayList<>();
        view.forEachVlan(vlans::add);
        assertEquals(12, vlans.size(), vlans.toString());
        assertEquals(new BridgeVlan(4, 1, BridgeVlanAttrs.BRIDGE_VLAN_INFO_PVID | BridgeVlanAttrs.BRIDGE_VLAN_INFO_UNTAGGED),
                vlans.get(0));
        assertTrue(vlans.get(0).isPvid() && vlans.get(0).isUntagged());
        assertEquals("dev#4 vid 1 PVID Egress Untagged", vlans.get(0).toString());
        for (int i = 1; i < 12; i++) {
            assertEquals(new BridgeVlan(4, 19 + i, 0), vlans.get(i));
        }
        assertFalse(view.isPort(), "no IFLA_PROTINFO: the bridge's own entry, not a port");
        assertEquals(vlans, view.toBridgePort().vlans());
        assertEquals("v0", view.name());
        assertEquals(2, view.masterIndex());
    }

    private static void vlan(MessageWriter w, int flags, int vid) {
        w.putAttrU32(BridgeVlanAttrs.IFLA_BRIDGE_VLAN_INFO, flags | vid << 16);
    }
}
