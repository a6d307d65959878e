package io.jnetlink.netfilter;

import io.jnetlink.core.event.ChangeType;

import java.util.function.Function;

/**
 * An nftables object as {@link NftEvents} follows it, made by the object's own file
 * ({@code NftTable.followed}, {@code NftChain.followed}, ...): its identity as nft gives it, the
 * part of its state a notification is compared on, and the {@link NftEvent} record of its kind.
 *
 * @param key   identity: equal keys are the same object
 * @param state what must differ for a change to be delivered (without counts the kernel does not notify)
 * @param event makes the object's event for a change
 */
record NftFollowed(Object key, Object state, Function<ChangeType, NftEvent> event) {
}
