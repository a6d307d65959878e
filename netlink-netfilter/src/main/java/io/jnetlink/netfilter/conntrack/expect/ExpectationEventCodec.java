package io.jnetlink.netfilter.conntrack.expect;

import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.conntrack.ConntrackTuple;
import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;

/**
 * Reads expectation notifications ({@code IPCTNL_MSG_EXP_NEW}, {@code IPCTNL_MSG_EXP_DELETE} for
 * destroyed ones) and dump replies. An expectation is identified by family, zone and tuple; its
 * state is everything but the timeout, which counts down without a notification.
 */
final class ExpectationEventCodec implements StateCodec<Expectation> {
    private record Key(int family, int zone, ConntrackTuple tuple) {
    }

    /** {@code conntrack -L expect}: an {@code IPCTNL_MSG_EXP_GET} dump of both families. */
    static final RequestEncoder DUMP = w -> {
        int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK_EXP, CtnlAttrs.IPCTNL_MSG_EXP_GET, 0, 0, 0);
        w.endMessage(start);
    };

    private final ExpectationView view = new ExpectationView();

    @Override
    public StateUpdate<Expectation> decode(MessageReader m) {
        if (NfGenMsg.subsystem(m.type()) != NfGenMsg.NFNL_SUBSYS_CTNETLINK_EXP) {
            return null;
        }
        int msg = NfGenMsg.message(m.type());
        if (msg == CtnlAttrs.IPCTNL_MSG_EXP_NEW) {
            return new StateUpdate<>(view.wrap(m).toExpectation(), false);
        }
        if (msg == CtnlAttrs.IPCTNL_MSG_EXP_DELETE) {
            return new StateUpdate<>(view.wrap(m).toExpectation(), true);
        }
        return null;
    }

    @Override
    public Object key(Expectation e) {
        return new Key(e.family(), e.zone(), e.tuple());
    }

    @Override
    public boolean sameState(Expectation a, Expectation b) {
        return stable(a).equals(stable(b));
    }

    private static Expectation stable(Expectation e) {
        return new Expectation(e.family(), e.master(), e.tuple(), e.mask(), 0, e.id(), e.helper(), e.zone(), e.flags(),
                e.otherAttributes());
    }

    static ExpectationEvent event(ChangeType type, Expectation e) {
        return new ExpectationChangeEvent(type, e);
    }
}
