package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.netfilter.wire.IpsetAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;

/**
 * The questions ipset asks the kernel before a command, as the {@code ipset} tool does: the
 * protocol version ({@code IPSET_CMD_PROTOCOL}), a type's newest revision ({@code IPSET_CMD_TYPE},
 * before {@code create}) and a set's type and family ({@code IPSET_CMD_HEADER}, before
 * {@code add}/{@code del}/{@code test}).
 */
final class IpsetHandshake {
    /** {@code EPROTO} (asm-generic/errno.h): the kernel's answer does not fit the protocol. */
    private static final int EPROTO = 71;

    private IpsetHandshake() {
    }

    /** What {@code IPSET_CMD_HEADER} says of a set. */
    record Header(String typeName, int revision, int family) {
    }

    /**
     * {@code IPSET_CMD_PROTOCOL}: the version both sides speak, {@link IpsetAttrs#IPSET_PROTOCOL} or
     * the kernel's if older (down to {@link IpsetAttrs#IPSET_PROTOCOL_MIN}).
     */
    static int protocol(NetlinkConnection c) {
        int[] kernel = {-1};
        AttributeReader a = new AttributeReader();
        try {
            c.request("IPSET_CMD_PROTOCOL", w -> w.endMessage(
                    IpsetMessages.begin(w, IpsetAttrs.IPSET_CMD_PROTOCOL, 0, IpsetAttrs.IPSET_PROTOCOL)), m -> {
                        m.attributes(a, NfGenMsg.NFGENMSG_LENGTH);
                        if (a.find(IpsetAttrs.IPSET_ATTR_PROTOCOL)) {
                            kernel[0] = a.u8();
                        }
                        return true;
                    });
        } catch (NetlinkException e) {
            throw IpsetErrors.named(e);
        }
        if (kernel[0] < IpsetAttrs.IPSET_PROTOCOL_MIN) {
            throw NetlinkException.kernel("IPSET_CMD_PROTOCOL: the kernel speaks ipset protocol " + kernel[0]
                    + ", this library " + IpsetAttrs.IPSET_PROTOCOL_MIN + ".." + IpsetAttrs.IPSET_PROTOCOL,
                    EPROTO, null, -1, 0);
        }
        return Math.min(kernel[0], IpsetAttrs.IPSET_PROTOCOL);
    }

    /** {@code IPSET_CMD_TYPE}: the newest revision of {@code typeName} the kernel has for {@code family}. */
    static int revision(NetlinkConnection c, int protocol, String typeName, int family) {
        int[] revision = {-1};
        AttributeReader a = new AttributeReader();
        try {
            c.request("IPSET_CMD_TYPE " + typeName, w -> {
                int start = IpsetMessages.begin(w, IpsetAttrs.IPSET_CMD_TYPE, 0, protocol);
                w.putAttrString(IpsetAttrs.IPSET_ATTR_TYPENAME, typeName);
                w.putAttrU8(IpsetAttrs.IPSET_ATTR_FAMILY, family);
                w.endMessage(start);
            }, m -> {
                m.attributes(a, NfGenMsg.NFGENMSG_LENGTH);
                if (a.find(IpsetAttrs.IPSET_ATTR_REVISION)) {
                    revision[0] = a.u8();
                }
                return true;
            });
        } catch (NetlinkException e) {
            throw IpsetErrors.named(e);
        }
        if (revision[0] < 0) {
            throw NetlinkException.kernel("IPSET_CMD_TYPE " + typeName + ": no revision in the reply", EPROTO,
                    null, -1, 0);
        }
        return revision[0];
    }

    /** {@code IPSET_CMD_HEADER}: the type and family of set {@code name}. */
    static Header header(NetlinkConnection c, int protocol, String name) {
        Header[] header = {null};
        AttributeReader a = new AttributeReader();
        try {
            c.request("IPSET_CMD_HEADER " + name, w -> {
                int start = IpsetMessages.begin(w, IpsetAttrs.IPSET_CMD_HEADER, 0, protocol);
                w.putAttrString(IpsetAttrs.IPSET_ATTR_SETNAME, name);
                w.endMessage(start);
            }, m -> {
                m.attributes(a, NfGenMsg.NFGENMSG_LENGTH);
                String type = a.find(IpsetAttrs.IPSET_ATTR_TYPENAME) ? a.string() : null;
                int revision = a.find(IpsetAttrs.IPSET_ATTR_REVISION) ? a.u8() : -1;
                int family = a.find(IpsetAttrs.IPSET_ATTR_FAMILY) ? a.u8() : -1;
                header[0] = new Header(type, revision, family);
                return true;
            });
        } catch (NetlinkException e) {
            throw IpsetErrors.named(e);
        }
        if (header[0] == null || header[0].typeName() == null) {
            throw NetlinkException.kernel("IPSET_CMD_HEADER " + name + ": no type in the reply", EPROTO, null, -1, 0);
        }
        return header[0];
    }
}
