package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.SubscriptionHandler;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code nft monitor elements} from Java: every set element added or deleted in a namespace, as the
 * kernel notifies it ({@code NFNLGRP_NFTABLES}), one {@link NftElementEvent} per element, on the
 * subscription's thread and in order. Unlike {@link NftEvents} it does not list what exists first
 * (sets can hold millions of elements) and cannot resynchronise: an overrun ({@code ENOBUFS}) is
 * reported to {@link Listener#onOverrun()}, after which the caller re-reads the sets it cares about.
 *
 * <pre>{@code
 * try (NetlinkSubscription s = NftElementEvents.start(ns, e -> System.out.println(e))) { ... }
 * }</pre>
 */
public final class NftElementEvents {
    private NftElementEvents() {
    }

    /** What a subscription delivers. */
    @FunctionalInterface
    public interface Listener {
        /**
         * One element added or deleted.
         *
         * @param event the change
         */
        void onElement(NftElementEvent event);

        /** The kernel dropped notifications (the receive buffer was full); which ones is not known. */
        default void onOverrun() {
        }
    }

    /**
     * Starts following the set elements of {@code namespace}.
     *
     * @param namespace the namespace to watch (like {@code ip netns exec NS nft monitor elements})
     * @param listener receives each change on the subscription's thread
     * @return the running subscription; close it to stop
     */
    public static NetlinkSubscription start(NetNamespace namespace, Listener listener) {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(listener, "listener");
        return NetlinkSubscription.builder(Netlink.NETLINK_NETFILTER).in(namespace).groups(NfGenMsg.NFNLGRP_NFTABLES)
                .threadName("jnetlink-nft-elements").start(new SubscriptionHandler() {
                    @Override
                    public void onMessage(MessageReader m) {
                        for (NftElementEvent e : decode(m)) {
                            listener.onElement(e);
                        }
                    }

                    @Override
                    public void onOverrun() {
                        listener.onOverrun();
                    }
                });
    }

    /**
     * {@return the element changes an {@code NFT_MSG_NEWSETELEM}/{@code NFT_MSG_DELSETELEM} carries; empty for other messages}
     *
     * @param m the message, positioned at its header
     * @throws io.jnetlink.core.NetlinkDecodeException when malformed
     */
    static List<NftElementEvent> decode(MessageReader m) {
        int msg = NfGenMsg.message(m.type());
        if (NfGenMsg.subsystem(m.type()) != NfGenMsg.NFNL_SUBSYS_NFTABLES
                || msg != NftAttrs.NFT_MSG_NEWSETELEM && msg != NftAttrs.NFT_MSG_DELSETELEM) {
            return List.of();
        }
        Family family = NftMessages.family(m);
        AttributeReader a = NftMessages.attrs(m);
        String table = null, set = null;
        while (a.next()) {
            if (a.type() == NftAttrs.NFTA_SET_ELEM_LIST_TABLE) {
                table = KernelNames.read(a);
            } else if (a.type() == NftAttrs.NFTA_SET_ELEM_LIST_SET) {
                set = KernelNames.read(a);
            }
        }
        if (table == null) {
            throw NftMessages.missing(m, "NFTA_SET_ELEM_LIST_TABLE");
        }
        if (set == null) {
            throw NftMessages.missing(m, "NFTA_SET_ELEM_LIST_SET");
        }
        ChangeType type = msg == NftAttrs.NFT_MSG_NEWSETELEM ? ChangeType.NEW : ChangeType.DELETED;
        List<NftElementEvent> out = new ArrayList<>();
        for (SetElement e : SetElement.decodeAll(m)) {
            out.add(new NftElementEvent(type, family, table, set, e));
        }
        return out;
    }
}
