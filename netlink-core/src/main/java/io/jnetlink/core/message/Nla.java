package io.jnetlink.core.message;

/**
 * Layout of {@code struct nlattr}, the 4-byte header of a netlink attribute (host byte order),
 * followed by its value and zeroed padding up to a 4-byte boundary.
 *
 * <pre>
 * +-------------------------------+-------------------------------+
 * |        nla_len (u16)          |  N|B|     nla_type (14 bits)  |  0
 * +-------------------------------+-------------------------------+
 * |                    value (nla_len - 4 bytes) + padding         |  4
 * +---------------------------------------------------------------+
 *  N = NLA_F_NESTED, B = NLA_F_NET_BYTEORDER
 * </pre>
 */
public final class Nla {
    /** {@code NLA_HDRLEN}: the attribute header, {@code nla_len} and {@code nla_type}. */
    public static final int HEADER_LENGTH = 4;
    /** Offset of {@code nla_len} (u16: header and value, without padding). */
    public static final int LENGTH_OFFSET = 0;
    /** Offset of {@code nla_type} (u16: type and flag bits). */
    public static final int TYPE_OFFSET = 2;
    /** {@code NLA_F_NESTED (1 << 15)}. */
    public static final int F_NESTED = 0x8000;
    /** {@code NLA_F_NET_BYTEORDER (1 << 14)}. */
    public static final int F_NET_BYTEORDER = 0x4000;
    /** {@code NLA_TYPE_MASK ~(NLA_F_NESTED | NLA_F_NET_BYTEORDER)}. */
    public static final int TYPE_MASK = ~(F_NESTED | F_NET_BYTEORDER) & 0xFFFF;
    /** The largest attribute: {@code nla_len} is a u16. */
    public static final int MAX_LENGTH = 0xFFFF;

    private Nla() {
    }

    /**
     * {@code NLA_ALIGN(len) = ((len)+3) & ~3}.
     *
     * @param length number of bytes
     * @return {@code len} rounded up to a multiple of 4 ({@code NLA_ALIGN})
     */
    public static int align(int length) {
        return (length + 3) & ~3;
    }
}
