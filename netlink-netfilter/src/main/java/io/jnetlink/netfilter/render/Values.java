package io.jnetlink.netfilter.render;

import io.jnetlink.netfilter.expr.NftData;

import java.util.ArrayList;
import java.util.List;

/** Data as nft prints it for each {@link Field.Kind}. */
final class Values {
    private static final String[] CT_STATES = {"invalid", "established", "related", "new", "", "", "untracked"};
    private static final String[] CT_STATUS = {"expected", "seen-reply", "assured", "confirmed", "snat", "dnat", "dying"};
    private static final String[] ADDRTYPES = {"unspec", "unicast", "local", "broadcast", "anycast", "multicast",
        "blackhole", "unreachable", "prohibit", "throw", "nat", "xresolve"};
    private static final String[] TCP_FLAGS = {"fin", "syn", "rst", "psh", "ack", "urg", "ecn", "cwr"};

    private Values() {
    }

    static String format(Field.Kind kind, NftData d) {
        byte[] b = d.bytes();
        return switch (kind) {
            case IPV4 -> b.length == 4 ? (b[0] & 0xFF) + "." + (b[1] & 0xFF) + "." + (b[2] & 0xFF) + "." + (b[3] & 0xFF) : hex(b);
            case IPV6 -> ipv6(b);
            case PORT -> Long.toString(d.bigEndian());
            case IFNAME -> "\"" + new String(b, 0, nul(b), java.nio.charset.StandardCharsets.UTF_8) + "\"";
            case MARK -> String.format("0x%08x", host(b));
            case L4PROTO -> l4(b[0] & 0xFF);
            case NFPROTO -> switch (b[0] & 0xFF) {
                case 2 -> "ipv4";
                case 10 -> "ipv6";
                default -> Integer.toString(b[0] & 0xFF);
            };
            case CTSTATE -> flags(host(b), CT_STATES);
            case CTSTATUS -> flags(host(b), CT_STATUS);
            case TCPFLAGS -> flags(b[0] & 0xFF, TCP_FLAGS);
            case ADDRTYPE -> {
                long t = host(b);
                yield t < ADDRTYPES.length ? ADDRTYPES[(int) t] : Long.toString(t);
            }
            case DECIMAL -> Long.toString(b.length == 1 ? b[0] & 0xFF : host(b));
            default -> hex(b);
        };
    }

    static String l4(int p) {
        return switch (p) {
            case 6 -> "tcp";
            case 17 -> "udp";
            case 1 -> "icmp";
            case 58 -> "ipv6-icmp";
            case 132 -> "sctp";
            default -> Integer.toString(p);
        };
    }

    /** {@return names of the set bits, comma separated, in table order} */
    static String flags(long v, String[] names) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if ((v & (1L << i)) != 0 && !names[i].isEmpty()) {
                out.add(names[i]);
            }
        }
        return out.isEmpty() ? "0x0" : String.join(",", out);
    }

    /** {@return the prefix length of a mask of leading ones, or -1} */
    static int prefix(byte[] mask) {
        int bits = 0;
        boolean zero = false;
        for (byte x : mask) {
            for (int i = 7; i >= 0; i--) {
                boolean one = (x >> i & 1) != 0;
                if (one && zero) {
                    return -1;
                }
                if (one) {
                    bits++;
                } else {
                    zero = true;
                }
            }
        }
        return bits;
    }

    /**
     * {@return the prefix length when [first, last] is exactly one aligned block (10.0.0.2-10.0.0.3 → 31), else -1}
     */
    static int blockPrefix(byte[] first, byte[] last) {
        if (first.length != last.length) {
            return -1;
        }
        java.math.BigInteger a = new java.math.BigInteger(1, first), b = new java.math.BigInteger(1, last);
        java.math.BigInteger size = b.subtract(a).add(java.math.BigInteger.ONE);
        if (size.signum() <= 0 || size.bitCount() != 1 || a.mod(size).signum() != 0) {
            return -1;
        }
        return first.length * 8 - (size.bitLength() - 1);
    }

    /** {@return an interval set's element [first, endExclusive) as nft prints it: a prefix, a range or one value} */
    static String interval(Field.Kind kind, byte[] first, byte[] endExclusive) {
        java.math.BigInteger end = new java.math.BigInteger(1, endExclusive).subtract(java.math.BigInteger.ONE);
        byte[] last = toBytes(end, first.length);
        if (java.util.Arrays.equals(first, last)) {
            return format(kind, NftData.of(first));
        }
        int prefix = blockPrefix(first, last);
        return format(kind, NftData.of(first)) + (prefix >= 0 && (kind == Field.Kind.IPV4 || kind == Field.Kind.IPV6)
                ? "/" + prefix : "-" + format(kind, NftData.of(last)));
    }

    private static byte[] toBytes(java.math.BigInteger v, int length) {
        byte[] raw = v.toByteArray();
        byte[] out = new byte[length];
        int n = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - n, out, length - n, n);
        return out;
    }

    static long host(byte[] b) {
        long v = 0;
        for (int i = Math.min(b.length, 8) - 1; i >= 0; i--) {
            v = v << 8 | (b[i] & 0xFF);
        }
        return v;
    }

    private static int nul(byte[] b) {
        for (int i = 0; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return b.length;
    }

    static String hex(byte[] b) {
        StringBuilder s = new StringBuilder("0x");
        for (byte x : b) {
            s.append(String.format("%02x", x & 0xFF));
        }
        return s.toString();
    }

    private static String ipv6(byte[] b) {
        try {
            String s = java.net.InetAddress.getByAddress(b).getHostAddress();
            return s.replaceAll("((?::0\\b){2,}):?(?!\\S*\\b\\1:0\\b)(\\S*)", "::$2").replaceFirst("^0::", "::");
        } catch (java.net.UnknownHostException e) {
            return hex(b);
        }
    }
}
