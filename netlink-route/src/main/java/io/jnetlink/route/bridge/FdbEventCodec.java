package io.jnetlink.route.bridge;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.MessageReader;

/**
 * FDB notifications and dump replies to entries keyed like the kernel keys them (device, MAC,
 * VLAN, remote), for the state follower; ARP/NDP neighbours of the same group are not FDB entries.
 */
final class FdbEventCodec implements StateCodec<FdbEntry> {
    private final FdbView view = new FdbView();

    /** The identity of an entry: one MAC may sit on several devices, VLANs and (vxlan) remotes. */
    private record Key(int index, String mac, int vlan, Object dst, long vni) {
    }

    @Override
    public StateUpdate<FdbEntry> decode(MessageReader m) {
        if ((m.type() != Rtnl.RTM_NEWNEIGH && m.type() != Rtnl.RTM_DELNEIGH) || m.payloadLength() < NdMsg.LENGTH
                || m.payloadU8(NdMsg.FAMILY_OFFSET) != NdMsg.AF_BRIDGE) {
            return null;
        }
        return new StateUpdate<>(view.wrap(m).toFdbEntry(), m.type() == Rtnl.RTM_DELNEIGH);
    }

    @Override
    public Object key(FdbEntry e) {
        return new Key(e.index(), e.macAddress(), e.vlan().orElse(0), e.dst().orElse(null), e.vni().orElse(-1));
    }

    /** The ageing timestamps ({@code NDA_CACHEINFO}) change without a notification: not a change of state. */
    @Override
    public boolean sameState(FdbEntry known, FdbEntry update) {
        return withoutCacheInfo(known).equals(withoutCacheInfo(update));
    }

    private static FdbEntry withoutCacheInfo(FdbEntry e) {
        return new FdbEntry(e.index(), e.macAddress(), e.stateRaw(), e.flags(), e.masterIndex(), e.vlan(), e.dst(), e.port(),
                e.vni(), e.srcVni(), e.viaIndex(), e.nhid(),
                e.otherAttributes().stream().filter(a -> a.type() != NdMsg.NDA_CACHEINFO).toList());
    }

    static FdbEvent event(ChangeType type, FdbEntry entry) {
        return new FdbChangeEvent(type, entry);
    }
}
