package io.jnetlink.diag.wire;

/**
 * Layout of {@code struct inet_diag_sockid} ({@code <linux/inet_diag.h>}): ports and addresses
 * in network byte order, an IPv4 address in the first 4 bytes of its 16.
 *
 * <pre>
 * +--------------------------------+--------------------------------+
 * |     idiag_sport (__be16)       |     idiag_dport (__be16)       |  0
 * +--------------------------------+--------------------------------+
 * |                 idiag_src (__be32[4], 16 bytes)                 |  4
 * +-----------------------------------------------------------------+
 * |                 idiag_dst (__be32[4], 16 bytes)                 | 20
 * +-----------------------------------------------------------------+
 * |                        idiag_if (u32)                           | 36
 * +-----------------------------------------------------------------+
 * |                 idiag_cookie (u32[2], 8 bytes)                  | 40
 * +-----------------------------------------------------------------+
 * </pre>
 */
public final class InetDiagSockId {
    /** {@code sizeof(struct inet_diag_sockid)}. */
    public static final int LENGTH = 48;
    /** Offset of {@code idiag_sport}. */
    public static final int SPORT_OFFSET = 0;
    /** Offset of {@code idiag_dport}. */
    public static final int DPORT_OFFSET = 2;
    /** Offset of {@code idiag_src}. */
    public static final int SRC_OFFSET = 4;
    /** Offset of {@code idiag_dst}. */
    public static final int DST_OFFSET = 20;
    /** Offset of {@code idiag_if}. */
    public static final int IF_OFFSET = 36;
    /** Offset of {@code idiag_cookie}. */
    public static final int COOKIE_OFFSET = 40;
    /** Bytes of each address field. */
    public static final int ADDRESS_LENGTH = 16;
    /** {@code #define INET_DIAG_NOCOOKIE (~0U)}: both cookie words say "any socket". */
    public static final int INET_DIAG_NOCOOKIE = ~0;

    private InetDiagSockId() {
    }
}
