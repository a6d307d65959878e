package io.jnetlink.netfilter;

import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.netfilter.expr.Bitwise;
import io.jnetlink.netfilter.expr.Cmp;
import io.jnetlink.netfilter.expr.Counter;
import io.jnetlink.netfilter.expr.Ct;
import io.jnetlink.netfilter.expr.Expression;
import io.jnetlink.netfilter.expr.Immediate;
import io.jnetlink.netfilter.expr.Limit;
import io.jnetlink.netfilter.expr.Log;
import io.jnetlink.netfilter.expr.Lookup;
import io.jnetlink.netfilter.expr.Masquerade;
import io.jnetlink.netfilter.expr.Meta;
import io.jnetlink.netfilter.expr.NatExpression;
import io.jnetlink.netfilter.expr.NftData;
import io.jnetlink.netfilter.expr.Notrack;
import io.jnetlink.netfilter.expr.Payload;
import io.jnetlink.netfilter.expr.Redirect;
import io.jnetlink.netfilter.expr.Reject;
import io.jnetlink.netfilter.expr.Verdict;
import io.jnetlink.netfilter.expr.VerdictExpression;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A readable rule builder: each method appends the expressions nft itself would generate for the
 * same words, so {@code nft list ruleset} prints the rule as nft would. Users never assemble
 * registers. Example, {@code nft add rule ip filter input ip saddr 192.168.15.0/24 tcp dport 80 ct state established,related accept}:
 * <pre>{@code
 * NftRule.in(Family.IP, "filter", "input").sourceAddress("192.168.15.0/24").protocol(Protocol.TCP)
 *     .destinationPort(80).ctState(CtState.ESTABLISHED, CtState.RELATED).accept()
 * }</pre>
 * Every argument is checked at once; bad input raises IllegalArgumentException naming it.
 */
public final class NftRuleBuilder {
    private static final int REG_1 = 1;
    private final Family family;
    private final String table;
    private final String chain;
    private final List<Expression> expressions = new ArrayList<>();
    private Protocol protocol;
    private AnonymousSet anonymousSet;
    private NftData userdata;

    NftRuleBuilder(Family family, String table, String chain) {
        this.family = Objects.requireNonNull(family, "family");
        this.table = Names.check(table, "table");
        this.chain = Names.check(chain, "chain");
    }

    /** {@return the family of the rule's table} */
    public Family family() {
        return family;
    }

    /** {@return the table name} */
    public String table() {
        return table;
    }

    /** {@return the chain name} */
    public String chain() {
        return chain;
    }

    /** {@return the expressions so far (a copy)} */
    public List<Expression> expressions() {
        return List.copyOf(expressions);
    }

    /** {@return the rule as a value (handle 0)} */
    public NftRule build() {
        return new NftRule(family, table, chain, 0, expressions, userdata);
    }

    AnonymousSet anonymousSet() {
        return anonymousSet;
    }

    NftData userdata() {
        return userdata;
    }

    /**
     * Escape hatch: appends any expression as is.
     *
     * @param e the expression to append
     * @return this builder
     */
    public NftRuleBuilder expression(Expression e) {
        expressions.add(Objects.requireNonNull(e, "expression"));
        return this;
    }

    // ---- matches ------------------------------------------------------------------------------

    /**
     * nft {@code ip saddr CIDR} / {@code ip6 saddr CIDR}.
     *
     * @param cidr an address or prefix, e.g. {@code "10.0.0.0/8"}
     * @return this builder
     */
    public NftRuleBuilder sourceAddress(String cidr) {
        return address(cidr, "source address", true);
    }

    /**
     * nft {@code ip daddr CIDR} / {@code ip6 daddr CIDR}.
     *
     * @param cidr an address or prefix, e.g. {@code "10.0.0.0/8"}
     * @return this builder
     */
    public NftRuleBuilder destinationAddress(String cidr) {
        return address(cidr, "destination address", false);
    }

    /**
     * nft {@code ip saddr @SET} (ip6 saddr for ip6 tables).
     *
     * @param set the name of a set of addresses in the same table
     * @return this builder
     */
    public NftRuleBuilder sourceAddressIn(String set) {
        return addressIn(set, true);
    }

    /**
     * nft {@code ip daddr @SET} (ip6 daddr for ip6 tables).
     *
     * @param set the name of a set of addresses in the same table
     * @return this builder
     */
    public NftRuleBuilder destinationAddressIn(String set) {
        return addressIn(set, false);
    }

    /**
     * nft {@code meta l4proto PROTO} (and the dependency of port matches).
     *
     * @param p the layer 4 protocol
     * @return this builder
     */
    public NftRuleBuilder protocol(Protocol p) {
        Objects.requireNonNull(p, "protocol");
        if (protocol != null) {
            throw new IllegalArgumentException("protocol is already set to " + protocol);
        }
        protocol = p;
        expressions.add(new Meta(Meta.L4PROTO, REG_1));
        expressions.add(new Cmp(REG_1, Cmp.EQ, NftData.u8(p.number())));
        return this;
    }

    /**
     * nft {@code tcp sport PORT} (after {@link #protocol}).
     *
     * @param port the port number (1..65535)
     * @return this builder
     */
    public NftRuleBuilder sourcePort(int port) {
        return port(0, port, port, "source port");
    }

    /**
     * nft {@code tcp dport PORT} (after {@link #protocol}).
     *
     * @param port the port number (1..65535)
     * @return this builder
     */
    public NftRuleBuilder destinationPort(int port) {
        return port(2, port, port, "destination port");
    }

    /**
     * nft {@code tcp dport FIRST-LAST}.
     *
     * @param first the first port of the range
     * @param last the last port of the range
     * @return this builder
     */
    public NftRuleBuilder destinationPortRange(int first, int last) {
        return port(2, first, last, "destination port range");
    }

    /**
     * nft {@code tcp dport { P1, P2, ... }}: an anonymous set made in the same transaction.
     *
     * @param ports the destination ports to match (any of them)
     * @return this builder
     */
    public NftRuleBuilder destinationPorts(int... ports) {
        requirePortProtocol("destination ports");
        if (ports.length == 0) {
            throw new IllegalArgumentException("destination ports must not be empty");
        }
        if (anonymousSet != null) {
            throw new IllegalArgumentException("a rule may hold one anonymous set");
        }
        int[] sorted = ports.clone();
        Arrays.sort(sorted);
        List<NftData> keys = new ArrayList<>();
        for (int i = 0; i < sorted.length; i++) {
            checkPort(sorted[i], "destination ports");
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("destination ports repeat " + sorted[i]);
            }
            keys.add(NftData.u16Be(sorted[i]));
        }
        anonymousSet = new AnonymousSet(SetKeyType.INET_SERVICE, keys, protocol);
        expressions.add(new Payload(REG_1, Payload.TRANSPORT_HEADER, 2, 2));
        expressions.add(new Lookup(AnonymousSet.NAME, -1, REG_1, -1, false));
        return this;
    }

    /**
     * nft {@code iifname NAME}.
     *
     * @param name the input interface name
     * @return this builder
     */
    public NftRuleBuilder inInterface(String name) {
        InterfaceNames.check(name, "input interface");
        expressions.add(new Meta(Meta.IIFNAME, REG_1));
        expressions.add(new Cmp(REG_1, Cmp.EQ, NftData.ifname(name)));
        return this;
    }

    /**
     * nft {@code oifname NAME}.
     *
     * @param name the output interface name
     * @return this builder
     */
    public NftRuleBuilder outInterface(String name) {
        InterfaceNames.check(name, "output interface");
        expressions.add(new Meta(Meta.OIFNAME, REG_1));
        expressions.add(new Cmp(REG_1, Cmp.EQ, NftData.ifname(name)));
        return this;
    }

    /**
     * nft {@code meta mark VALUE}.
     *
     * @param mark the packet mark
     * @return this builder
     */
    public NftRuleBuilder mark(long mark) {
        checkU32(mark, "mark");
        expressions.add(new Meta(Meta.MARK, REG_1));
        expressions.add(new Cmp(REG_1, Cmp.EQ, NftData.u32Host(mark)));
        return this;
    }

    /**
     * nft {@code ct mark VALUE}.
     *
     * @param mark the connection mark
     * @return this builder
     */
    public NftRuleBuilder ctMark(long mark) {
        checkU32(mark, "ct mark");
        expressions.add(new Ct(Ct.MARK, REG_1));
        expressions.add(new Cmp(REG_1, Cmp.EQ, NftData.u32Host(mark)));
        return this;
    }

    /**
     * nft {@code ct state S1,S2}.
     *
     * @param states the conntrack states to match (any of them)
     * @return this builder
     */
    public NftRuleBuilder ctState(CtState... states) {
        if (states.length == 0) {
            throw new IllegalArgumentException("ct state needs at least one state");
        }
        int bits = 0;
        for (CtState s : states) {
            bits |= Objects.requireNonNull(s, "ct state").bit();
        }
        return ctBits(Ct.STATE, bits);
    }

    /**
     * nft {@code ct status S1,S2}.
     *
     * @param statuses the conntrack status bits to match (any of them)
     * @return this builder
     */
    public NftRuleBuilder ctStatus(CtStatus... statuses) {
        if (statuses.length == 0) {
            throw new IllegalArgumentException("ct status needs at least one status");
        }
        int bits = 0;
        for (CtStatus s : statuses) {
            bits |= Objects.requireNonNull(s, "ct status").bit();
        }
        return ctBits(Ct.STATUS, bits);
    }

    // ---- statements ---------------------------------------------------------------------------

    /**
     * nft {@code counter}.
     *
     * @return this builder
     */
    public NftRuleBuilder counter() {
        expressions.add(new Counter());
        return this;
    }

    /**
     * nft {@code limit rate N/UNIT} with nft's default burst of 5 packets; unit: second, minute, hour, day, week.
     *
     * @param rate packets per {@code unit}
     * @param unit {@code second}, {@code minute}, {@code hour} or {@code day}
     * @return this builder
     */
    public NftRuleBuilder limit(long rate, String unit) {
        if (rate <= 0) {
            throw new IllegalArgumentException("limit rate must be positive: " + rate);
        }
        long seconds = switch (unit == null ? "" : unit) {
            case "second" -> 1;
            case "minute" -> 60;
            case "hour" -> 3600;
            case "day" -> 86400;
            case "week" -> 604800;
            default -> throw new IllegalArgumentException("limit unit must be second, minute, hour, day or week: " + unit);
        };
        expressions.add(new Limit(rate, seconds, 5, Limit.PACKETS, 0));
        return this;
    }

    /**
     * nft {@code log prefix "TEXT"} (null: plain {@code log}).
     *
     * @param prefix the log prefix
     * @return this builder
     */
    public NftRuleBuilder log(String prefix) {
        if (prefix != null && (prefix.length() > 127 || prefix.indexOf('\0') >= 0 || prefix.indexOf('"') >= 0)) {
            throw new IllegalArgumentException("log prefix must be at most 127 characters without NUL or quotes: " + prefix);
        }
        expressions.add(new Log(prefix, -1, -1, -1));
        return this;
    }

    /**
     * nft {@code notrack}.
     *
     * @return this builder
     */
    public NftRuleBuilder notrack() {
        expressions.add(new Notrack());
        return this;
    }

    /**
     * nft {@code accept}.
     *
     * @return this builder
     */
    public NftRuleBuilder accept() {
        return verdict(Verdict.ACCEPT);
    }

    /**
     * nft {@code drop}.
     *
     * @return this builder
     */
    public NftRuleBuilder drop() {
        return verdict(Verdict.DROP);
    }

    /**
     * nft {@code continue}.
     *
     * @return this builder
     */
    public NftRuleBuilder continueRule() {
        return verdict(Verdict.CONTINUE);
    }

    /**
     * nft {@code return}.
     *
     * @return this builder
     */
    public NftRuleBuilder returnFromChain() {
        return verdict(Verdict.RETURN);
    }

    /**
     * nft {@code jump CHAIN}.
     *
     * @param target the name of the chain to continue in
     * @return this builder
     */
    public NftRuleBuilder jump(String target) {
        return verdict(Verdict.jump(Names.check(target, "jump target chain")));
    }

    /**
     * nft {@code goto CHAIN}.
     *
     * @param target the name of the chain to continue in
     * @return this builder
     */
    public NftRuleBuilder goTo(String target) {
        return verdict(Verdict.goTo(Names.check(target, "goto target chain")));
    }

    /**
     * nft {@code reject}: ICMP port unreachable (icmpx for inet).
     *
     * @return this builder
     */
    public NftRuleBuilder reject() {
        expressions.add(switch (family) {
            case IP -> new Reject(Reject.ICMP_UNREACH, 3);
            case IP6 -> new Reject(Reject.ICMP_UNREACH, 4);
            case INET, BRIDGE, NETDEV -> new Reject(Reject.ICMPX_UNREACH, 1);
            case ARP -> throw new IllegalArgumentException("reject does not exist in family arp");
        });
        return this;
    }

    /**
     * nft {@code reject with tcp reset} (after {@code protocol(TCP)}).
     *
     * @return this builder
     */
    public NftRuleBuilder rejectWithTcpReset() {
        if (protocol != Protocol.TCP) {
            throw new IllegalArgumentException("reject with tcp reset needs protocol(TCP) first");
        }
        expressions.add(new Reject(Reject.TCP_RST, 0));
        return this;
    }

    /**
     * nft {@code masquerade}.
     *
     * @return this builder
     */
    public NftRuleBuilder masquerade() {
        requireNat("masquerade");
        expressions.add(new Masquerade());
        return this;
    }

    /**
     * nft {@code masquerade to :FIRST-LAST} (after a protocol with ports).
     *
     * @param firstPort the first port of the range
     * @param lastPort the last port of the range
     * @return this builder
     */
    public NftRuleBuilder masquerade(int firstPort, int lastPort) {
        requireNat("masquerade");
        requirePortProtocol("masquerade ports");
        portRange(firstPort, lastPort, "masquerade ports");
        expressions.add(new Immediate(1, NftData.u16Be(firstPort)));
        expressions.add(new Immediate(2, NftData.u16Be(lastPort)));
        expressions.add(new Masquerade(NatExpression.RANGE_PROTO_SPECIFIED, 1, 2));
        return this;
    }

    /**
     * nft {@code dnat to ADDRESS}.
     *
     * @param address the new destination address
     * @return this builder
     */
    public NftRuleBuilder dnat(String address) {
        return nat(NatExpression.DNAT, address, address, 0, 0, "dnat");
    }

    /**
     * nft {@code dnat to ADDRESS:PORT} (after a protocol with ports).
     *
     * @param address the new destination address
     * @param port the port number (1..65535)
     * @return this builder
     */
    public NftRuleBuilder dnat(String address, int port) {
        return nat(NatExpression.DNAT, address, address, port, port, "dnat");
    }

    /**
     * nft {@code dnat to FIRST-LAST:PORT1-PORT2}; ports 0 for none.
     *
     * @param firstAddress the first address of the range
     * @param lastAddress the last address of the range
     * @param firstPort the first port of the range
     * @param lastPort the last port of the range
     * @return this builder
     */
    public NftRuleBuilder dnat(String firstAddress, String lastAddress, int firstPort, int lastPort) {
        return nat(NatExpression.DNAT, firstAddress, lastAddress, firstPort, lastPort, "dnat");
    }

    /**
     * nft {@code snat to ADDRESS}.
     *
     * @param address the new source address
     * @return this builder
     */
    public NftRuleBuilder snat(String address) {
        return nat(NatExpression.SNAT, address, address, 0, 0, "snat");
    }

    /**
     * nft {@code snat to ADDRESS:PORT}.
     *
     * @param address the new source address
     * @param port the port number (1..65535)
     * @return this builder
     */
    public NftRuleBuilder snat(String address, int port) {
        return nat(NatExpression.SNAT, address, address, port, port, "snat");
    }

    /**
     * nft {@code snat to FIRST-LAST:PORT1-PORT2}; ports 0 for none.
     *
     * @param firstAddress the first address of the range
     * @param lastAddress the last address of the range
     * @param firstPort the first port of the range
     * @param lastPort the last port of the range
     * @return this builder
     */
    public NftRuleBuilder snat(String firstAddress, String lastAddress, int firstPort, int lastPort) {
        return nat(NatExpression.SNAT, firstAddress, lastAddress, firstPort, lastPort, "snat");
    }

    /**
     * nft {@code redirect to :PORT} (after a protocol with ports).
     *
     * @param port the port number (1..65535)
     * @return this builder
     */
    public NftRuleBuilder redirect(int port) {
        requireNat("redirect");
        requirePortProtocol("redirect port");
        checkPort(port, "redirect port");
        expressions.add(new Immediate(1, NftData.u16Be(port)));
        expressions.add(new Redirect(1, 0, NatExpression.RANGE_PROTO_SPECIFIED));
        return this;
    }

    /**
     * Appends {@code ... random}/{@code fully-random}/{@code persistent} flags to the last nat/masquerade statement.
     *
     * @param flags the {@code NF_NAT_RANGE_*} flags
     * @return this builder
     */
    public NftRuleBuilder natFlags(int flags) {
        if (expressions.isEmpty()) {
            throw new IllegalArgumentException("natFlags needs a nat, masquerade or redirect statement before it");
        }
        int last = expressions.size() - 1;
        Expression e = expressions.get(last);
        if (e instanceof NatExpression n) {
            expressions.set(last, new NatExpression(n.type(), n.family(), n.addressMinRegister(), n.addressMaxRegister(),
                    n.protoMinRegister(), n.protoMaxRegister(), n.flags() | flags));
        } else if (e instanceof Masquerade m) {
            expressions.set(last, new Masquerade(m.flags() | flags, m.protoMinRegister(), m.protoMaxRegister()));
        } else if (e instanceof Redirect r) {
            expressions.set(last, new Redirect(r.protoMinRegister(), r.protoMaxRegister(), r.flags() | flags));
        } else {
            throw new IllegalArgumentException("natFlags needs a nat, masquerade or redirect statement before it");
        }
        return this;
    }

    /**
     * Sets {@code NFTA_RULE_USERDATA} raw (nft stores comments there).
     *
     * @param bytes the size in bytes
     * @return this builder
     */
    public NftRuleBuilder userdata(byte[] bytes) {
        this.userdata = bytes == null ? null : NftData.of(bytes);
        return this;
    }

    // ---- internals ----------------------------------------------------------------------------

    private NftRuleBuilder verdict(Verdict v) {
        expressions.add(new VerdictExpression(v));
        return this;
    }

    private NftRuleBuilder ctBits(int key, int bits) {
        expressions.add(new Ct(key, REG_1));
        expressions.add(new Bitwise(REG_1, REG_1, 4, NftData.u32Host(bits), NftData.u32Host(0)));
        expressions.add(new Cmp(REG_1, Cmp.NEQ, NftData.u32Host(0)));
        return this;
    }

    private NftRuleBuilder address(String cidr, String what, boolean source) {
        IpPrefix prefix = IpPrefix.parse(cidr, what);
        boolean v6 = prefix.family() == IpAddresses.AF_INET6;
        addressDependency(v6, what);
        int addrLen = v6 ? 16 : 4;
        int offset = v6 ? (source ? 8 : 24) : (source ? 12 : 16);
        byte[] net = prefix.network().getAddress();
        int bits = prefix.prefixLength();
        if (bits == 0) {
            throw new IllegalArgumentException(what + " /0 matches everything; leave it out: " + cidr);
        }
        if (bits % 8 == 0) {
            int len = bits / 8;
            expressions.add(new Payload(REG_1, Payload.NETWORK_HEADER, offset, len));
            expressions.add(new Cmp(REG_1, Cmp.EQ, NftData.of(Arrays.copyOf(net, len))));
        } else {
            byte[] mask = new byte[addrLen];
            for (int b = 0; b < bits; b++) {
                mask[b / 8] |= (byte) (0x80 >>> (b % 8));
            }
            expressions.add(new Payload(REG_1, Payload.NETWORK_HEADER, offset, addrLen));
            expressions.add(new Bitwise(REG_1, REG_1, addrLen, NftData.of(mask), NftData.of(new byte[addrLen])));
            expressions.add(new Cmp(REG_1, Cmp.EQ, NftData.of(net)));
        }
        return this;
    }

    private NftRuleBuilder addressIn(String set, boolean source) {
        Names.check(set, "set");
        boolean v6 = family == Family.IP6;
        addressDependency(v6, "address set");
        int offset = v6 ? (source ? 8 : 24) : (source ? 12 : 16);
        expressions.add(new Payload(REG_1, Payload.NETWORK_HEADER, offset, v6 ? 16 : 4));
        expressions.add(new Lookup(set, 0, REG_1, -1, false));
        return this;
    }

    private void addressDependency(boolean v6, String what) {
        switch (family) {
            case IP -> {
                if (v6) {
                    throw new IllegalArgumentException(what + " is IPv6 but the table is ip (IPv4)");
                }
            }
            case IP6 -> {
                if (!v6) {
                    throw new IllegalArgumentException(what + " is IPv4 but the table is ip6");
                }
            }
            case INET -> {
                expressions.add(new Meta(Meta.NFPROTO, REG_1));
                expressions.add(new Cmp(REG_1, Cmp.EQ, NftData.u8(v6 ? Family.IP6.value() : Family.IP.value())));
            }
            default -> throw new IllegalArgumentException(what + " matches need an ip, ip6 or inet table, not " + family);
        }
    }

    private NftRuleBuilder port(int offset, int first, int last, String what) {
        requirePortProtocol(what);
        portRange(first, last, what);
        expressions.add(new Payload(REG_1, Payload.TRANSPORT_HEADER, offset, 2));
        if (first == last) {
            expressions.add(new Cmp(REG_1, Cmp.EQ, NftData.u16Be(first)));
        } else {
            expressions.add(new Cmp(REG_1, Cmp.GTE, NftData.u16Be(first)));
            expressions.add(new Cmp(REG_1, Cmp.LTE, NftData.u16Be(last)));
        }
        return this;
    }

    private NftRuleBuilder nat(int type, String firstText, String lastText, int firstPort, int lastPort, String what) {
        requireNat(what);
        InetAddress first = IpAddresses.parse(firstText, what + " address");
        InetAddress last = IpAddresses.parse(lastText, what + " address");
        if (IpAddresses.family(first) != IpAddresses.family(last)) {
            throw new IllegalArgumentException(what + " address range mixes IPv4 and IPv6: " + firstText + "-" + lastText);
        }
        boolean v6 = IpAddresses.family(first) == IpAddresses.AF_INET6;
        if ((family == Family.IP && v6) || (family == Family.IP6 && !v6)) {
            throw new IllegalArgumentException(what + " address " + firstText + " does not fit a " + family + " table");
        }
        if (new java.math.BigInteger(1, first.getAddress()).compareTo(new java.math.BigInteger(1, last.getAddress())) > 0) {
            throw new IllegalArgumentException(what + " address range is reversed: " + firstText + "-" + lastText);
        }
        boolean ports = firstPort != 0 || lastPort != 0;
        if (ports) {
            requirePortProtocol(what + " port");
            portRange(firstPort, lastPort, what + " port");
        }
        boolean addrRange = !first.equals(last);
        boolean portRange = ports && firstPort != lastPort;
        int reg = 1;
        int amin = reg++;
        expressions.add(new Immediate(amin, NftData.of(first.getAddress())));
        int amax = 0;
        if (addrRange) {
            amax = reg++;
            expressions.add(new Immediate(amax, NftData.of(last.getAddress())));
        }
        int pmin = 0;
        int pmax = 0;
        if (ports) {
            pmin = reg++;
            expressions.add(new Immediate(pmin, NftData.u16Be(firstPort)));
            if (portRange) {
                pmax = reg++;
                expressions.add(new Immediate(pmax, NftData.u16Be(lastPort)));
            }
        }
        expressions.add(new NatExpression(type, v6 ? Family.IP6.value() : Family.IP.value(), amin, amax, pmin, pmax,
                ports ? NatExpression.RANGE_PROTO_SPECIFIED : 0));
        return this;
    }

    private void requireNat(String what) {
        if (family != Family.IP && family != Family.IP6 && family != Family.INET) {
            throw new IllegalArgumentException(what + " needs an ip, ip6 or inet table, not " + family);
        }
    }

    private void requirePortProtocol(String what) {
        if (protocol == null || !protocol.hasPorts()) {
            throw new IllegalArgumentException(what + " needs protocol(TCP), protocol(UDP) or protocol(SCTP) first");
        }
    }

    private static void portRange(int first, int last, String what) {
        checkPort(first, what);
        checkPort(last, what);
        if (first > last) {
            throw new IllegalArgumentException(what + " is reversed: " + first + "-" + last);
        }
    }

    static void checkPort(int port, String what) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(what + " must be 1..65535: " + port);
        }
    }

    private static void checkU32(long v, String what) {
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(what + " must be 0..0xffffffff: " + v);
        }
    }
}
