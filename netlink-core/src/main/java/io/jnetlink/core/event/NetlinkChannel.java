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
 * <p>Typed subscriptions give the same channel with list-then-follow built in, e.g.
 * {@code RouteEvents.subscribe().in(ns).groups(LINK).channel(consumer)}; pass
 * {@link #idleMillis()} as the select timeout while it is not -1 and call {@link #idle()} when
 * the select times out.
 *
 * <p>The channel starts non-blocking, so it can be registered at once; reads never block
 * (whatever {@link #configureBlocking} says). The datagrams land in one
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
        try {
            configureBlocking(false); // registrable at once: every read is MSG_DONTWAIT anyway
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // implConfigureBlocking does no I/O
        }
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

    /**
     * How long the caller's loop may wait for this channel before calling {@link #idle()}: the
     * handler asks for idle calls only while it needs them (a typed subscription while its
     * dumps run, to send a dump lost in an overrun again); -1 when it wants none.
     *
     * @return milliseconds to wait at most before {@link #idle()}, or -1
     */
    public long idleMillis() {
        return subscription.isOpen() ? subscription.idleMillis() : -1;
    }

    /**
     * Lets the handler act on time passing ({@link SubscriptionHandler#onIdle()}), on the calling
     * thread: call it when {@link #idleMillis()} is not -1 and nothing was selected for that long.
     */
    public void idle() {
        subscription.idle();
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
