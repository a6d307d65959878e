package io.jnetlink.core.event;

import jnr.enxio.channels.NativeSelectableChannel;
import jnr.enxio.channels.NativeSelectorProvider;

import java.nio.channels.SelectionKey;
import java.nio.channels.spi.AbstractSelectableChannel;

/**
 * A subscription's netlink socket as a {@link java.nio.channels.SelectableChannel}, for programs
 * that run their own event loop: register it for {@link SelectionKey#OP_READ} in a selector of
 * jnr-enxio's {@code NativeSelectorProvider} (the JDK's own selectors accept only the JDK's
 * channels), and call {@link #receiveReady()} when it is selected. Made by
 * {@link NetlinkSubscription.Builder#channel(SubscriptionHandler)}; needs jnr-enxio on the class path.
 *
 * <pre>{@code
 * Selector selector = NativeSelectorProvider.getInstance().openSelector();
 * NetlinkChannel links = NetlinkSubscription.builder(Netlink.NETLINK_ROUTE).in(ns)
 *         .groups(1).channel(handler);                   // ip -n NS monitor link
 * links.register(selector, SelectionKey.OP_READ);
 * while (selector.select() >= 0) {
 *     selector.selectedKeys().clear();
 *     links.receiveReady();                              // handler.onMessage(...) here
 * }
 * }</pre>
 *
 * <p>Reads never block (whatever {@link #configureBlocking} says); the datagrams land in one
 * buffer per reading thread. The library's own subscriptions do not use this class: they share
 * the library's {@link EventLoop}, an epoll instance (jnr-enxio's Linux selector is poll(2) based,
 * which scans every registered fd on every wake-up).
 */
public final class NetlinkChannel extends AbstractSelectableChannel implements NativeSelectableChannel {
    /** Datagrams one {@link #receiveReady()} handles at most before returning to the caller's loop. */
    public static final int DATAGRAMS_PER_CALL = 64;

    private final NetlinkSubscription subscription;

    NetlinkChannel(NetlinkSubscription subscription) {
        super(NativeSelectorProvider.getInstance());
        this.subscription = subscription;
    }

    /**
     * Hands what the kernel has queued on this socket (up to {@link #DATAGRAMS_PER_CALL}
     * datagrams) to the handler, on the calling thread; returns at once when nothing is queued.
     * Call it from one thread at a time (the loop's).
     *
     * @return how many datagrams were handled (0: nothing was queued)
     */
    public int receiveReady() {
        return subscription.readSome(ReceiveBuffer.ofCurrentThread(), DATAGRAMS_PER_CALL);
    }

    /** {@return the subscription behind this channel (send dumps on it, read its state)} */
    public NetlinkSubscription subscription() {
        return subscription;
    }

    /** {@return the socket's file descriptor, for the selector} */
    @Override
    public int getFD() {
        return subscription.socket().fd();
    }

    /** {@return {@link SelectionKey#OP_READ}: a subscription is only read} */
    @Override
    public int validOps() {
        return SelectionKey.OP_READ;
    }

    @Override
    protected void implConfigureBlocking(boolean block) {
        // every receive is MSG_DONTWAIT already; nothing to switch
    }

    @Override
    protected void implCloseSelectableChannel() {
        subscription.close();
    }

    @Override
    public String toString() {
        return "NetlinkChannel[" + subscription + "]";
    }
}
