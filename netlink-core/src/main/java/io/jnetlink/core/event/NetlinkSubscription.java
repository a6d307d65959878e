package io.jnetlink.core.event;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.BpfProgram;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.NlMsgHeader;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A netlink socket joined to multicast groups, read by the process's one {@link EventLoop}: the
 * engine under {@code ip monitor}-style subscriptions. The socket is opened inside the target
 * namespace (so it listens to that namespace); the loop thread, born in the process namespace,
 * hands every message to a {@link SubscriptionHandler} with one reused reader and one receive
 * buffer for all subscriptions: nothing is allocated per message, and a subscription costs its
 * socket and a few small objects, no thread and no buffer of its own.
 *
 * <p>An overrun ({@code ENOBUFS}: the kernel dropped notifications because the receive buffer was
 * full) is reported to {@link SubscriptionHandler#onOverrun()} and the subscription goes on.
 * {@link #close()} stops delivery at once and returns within {@link #CLOSE_GRACE_MILLIS} even if
 * the loop is busy in another handler; the socket is released then or, if the loop is inside this
 * subscription's own handler, as soon as that returns.
 *
 * <pre>{@code
 * try (NetlinkSubscription s = NetlinkSubscription.builder(Netlink.NETLINK_ROUTE)
 *         .in(ns).groups(1).start(handler)) { ... }      // ip -n NS monitor link
 * }</pre>
 */
public final class NetlinkSubscription implements SubscriptionChannel, AutoCloseable {
    /** How long after the last datagram {@link SubscriptionHandler#onIdle()} is called, for handlers that ask for idle calls. */
    public static final int IDLE_MILLIS = 1000;
    /**
     * Overruns in a row with no datagram received between them after which the subscription
     * fails instead of spinning: the kernel cannot queue even one datagram (e.g. a dump reply,
     * about 32 KiB, into a receive buffer smaller than that).
     */
    static final int OVERRUN_STORM = 10_000;
    /** How long {@link #close()} from another thread waits for the loop to finish the subscription. */
    static final long CLOSE_GRACE_MILLIS = 500;
    /** Request buffers per sending thread (the loop thread sends every state follower's dumps). */
    private static final ThreadLocal<MessageWriter> WRITERS = ThreadLocal.withInitial(() -> new MessageWriter(4096));

    private final NetlinkSocket socket;
    private final SubscriptionHandler handler;
    private final EventLoop loop;
    private final MessageReader reader = new MessageReader();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final int[] groups;
    private volatile boolean closing;
    /** Guarded by this: whether epoll watches the socket (it must stop before the fd is closed). */
    private boolean watched;
    private boolean paused;
    private boolean ended;
    private long token;
    private int sequence;
    private int overrunsInARow;
    /** When the next idle call is due (loop thread only). */
    long idleDeadline;

    private NetlinkSubscription(Builder b, SubscriptionHandler handler, EventLoop loop) {
        this.handler = handler;
        this.groups = b.groups.clone();
        this.loop = loop;
        NetNamespace ns = b.namespace;
        this.socket = ns == null ? NetlinkSocket.open(b.protocol) : ns.openSocket(b.protocol);
        try {
            if (b.receiveBufferBytes > 0) {
                socket.receiveBufferSize(b.receiveBufferBytes, b.forceReceiveBuffer);
            }
            if (b.listenAllNsid) {
                socket.listenAllNsid(true);
            }
            if (b.filter != null) { // before the groups: no unfiltered notification gets queued
                socket.attachFilter(b.filter);
            }
            for (int g : groups) {
                socket.joinGroup(g);
            }
        } catch (RuntimeException | Error e) {
            socket.close();
            throw e;
        }
    }

    /**
     * Starts describing a subscription to groups of {@code protocol} (e.g. {@link Netlink#NETLINK_ROUTE}).
     *
     * @param protocol the netlink protocol, e.g. {@link io.jnetlink.core.message.Netlink#NETLINK_ROUTE}
     * @return a new builder
     */
    public static Builder builder(int protocol) {
        return new Builder(protocol);
    }

    /**
     * Sends one request on the subscription's socket (e.g. a dump whose replies then arrive, in
     * order with the notifications, at the handler). {@code NLM_F_REQUEST} and {@code flags} are
     * added, and the message is numbered. Thread-safe; encodes into the calling thread's buffer.
     *
     * @return the sequence number the request was sent with
     */
    @Override
    public int send(RequestEncoder encoder, int flags) {
        MessageWriter writer = WRITERS.get();
        writer.reset();
        encoder.encode(writer);
        int length = writer.position() < NlMsgHeader.LENGTH ? -1 : writer.buffer().getInt(NlMsgHeader.LENGTH_OFFSET);
        if (length < NlMsgHeader.LENGTH || length > writer.position()) {
            throw new IllegalStateException("the encoder did not write one whole message (call endMessage)");
        }
        int seq;
        synchronized (this) {
            seq = ++sequence;
            if (seq <= 0) {
                sequence = 1;
                seq = 1;
            }
        }
        writer.sequence(0, seq).addFlags(0, Netlink.NLM_F_REQUEST | flags);
        socket.send(writer.buffer(), 0, writer.position());
        return seq;
    }

    /** The socket's port id: replies to {@link #send} carry it, notifications do not (unless they echo a request of ours). */
    @Override
    public int portId() {
        return socket.portId();
    }

    /** {@return the groups joined} */
    public int[] groups() {
        return groups.clone();
    }

    /** {@return the kernel's receive buffer for this socket ({@code SO_RCVBUF}, as the kernel reports it: doubled)} */
    public int receiveBufferSize() {
        return socket.receiveBufferSize();
    }

    /** {@return the thread that runs the handler: the shared event loop's (null for a {@link NetlinkChannel}'s)} */
    public Thread thread() {
        return loop == null ? null : loop.thread();
    }

    /** {@return whether the subscription still delivers (not closed, not ended by an error)} */
    public boolean isOpen() {
        return !closing && finished.getCount() > 0;
    }

    /**
     * Waits until the subscription has ended (after {@link #close()} or an error) and its
     * handler's {@link SubscriptionHandler#onClose()} has run.
     *
     * @param timeout how long to wait at most
     * @param unit the unit of {@code timeout}
     * @return whether it ended within the timeout
     * @throws InterruptedException if the calling thread is interrupted while waiting
     */
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return finished.await(timeout, unit);
    }

    /**
     * Stops reading the socket until {@link #resume()}: datagrams wait in the kernel (which
     * overruns if they keep coming). Called by a handler on the loop thread, e.g. when the queue
     * it fills is full; takes effect after the datagram being handled.
     */
    public void pause() {
        onLoop(() -> setPaused(true));
    }

    /** Reads the socket again after {@link #pause()}; any thread. */
    public void resume() {
        onLoop(() -> setPaused(false));
    }

    private void onLoop(Runnable r) {
        if (loop == null) {
            r.run(); // a channel: its owner's loop reads it, no thread hop
        } else {
            loop.execute(r);
        }
    }

    /**
     * Stops delivery and releases the socket. The handler gets no further message; its
     * {@link SubscriptionHandler#onClose()} runs on the loop thread. Returns once that has run, or
     * after at most {@link #CLOSE_GRACE_MILLIS} if the loop is busy in another handler. Idempotent;
     * may be called from the handler itself.
     */
    @Override
    public void close() {
        closing = true;
        unwatch();
        socket.close(); // released now, or when the loop's receive on it returns
        onLoop(this::finish);
        if (loop == null || loop.inLoop()) {
            return;
        }
        boolean interrupted = false;
        try {
            finished.await(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- on the loop thread -----------------------------------------------------------------

    /** Registers with the loop (if any) and calls {@link SubscriptionHandler#onStart}. */
    private void begin() {
        synchronized (this) {
            if (closing) {
                return; // finish() follows
            }
            if (loop != null) {
                token = loop.register(this);
                watched = true;
            }
        }
        try {
            handler.onStart(this);
        } catch (RuntimeException e) {
            fail(e);
            return;
        }
        if (loop != null) {
            loop.scheduleIdleCall(this);
        }
    }

    /**
     * Reads what is queued now (at most {@code max} datagrams) into {@code buffer} and hands it to
     * the handler; the caller's thread is the one reading this subscription.
     *
     * @return how many datagrams were handled
     */
    int readSome(ReceiveBuffer buffer, int max) {
        int handled = 0;
        while (handled < max && readable()) {
            int n = receive(buffer.buffer);
            if (n == -1) {
                break;
            }
            if (n < -1) {
                buffer.grow(-n);
                continue;
            }
            dispatch(buffer.buffer, n);
            handled++;
        }
        return handled;
    }

    NetlinkSocket socket() {
        return socket;
    }

    /** Whether the loop should read more now. */
    boolean readable() {
        return !closing && !paused;
    }

    /** Receives one datagram into the loop's buffer; -1 none, below -1 too large (see {@link NetlinkSocket#receiveNow}). */
    int receive(ByteBuffer buffer) {
        try {
            return socket.receiveNow(buffer);
        } catch (NetlinkException e) {
            if (closing || !socket.isOpen()) {
                return -1;
            }
            if (e.errno() == Errno.ENOBUFS) {
                if (++overrunsInARow >= OVERRUN_STORM) {
                    fail(new NetlinkException("netlink subscription: " + overrunsInARow + " overruns in a row"
                            + " without a datagram; the receive buffer (" + socket.receiveBufferSize()
                            + " bytes) is too small for what the kernel sends", Errno.ENOBUFS, null, -1, 0,
                            NetlinkException.Source.SYSCALL));
                    return -1;
                }
                handle(handler::onOverrun);
                return closing ? -1 : 0; // 0: go on reading (nothing to dispatch)
            }
            fail(e);
            return -1;
        }
    }

    /** Hands each message of a received datagram to the handler. */
    void dispatch(ByteBuffer buffer, int length) {
        if (length == 0) {
            return;
        }
        overrunsInARow = 0;
        try {
            reader.wrap(buffer, 0, length);
            while (!closing && reader.next()) {
                if (reader.type() == Netlink.NLMSG_OVERRUN) {
                    handler.onOverrun();
                } else {
                    handler.onMessage(reader);
                }
            }
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    long idleMillis() {
        try {
            return handler.idleMillis();
        } catch (RuntimeException e) {
            fail(e);
            return -1;
        }
    }

    void idle() {
        handle(handler::onIdle);
    }

    private void handle(Runnable call) {
        if (closing) {
            return;
        }
        try {
            call.run();
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    private void setPaused(boolean on) {
        synchronized (this) {
            if (paused == on || !watched) {
                paused = on;
                return;
            }
            paused = on;
            if (loop != null) {
                loop.watch(this, token, !on);
            }
        }
    }

    /** Ends the subscription because of {@code error}: onError, then the end. */
    private void fail(RuntimeException error) {
        if (closing) {
            return;
        }
        closing = true;
        unwatch();
        socket.close();
        safely(() -> handler.onError(error));
        finish();
    }

    private void unwatch() {
        synchronized (this) {
            if (watched) {
                watched = false;
                loop.unwatch(socket.fd()); // before the fd is closed: its number may be reused at once
            }
        }
    }

    /** The end, once: onClose and the termination latch. */
    private void finish() {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
        }
        if (loop != null) {
            loop.forget(this, token);
        }
        safely(handler::onClose);
        finished.countDown();
    }

    private static void safely(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException ignored) {
            // the handler's own failure while being told about the end: nothing left to tell
        }
    }

    @Override
    public String toString() {
        return "NetlinkSubscription[protocol=" + socket.protocol() + " groups=" + Arrays.toString(groups)
                + " port=" + socket.portId() + (isOpen() ? "" : " closed") + "]";
    }

    /** Describes a subscription: namespace, groups, receive buffer; {@link #start} opens it. */
    public static final class Builder {
        private final int protocol;
        private NetNamespace namespace;
        private int[] groups = new int[0];
        private int receiveBufferBytes;
        private boolean forceReceiveBuffer = true;
        private boolean listenAllNsid;
        private String threadName = "jnetlink-events";
        private BpfProgram filter;

        private Builder(int protocol) {
            if (protocol < 0) {
                throw new IllegalArgumentException("protocol must not be negative: " + protocol);
            }
            this.protocol = protocol;
        }

        /**
         * Listens in {@code ns} ({@code ip -n NS monitor}); default: the calling thread's namespace.
         *
         * @param ns the network namespace (like {@code ip -n NS})
         * @return this builder
         */
        public Builder in(NetNamespace ns) {
            this.namespace = Objects.requireNonNull(ns, "namespace");
            return this;
        }

        /**
         * Adds multicast groups (e.g. {@code RTNLGRP_LINK} = 1); each must be positive.
         *
         * @param groups the multicast groups to join
         * @return this builder
         */
        public Builder groups(int... groups) {
            for (int g : groups) {
                if (g <= 0) {
                    throw new IllegalArgumentException("group must be positive: " + g);
                }
            }
            int[] all = Arrays.copyOf(this.groups, this.groups.length + groups.length);
            System.arraycopy(groups, 0, all, this.groups.length, groups.length);
            this.groups = Arrays.stream(all).distinct().toArray();
            return this;
        }

        /**
         * The kernel receive buffer ({@code SO_RCVBUFFORCE} when {@code force} and permitted, else
         * {@code SO_RCVBUF}, capped by {@code net.core.rmem_max}). Larger buffers overrun later.
         *
         * @param bytes the requested size in bytes
         * @param force whether to use {@code SO_RCVBUFFORCE} (needs {@code CAP_NET_ADMIN}) before falling back
         * @return this builder
         */
        public Builder receiveBufferSize(int bytes, boolean force) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("receive buffer size must be positive: " + bytes);
            }
            this.receiveBufferBytes = bytes;
            this.forceReceiveBuffer = force;
            return this;
        }

        /**
         * {@code NETLINK_LISTEN_ALL_NSID}: also hear namespaces that have an nsid here.
         *
         * @param on true to hear them
         * @return this builder
         */
        public Builder listenAllNsid(boolean on) {
            this.listenAllNsid = on;
            return this;
        }

        /**
         * A classic BPF program the kernel runs on each notification before queueing it
         * ({@code SO_ATTACH_FILTER}; {@code conntrack -E} with filters does the same).
         *
         * @param filter the program; it must accept the replies the subscription asks for
         * @return this builder
         */
        public Builder filter(BpfProgram filter) {
            this.filter = Objects.requireNonNull(filter, "filter");
            return this;
        }

        /**
         * A name for this kind of subscription. Kept for source compatibility: every subscription
         * is read by the one event loop thread, {@code jnetlink-events}, so no thread is named.
         *
         * @param name the thread name
         * @return this builder
         */
        public Builder threadName(String name) {
            if (name == null || name.isEmpty()) {
                throw new IllegalArgumentException("thread name must not be empty");
            }
            this.threadName = name;
            return this;
        }

        /**
         * Opens the socket in the namespace, joins the groups and hands the subscription to the
         * event loop, which calls {@link SubscriptionHandler#onStart} and then reads it.
         *
         * @param handler receives the notifications on the event loop's thread
         * @return the running subscription
         * @throws NetlinkException if the socket cannot be opened or a group joined
         */
        public NetlinkSubscription start(SubscriptionHandler handler) {
            NetlinkSubscription s = new NetlinkSubscription(this, Objects.requireNonNull(handler, "handler"),
                    EventLoop.shared());
            s.loop.execute(s::begin);
            return s;
        }

        /**
         * Opens the socket in the namespace, joins the groups and returns it as a channel for the
         * caller's own event loop instead of the library's: register it in a selector of
         * jnr-enxio's {@code NativeSelectorProvider} (jnr-enxio must then be on the class path)
         * and call {@link NetlinkChannel#receiveReady()} when it is selected; the handler runs on
         * that thread. {@link SubscriptionHandler#onStart} runs now, on the calling thread;
         * {@link SubscriptionHandler#onIdle()} is never called.
         *
         * @param handler receives the notifications on the thread that calls {@code receiveReady()}
         * @return the channel; close it to end the subscription
         * @throws NetlinkException if the socket cannot be opened or a group joined
         */
        public NetlinkChannel channel(SubscriptionHandler handler) {
            NetlinkSubscription s = new NetlinkSubscription(this, Objects.requireNonNull(handler, "handler"), null);
            NetlinkChannel channel;
            try {
                channel = new NetlinkChannel(s);
            } catch (RuntimeException | Error e) {
                s.socket.close();
                throw e;
            }
            s.begin();
            return channel;
        }
    }
}
