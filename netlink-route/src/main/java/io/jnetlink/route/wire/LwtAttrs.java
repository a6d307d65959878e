package io.jnetlink.route.wire;

/**
 * Lightweight tunnel encapsulation: {@code LWTUNNEL_ENCAP_*} ({@code <linux/lwtunnel.h>}),
 * {@code MPLS_IPTUNNEL_*} ({@code <linux/mpls_iptunnel.h>}), {@code SEG6_IPTUNNEL_*} and
 * {@code struct seg6_iptunnel_encap} ({@code <linux/seg6_iptunnel.h>}), {@code struct ipv6_sr_hdr}
 * ({@code <linux/seg6.h>}).
 *
 * <pre>
 *  seg6_iptunnel_encap:  0 mode (s32) | 4 ipv6_sr_hdr: nexthdr, hdrlen, type, segments_left,
 *                        first_segment, flags, tag (u16) | 12 segments[] (16 bytes each, last hop first)
 *  MPLS label (be32):    label (20 bits) | TC (3) | bottom of stack (1) | TTL (8)
 * </pre>
 */
public final class LwtAttrs {
    /** {@code LWTUNNEL_ENCAP_MPLS}. */
    public static final int ENCAP_MPLS = 1;
    /** {@code LWTUNNEL_ENCAP_IP}. */
    public static final int ENCAP_IP = 2;
    /** {@code LWTUNNEL_ENCAP_SEG6}. */
    public static final int ENCAP_SEG6 = 5;

    /** {@code MPLS_IPTUNNEL_DST}: the label stack. */
    public static final int MPLS_IPTUNNEL_DST = 1;
    /** {@code MPLS_IPTUNNEL_TTL} (u8). */
    public static final int MPLS_IPTUNNEL_TTL = 2;
    /** {@code MPLS_LS_LABEL_SHIFT}. */
    public static final int MPLS_LS_LABEL_SHIFT = 12;
    /** {@code MPLS_LS_S_SHIFT}: bottom of stack. */
    public static final int MPLS_LS_S_SHIFT = 8;
    /** The largest label (20 bits). */
    public static final int MPLS_LABEL_MAX = (1 << 20) - 1;

    /** {@code SEG6_IPTUNNEL_SRH}: a {@code struct seg6_iptunnel_encap}. */
    public static final int SEG6_IPTUNNEL_SRH = 1;
    /** {@code SEG6_IPTUNNEL_MODE_INLINE}. */
    public static final int SEG6_MODE_INLINE = 0;
    /** {@code SEG6_IPTUNNEL_MODE_ENCAP}. */
    public static final int SEG6_MODE_ENCAP = 1;
    /** {@code SEG6_IPTUNNEL_MODE_L2ENCAP}. */
    public static final int SEG6_MODE_L2ENCAP = 2;
    /** The mode field before the SRH. */
    public static final int SEG6_SRH_OFFSET = 4;
    /** {@code sizeof(struct ipv6_sr_hdr)} without segments. */
    public static final int SRH_LENGTH = 8;
    /** {@code IPV6_SRCRT_TYPE_4}: the SRH routing type. */
    public static final int IPV6_SRCRT_TYPE_4 = 4;

    private LwtAttrs() {
    }
}
