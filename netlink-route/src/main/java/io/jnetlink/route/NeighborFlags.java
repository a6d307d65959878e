package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;

/** Flag bits of a neighbour entry ({@code ndm_flags}) as {@code ip neigh} shows them; see {@link Neighbor#flags()}. */
public final class NeighborFlags {
    /** {@code NTF_USE}. */
    public static final int USE = NdMsg.NTF_USE;
    /** {@code self} ({@code NTF_SELF}). */
    public static final int SELF = NdMsg.NTF_SELF;
    /** {@code master} ({@code NTF_MASTER}). */
    public static final int MASTER = NdMsg.NTF_MASTER;
    /** {@code proxy} ({@code NTF_PROXY}): a proxy entry ({@code ip neigh add proxy …}). */
    public static final int PROXY = NdMsg.NTF_PROXY;
    /** {@code extern_learn} ({@code NTF_EXT_LEARNED}). */
    public static final int EXTERNALLY_LEARNED = NdMsg.NTF_EXT_LEARNED;
    /** {@code offload} ({@code NTF_OFFLOADED}). */
    public static final int OFFLOADED = NdMsg.NTF_OFFLOADED;
    /** {@code sticky} ({@code NTF_STICKY}). */
    public static final int STICKY = NdMsg.NTF_STICKY;
    /** {@code router} ({@code NTF_ROUTER}): the neighbour is an IPv6 router. */
    public static final int ROUTER = NdMsg.NTF_ROUTER;

    private NeighborFlags() {
    }
}
