package io.jnetlink.route;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.MacAddress;

import java.net.InetAddress;

/**
 * {@code ip neigh add|replace|del ADDR lladdr MAC dev NAME [nud STATE]}: one {@code RTM_NEWNEIGH}
 * or {@code RTM_DELNEIGH}, made by {@link Neighbors#add}, {@link Neighbors#replace} and
 * {@link Neighbors#delete}. New entries are permanent unless another state is given.
 */
public final class NeighborRequest extends NetlinkRequest<NeighborRequest, Void> implements RequestEncoder {
    enum Kind { ADD, REPLACE, DELETE }

    private final Kind kind;
    private final InetAddress address;
    private final byte[] addressBytes; // taken once: InetAddress.getAddress() copies
    private byte[] lladdr;
    private String dev;
    private int devIndex;
    private int state = NdMsg.NUD_PERMANENT;
    private int flags;

    NeighborRequest(Kind kind, String address) {
        this.kind = kind;
        this.address = IpAddresses.parse(address, "neighbour address");
        this.addressBytes = this.address.getAddress();
    }

    /**
     * {@code lladdr MAC}: the link-layer address ({@code NDA_LLADDR}), six hex bytes.
     *
     * @param mac a MAC address, e.g. {@code "02:00:00:00:00:01"}
     * @return this request
     */
    public NeighborRequest lladdr(String mac) {
        this.lladdr = MacAddress.parse(mac, "lladdr");
        return this;
    }

    /**
     * {@code dev NAME}: the interface (this or {@link #dev(int)} is required); {@link #apply}
     * looks the name up in the target namespace with one {@code RTM_GETLINK} per call.
     *
     * @param name the interface name
     * @return this request
     */
    public NeighborRequest dev(String name) {
        this.dev = InterfaceNames.check(name, "dev");
        this.devIndex = 0;
        return this;
    }

    /**
     * {@code dev NAME} given by interface index ({@code ndm_ifindex}), as {@code ip neigh} sends
     * it once it has looked the name up: no look-up round trip. Look the index up once for many
     * entries ({@code Links.get(name).orElseThrow().index()}); an index names whatever device has
     * it when the request runs (indexes are reused after a device is deleted).
     *
     * @param ifindex the interface index, positive
     * @return this request
     */
    public NeighborRequest dev(int ifindex) {
        if (ifindex <= 0) {
            throw new IllegalArgumentException("dev index must be positive: " + ifindex);
        }
        this.devIndex = ifindex;
        this.dev = null;
        return this;
    }

    /**
     * {@code nud STATE}: permanent (the default), reachable, stale, noarp, … ({@code ndm_state}).
     *
     * @param state the neighbour state
     * @return this request
     */
    public NeighborRequest state(NeighborState state) {
        if (state == null || state == NeighborState.UNKNOWN) {
            throw new IllegalArgumentException("state must be a single known NUD_* state: " + state);
        }
        this.state = state.raw();
        return this;
    }

    /**
     * {@code router}: the neighbour is an IPv6 router ({@code NTF_ROUTER}).
     *
     * @return this request
     */
    public NeighborRequest router() {
        if (IpAddresses.family(address) != IpAddresses.AF_INET6) {
            throw new IllegalArgumentException("router is for IPv6 neighbours only: " + address.getHostAddress());
        }
        this.flags |= NdMsg.NTF_ROUTER;
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public Void apply(NetlinkConnection connection) {
        connection.request(resolve(connection));
        return null;
    }

    /**
     * Looks up {@code dev NAME} in {@code connection}'s namespace (one {@code RTM_GETLINK}, as
     * {@code ip neigh} does) and returns an encoder of this request with that index; returns the
     * request itself when its device was given by index.
     *
     * @param connection a {@code NETLINK_ROUTE} connection of the namespace the request will run in
     * @return an encoder writing this request (as it is when it encodes) with the index found now
     * @throws IllegalArgumentException if the request is incomplete
     * @throws io.jnetlink.core.NetlinkException ENODEV when the device does not exist
     */
    public RequestEncoder resolve(NetlinkConnection connection) {
        check();
        if (dev == null) {
            return this;
        }
        int index = LinkIndexes.resolve(connection, dev);
        return new RequestEncoder() {
            @Override
            public void encode(MessageWriter w) {
                check();
                NeighborRequest.this.encode(w, index);
            }

            @Override
            public String describe() {
                return NeighborRequest.this.describe();
            }
        };
    }

    /**
     * Writes this {@code ip neigh add|replace|del …} as one complete {@code RTM_NEWNEIGH} or
     * {@code RTM_DELNEIGH} message into {@code writer} (sequence number 0), exactly as
     * {@link #apply} sends it; allocates nothing. For pipelining with {@link io.jnetlink.core.NetlinkBatch}.
     *
     * @param writer the writer to append the message to
     * @throws IllegalArgumentException if the request is incomplete
     * @throws IllegalStateException if the device was given by name: use {@link #dev(int)} or
     *                               {@link #resolve(NetlinkConnection)}
     */
    @Override
    public void encode(MessageWriter writer) {
        check();
        if (dev != null) {
            throw new IllegalStateException(describe() + ": dev " + dev + " is a name whose index must be looked up"
                    + " first: use dev(int) or encode resolve(connection)");
        }
        encode(writer, devIndex);
    }

    /**
     * Names this request in errors, e.g. {@code "RTM_NEWNEIGH 10.0.0.2 dev veth-red"}.
     *
     * @return the message type, the neighbour's address and the device
     */
    @Override
    public String describe() {
        return operation();
    }

    void check() {
        if (dev == null && devIndex == 0) {
            throw new IllegalArgumentException("dev is required: ip neigh needs the device of " + address.getHostAddress());
        }
        if (kind != Kind.DELETE && lladdr == null && state != NdMsg.NUD_NOARP && state != NdMsg.NUD_FAILED
                && state != NdMsg.NUD_INCOMPLETE) {
            throw new IllegalArgumentException("lladdr is required for a " + NeighborState.of(state).ipName()
                    + " entry of " + address.getHostAddress());
        }
    }

    String operation() {
        return Rtnl.typeName(kind == Kind.DELETE ? Rtnl.RTM_DELNEIGH : Rtnl.RTM_NEWNEIGH) + " "
                + address.getHostAddress() + " dev " + (dev != null ? dev : "ifindex " + devIndex);
    }

    void encode(MessageWriter w, int index) {
        int nlFlags = switch (kind) {
            case ADD -> Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL;
            case REPLACE -> Netlink.NLM_F_CREATE | Netlink.NLM_F_REPLACE;
            case DELETE -> 0;
        };
        int msg = w.beginMessage(kind == Kind.DELETE ? Rtnl.RTM_DELNEIGH : Rtnl.RTM_NEWNEIGH, nlFlags);
        int h = w.reserve(NdMsg.LENGTH);
        w.putU8At(h + NdMsg.FAMILY_OFFSET, addressBytes.length == 4 ? IpAddresses.AF_INET : IpAddresses.AF_INET6);
        w.putU32At(h + NdMsg.IFINDEX_OFFSET, index);
        w.putU16At(h + NdMsg.STATE_OFFSET, state);
        w.putU8At(h + NdMsg.FLAGS_OFFSET, flags);
        w.putAttrBytes(NdMsg.NDA_DST, addressBytes);
        if (lladdr != null && kind != Kind.DELETE) {
            w.putAttrBytes(NdMsg.NDA_LLADDR, lladdr);
        }
        w.endMessage(msg);
    }
}
