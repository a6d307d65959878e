package io.jnetlink.netfilter.render;

import io.jnetlink.netfilter.expr.CompatMatch;
import io.jnetlink.netfilter.expr.CompatTarget;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * The nft text of iptables-nft's compatibility matches and targets, as nft prints them through
 * libxtables' translations ({@code iptables-translate}); the info structs are host order
 * ({@code linux/netfilter/xt_*.h}). Others print as {@code xt match NAME} / {@code xt target NAME}.
 */
final class CompatTranslations {
    private static final String[] ADDRTYPES = {"unspec", "unicast", "local", "broadcast", "anycast", "multicast",
        "blackhole", "unreachable", "prohibit", "throw", "nat", "xresolve"};

    private CompatTranslations() {
    }

    private static ByteBuffer info(byte[] b) {
        return ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
    }

    static String match(CompatMatch m, String l4) {
        byte[] b = m.info().bytes();
        try {
            String s = switch (m.matchName()) {
                case "addrtype" -> m.revision() == 1 ? addrtype(info(b)) : null;
                case "conntrack" -> m.revision() == 3 ? conntrack(info(b)) : null;
                case "multiport" -> m.revision() == 1 ? multiport(info(b), l4) : null;
                case "statistic" -> statistic(info(b));
                default -> null;
            };
            return s != null ? s : "xt match " + m.matchName();
        } catch (IndexOutOfBoundsException shortInfo) {
            return "xt match " + m.matchName();
        }
    }

    static String target(CompatTarget t) {
        byte[] b = t.info().bytes();
        try {
            String s = switch (t.targetName()) {
                case "MASQUERADE" -> info(b).getInt(4) == 0 ? "masquerade" : null; // struct nf_nat_ipv4_multi_range_compat: range[0].flags
                case "DNAT" -> t.revision() == 2 ? dnat(info(b)) : null;
                case "TCPMSS" -> (info(b).getShort(0) & 0xFFFF) == 0xFFFF ? "tcp option maxseg size set rt mtu"
                        : "tcp option maxseg size set " + (info(b).getShort(0) & 0xFFFF);
                default -> null;
            };
            return s != null ? s : "xt target " + t.targetName();
        } catch (IndexOutOfBoundsException shortInfo) {
            return "xt target " + t.targetName();
        }
    }

    /** {@code struct xt_addrtype_info_v1 { __u16 source, dest; __u32 flags; }}. */
    private static String addrtype(ByteBuffer b) {
        int source = b.getShort(0) & 0xFFFF, dest = b.getShort(2) & 0xFFFF, flags = b.getInt(4);
        List<String> parts = new ArrayList<>();
        if (source != 0) {
            parts.add("fib saddr type " + ((flags & 1) != 0 ? "!= " : "") + types(source));
        }
        if (dest != 0) {
            parts.add("fib daddr type " + ((flags & 2) != 0 ? "!= " : "") + types(dest));
        }
        return String.join(" ", parts);
    }

    private static String types(int mask) {
        List<String> t = new ArrayList<>();
        for (int i = 0; i < ADDRTYPES.length; i++) {
            if ((mask & (1 << i)) != 0) {
                t.add(ADDRTYPES[i]);
            }
        }
        return t.size() == 1 ? t.get(0) : "{ " + String.join(", ", t) + " }";
    }

    /** {@code struct xt_conntrack_mtinfo3}: state_mask at 150 when {@code match_flags} (146) has {@code XT_CONNTRACK_STATE}. */
    private static String conntrack(ByteBuffer b) {
        int matchFlags = b.getShort(146) & 0xFFFF, invert = b.getShort(148) & 0xFFFF, state = b.getShort(150) & 0xFFFF;
        if (matchFlags != 1) {
            return null; // only --ctstate is translated here
        }
        List<String> s = new ArrayList<>();
        int[] bits = {1, 8, 4, 2, 64};
        String[] names = {"invalid", "new", "related", "established", "untracked"};
        for (int i = 0; i < bits.length; i++) {
            if ((state & bits[i]) != 0) {
                s.add(names[i]);
            }
        }
        return "ct state " + ((invert & 1) != 0 ? "!= " : "") + String.join(",", s);
    }

    /** {@code struct xt_multiport_v1 { __u8 flags, count; __u16 ports[15]; __u8 pflags[15]; __u8 invert; }}. */
    private static String multiport(ByteBuffer b, String l4) {
        int flags = b.get(0) & 0xFF, count = b.get(1) & 0xFF;
        List<String> ports = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ports.add(Integer.toString(b.getShort(2 + 2 * i) & 0xFFFF));
        }
        String dir = flags == 0 ? " sport " : flags == 1 ? " dport " : " sport . dport ";
        boolean invert = (b.get(2 + 30 + 15) & 0xFF) != 0;
        return l4 + dir + (invert ? "!= " : "") + (ports.size() == 1 ? ports.get(0) : "{ " + String.join(", ", ports) + " }");
    }

    /** {@code struct xt_statistic_info { __u16 mode, flags; __u32 probability…}}: random mode only. */
    private static String statistic(ByteBuffer b) {
        if (b.getShort(0) != 0) {
            return null;
        }
        return "meta random & 2147483647 " + ((b.getShort(2) & 1) != 0 ? ">= " : "< ") + Integer.toUnsignedString(b.getInt(4));
    }

    /** {@code struct nf_nat_range2 { __u32 flags; union nf_inet_addr min_addr, max_addr; __be16 min_proto, max_proto, base_proto; }}. */
    private static String dnat(ByteBuffer b) {
        int flags = b.getInt(0);
        StringBuilder s = new StringBuilder("dnat to ");
        if ((flags & 1) != 0) {
            s.append(ipv4(b, 4));
            if (b.getInt(4) != b.getInt(20)) {
                s.append('-').append(ipv4(b, 20));
            }
        }
        if ((flags & 2) != 0) {
            int lo = Short.reverseBytes(b.getShort(36)) & 0xFFFF, hi = Short.reverseBytes(b.getShort(38)) & 0xFFFF;
            if (b.order() == ByteOrder.BIG_ENDIAN) {
                lo = b.getShort(36) & 0xFFFF;
                hi = b.getShort(38) & 0xFFFF;
            }
            s.append(':').append(lo).append(lo != hi ? "-" + hi : "");
        }
        return s.toString();
    }

    private static String ipv4(ByteBuffer b, int at) {
        return (b.get(at) & 0xFF) + "." + (b.get(at + 1) & 0xFF) + "." + (b.get(at + 2) & 0xFF) + "." + (b.get(at + 3) & 0xFF);
    }
}
