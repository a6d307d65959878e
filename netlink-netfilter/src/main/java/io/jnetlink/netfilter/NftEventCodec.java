package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.StateCodec;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.message.MessageReader;

import java.util.List;

/**
 * Reads nftables notifications ({@code NFNLGRP_NFTABLES}) and dump replies into tables, chains,
 * rules and sets, identified as nft identifies them: a table by family and name, a chain and a
 * set by family, table and name, a rule by family, table, chain and handle. The {@code use}
 * counts of tables and chains (references, not notified when they change) are not part of
 * their state. {@code NFT_MSG_NEWGEN} and set elements are not followed.
 */
final class NftEventCodec implements StateCodec<Object> {
    private record TableKey(Family family, String name) {
    }

    private record ChainKey(Family family, String table, String name) {
    }

    private record SetKey(Family family, String table, String name) {
    }

    private record RuleKey(Family family, String table, String chain, long handle) {
    }

    /** The dumps that list every followed object, in dependency order. */
    static List<RequestEncoder> dumps() {
        return List.of(dump(NftAttrs.NFT_MSG_GETTABLE), dump(NftAttrs.NFT_MSG_GETCHAIN), dump(NftAttrs.NFT_MSG_GETSET),
                dump(NftAttrs.NFT_MSG_GETRULE));
    }

    private static RequestEncoder dump(int msg) {
        return w -> {
            int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_NFTABLES, msg, 0, NfGenMsg.NFPROTO_UNSPEC, 0);
            w.endMessage(start);
        };
    }

    @Override
    public StateUpdate<Object> decode(MessageReader m) {
        if (NfGenMsg.subsystem(m.type()) != NfGenMsg.NFNL_SUBSYS_NFTABLES) {
            return null;
        }
        return switch (NfGenMsg.message(m.type())) {
            case NftAttrs.NFT_MSG_NEWTABLE -> new StateUpdate<>(NftTable.decode(m), false);
            case NftAttrs.NFT_MSG_DELTABLE -> new StateUpdate<>(NftTable.decode(m), true);
            case NftAttrs.NFT_MSG_NEWCHAIN -> new StateUpdate<>(NftChain.decode(m), false);
            case NftAttrs.NFT_MSG_DELCHAIN -> new StateUpdate<>(NftChain.decode(m), true);
            case NftAttrs.NFT_MSG_NEWRULE -> new StateUpdate<>(NftRule.decode(m), false);
            case NftAttrs.NFT_MSG_DELRULE -> new StateUpdate<>(NftRule.decode(m), true);
            case NftAttrs.NFT_MSG_NEWSET -> new StateUpdate<>(NftSet.decode(m), false);
            case NftAttrs.NFT_MSG_DELSET -> new StateUpdate<>(NftSet.decode(m), true);
            default -> null;
        };
    }

    @Override
    public Object key(Object value) {
        if (value instanceof NftTable t) {
            return new TableKey(t.family(), t.name());
        }
        if (value instanceof NftChain c) {
            return new ChainKey(c.family(), c.table(), c.name());
        }
        if (value instanceof NftSet s) {
            return new SetKey(s.family(), s.table(), s.name());
        }
        NftRule r = (NftRule) value;
        return new RuleKey(r.family(), r.table(), r.chain(), r.handle());
    }

    @Override
    public boolean sameState(Object known, Object update) {
        return withoutUse(known).equals(withoutUse(update));
    }

    /** A table or chain with its reference count zeroed (changes without a notification). */
    static Object withoutUse(Object v) {
        if (v instanceof NftTable t) {
            return new NftTable(t.family(), t.name(), t.flags(), t.handle(), 0);
        }
        if (v instanceof NftChain c) {
            return new NftChain(c.family(), c.table(), c.name(), c.handle(), c.type(), c.hook(), c.priority(), c.policy(),
                    c.device(), 0);
        }
        return v;
    }

    static NftEvent event(ChangeType type, Object value) {
        if (value instanceof NftTable t) {
            return new NftTableEvent(type, t);
        }
        if (value instanceof NftChain c) {
            return new NftChainEvent(type, c);
        }
        if (value instanceof NftSet s) {
            return new NftSetEvent(type, s);
        }
        return new NftRuleEvent(type, (NftRule) value);
    }
}
