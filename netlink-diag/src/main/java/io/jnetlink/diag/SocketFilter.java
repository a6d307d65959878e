package io.jnetlink.diag;

import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;


/**
 * A kernel-side socket filter, the expressions of {@code ss FILTER} ({@code sport = :80},
 * {@code dst 10.0.0.0/8}, {@code and}, {@code or}, {@code not}): compiled into
 * {@code inet_diag_bc_op} bytecode exactly as iproute2's {@code ss} compiles them and sent as
 * {@code INET_DIAG_REQ_BYTECODE}, so the kernel skips what does not match before copying it out.
 *
 * <pre>{@code
 * // ss -tan state listening sport = :80
 * Sockets.tcp().states(TcpState.LISTEN).filter(SocketFilter.sport(80)).in(ns).apply();
 * // ss -tan '( dport = :443 or dport = :80 ) and dst 10.0.0.0/8'
 * SocketFilter.dport(443).or(SocketFilter.dport(80)).and(SocketFilter.dst("10.0.0.0/8"));
 * }</pre>
 *
 * {@code toString()} prints the filter in {@code ss} syntax. UNIX sockets have no bytecode filter.
 */
public sealed interface SocketFilter
        permits SocketFilter.Port, SocketFilter.Host, SocketFilter.Mark, SocketFilter.Device,
                SocketFilter.And, SocketFilter.Or, SocketFilter.Not {

    /** Which end of the connection a condition looks at. */
    enum Side {
        /** The local end ({@code sport}, {@code src}). */
        SOURCE,
        /** The remote end ({@code dport}, {@code dst}). */
        DESTINATION
    }

    /** How a port is compared, with the operator {@code ss} writes. */
    enum Comparison {
        /** {@code =}. */
        EQ("="),
        /** {@code !=}: compiled as {@code not =}, as ss does. */
        NE("!="),
        /** {@code >=}. */
        GE(">="),
        /** {@code <=}. */
        LE("<="),
        /** {@code >}: compiled as {@code not <=}, as ss does. */
        GT(">"),
        /** {@code <}: compiled as {@code not >=}, as ss does. */
        LT("<");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        /** {@return the operator as {@code ss} writes it} */
        public String symbol() {
            return symbol;
        }
    }

    /**
     * {@code sport OP :PORT} / {@code dport OP :PORT}.
     *
     * @param side       source or destination
     * @param comparison the operator
     * @param port       0..65535
     */
    record Port(Side side, Comparison comparison, int port) implements SocketFilter {
        /**
         * Checks the arguments.
         *
         * @param side       source or destination
         * @param comparison the operator
         * @param port       0..65535
         * @throws IllegalArgumentException naming the bad argument
         */
        public Port {
            FilterChecks.notNull(side, "side");
            FilterChecks.notNull(comparison, "comparison");
            FilterChecks.port(port, "port");
        }

        @Override
        public String toString() {
            return (side == Side.SOURCE ? "sport " : "dport ") + comparison.symbol() + " :" + port;
        }
    }

    /**
     * {@code src PREFIX[:PORT]} / {@code dst PREFIX[:PORT]}: the address lies in the prefix (an
     * IPv4 prefix also matches IPv4-mapped IPv6 sockets), and the port is equal when given.
     *
     * @param side   source or destination
     * @param prefix the address prefix
     * @param port   0..65535, or -1 for any port
     */
    record Host(Side side, IpPrefix prefix, int port) implements SocketFilter {
        /**
         * Checks the arguments.
         *
         * @param side   source or destination
         * @param prefix the address prefix
         * @param port   0..65535, or -1 for any port
         * @throws IllegalArgumentException naming the bad argument
         */
        public Host {
            FilterChecks.notNull(side, "side");
            FilterChecks.notNull(prefix, "prefix");
            if (port != -1) {
                FilterChecks.port(port, "port");
            }
        }

        @Override
        public String toString() {
            String address = IpAddresses.format(prefix.address());
            if (prefix.prefixLength() != IpAddresses.bits(prefix.address())) {
                address += "/" + prefix.prefixLength();
            }
            if (prefix.family() == IpAddresses.AF_INET6) {
                address = "[" + address + "]"; // ss: [fd07::/64]:8443
            }
            String text = (side == Side.SOURCE ? "src " : "dst ") + address;
            return port == -1 ? text : text + ":" + port;
        }
    }

    /**
     * {@code fwmark = MARK/MASK}: {@code (sk_mark & mask) == mark}; the kernel accepts it only
     * from a caller with {@code CAP_NET_ADMIN} in the namespace.
     *
     * @param mark the value, u32
     * @param mask the mask, u32
     */
    record Mark(long mark, long mask) implements SocketFilter {
        /**
         * Checks the arguments.
         *
         * @param mark the value, u32
         * @param mask the mask, u32
         * @throws IllegalArgumentException naming the bad argument
         */
        public Mark {
            FilterChecks.u32(mark, "mark");
            FilterChecks.u32(mask, "mask");
        }

        @Override
        public String toString() {
            return String.format("fwmark = 0x%x/0x%x", mark, mask);
        }
    }

    /**
     * {@code dev = INDEX}: the socket is bound to the interface ({@code SO_BINDTODEVICE}).
     *
     * @param index the interface index, positive
     */
    record Device(int index) implements SocketFilter {
        /**
         * Checks the argument.
         *
         * @param index the interface index, positive
         * @throws IllegalArgumentException if it is not positive
         */
        public Device {
            if (index <= 0) {
                throw new IllegalArgumentException("index must be a positive interface index: " + index);
            }
        }

        @Override
        public String toString() {
            return "dev = " + index;
        }
    }

    /**
     * Both filters match.
     *
     * @param left  the first
     * @param right the second
     */
    record And(SocketFilter left, SocketFilter right) implements SocketFilter {
        /**
         * Checks the arguments.
         *
         * @param left  the first
         * @param right the second
         * @throws IllegalArgumentException if one is null
         */
        public And {
            FilterChecks.notNull(left, "left");
            FilterChecks.notNull(right, "right");
        }

        @Override
        public String toString() {
            return "( " + left + " and " + right + " )";
        }
    }

    /**
     * Either filter matches.
     *
     * @param left  the first
     * @param right the second
     */
    record Or(SocketFilter left, SocketFilter right) implements SocketFilter {
        /**
         * Checks the arguments.
         *
         * @param left  the first
         * @param right the second
         * @throws IllegalArgumentException if one is null
         */
        public Or {
            FilterChecks.notNull(left, "left");
            FilterChecks.notNull(right, "right");
        }

        @Override
        public String toString() {
            return "( " + left + " or " + right + " )";
        }
    }

    /**
     * The filter does not match.
     *
     * @param inner the negated filter
     */
    record Not(SocketFilter inner) implements SocketFilter {
        /**
         * Checks the argument.
         *
         * @param inner the negated filter
         * @throws IllegalArgumentException if it is null
         */
        public Not {
            FilterChecks.notNull(inner, "inner");
        }

        @Override
        public String toString() {
            return "not " + inner;
        }
    }

    /**
     * Reads an {@code ss} filter expression, e.g. {@code "( sport = :80 or sport = :443 ) and not dst 10.0.0.0/8"}:
     * {@code sport}/{@code dport} {@code = != > >= < <=} {@code :PORT}, {@code src}/{@code dst}
     * {@code ADDRESS[/LEN][:PORT]} (IPv6 in brackets: {@code [fd00::/64]:443}), {@code fwmark = M[/MASK]},
     * {@code dev = INDEX}, {@code and}, {@code or}, {@code not}, parentheses. Port and host names
     * are not looked up.
     *
     * @param expression the expression as typed after {@code ss -tan}
     * @return the filter
     * @throws IllegalArgumentException naming the expression and what is wrong in it
     */
    static SocketFilter parse(String expression) {
        return FilterParser.parse(expression);
    }

    /**
     * {@code sport = :PORT}.
     *
     * @param port 0..65535
     * @return the filter
     */
    static SocketFilter sport(int port) {
        return new Port(Side.SOURCE, Comparison.EQ, port);
    }

    /**
     * {@code sport OP :PORT}, e.g. {@code sport >= :1024}.
     *
     * @param comparison the operator
     * @param port 0..65535
     * @return the filter
     */
    static SocketFilter sport(Comparison comparison, int port) {
        return new Port(Side.SOURCE, comparison, port);
    }

    /**
     * {@code dport = :PORT}.
     *
     * @param port 0..65535
     * @return the filter
     */
    static SocketFilter dport(int port) {
        return new Port(Side.DESTINATION, Comparison.EQ, port);
    }

    /**
     * {@code dport OP :PORT}.
     *
     * @param comparison the operator
     * @param port 0..65535
     * @return the filter
     */
    static SocketFilter dport(Comparison comparison, int port) {
        return new Port(Side.DESTINATION, comparison, port);
    }

    /**
     * {@code src ADDRESS[/LEN]}.
     *
     * @param prefix an address or CIDR prefix, IPv4 or IPv6 ({@code "10.0.0.0/8"}, {@code "::1"})
     * @return the filter
     * @throws IllegalArgumentException if {@code prefix} is not an address or prefix
     */
    static SocketFilter src(String prefix) {
        return new Host(Side.SOURCE, FilterChecks.prefix(prefix, "prefix"), -1);
    }

    /**
     * {@code src ADDRESS[/LEN]:PORT}.
     *
     * @param prefix an address or CIDR prefix
     * @param port   0..65535
     * @return the filter
     * @throws IllegalArgumentException naming the bad argument
     */
    static SocketFilter src(String prefix, int port) {
        return new Host(Side.SOURCE, FilterChecks.prefix(prefix, "prefix"), port);
    }

    /**
     * {@code dst ADDRESS[/LEN]}.
     *
     * @param prefix an address or CIDR prefix
     * @return the filter
     * @throws IllegalArgumentException if {@code prefix} is not an address or prefix
     */
    static SocketFilter dst(String prefix) {
        return new Host(Side.DESTINATION, FilterChecks.prefix(prefix, "prefix"), -1);
    }

    /**
     * {@code dst ADDRESS[/LEN]:PORT}.
     *
     * @param prefix an address or CIDR prefix
     * @param port   0..65535
     * @return the filter
     * @throws IllegalArgumentException naming the bad argument
     */
    static SocketFilter dst(String prefix, int port) {
        return new Host(Side.DESTINATION, FilterChecks.prefix(prefix, "prefix"), port);
    }

    /**
     * {@code fwmark = MARK/MASK}.
     *
     * @param mark the value, u32
     * @param mask the mask, u32
     * @return the filter
     */
    static SocketFilter mark(long mark, long mask) {
        return new Mark(mark, mask);
    }

    /**
     * {@code dev = INDEX}.
     *
     * @param index the interface index
     * @return the filter
     */
    static SocketFilter dev(int index) {
        return new Device(index);
    }

    /**
     * {@code THIS and OTHER}.
     *
     * @param other the second filter
     * @return the conjunction
     */
    default SocketFilter and(SocketFilter other) {
        return new And(this, other);
    }

    /**
     * {@code THIS or OTHER}.
     *
     * @param other the second filter
     * @return the disjunction
     */
    default SocketFilter or(SocketFilter other) {
        return new Or(this, other);
    }

    /**
     * {@code not THIS}.
     *
     * @return the negation
     */
    default SocketFilter not() {
        return new Not(this);
    }

    /**
     * The {@code inet_diag_bc_op} program, byte for byte what {@code ss} sends for the same expression.
     *
     * @return a fresh copy of the bytecode
     * @throws IllegalArgumentException if the program is longer than the 16-bit jump offsets reach
     */
    default byte[] bytecode() {
        return FilterCompiler.compile(this);
    }
}

/** Argument checks of the filter records (an interface cannot hold private static helpers for nested records). */
final class FilterChecks {
    private FilterChecks() {
    }

    static void notNull(Object value, String name) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    static void port(int port, String name) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException(name + " must be between 0 and 65535: " + port);
        }
    }

    static void u32(long value, String name) {
        if (value < 0 || value > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException(name + " must be between 0 and 0xffffffff: " + value);
        }
    }

    static IpPrefix prefix(String text, String name) {
        if (text == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return IpPrefix.parse(text, name);
    }
}
