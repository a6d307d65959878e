package io.jnetlink.netfilter.object;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;

/** Length checks for object attributes: a value of the wrong size is a decode error, never a record. */
final class ObjectValues {
    private ObjectValues() {
    }

    /** {@return the reader, after checking its current value holds exactly {@code length} bytes} */
    static AttributeReader exact(AttributeReader a, int length) {
        if (a.valueLength() != length) {
            throw new NetlinkDecodeException("object attribute type=" + a.type() + " must hold " + length
                    + " bytes, has " + a.valueLength(), a.offset());
        }
        return a;
    }

    /** Rejects a layer-3 protocol outside u16 or a layer-4 protocol outside u8, naming the argument. */
    static void checkProtocols(int l3proto, int l4proto) {
        if (l3proto < 0 || l3proto > 0xFFFF) {
            throw new IllegalArgumentException("l3proto must be 0..65535: " + l3proto);
        }
        if (l4proto < 0 || l4proto > 0xFF) {
            throw new IllegalArgumentException("l4proto must be 0..255: " + l4proto);
        }
    }

    /** {@return nft's name of a layer-3 protocol number ({@code NFPROTO_IPV4} 2 → ip)} */
    static String l3Name(int l3proto) {
        return switch (l3proto) {
            case 2 -> "ip";
            case 10 -> "ip6";
            case 1 -> "inet";
            default -> Integer.toString(l3proto);
        };
    }

    /** {@return nft's name of a layer-4 protocol number (6 → tcp)} */
    static String l4Name(int l4proto) {
        return switch (l4proto) {
            case 6 -> "tcp";
            case 17 -> "udp";
            case 1 -> "icmp";
            case 58 -> "icmpv6";
            case 132 -> "sctp";
            case 33 -> "dccp";
            case 136 -> "udplite";
            default -> Integer.toString(l4proto);
        };
    }
}
