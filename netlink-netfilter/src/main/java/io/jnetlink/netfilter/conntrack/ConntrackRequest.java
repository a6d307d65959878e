package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.CtStatus;
import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Objects;
import java.util.Set;

/**
 * {@code conntrack -I} (create, {@link Conntrack#create}) or {@code conntrack -U} (update,
 * {@link Conntrack#update}) of one entry: {@code IPCTNL_MSG_CT_NEW}. Each setter checks its argument
 * ({@link IllegalArgumentException} naming it); {@link #apply} sends the request.
 *
 * <pre>{@code
 * Conntrack.create(new ConntrackTuple(6, a, b, 1000, 80)).tcpState("ESTABLISHED").timeout(120).mark(7).zone(3).in(ns).apply();
 * }</pre>
 */
public final class ConntrackRequest extends NetlinkRequest<ConntrackRequest, Void> {
    private final boolean create;
    private final ConntrackTuple original;
    private ConntrackTuple reply;
    private int tcpState = -1;
    private long status = -1;
    private long timeout = -1;
    private long mark = -1;
    private int zone = -1;
    private final int[] labels = new int[4];
    private boolean labelsSet;
    private String helper;
    private InetAddress sourceNat;
    private int sourceNatPort = -1;
    private InetAddress destinationNat;
    private int destinationNatPort = -1;

    ConntrackRequest(boolean create, ConntrackTuple original) {
        this.create = create;
        this.original = Conntrack.checkTuple(Objects.requireNonNull(original, "original"));
    }

    /**
     * The reply direction's tuple ({@code conntrack -I -r A -q B --reply-port-src P --reply-port-dst Q});
     * without it, the original tuple reversed ({@link ConntrackTuple#inverse()}).
     *
     * @param reply the reply tuple, same family and protocol as the original
     * @return this request
     */
    public ConntrackRequest reply(ConntrackTuple reply) {
        Conntrack.checkTuple(Objects.requireNonNull(reply, "reply"));
        if (reply.family() != original.family() || reply.protocol() != original.protocol()) {
            throw new IllegalArgumentException("reply tuple must have the original's family and protocol: " + reply);
        }
        this.reply = reply;
        return this;
    }

    /**
     * The TCP state ({@code conntrack --state ESTABLISHED}); only for TCP entries.
     *
     * @param state a name as {@code conntrack} prints it: NONE, SYN_SENT, SYN_RECV, ESTABLISHED, FIN_WAIT,
     *              CLOSE_WAIT, LAST_ACK, TIME_WAIT, CLOSE, SYN_SENT2
     * @return this request
     */
    public ConntrackRequest tcpState(String state) {
        int number = TcpStates.number(Objects.requireNonNull(state, "state"));
        if (number < 0) {
            throw new IllegalArgumentException("state is not a TCP conntrack state: " + state);
        }
        if (original.protocol() != 6) {
            throw new IllegalArgumentException("state applies to TCP entries only, not protocol " + original.protocol());
        }
        this.tcpState = number;
        return this;
    }

    /**
     * The status bits ({@code conntrack -u ASSURED,SEEN_REPLY}). {@code IPS_CONFIRMED} is always sent
     * (as libnetfilter_conntrack does: the kernel answers {@code EBUSY} to a status that clears it);
     * the kernel refuses to clear {@code ASSURED}/{@code SEEN_REPLY} once set and ignores the NAT bits.
     *
     * @param statuses the statuses to set
     * @return this request
     */
    public ConntrackRequest status(Set<CtStatus> statuses) {
        long bits = 0;
        for (CtStatus s : Objects.requireNonNull(statuses, "statuses")) {
            bits |= s.bit();
        }
        this.status = bits | CtStatus.CONFIRMED.bit();
        return this;
    }

    /**
     * Seconds until the entry expires ({@code conntrack -t 120}); required to create one.
     *
     * @param seconds 1..0xffffffff
     * @return this request
     */
    public ConntrackRequest timeout(long seconds) {
        if (seconds < 1 || seconds > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("timeout must be 1..4294967295 seconds: " + seconds);
        }
        this.timeout = seconds;
        return this;
    }

    /**
     * The connection mark ({@code conntrack -m 7}).
     *
     * @param mark 0..0xffffffff
     * @return this request
     */
    public ConntrackRequest mark(long mark) {
        if (mark < 0 || mark > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("mark must be 0..0xffffffff: " + mark);
        }
        this.mark = mark;
        return this;
    }

    /**
     * The conntrack zone ({@code conntrack -w 3}); an entry is found again only in its zone.
     *
     * @param zone 0..65535
     * @return this request
     */
    public ConntrackRequest zone(int zone) {
        if (zone < 0 || zone > 65535) {
            throw new IllegalArgumentException("zone must be 0..65535: " + zone);
        }
        this.zone = zone;
        return this;
    }

    /**
     * Sets connection label {@code bit} ({@code conntrack -l NAME} with the name's number from
     * {@code connlabel.conf}). The kernel keeps labels only in a namespace where a rule uses them
     * (nft {@code ct label}).
     *
     * @param bit the label number, 0..127
     * @return this request
     */
    public ConntrackRequest label(int bit) {
        if (bit < 0 || bit > 127) {
            throw new IllegalArgumentException("label must be 0..127: " + bit);
        }
        labels[bit / 32] |= 1 << (bit % 32);
        labelsSet = true;
        return this;
    }

    /**
     * Attaches the kernel's connection tracking helper {@code name} (nft {@code ct helper set};
     * {@code conntrack} has no option for it): the master an expectation needs. Only when creating;
     * the helper's module must be loaded ({@code nf_conntrack_ftp} for "ftp").
     *
     * @param name the helper's name, 1..15 bytes (NF_CT_HELPER_NAME_LEN 16 with the NUL)
     * @return this request
     */
    public ConntrackRequest helper(String name) {
        Objects.requireNonNull(name, "helper");
        if (!create) {
            throw new IllegalArgumentException("helper can be set only when creating");
        }
        int length = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (length < 1 || length > 15) {
            throw new IllegalArgumentException("helper name must be 1..15 bytes: \"" + name + "\"");
        }
        this.helper = name;
        return this;
    }

    /**
     * Source NAT: replies go to {@code address} ({@code conntrack -I --src-nat A}); give the reply
     * tuple that matches, as {@code conntrack} does. Only when creating.
     *
     * @param address the address the source is translated to, of the entry's family
     * @param port the port the source is translated to, or -1 to keep it
     * @return this request
     */
    public ConntrackRequest sourceNat(InetAddress address, int port) {
        checkNat("source NAT", address, port);
        this.sourceNat = address;
        this.sourceNatPort = port;
        return this;
    }

    /**
     * Destination NAT ({@code conntrack -I --dst-nat A}). Only when creating.
     *
     * @param address the address the destination is translated to, of the entry's family
     * @param port the port the destination is translated to, or -1 to keep it
     * @return this request
     */
    public ConntrackRequest destinationNat(InetAddress address, int port) {
        checkNat("destination NAT", address, port);
        this.destinationNat = address;
        this.destinationNatPort = port;
        return this;
    }

    private void checkNat(String name, InetAddress address, int port) {
        Objects.requireNonNull(address, name + " address");
        if (!create) {
            throw new IllegalArgumentException(name + " can be set only when creating (the kernel cannot change it)");
        }
        if (address.getAddress().length != original.source().getAddress().length) {
            throw new IllegalArgumentException(name + " address is not of the entry's family: " + address);
        }
        if (port < -1 || port > 65535) {
            throw new IllegalArgumentException(name + " port must be 0..65535 (or -1 to keep it): " + port);
        }
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_NETFILTER;
    }

    @Override
    public Void apply(NetlinkConnection c) {
        if (create && timeout < 0) {
            throw new IllegalArgumentException("timeout is required to create an entry (conntrack -I -t SECONDS)");
        }
        c.request((create ? "IPCTNL_MSG_CT_NEW (create) " : "IPCTNL_MSG_CT_NEW (update) ") + original, this::encode);
        return null;
    }

    /** The message, in {@code conntrack -I}'s attribute order. */
    void encode(MessageWriter w) {
        int flags = create ? Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL : 0;
        int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK, CtnlAttrs.IPCTNL_MSG_CT_NEW, flags,
                original.family(), 0);
        original.encode(w, CtnlAttrs.CTA_TUPLE_ORIG);
        if (create || reply != null) {
            (reply != null ? reply : original.inverse()).encode(w, CtnlAttrs.CTA_TUPLE_REPLY);
        }
        if (status >= 0) {
            w.putAttrU32Be(CtnlAttrs.CTA_STATUS, (int) status);
        }
        if (timeout >= 0) {
            w.putAttrU32Be(CtnlAttrs.CTA_TIMEOUT, (int) timeout);
        }
        if (mark >= 0) {
            w.putAttrU32Be(CtnlAttrs.CTA_MARK, (int) mark);
        }
        if (tcpState >= 0) {
            int info = w.beginNested(CtnlAttrs.CTA_PROTOINFO);
            int tcp = w.beginNested(CtnlAttrs.CTA_PROTOINFO_TCP);
            w.putAttrU8(CtnlAttrs.CTA_PROTOINFO_TCP_STATE, tcpState);
            w.endNested(tcp);
            w.endNested(info);
        }
        if (helper != null) {
            int help = w.beginNested(CtnlAttrs.CTA_HELP);
            w.putAttrString(CtnlAttrs.CTA_HELP_NAME, helper);
            w.endNested(help);
        }
        encodeNat(w, CtnlAttrs.CTA_NAT_SRC, sourceNat, sourceNatPort);
        encodeNat(w, CtnlAttrs.CTA_NAT_DST, destinationNat, destinationNatPort);
        if (zone >= 0) {
            w.putAttrU16Be(CtnlAttrs.CTA_ZONE, zone);
        }
        if (labelsSet) {
            encodeLabels(w);
        }
        w.endMessage(start);
    }

    /** {@code CTA_LABELS} and {@code CTA_LABELS_MASK}: native-order 32-bit words, the mask = the bits set. */
    private void encodeLabels(MessageWriter w) {
        ByteBuffer words = ByteBuffer.allocate(labels.length * 4).order(ByteOrder.nativeOrder());
        for (int word : labels) {
            words.putInt(word);
        }
        w.putAttrBytes(CtnlAttrs.CTA_LABELS, words.array());
        w.putAttrBytes(CtnlAttrs.CTA_LABELS_MASK, words.array());
    }

    /** {@code CTA_NAT_SRC}/{@code _DST}: one address as min (= max) and an optional port range of one. */
    private static void encodeNat(MessageWriter w, int type, InetAddress address, int port) {
        if (address == null) {
            return;
        }
        int nat = w.beginNested(type);
        boolean v6 = address.getAddress().length == 16;
        w.putAttrBytes(v6 ? CtnlAttrs.CTA_NAT_V6_MINIP : CtnlAttrs.CTA_NAT_V4_MINIP, address.getAddress());
        if (port >= 0) {
            int proto = w.beginNested(CtnlAttrs.CTA_NAT_PROTO);
            w.putAttrU16Be(CtnlAttrs.CTA_PROTONAT_PORT_MIN, port);
            w.putAttrU16Be(CtnlAttrs.CTA_PROTONAT_PORT_MAX, port);
            w.endNested(proto);
        }
        w.endNested(nat);
    }
}
