package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.TcMsg;

import java.util.Locale;
import java.util.Objects;

/**
 * {@code tc filter add|change|replace|del dev D (parent P | ingress | egress) [protocol PROTO] [prio N]
 * [handle H] [KIND OPTIONS]}: one {@code RTM_NEWTFILTER} or {@code RTM_DELTFILTER}, made by
 * {@link Filters}. The protocol defaults to {@code all}, as in tc.
 */
public final class FilterRequest extends TcRequest<FilterRequest> {
    private FilterOptions options;
    private int protocol = TcMsg.ETH_P_ALL;
    private int priority;

    FilterRequest(Op op, TcDevice device) {
        super(op, device, TcMsg.TC_H_UNSPEC);
    }

    /**
     * {@code parent MAJ:[MIN]}: the qdisc or class, e.g. {@code "1:"}.
     *
     * @param parent the parent
     * @return this request
     */
    public FilterRequest parent(String parent) {
        this.parent = TcHandle.parse(parent, "parent");
        return this;
    }

    /**
     * {@code ingress}: the ingress hook of an ingress or clsact qdisc ({@code ffff:fff2}).
     *
     * @return this request
     */
    public FilterRequest ingress() {
        this.parent = TcHandle.INGRESS_HOOK;
        return this;
    }

    /**
     * {@code egress}: the egress hook of a clsact qdisc ({@code ffff:fff3}).
     *
     * @return this request
     */
    public FilterRequest egress() {
        this.parent = TcHandle.EGRESS_HOOK;
        return this;
    }

    /**
     * {@code protocol ip|ipv6|arp|802.1q|all|0xNNNN}.
     *
     * @param name the protocol
     * @return this request
     */
    public FilterRequest protocol(String name) {
        if (name == null) {
            throw new IllegalArgumentException("protocol must not be null");
        }
        this.protocol = switch (name.toLowerCase(Locale.ROOT)) {
            case "ip" -> TcMsg.ETH_P_IP;
            case "ipv6" -> TcMsg.ETH_P_IPV6;
            case "arp" -> TcMsg.ETH_P_ARP;
            case "802.1q" -> TcMsg.ETH_P_8021Q;
            case "all" -> TcMsg.ETH_P_ALL;
            default -> {
                try {
                    yield TcChecks.range(Integer.decode(name), 0, 0xFFFF, "protocol");
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("protocol must be ip, ipv6, arp, 802.1q, all or a number: " + name);
                }
            }
        };
        return this;
    }

    /**
     * {@code prio N} / {@code pref N}: 1..65535 (the kernel picks one when not given).
     *
     * @param priority the priority
     * @return this request
     */
    public FilterRequest priority(int priority) {
        this.priority = TcChecks.range(priority, 1, 0xFFFF, "prio");
        return this;
    }

    /**
     * {@code handle H} (hexadecimal; u32 node ids like {@code 800::800} are given as the number).
     *
     * @param handle the filter handle
     * @return this request
     */
    public FilterRequest handle(long handle) {
        this.handle = (int) TcChecks.u32(handle, "handle");
        return this;
    }

    /**
     * The classifier kind alone, for deletes ({@code tc filter del … prio 2 u32}).
     *
     * @param kind e.g. {@code "u32"}
     * @return this request
     */
    public FilterRequest kind(String kind) {
        this.kind = TcChecks.kind(kind);
        return this;
    }

    /**
     * The classifier and its options, e.g. {@code U32Options.match().matchIpDestinationPort(5001).flowId("1:10")}.
     *
     * @param options the classifier and options
     * @return this request
     */
    public FilterRequest options(FilterOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.kind = options.kind();
        return this;
    }

    @Override
    void check() {
        if (parent == 0) {
            throw new IllegalArgumentException("parent (or ingress/egress) must be given");
        }
        if (op != Op.DELETE && options == null) {
            throw new IllegalArgumentException("options must name the classifier (e.g. U32Options.match()...)");
        }
    }

    @Override
    int info() {
        return (priority << 16) | TcStruct.ntohs(protocol);
    }

    @Override
    int messageType() {
        return op == Op.DELETE ? TcMsg.RTM_DELTFILTER : TcMsg.RTM_NEWTFILTER;
    }

    @Override
    void writeOptions(MessageWriter w) {
        FilterOptions o = options;
        if (o instanceof FlowerOptions f && f.ethType() < 0 && protocol != TcMsg.ETH_P_ALL) {
            o = f.withEthType(protocol); // tc carries the filter's protocol as the eth type key
        }
        o.writeOptions(w);
    }
}
