package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.wire.IpsetAttrs;

/**
 * The commands that take set names only: {@code ipset destroy [NAME]}, {@code ipset flush [NAME]},
 * {@code ipset rename FROM TO}, {@code ipset swap A B}.
 */
public final class IpSetCommandRequest extends NetlinkRequest<IpSetCommandRequest, Void> {
    private final int command;
    private final String name;
    private final String name2;

    IpSetCommandRequest(int command, String name, String name2) {
        this.command = command;
        this.name = name;
        this.name2 = name2;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_NETFILTER;
    }

    @Override
    public Void apply(NetlinkConnection connection) {
        int protocol = IpsetHandshake.protocol(connection);
        String operation = IpsetMessages.FAMILY.typeName(IpsetAttrs.NFNL_SUBSYS_IPSET << 8 | command)
                + (name == null ? " (all sets)" : " " + name) + (name2 == null ? "" : " " + name2);
        try {
            connection.request(operation, w -> encode(w, protocol));
        } catch (NetlinkException e) {
            throw IpsetErrors.named(e);
        }
        return null;
    }

    /**
     * Writes the command as ipset 7 does ({@code NLM_F_EXCL} on destroy).
     *
     * @param w        the writer
     * @param protocol the negotiated protocol version
     */
    void encode(MessageWriter w, int protocol) {
        int flags = command == IpsetAttrs.IPSET_CMD_DESTROY ? Netlink.NLM_F_EXCL : 0;
        int start = IpsetMessages.begin(w, command, flags, protocol);
        if (name != null) {
            w.putAttrString(IpsetAttrs.IPSET_ATTR_SETNAME, name);
        }
        if (name2 != null) {
            w.putAttrString(IpsetAttrs.IPSET_ATTR_SETNAME2, name2);
        }
        w.endMessage(start);
    }
}
