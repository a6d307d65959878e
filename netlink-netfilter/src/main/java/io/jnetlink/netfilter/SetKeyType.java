package io.jnetlink.netfilter;

import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.netfilter.expr.NftData;

/**
 * nft data types of set keys and map values ({@code NFTA_SET_KEY_TYPE}; numbers of nft's
 * {@code enum datatypes}), with their byte length and byte order.
 */
public enum SetKeyType {
    /** {@code TYPE_VERDICT} (map values only). */
    VERDICT(1, 0, "verdict", 0),
    /** {@code TYPE_MARK}, host order. */
    MARK(19, 4, "mark", 1),
    /** {@code TYPE_IPADDR}. */
    IPV4_ADDR(7, 4, "ipv4_addr", 2),
    /** {@code TYPE_IP6ADDR}. */
    IPV6_ADDR(8, 16, "ipv6_addr", 2),
    /** {@code TYPE_INET_PROTOCOL}. */
    INET_PROTO(12, 1, "inet_proto", 2),
    /** {@code TYPE_INET_SERVICE} (ports). */
    INET_SERVICE(13, 2, "inet_service", 2);

    private final int id;
    private final int length;
    private final String nftName;
    private final int byteorder;

    SetKeyType(int id, int length, String nftName, int byteorder) {
        this.id = id;
        this.length = length;
        this.nftName = nftName;
        this.byteorder = byteorder;
    }

    /** {@return nft's datatype number} */
    public int id() {
        return id;
    }

    /** {@return bytes per value ({@code NFTA_SET_KEY_LEN})} */
    public int length() {
        return length;
    }

    /** {@return nft's name, e.g. {@code ipv4_addr}} */
    public String nftName() {
        return nftName;
    }

    /** nft's {@code enum byteorder}: 0 invalid, 1 host, 2 big endian. */
    int byteorder() {
        return byteorder;
    }

    /**
     * The type of nft datatype number {@code id}, or null.
     *
     * @param id the {@code NFT_DATATYPE}-style id nft stores in the set
     * @return the key type
     */
    public static SetKeyType ofId(int id) {
        for (SetKeyType t : values()) {
            if (t.id == id) {
                return t;
            }
        }
        return null;
    }

    /**
     * Parses one value of this type: an address, a port, a protocol number, a mark. For interval
     * sets {@link #parseRange} takes CIDRs and ranges.
     *
     * @param text the value as nft writes it
     * @param what what the value is, for the exception message
     * @return the value in the set's key encoding
     */
    public NftData parse(String text, String what) {
        switch (this) {
            case IPV4_ADDR, IPV6_ADDR -> {
                var a = IpAddresses.parse(text, what);
                if (a.getAddress().length != length) {
                    throw new IllegalArgumentException(what + " must be an " + nftName + ": " + text);
                }
                return NftData.of(a.getAddress());
            }
            case INET_SERVICE -> {
                int p = number(text, what, 0, 65535);
                return NftData.u16Be(p);
            }
            case INET_PROTO -> {
                return NftData.u8(number(text, what, 0, 255));
            }
            case MARK -> {
                return NftData.u32Host(number(text, what, 0, 0xFFFFFFFFL));
            }
            default -> throw new IllegalArgumentException(what + ": a " + nftName + " cannot be a set key");
        }
    }

    /**
     * Parses an interval: a CIDR ({@code 10.0.0.0/8}), a range ({@code 80-90}) or one value; returns {first, last}.
     *
     * @param text a range {@code A-B} or prefix {@code A/N} as nft writes it
     * @param what what the value is, for the exception message
     * @return the first and the last value of the interval
     */
    public NftData[] parseRange(String text, String what) {
        if ((this == IPV4_ADDR || this == IPV6_ADDR) && text.contains("/")) {
            IpPrefix p = IpPrefix.parse(text, what);
            byte[] first = p.network().getAddress();
            if (first.length != length) {
                throw new IllegalArgumentException(what + " must be an " + nftName + " prefix: " + text);
            }
            byte[] last = first.clone();
            for (int b = p.prefixLength(); b < length * 8; b++) {
                last[b / 8] |= (byte) (0x80 >>> (b % 8));
            }
            return new NftData[]{NftData.of(first), NftData.of(last)};
        }
        int dash = text.indexOf('-');
        if (dash > 0) {
            NftData a = parse(text.substring(0, dash), what);
            NftData b = parse(text.substring(dash + 1), what);
            if (compare(a, b) > 0) {
                throw new IllegalArgumentException(what + " range is reversed: " + text);
            }
            return new NftData[]{a, b};
        }
        NftData v = parse(text, what);
        return new NftData[]{v, v};
    }

    static int compare(NftData a, NftData b) {
        for (int i = 0; i < a.length(); i++) {
            int c = Integer.compare(a.byteAt(i), b.byteAt(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static int number(String text, String what, long min, long max) {
        try {
            long v = text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
            if (v < min || v > max) {
                throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + text);
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number: " + text);
        }
    }

    @Override
    public String toString() {
        return nftName;
    }
}
