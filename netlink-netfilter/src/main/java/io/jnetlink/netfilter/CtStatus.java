package io.jnetlink.netfilter;

/** Conntrack status bits ({@code enum ip_conntrack_status}, IPS_*), for {@code ct status} and conntrack entries. */
public enum CtStatus {
    /** {@code IPS_EXPECTED}: nft {@code ct status expected}. */
    EXPECTED(1),
    /** {@code IPS_SEEN_REPLY}: nft {@code ct status seen-reply}. */
    SEEN_REPLY(2),
    /** {@code IPS_ASSURED}: nft {@code ct status assured}. */
    ASSURED(4),
    /** {@code IPS_CONFIRMED}: nft {@code ct status confirmed}. */
    CONFIRMED(8),
    /** {@code IPS_SRC_NAT}: nft {@code ct status snat}. */
    SNAT(16),
    /** {@code IPS_DST_NAT}: nft {@code ct status dnat}. */
    DNAT(32),
    /** {@code IPS_SEQ_ADJUST}: TCP sequence numbers are adjusted (by a helper). */
    SEQ_ADJUST(64),
    /** {@code IPS_SRC_NAT_DONE}: source NAT has been set up. */
    SNAT_DONE(128),
    /** {@code IPS_DST_NAT_DONE}: destination NAT has been set up. */
    DNAT_DONE(256),
    /** {@code IPS_DYING}: nft {@code ct status dying}. */
    DYING(512),
    /** {@code IPS_FIXED_TIMEOUT}: the timeout is not refreshed. */
    FIXED_TIMEOUT(1024),
    /** {@code IPS_TEMPLATE}: a template, not a real connection. */
    TEMPLATE(2048),
    /** {@code IPS_UNTRACKED}: nft {@code notrack}. */
    UNTRACKED(4096),
    /** {@code IPS_HELPER}: a helper was assigned explicitly. */
    HELPER(8192),
    /** {@code IPS_OFFLOAD}: the connection is in a flowtable. */
    OFFLOAD(16384);

    private final int bit;

    CtStatus(int bit) {
        this.bit = bit;
    }

    /** {@return the status bit} */
    public int bit() {
        return bit;
    }

    /**
     * {@return the statuses set in {@code bits}}
     *
     * @param bits the {@code IPS_*} bits
     */
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
