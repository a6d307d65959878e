package io.jnetlink.route.wire;

/**
 * Layout of {@code struct ndmsg}, the fixed header of neighbour messages ({@code RTM_*NEIGH}),
 * and the {@code NDA_*} attributes, {@code NUD_*} states and {@code NTF_*} flags of
 * {@code <linux/neighbour.h>}.
 *
 * <pre>
 * +---------------+---------------+-------------------------------+
 * | ndm_family u8 | ndm_pad1 u8   |        ndm_pad2 (u16)         |  0
 * +---------------+---------------+-------------------------------+
 * |                      ndm_ifindex (s32)                        |  4
 * +-------------------------------+---------------+---------------+
 * |        ndm_state (u16)        | ndm_flags u8  | ndm_type u8   |  8
 * +-------------------------------+---------------+---------------+
 * </pre>
 */
public final class NdMsg {
    /** Length of the fixed header in bytes. */
    public static final int LENGTH = 12;
    /** Byte offset of the {@code family} field. */
    public static final int FAMILY_OFFSET = 0;
    /** Byte offset of the {@code ifindex} field. */
    public static final int IFINDEX_OFFSET = 4;
    /** Byte offset of the {@code state} field. */
    public static final int STATE_OFFSET = 8;
    /** Byte offset of the {@code flags} field. */
    public static final int FLAGS_OFFSET = 10;
    /** Byte offset of the {@code type} field. */
    public static final int TYPE_OFFSET = 11;

    /** {@code AF_BRIDGE} ({@code PF_BRIDGE}) = 7, {@code <linux/socket.h>}: the family of bridge FDB entries. */
    public static final int AF_BRIDGE = 7;

    /** {@code NDA_DST}. */
    public static final int NDA_DST = 1;
    /** {@code NDA_LLADDR}. */
    public static final int NDA_LLADDR = 2;
    /** {@code NDA_CACHEINFO}. */
    public static final int NDA_CACHEINFO = 3;
    /** {@code NDA_PROBES}. */
    public static final int NDA_PROBES = 4;
    /** {@code NDA_VLAN}. */
    public static final int NDA_VLAN = 5;
    /** {@code NDA_PORT} (be16): vxlan destination UDP port of an FDB entry. */
    public static final int NDA_PORT = 6;
    /** {@code NDA_VNI} (u32): vxlan network identifier of an FDB entry. */
    public static final int NDA_VNI = 7;
    /** {@code NDA_IFINDEX} (dump filter). */
    public static final int NDA_IFINDEX = 8;
    /** {@code NDA_MASTER} (dump filter). */
    public static final int NDA_MASTER = 9;
    /** {@code NDA_SRC_VNI} (u32). */
    public static final int NDA_SRC_VNI = 11;
    /** {@code NDA_PROTOCOL}. */
    public static final int NDA_PROTOCOL = 12;
    /** {@code NDA_NH_ID} (u32): an FDB nexthop group. */
    public static final int NDA_NH_ID = 13;

    /** {@code NUD_NONE}. */
    public static final int NUD_NONE = 0x00;
    /** {@code NUD_INCOMPLETE}. */
    public static final int NUD_INCOMPLETE = 0x01;
    /** {@code NUD_REACHABLE}. */
    public static final int NUD_REACHABLE = 0x02;
    /** {@code NUD_STALE}. */
    public static final int NUD_STALE = 0x04;
    /** {@code NUD_DELAY}. */
    public static final int NUD_DELAY = 0x08;
    /** {@code NUD_PROBE}. */
    public static final int NUD_PROBE = 0x10;
    /** {@code NUD_FAILED}. */
    public static final int NUD_FAILED = 0x20;
    /** {@code NUD_NOARP}. */
    public static final int NUD_NOARP = 0x40;
    /** {@code NUD_PERMANENT}. */
    public static final int NUD_PERMANENT = 0x80;

    /** {@code NTF_USE}. */
    public static final int NTF_USE = 0x01;
    /** {@code NTF_SELF}. */
    public static final int NTF_SELF = 0x02;
    /** {@code NTF_MASTER}. */
    public static final int NTF_MASTER = 0x04;
    /** {@code NTF_PROXY}. */
    public static final int NTF_PROXY = 0x08;
    /** {@code NTF_EXT_LEARNED}. */
    public static final int NTF_EXT_LEARNED = 0x10;
    /** {@code NTF_OFFLOADED}. */
    public static final int NTF_OFFLOADED = 0x20;
    /** {@code NTF_STICKY}. */
    public static final int NTF_STICKY = 0x40;
    /** {@code NTF_ROUTER}. */
    public static final int NTF_ROUTER = 0x80;

    private NdMsg() {
    }
}
