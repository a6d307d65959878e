package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsgEncoder;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;

import java.net.InetAddress;

/**
 * {@code ip route get ADDR [from ADDR] [oif NAME] [mark N]}: asks the kernel which route it would
 * use for a destination (one {@code RTM_GETROUTE} without {@code NLM_F_DUMP}), made by
 * {@link Routes#get}. {@link #apply()} returns the kernel's answer as a {@link Route}.
 */
public final class RouteGetRequest extends NetlinkRequest<RouteGetRequest, Route> {
    private final InetAddress destination;
    private InetAddress source;
    private String oif;
    private long mark = -1;
    private boolean fibMatch;

    RouteGetRequest(String destination) {
        this.destination = IpAddresses.parse(destination, "destination");
    }

    /**
     * {@code from ADDR}: the source address of the lookup ({@code RTA_SRC}).
     *
     * @param address the source address ({@code from ADDRESS})
     * @return this request
     */
    public RouteGetRequest from(String address) {
        InetAddress a = IpAddresses.parse(address, "from");
        if (IpAddresses.family(a) != IpAddresses.family(destination)) {
            throw new IllegalArgumentException("from must be of the destination's family: " + address);
        }
        this.source = a;
        return this;
    }

    /**
     * {@code oif NAME}: look up as if leaving through this interface ({@code RTA_OIF}).
     *
     * @param name the output interface name
     * @return this request
     */
    public RouteGetRequest oif(String name) {
        this.oif = InterfaceNames.check(name, "oif");
        return this;
    }

    /**
     * {@code mark N}: the firewall mark of the lookup ({@code RTA_MARK}).
     *
     * @param mark the firewall mark of the lookup
     * @return this request
     */
    public RouteGetRequest mark(long mark) {
        if (mark < 0 || mark > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("mark must be 0..4294967295: " + mark);
        }
        this.mark = mark;
        return this;
    }

    /**
     * {@code fibmatch}: return the FIB entry that matched rather than the resolved route ({@code RTM_F_FIB_MATCH}).
     *
     * @return this request
     */
    public RouteGetRequest fibMatch() {
        this.fibMatch = true;
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public Route apply(NetlinkConnection connection) {
        int index = oif == null ? 0 : LinkIndexes.resolve(connection, oif);
        RouteView view = new RouteView();
        Route[] answer = {null};
        connection.request(Rtnl.typeName(Rtnl.RTM_GETROUTE) + " " + destination.getHostAddress(),
                w -> encode(w, index), reply -> {
                    if (reply.type() == Rtnl.RTM_NEWROUTE) {
                        answer[0] = view.wrap(reply).toRoute();
                    }
                    return true;
                });
        if (answer[0] == null) {
            throw new NetlinkDecodeException("the kernel acknowledged RTM_GETROUTE " + destination.getHostAddress()
                    + " without a route", 0);
        }
        return answer[0];
    }

    void encode(MessageWriter w, int index) {
        int bits = IpAddresses.bits(destination);
        int msg = w.beginMessage(Rtnl.RTM_GETROUTE, 0);
        RtMsgEncoder.write(w, IpAddresses.family(destination), bits, source != null ? bits : 0, 0, 0, 0, 0, 0,
                fibMatch ? RtMsg.RTM_F_FIB_MATCH : 0);
        w.putAttrAddress(RtMsg.RTA_DST, destination);
        if (source != null) {
            w.putAttrAddress(RtMsg.RTA_SRC, source);
        }
        if (index != 0) {
            w.putAttrU32(RtMsg.RTA_OIF, index);
        }
        if (mark >= 0) {
            w.putAttrU32(RtMsg.RTA_MARK, (int) mark);
        }
        w.endMessage(msg);
    }
}
