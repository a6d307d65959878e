package io.jnetlink.route;

/** A neighbour entry's state, {@code ndm_state} ({@code NUD_*}), with {@code ip neigh}'s names. */
public enum NeighborState {
    NONE(NdMsg.NUD_NONE, "NONE"),
    INCOMPLETE(NdMsg.NUD_INCOMPLETE, "INCOMPLETE"),
    REACHABLE(NdMsg.NUD_REACHABLE, "REACHABLE"),
    STALE(NdMsg.NUD_STALE, "STALE"),
    DELAY(NdMsg.NUD_DELAY, "DELAY"),
    PROBE(NdMsg.NUD_PROBE, "PROBE"),
    FAILED(NdMsg.NUD_FAILED, "FAILED"),
    NOARP(NdMsg.NUD_NOARP, "NOARP"),
    PERMANENT(NdMsg.NUD_PERMANENT, "PERMANENT"),
    /** Several bits or an unknown value; the raw number is kept by {@link Neighbor#stateRaw()}. */
    UNKNOWN(-1, "UNKNOWN");

    private final int raw;
    private final String ipName;

    NeighborState(int raw, String ipName) {
        this.raw = raw;
        this.ipName = ipName;
    }

    /** The {@code NUD_*} bit. */
    public int raw() {
        return raw;
    }

    /** The name {@code ip neigh} prints, e.g. {@code "REACHABLE"}. */
    public String ipName() {
        return ipName;
    }

    /** The state of an {@code ndm_state} value; {@link #UNKNOWN} unless exactly one known state. */
    public static NeighborState of(int raw) {
        for (NeighborState s : values()) {
            if (s.raw == raw) {
                return s;
            }
        }
        return UNKNOWN;
    }
}
