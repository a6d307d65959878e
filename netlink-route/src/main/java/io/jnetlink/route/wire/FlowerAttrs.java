package io.jnetlink.route.wire;

/**
 * The flower and matchall classifiers ({@code TCA_FLOWER_*}, {@code TCA_MATCHALL_*} in
 * {@code <linux/pkt_cls.h>}); ports and addresses are big-endian.
 */
public final class FlowerAttrs {
    /** {@code TCA_FLOWER_CLASSID}. */
    public static final int TCA_FLOWER_CLASSID = 1;
    /** {@code TCA_FLOWER_ACT}. */
    public static final int TCA_FLOWER_ACT = 3;
    /** {@code TCA_FLOWER_KEY_ETH_DST}. */
    public static final int TCA_FLOWER_KEY_ETH_DST = 4;
    /** {@code TCA_FLOWER_KEY_ETH_DST_MASK}. */
    public static final int TCA_FLOWER_KEY_ETH_DST_MASK = 5;
    /** {@code TCA_FLOWER_KEY_ETH_SRC}. */
    public static final int TCA_FLOWER_KEY_ETH_SRC = 6;
    /** {@code TCA_FLOWER_KEY_ETH_SRC_MASK}. */
    public static final int TCA_FLOWER_KEY_ETH_SRC_MASK = 7;
    /** {@code TCA_FLOWER_KEY_ETH_TYPE}: be16. */
    public static final int TCA_FLOWER_KEY_ETH_TYPE = 8;
    /** {@code TCA_FLOWER_KEY_IP_PROTO}: u8. */
    public static final int TCA_FLOWER_KEY_IP_PROTO = 9;
    /** {@code TCA_FLOWER_KEY_IPV4_SRC}. */
    public static final int TCA_FLOWER_KEY_IPV4_SRC = 10;
    /** {@code TCA_FLOWER_KEY_IPV4_SRC_MASK}. */
    public static final int TCA_FLOWER_KEY_IPV4_SRC_MASK = 11;
    /** {@code TCA_FLOWER_KEY_IPV4_DST}. */
    public static final int TCA_FLOWER_KEY_IPV4_DST = 12;
    /** {@code TCA_FLOWER_KEY_IPV4_DST_MASK}. */
    public static final int TCA_FLOWER_KEY_IPV4_DST_MASK = 13;
    /** {@code TCA_FLOWER_KEY_IPV6_SRC}. */
    public static final int TCA_FLOWER_KEY_IPV6_SRC = 14;
    /** {@code TCA_FLOWER_KEY_IPV6_SRC_MASK}. */
    public static final int TCA_FLOWER_KEY_IPV6_SRC_MASK = 15;
    /** {@code TCA_FLOWER_KEY_IPV6_DST}. */
    public static final int TCA_FLOWER_KEY_IPV6_DST = 16;
    /** {@code TCA_FLOWER_KEY_IPV6_DST_MASK}. */
    public static final int TCA_FLOWER_KEY_IPV6_DST_MASK = 17;
    /** {@code TCA_FLOWER_KEY_TCP_SRC}: be16. */
    public static final int TCA_FLOWER_KEY_TCP_SRC = 18;
    /** {@code TCA_FLOWER_KEY_TCP_DST}: be16. */
    public static final int TCA_FLOWER_KEY_TCP_DST = 19;
    /** {@code TCA_FLOWER_KEY_UDP_SRC}: be16. */
    public static final int TCA_FLOWER_KEY_UDP_SRC = 20;
    /** {@code TCA_FLOWER_KEY_UDP_DST}: be16. */
    public static final int TCA_FLOWER_KEY_UDP_DST = 21;
    /** {@code TCA_FLOWER_FLAGS}: u32 {@code TCA_CLS_FLAGS_*}. */
    public static final int TCA_FLOWER_FLAGS = 22;

    /** {@code TCA_MATCHALL_CLASSID}. */
    public static final int TCA_MATCHALL_CLASSID = 1;
    /** {@code TCA_MATCHALL_ACT}. */
    public static final int TCA_MATCHALL_ACT = 2;
    /** {@code TCA_MATCHALL_FLAGS}. */
    public static final int TCA_MATCHALL_FLAGS = 3;

    /** {@code IPPROTO_TCP}. */
    public static final int IPPROTO_TCP = 6;
    /** {@code IPPROTO_UDP}. */
    public static final int IPPROTO_UDP = 17;

    private FlowerAttrs() {
    }
}
