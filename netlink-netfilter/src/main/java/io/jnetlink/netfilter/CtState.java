package io.jnetlink.netfilter;

/** Conntrack states for {@code ct state} ({@code NF_CT_STATE_*_BIT} of nf_conntrack_common.h). */
public enum CtState {
    /** {@code NF_CT_STATE_INVALID_BIT} = 1. */
    INVALID(1),
    /** {@code IP_CT_ESTABLISHED} bit = 2. */
    ESTABLISHED(2),
    /** {@code IP_CT_RELATED} bit = 4. */
    RELATED(4),
    /** {@code IP_CT_NEW} bit = 8. */
    NEW(8),
    /** {@code NF_CT_STATE_UNTRACKED_BIT} = 64. */
    UNTRACKED(64);

    private final int bit;

    CtState(int bit) {
        this.bit = bit;
    }

    /** {@return the state's bit} */
    public int bit() {
        return bit;
    }
}
