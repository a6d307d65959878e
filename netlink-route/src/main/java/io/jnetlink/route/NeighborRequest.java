package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsgEncoder;
import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.MacAddress;

import java.net.InetAddress;

/**
 * {@code ip neigh add|replace|del ADDR lladdr MAC dev NAME [nud STATE]}: one {@code RTM_NEWNEIGH}
 * or {@code RTM_DELNEIGH}, made by {@link Neighbors#add}, {@link Neighbors#replace} and
 * {@link Neighbors#delete}. New entries are permanent unless another state is given.
 */
public final class NeighborRequest extends DeviceRequest<NeighborRequest> {
    enum Kind { ADD, REPLACE, DELETE }

    private final Kind kind;
    private final InetAddress address;
    private final byte[] addressBytes; // taken once: InetAddress.getAddress() copies
    private byte[] lladdr;
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
    void check() {
        if (!hasDev()) {
            throw new IllegalArgumentException("dev is required: ip neigh needs the device of " + address.getHostAddress());
        }
        if (kind != Kind.DELETE && lladdr == null && state != NdMsg.NUD_NOARP && state != NdMsg.NUD_FAILED
                && state != NdMsg.NUD_INCOMPLETE) {
            throw new IllegalArgumentException("lladdr is required for a " + NeighborState.of(state).ipName()
                    + " entry of " + address.getHostAddress());
        }
    }

    @Override
    String operation() {
        return Rtnl.typeName(kind == Kind.DELETE ? Rtnl.RTM_DELNEIGH : Rtnl.RTM_NEWNEIGH) + " " + address.getHostAddress();
    }

    @Override
    void encode(MessageWriter w, int index) {
        int nlFlags = switch (kind) {
            case ADD -> Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL;
            case REPLACE -> Netlink.NLM_F_CREATE | Netlink.NLM_F_REPLACE;
            case DELETE -> 0;
        };
        int msg = w.beginMessage(kind == Kind.DELETE ? Rtnl.RTM_DELNEIGH : Rtnl.RTM_NEWNEIGH, nlFlags);
        NdMsgEncoder.write(w, addressBytes.length == 4 ? IpAddresses.AF_INET : IpAddresses.AF_INET6, index, state, flags);
        w.putAttrBytes(NdMsg.NDA_DST, addressBytes);
        if (lladdr != null && kind != Kind.DELETE) {
            w.putAttrBytes(NdMsg.NDA_LLADDR, lladdr);
        }
        w.endMessage(msg);
    }
}
