package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.MacAddress;
import io.jnetlink.route.wire.BrPortMsg;
import io.jnetlink.route.wire.MdbAttrs;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * {@code bridge mdb add|del dev BRIDGE port PORT grp GROUP [permanent|temp] [vid VID]}: one
 * {@code RTM_NEWMDB}/{@code RTM_DELMDB} with an {@code MDBA_SET_ENTRY}, made by {@link Mdb}.
 * The bridge must have multicast snooping on (the default).
 */
public final class MdbRequest extends BridgeRequest<MdbRequest> {
    private final boolean delete;
    private final byte[] group;
    private final int proto;
    private final String groupText;
    private Dev bridge;
    private Dev port;
    private boolean permanent;
    private int vid;

    MdbRequest(boolean delete, String group) {
        this.delete = delete;
        if (group != null && group.indexOf(':') > 0 && group.length() == 17 && group.indexOf('.') < 0
                && group.chars().filter(c -> c == ':').count() == 5) {
            this.group = MacAddress.parse(group, "grp");
            this.proto = 0;
        } else {
            InetAddress a = IpAddresses.parse(group, "grp");
            if (!a.isMulticastAddress()) {
                throw new IllegalArgumentException("grp must be a multicast address: " + group);
            }
            this.group = a.getAddress();
            this.proto = this.group.length == 4 ? MdbAttrs.ETH_P_IP : MdbAttrs.ETH_P_IPV6;
        }
        this.groupText = group;
    }

    /**
     * {@code dev BRIDGE}: the bridge; required.
     *
     * @param name the bridge's name
     * @return this request
     */
    public MdbRequest dev(String name) {
        this.bridge = Dev.named(name, "dev");
        return this;
    }

    /**
     * {@code dev BRIDGE} by interface index (no look-up).
     *
     * @param ifindex the bridge's index
     * @return this request
     */
    public MdbRequest dev(int ifindex) {
        this.bridge = Dev.indexed(ifindex, "dev");
        return this;
    }

    /**
     * {@code port PORT} by interface index (no look-up).
     *
     * @param ifindex the port's index
     * @return this request
     */
    public MdbRequest port(int ifindex) {
        this.port = Dev.indexed(ifindex, "port");
        return this;
    }

    /**
     * {@code port PORT}: the bridge port that joins the group; required.
     *
     * @param name the port's name
     * @return this request
     */
    public MdbRequest port(String name) {
        this.port = Dev.named(name, "port");
        return this;
    }

    /**
     * {@code permanent}: the membership does not expire (default {@code temp}).
     *
     * @return this request
     */
    public MdbRequest permanent() {
        this.permanent = true;
        return this;
    }

    /**
     * {@code vid VID}: the VLAN of the membership, 1..4094.
     *
     * @param vid the VLAN id
     * @return this request
     */
    public MdbRequest vid(int vid) {
        this.vid = BridgeChecks.vid(vid, "vid");
        return this;
    }

    @Override
    List<Dev> devices() {
        return Arrays.asList(bridge, port);
    }

    @Override
    void check() {
        if (bridge == null) {
            throw new IllegalArgumentException("dev is required: bridge mdb needs the bridge of grp " + groupText);
        }
        if (port == null) {
            throw new IllegalArgumentException("port is required: bridge mdb needs the port of grp " + groupText);
        }
    }

    @Override
    void encode(MessageWriter w, ToIntFunction<Dev> index) {
        int msg = w.beginMessage(delete ? BrPortMsg.RTM_DELMDB : BrPortMsg.RTM_NEWMDB,
                delete ? 0 : Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL);
        int h = w.reserve(BrPortMsg.LENGTH);
        w.putU8At(h + BrPortMsg.FAMILY_OFFSET, NdMsg.AF_BRIDGE);
        w.putU32At(h + BrPortMsg.IFINDEX_OFFSET, index.applyAsInt(bridge));
        byte[] entry = new byte[MdbAttrs.ENTRY_LENGTH];
        java.nio.ByteBuffer e = java.nio.ByteBuffer.wrap(entry).order(java.nio.ByteOrder.nativeOrder());
        e.putInt(MdbAttrs.ENTRY_IFINDEX_OFFSET, index.applyAsInt(port));
        // like bridge mdb del, a delete names the group without its state
        e.put(MdbAttrs.ENTRY_STATE_OFFSET, (byte) (permanent && !delete ? MdbAttrs.MDB_PERMANENT : MdbAttrs.MDB_TEMPORARY));
        e.putShort(MdbAttrs.ENTRY_VID_OFFSET, (short) vid);
        e.put(MdbAttrs.ENTRY_ADDR_OFFSET, group);
        entry[MdbAttrs.ENTRY_PROTO_OFFSET] = (byte) (proto >> 8); // be16
        entry[MdbAttrs.ENTRY_PROTO_OFFSET + 1] = (byte) proto;
        w.putAttrBytes(MdbAttrs.MDBA_SET_ENTRY, entry);
        w.endMessage(msg);
    }

    @Override
    public String describe() {
        return (delete ? "RTM_DELMDB bridge mdb del" : "RTM_NEWMDB bridge mdb add") + " dev " + bridge + " port " + port
                + " grp " + groupText;
    }
}
