package io.jnetlink.netfilter;

/** Conntrack status bits ({@code enum ip_conntrack_status}, IPS_*), for {@code ct status} and conntrack entries. */
public enum CtStatus {
    EXPECTED(1), SEEN_REPLY(2), ASSURED(4), CONFIRMED(8),
    /** {@code IPS_SRC_NAT}: nft {@code ct status snat}. */
    SNAT(16),
    /** {@code IPS_DST_NAT}: nft {@code ct status dnat}. */
    DNAT(32),
    SEQ_ADJUST(64), SNAT_DONE(128), DNAT_DONE(256), DYING(512), FIXED_TIMEOUT(1024), TEMPLATE(2048),
    UNTRACKED(4096), HELPER(8192), OFFLOAD(16384);

    private final int bit;

    CtStatus(int bit) {
        this.bit = bit;
    }

    /** The status bit. */
    public int bit() {
        return bit;
    }

    /** The statuses set in {@code bits}. */
    public static java.util.Set<CtStatus> of(long bits) {
        java.util.EnumSet<CtStatus> out = java.util.EnumSet.noneOf(CtStatus.class);
        for (CtStatus s : values()) {
            if ((bits & s.bit) != 0) {
                out.add(s);
            }
        }
        return out;
    }
}
