package io.jnetlink.route;

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
    public static final int LENGTH = 12;
    public static final int FAMILY_OFFSET = 0;
    public static final int IFINDEX_OFFSET = 4;
    public static final int STATE_OFFSET = 8;
    public static final int FLAGS_OFFSET = 10;
    public static final int TYPE_OFFSET = 11;

    public static final int NDA_DST = 1;       // NDA_DST
    public static final int NDA_LLADDR = 2;    // NDA_LLADDR
    public static final int NDA_CACHEINFO = 3; // NDA_CACHEINFO
    public static final int NDA_PROBES = 4;    // NDA_PROBES
    public static final int NDA_VLAN = 5;      // NDA_VLAN
    public static final int NDA_IFINDEX = 8;   // NDA_IFINDEX (dump filter)
    public static final int NDA_MASTER = 9;    // NDA_MASTER (dump filter)
    public static final int NDA_PROTOCOL = 12; // NDA_PROTOCOL

    public static final int NUD_NONE = 0x00;       // NUD_NONE
    public static final int NUD_INCOMPLETE = 0x01; // NUD_INCOMPLETE
    public static final int NUD_REACHABLE = 0x02;  // NUD_REACHABLE
    public static final int NUD_STALE = 0x04;      // NUD_STALE
    public static final int NUD_DELAY = 0x08;      // NUD_DELAY
    public static final int NUD_PROBE = 0x10;      // NUD_PROBE
    public static final int NUD_FAILED = 0x20;     // NUD_FAILED
    public static final int NUD_NOARP = 0x40;      // NUD_NOARP
    public static final int NUD_PERMANENT = 0x80;  // NUD_PERMANENT

    public static final int NTF_USE = 0x01;         // NTF_USE
    public static final int NTF_SELF = 0x02;        // NTF_SELF
    public static final int NTF_MASTER = 0x04;      // NTF_MASTER
    public static final int NTF_PROXY = 0x08;       // NTF_PROXY
    public static final int NTF_EXT_LEARNED = 0x10; // NTF_EXT_LEARNED
    public static final int NTF_OFFLOADED = 0x20;   // NTF_OFFLOADED
    public static final int NTF_STICKY = 0x40;      // NTF_STICKY
    public static final int NTF_ROUTER = 0x80;      // NTF_ROUTER

    private NdMsg() {
    }
}
