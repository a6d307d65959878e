package io.jnetlink.netfilter;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;

import java.util.Objects;

/**
 * NAT in one call each, as the walkthrough does it with nft. Each creates table {@code ip nat} and
 * its chain ({@code postrouting}: type nat, hook postrouting, priority srcnat; {@code prerouting}:
 * type nat, hook prerouting, priority dstnat) when missing, and the rule, in ONE transaction.
 */
public final class Nat {
    /** The table the helpers use: {@code ip nat}. */
    public static final String TABLE = "nat";
    /** The source-NAT chain. */
    public static final String POSTROUTING = "postrouting";
    /** The destination-NAT chain. */
    public static final String PREROUTING = "prerouting";

    private Nat() {
    }

    /**
     * {@code nft add rule ip nat postrouting ip saddr CIDR [oifname IF] masquerade}
     * (iptables {@code -t nat -A POSTROUTING -s CIDR -j MASQUERADE}).
     *
     *
     * @param sourceCidr the source network, e.g. {@code "192.168.15.0/24"}
     * @return a new request; {@code apply()} sends it
     * @throws IllegalArgumentException for a bad or non-IPv4 CIDR
     */
    public static Masquerade masquerade(String sourceCidr) {
        return new Masquerade(sourceCidr);
    }

    /**
     * {@code nft add rule ip nat prerouting tcp dport PORT dnat to ADDRESS:PORT} (iptables
     * {@code -t nat -A PREROUTING -p tcp --dport PORT -j DNAT --to-destination ADDRESS:PORT}); finish with
     * {@link PortForward#to(String, int)}.
     *
     * @param port the destination port to match
     * @return a new request; {@code apply()} sends it
     */
    public static PortForward portForward(int port) {
        return new PortForward(port);
    }

    private static void ensureChain(Transaction tx, String chain, Hook hook, String priority) {
        tx.addTable(Family.IP, TABLE);
        tx.addBaseChain(Family.IP, TABLE, chain, ChainType.NAT, hook, priority, null, null);
    }

    /** A masquerade request; {@link #apply()} returns the new rule's handle. */
    public static final class Masquerade extends NetlinkRequest<Masquerade, Long> {
        private final String source;
        private String outInterface;

        Masquerade(String sourceCidr) {
            IpPrefix p = IpPrefix.parse(sourceCidr, "masquerade source");
            if (p.family() != IpAddresses.AF_INET) {
                throw new IllegalArgumentException("masquerade source must be an IPv4 CIDR (table ip nat): " + sourceCidr);
            }
            this.source = p.network().getHostAddress() + "/" + p.prefixLength();
        }

        /**
         * Only packets leaving through {@code name}: {@code oifname NAME}.
         *
         * @param name the output interface name
         * @return this request
         */
        public Masquerade outInterface(String name) {
            this.outInterface = InterfaceNames.check(name, "output interface");
            return this;
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        /** {@return the transaction this request sends} */
        public Transaction transaction() {
            Transaction tx = Nftables.transaction();
            ensureChain(tx, POSTROUTING, Hook.POSTROUTING, "srcnat");
            NftRuleBuilder rule = NftRule.in(Family.IP, TABLE, POSTROUTING);
            if (!source.endsWith("/0")) {
                rule.sourceAddress(source);
            }
            if (outInterface != null) {
                rule.outInterface(outInterface);
            }
            tx.addRule(rule.masquerade());
            return tx;
        }

        @Override
        public Long apply(NetlinkConnection connection) {
            return transaction().apply(connection).ruleHandles().get(0);
        }
    }

    /** A port-forward request; {@link #apply()} returns the new rule's handle. */
    public static final class PortForward extends NetlinkRequest<PortForward, Long> {
        private final int port;
        private Protocol protocol = Protocol.TCP;
        private String address;
        private int toPort;

        PortForward(int port) {
            NftRuleBuilder.checkPort(port, "forwarded port");
            this.port = port;
        }

        /**
         * The destination: {@code dnat to ADDRESS:PORT}.
         *
         * @param address the IPv4 address to forward to
         * @param port the port to forward to
         * @return this request
         */
        public PortForward to(String address, int port) {
            var a = IpAddresses.parse(address, "forward address");
            if (IpAddresses.family(a) != IpAddresses.AF_INET) {
                throw new IllegalArgumentException("forward address must be IPv4 (table ip nat): " + address);
            }
            NftRuleBuilder.checkPort(port, "forward port");
            this.address = a.getHostAddress();
            this.toPort = port;
            return this;
        }

        /**
         * Forward UDP instead of TCP.
         *
         * @return this request
         */
        public PortForward udp() {
            this.protocol = Protocol.UDP;
            return this;
        }

        /**
         * Forward TCP (the default).
         *
         * @return this request
         */
        public PortForward tcp() {
            this.protocol = Protocol.TCP;
            return this;
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        /** {@return the transaction this request sends} */
        public Transaction transaction() {
            Objects.requireNonNull(address, "call to(address, port) before apply");
            Transaction tx = Nftables.transaction();
            ensureChain(tx, PREROUTING, Hook.PREROUTING, "dstnat");
            tx.addRule(NftRule.in(Family.IP, TABLE, PREROUTING).protocol(protocol).destinationPort(port).dnat(address, toPort));
            return tx;
        }

        @Override
        public Long apply(NetlinkConnection connection) {
            if (address == null) {
                throw new IllegalArgumentException("port forward of " + port + " needs to(address, port)");
            }
            return transaction().apply(connection).ruleHandles().get(0);
        }
    }
}
