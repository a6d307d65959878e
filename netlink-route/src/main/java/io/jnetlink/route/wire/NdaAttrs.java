package io.jnetlink.route.wire;

/** Neighbour/FDB attribute types, flags and states from {@code <linux/neighbour.h>}. */
public final class NdaAttrs {
    /** {@code NDA_DST}: the remote (vxlan) IP of an FDB entry. */
    public static final int NDA_DST = 1;
    /** {@code NDA_LLADDR}: the MAC address. */
    public static final int NDA_LLADDR = 2;
    /** {@code NDA_CACHEINFO}: {@code struct nda_cacheinfo}. */
    public static final int NDA_CACHEINFO = 3;
    /** {@code NDA_VLAN} (u16). */
    public static final int NDA_VLAN = 5;
    /** {@code NDA_PORT} (be16): vxlan destination UDP port. */
    public static final int NDA_PORT = 6;
    /** {@code NDA_VNI} (u32): vxlan network identifier. */
    public static final int NDA_VNI = 7;
    /** {@code NDA_IFINDEX} (u32): vxlan outgoing device, or the dump filter. */
    public static final int NDA_IFINDEX = 8;
    /** {@code NDA_MASTER} (u32): the bridge of the port. */
    public static final int NDA_MASTER = 9;
    /** {@code NDA_SRC_VNI} (u32). */
    public static final int NDA_SRC_VNI = 11;
    /** {@code NDA_NH_ID} (u32): an FDB nexthop group. */
    public static final int NDA_NH_ID = 13;

    /** {@code NUD_REACHABLE}. */
    public static final int NUD_REACHABLE = 0x02;
    /** {@code NUD_STALE}. */
    public static final int NUD_STALE = 0x04;
    /** {@code NUD_NOARP}. */
    public static final int NUD_NOARP = 0x40;
    /** {@code NUD_PERMANENT}. */
    public static final int NUD_PERMANENT = 0x80;

    /** {@code NTF_USE}. */
    public static final int NTF_USE = 0x01;
    /** {@code NTF_SELF}: the entry is the device's own table. */
    public static final int NTF_SELF = 0x02;
    /** {@code NTF_MASTER}: the entry is in the master bridge's table. */
    public static final int NTF_MASTER = 0x04;
    /** {@code NTF_EXT_LEARNED}. */
    public static final int NTF_EXT_LEARNED = 0x10;
    /** {@code NTF_OFFLOADED}. */
    public static final int NTF_OFFLOADED = 0x20;
    /** {@code NTF_STICKY}. */
    public static final int NTF_STICKY = 0x40;
    /** {@code NTF_ROUTER}. */
    public static final int NTF_ROUTER = 0x80;

    /** {@code sizeof(struct nda_cacheinfo)}: confirmed, used, updated, refcnt (u32 each, clock ticks). */
    public static final int CACHEINFO_LENGTH = 16;

    private NdaAttrs() {
    }
}
