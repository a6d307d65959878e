package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.wire.IpsetAttrs;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ipset list [NAME]} ({@code IPSET_CMD_LIST}) or {@code ipset save [NAME]}
 * ({@code IPSET_CMD_SAVE}): {@link #apply()} collects records, {@link #stream} hands each reply
 * message to a reusable {@link IpSetView} so a set of any size is read without holding it.
 */
public final class IpSetListRequest extends NetlinkRequest<IpSetListRequest, List<IpSet>> {
    private final int command;
    private final String name;
    private boolean headersOnly;

    IpSetListRequest(int command, String name) {
        this.command = command;
        this.name = name;
    }

    /**
     * {@code ipset list -t}: headers only, no members.
     *
     * @return this request
     */
    public IpSetListRequest headersOnly() {
        this.headersOnly = true;
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_NETFILTER;
    }

    @Override
    public List<IpSet> apply(NetlinkConnection connection) {
        List<IpSet> sets = new ArrayList<>();
        List<List<IpSetEntry>> members = new ArrayList<>();
        stream(connection, new IpSetHandler() {
            @Override
            public boolean onMessage(IpSetView view) {
                if (view.hasHeader() || sets.isEmpty() || !sets.get(sets.size() - 1).name().equals(view.name())) {
                    sets.add(view.toIpSet());
                    members.add(new ArrayList<>());
                }
                List<IpSetEntry> into = members.get(members.size() - 1);
                while (view.nextEntry()) {
                    into.add(view.toEntry());
                }
                return true;
            }

            @Override
            public void onRestart() {
                sets.clear();
                members.clear();
            }
        });
        List<IpSet> out = new ArrayList<>(sets.size());
        for (int i = 0; i < sets.size(); i++) {
            out.add(sets.get(i).withEntries(members.get(i)));
        }
        return out;
    }

    /**
     * Streams the listing in the target namespace (see {@link #in}).
     *
     * @param handler receives each reply message through one reused view
     */
    public void stream(IpSetHandler handler) {
        stream(targetNamespace().connection(protocol()), handler);
    }

    /**
     * Streams the listing on {@code connection}: one {@link IpSetView} is reused for every message.
     *
     * @param connection a {@code NETLINK_NETFILTER} connection
     * @param handler    receives each reply message
     */
    public void stream(NetlinkConnection connection, IpSetHandler handler) {
        if (handler == null) {
            throw new IllegalArgumentException("handler must not be null");
        }
        int protocol = IpsetHandshake.protocol(connection);
        IpSetView view = new IpSetView();
        String operation = IpsetMessages.FAMILY.typeName(IpsetAttrs.NFNL_SUBSYS_IPSET << 8 | command)
                + (name == null ? " (all sets)" : " " + name);
        try {
            connection.dump(operation, w -> encode(w, protocol), new MessageHandler() {
                @Override
                public boolean onMessage(MessageReader message) {
                    return handler.onMessage(view.wrap(message));
                }

                @Override
                public void onRestart() {
                    handler.onRestart();
                }
            });
        } catch (NetlinkException e) {
            throw IpsetErrors.named(e);
        }
    }

    /**
     * Writes the dump request as ipset 7 does.
     *
     * @param w        the writer
     * @param protocol the negotiated protocol version
     */
    void encode(MessageWriter w, int protocol) {
        int start = IpsetMessages.begin(w, command, 0, protocol);
        if (name != null) {
            w.putAttrString(IpsetAttrs.IPSET_ATTR_SETNAME, name);
        }
        if (headersOnly) {
            w.putAttrU32Be(IpsetAttrs.IPSET_ATTR_FLAGS | io.jnetlink.core.message.Nla.F_NET_BYTEORDER,
                    IpsetAttrs.IPSET_FLAG_LIST_HEADER);
        }
        w.endMessage(start);
    }
}
