package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;

/** A neighbour entry's state, {@code ndm_state} ({@code NUD_*}), with {@code ip neigh}'s names. */
public enum NeighborState {
    /** {@code NUD_NONE} ({@code ip neigh ... nud none}). */
    NONE(NdMsg.NUD_NONE, "NONE"),
    /** {@code NUD_INCOMPLETE} ({@code ip neigh ... nud incomplete}). */
    INCOMPLETE(NdMsg.NUD_INCOMPLETE, "INCOMPLETE"),
    /** {@code NUD_REACHABLE} ({@code ip neigh ... nud reachable}). */
    REACHABLE(NdMsg.NUD_REACHABLE, "REACHABLE"),
    /** {@code NUD_STALE} ({@code ip neigh ... nud stale}). */
    STALE(NdMsg.NUD_STALE, "STALE"),
    /** {@code NUD_DELAY} ({@code ip neigh ... nud delay}). */
    DELAY(NdMsg.NUD_DELAY, "DELAY"),
    /** {@code NUD_PROBE} ({@code ip neigh ... nud probe}). */
    PROBE(NdMsg.NUD_PROBE, "PROBE"),
    /** {@code NUD_FAILED} ({@code ip neigh ... nud failed}). */
    FAILED(NdMsg.NUD_FAILED, "FAILED"),
    /** {@code NUD_NOARP} ({@code ip neigh ... nud noarp}). */
    NOARP(NdMsg.NUD_NOARP, "NOARP"),
    /** {@code NUD_PERMANENT} ({@code ip neigh ... nud permanent}). */
    PERMANENT(NdMsg.NUD_PERMANENT, "PERMANENT"),
    /** Several bits or an unknown value; the raw number is kept by {@link Neighbor#stateRaw()}. */
    UNKNOWN(-1, "UNKNOWN");

    private final int raw;
    private final String ipName;

    NeighborState(int raw, String ipName) {
        this.raw = raw;
        this.ipName = ipName;
    }

    /** {@return the {@code NUD_*} bit} */
    public int raw() {
        return raw;
    }

    /** {@return the name {@code ip neigh} prints, e.g. {@code "REACHABLE"}} */
    public String ipName() {
        return ipName;
    }

    /**
     * The state of an {@code ndm_state} value; {@link #UNKNOWN} unless exactly one known state.
     *
     * @param raw the {@code NUD_*} value
     * @return the state
     */
    public static NeighborState of(int raw) {
        for (NeighborState s : values()) {
            if (s.raw == raw) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
