package io.jnetlink.netfilter.conntrack;

import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.MessageReader;

import java.util.List;

/**
 * Reads ctnetlink notifications ({@code IPCTNL_MSG_CT_NEW} for new and updated entries,
 * {@code IPCTNL_MSG_CT_DELETE} for destroyed ones) and dump replies. An entry is identified by
 * family, zone and original tuple; its state is everything but what counts down or up without a
 * notification (timeout, packet and byte counters).
 */
final class ConntrackEventCodec implements StateCodec<ConntrackEntry> {
    private record Key(int family, int zone, ConntrackTuple original) {
    }

    private final ConntrackView view = new ConntrackView();
    private final ConntrackFilter filter;

    /** @param filter the entries followed: the kernel narrows the dumps, {@link #decode} the notifications */
    ConntrackEventCodec(ConntrackFilter filter) {
        this.filter = filter;
    }

    /** {@code conntrack -L} with the filter: an {@code IPCTNL_MSG_CT_GET} dump the kernel narrows. */
    RequestEncoder dump() {
        int family = filter.family(0);
        return w -> Conntrack.encodeFiltered(w, CtnlAttrs.IPCTNL_MSG_CT_GET, family, filter);
    }

    @Override
    public StateUpdate<ConntrackEntry> decode(MessageReader m) {
        if (NfGenMsg.subsystem(m.type()) != NfGenMsg.NFNL_SUBSYS_CTNETLINK) {
            return null;
        }
        int msg = NfGenMsg.message(m.type());
        if (msg == CtnlAttrs.IPCTNL_MSG_CT_NEW) {
            // second line behind the kernel's program: an entry that leaves the filter (its mark changed)
            // is gone for us, which the program, seeing one message at a time, cannot know
            boolean followed = filter.matches(view.wrap(m));
            return new StateUpdate<>(view.toConntrackEntry(), !followed);
        }
        if (msg == CtnlAttrs.IPCTNL_MSG_CT_DELETE) {
            return new StateUpdate<>(view.wrap(m).toConntrackEntry(), true);
        }
        return null;
    }

    @Override
    public Object key(ConntrackEntry e) {
        return new Key(e.family(), e.zone(), e.original());
    }

    @Override
    public boolean sameState(ConntrackEntry a, ConntrackEntry b) {
        return stable(a).equals(stable(b));
    }

    /** The entry without timeout, counters and what it does not model (CTA_USE, timestamps change unnotified). */
    static ConntrackEntry stable(ConntrackEntry e) {
        return new ConntrackEntry(e.family(), e.original(), e.reply(), e.status(), e.tcpState(), e.mark(), 0, e.id(),
                e.zone(), 0, 0, 0, 0, e.labels(), List.of());
    }

    static ConntrackEvent event(ChangeType type, ConntrackEntry e) {
        return new ConntrackChangeEvent(type, e);
    }
}
