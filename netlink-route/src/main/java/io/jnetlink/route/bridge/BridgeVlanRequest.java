package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.IfInfoMsgEncoder;
import io.jnetlink.route.wire.IfLink;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.BridgeVlanAttrs;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * {@code bridge vlan add|del vid VID[-VID_END] dev DEV [pvid] [untagged] [master] [self]}: one
 * {@code RTM_SETLINK} (add) or {@code RTM_DELLINK} (del) of family {@code AF_BRIDGE} with
 * {@code IFLA_AF_SPEC} holding {@code struct bridge_vlan_info} entries, made by {@link BridgeVlans}.
 * The bridge must filter VLANs ({@code vlan_filtering 1}); this kernel refuses that (EOPNOTSUPP).
 */
public final class BridgeVlanRequest extends BridgeRequest<BridgeVlanRequest> {
    private final boolean delete;
    private final int vid;
    private int vidEnd;
    private Dev dev;
    private int vlanFlags;
    private int bridgeFlags;

    BridgeVlanRequest(boolean delete, int vid) {
        this.delete = delete;
        this.vid = BridgeChecks.vid(vid, "vid");
    }

    /**
     * {@code dev DEV}: the port (or the bridge itself, with {@link #self()}); required.
     *
     * @param name the interface name
     * @return this request
     */
    public BridgeVlanRequest dev(String name) {
        this.dev = Dev.named(name, "dev");
        return this;
    }

    /**
     * {@code dev DEV} by interface index (no look-up).
     *
     * @param ifindex the interface index
     * @return this request
     */
    public BridgeVlanRequest dev(int ifindex) {
        this.dev = Dev.indexed(ifindex, "dev");
        return this;
    }

    /**
     * {@code vid VID-END}: a range from the first VID to {@code end}.
     *
     * @param end the last VLAN id of the range, above the first
     * @return this request
     */
    public BridgeVlanRequest to(int end) {
        BridgeChecks.vid(end, "vid range end");
        if (end <= vid) {
            throw new IllegalArgumentException("vid range end must be above " + vid + ": " + end);
        }
        this.vidEnd = end;
        return this;
    }

    /**
     * {@code pvid}: untagged ingress frames get this VLAN ({@code BRIDGE_VLAN_INFO_PVID}).
     *
     * @return this request
     */
    public BridgeVlanRequest pvid() {
        this.vlanFlags |= BridgeVlanAttrs.BRIDGE_VLAN_INFO_PVID;
        return this;
    }

    /**
     * {@code untagged}: egress frames leave untagged ({@code BRIDGE_VLAN_INFO_UNTAGGED}).
     *
     * @return this request
     */
    public BridgeVlanRequest untagged() {
        this.vlanFlags |= BridgeVlanAttrs.BRIDGE_VLAN_INFO_UNTAGGED;
        return this;
    }

    /**
     * {@code master}: the bridge's VLAN table ({@code BRIDGE_FLAGS_MASTER}).
     *
     * @return this request
     */
    public BridgeVlanRequest master() {
        this.bridgeFlags |= BridgeVlanAttrs.BRIDGE_FLAGS_MASTER;
        return this;
    }

    /**
     * {@code self}: the device's own VLAN table, e.g. the bridge device itself ({@code BRIDGE_FLAGS_SELF}).
     *
     * @return this request
     */
    public BridgeVlanRequest self() {
        this.bridgeFlags |= BridgeVlanAttrs.BRIDGE_FLAGS_SELF;
        return this;
    }

    @Override
    List<Dev> devices() {
        return java.util.Collections.singletonList(dev);
    }

    @Override
    void check() {
        if (dev == null) {
            throw new IllegalArgumentException("dev is required: bridge vlan needs the device of vid " + vid);
        }
        if (vidEnd != 0 && (vlanFlags & BridgeVlanAttrs.BRIDGE_VLAN_INFO_PVID) != 0) {
            throw new IllegalArgumentException("pvid cannot be a range: vid " + vid + "-" + vidEnd);
        }
    }

    @Override
    void encode(MessageWriter w, ToIntFunction<Dev> index) {
        int msg = w.beginMessage(delete ? Rtnl.RTM_DELLINK : Rtnl.RTM_SETLINK, 0);
        IfInfoMsgEncoder.writeBridge(w, index.applyAsInt(dev));
        // IFLA_AF_SPEC without NLA_F_NESTED, as iproute2 sends it
        int spec = w.beginNested(IfLink.IFLA_AF_SPEC, false);
        if (bridgeFlags != 0) {
            w.putAttrU16(BridgeVlanAttrs.IFLA_BRIDGE_FLAGS, bridgeFlags);
        }
        int flags = delete ? 0 : vlanFlags;
        if (vidEnd == 0) {
            vlanInfo(w, flags, vid);
        } else {
            vlanInfo(w, flags | BridgeVlanAttrs.BRIDGE_VLAN_INFO_RANGE_BEGIN, vid);
            vlanInfo(w, flags | BridgeVlanAttrs.BRIDGE_VLAN_INFO_RANGE_END, vidEnd);
        }
        w.endNested(spec);
        w.endMessage(msg);
    }

    private static void vlanInfo(MessageWriter w, int flags, int vid) {
        w.putAttrU32(BridgeVlanAttrs.IFLA_BRIDGE_VLAN_INFO, (flags & 0xFFFF) | (vid << 16)); // {u16 flags; u16 vid}
    }

    @Override
    public String describe() {
        return (delete ? "RTM_DELLINK bridge vlan del" : "RTM_SETLINK bridge vlan add") + " vid " + vid
                + (vidEnd != 0 ? "-" + vidEnd : "") + " dev " + dev;
    }
}
