package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.message.MessageFamily;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.Nla;
import io.jnetlink.netfilter.wire.IpsetAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;

/**
 * Framing every ipset request shares (the {@code nlmsghdr} type, the {@code nfgenmsg} and the
 * leading {@code IPSET_ATTR_PROTOCOL}, byte for byte as ipset 7 sends them), and the names of the
 * ipset message types for traces.
 */
final class IpsetMessages implements MessageFamily {
    /** The registered instance. */
    static final IpsetMessages FAMILY = new IpsetMessages();

    private static final String[] NAMES = {null, "IPSET_CMD_PROTOCOL", "IPSET_CMD_CREATE", "IPSET_CMD_DESTROY",
        "IPSET_CMD_FLUSH", "IPSET_CMD_RENAME", "IPSET_CMD_SWAP", "IPSET_CMD_LIST", "IPSET_CMD_SAVE", "IPSET_CMD_ADD",
        "IPSET_CMD_DEL", "IPSET_CMD_TEST", "IPSET_CMD_HEADER", "IPSET_CMD_TYPE", "IPSET_CMD_GET_BYNAME",
        "IPSET_CMD_GET_BYINDEX"};

    private IpsetMessages() {
    }

    @Override
    public int protocol() {
        return Netlink.NETLINK_NETFILTER;
    }

    @Override
    public String typeName(int type) {
        int cmd = type & 0xFF;
        return type >> 8 == IpsetAttrs.NFNL_SUBSYS_IPSET && cmd > 0 && cmd < NAMES.length ? NAMES[cmd] : null;
    }

    @Override
    public int fixedHeaderLength(int type) {
        return typeName(type) != null ? NfGenMsg.NFGENMSG_LENGTH : -1;
    }

    /**
     * Begins an ipset request: type {@code NFNL_SUBSYS_IPSET << 8 | cmd}, an {@code nfgenmsg} with
     * family {@code AF_INET} (ipset always sends it; the set's family travels in
     * {@code IPSET_ATTR_FAMILY}) and {@code IPSET_ATTR_PROTOCOL}.
     */
    static int begin(MessageWriter w, int cmd, int flags, int protocol) {
        int start = NfGenMsg.begin(w, IpsetAttrs.NFNL_SUBSYS_IPSET, cmd, flags, IpsetAttrs.NFPROTO_IPV4, 0);
        w.putAttrU8(IpsetAttrs.IPSET_ATTR_PROTOCOL, protocol);
        return start;
    }

    static void putBe32(MessageWriter w, int type, long value) {
        w.putAttrU32Be(type | Nla.F_NET_BYTEORDER, (int) value);
    }

    static void putBe16(MessageWriter w, int type, int value) {
        w.putAttrU16Be(type | Nla.F_NET_BYTEORDER, value);
    }

    static void putBe64(MessageWriter w, int type, long value) {
        w.putAttrU64Be(type | Nla.F_NET_BYTEORDER, value);
    }

    /** {@code IPSET_ATTR_IP} or {@code IPSET_ATTR_IP2}: a nest holding {@code IPSET_ATTR_IPADDR_IPV4|IPV6}, network byte order. */
    static void putAddress(MessageWriter w, int type, byte[] address) {
        int ip = w.beginNested(type);
        w.putAttrBytes((address.length == 4 ? IpsetAttrs.IPSET_ATTR_IPADDR_IPV4 : IpsetAttrs.IPSET_ATTR_IPADDR_IPV6)
                | Nla.F_NET_BYTEORDER, address);
        w.endNested(ip);
    }
}
