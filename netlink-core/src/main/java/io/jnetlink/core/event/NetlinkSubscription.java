package io.jnetlink.core.event;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkSocket;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.NlMsgHeader;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A netlink socket joined to multicast groups, read by a thread the library owns: the engine
 * under {@code ip monitor}-style subscriptions. The socket is opened on the target namespace's
 * thread (so it listens to that namespace); the receive thread is born in the process namespace
 * and hands every message to a {@link SubscriptionHandler}, reusing one reader: nothing is
 * allocated per message.
 *
 * <p>An overrun ({@code ENOBUFS}: the kernel dropped notifications because the receive buffer was
 * full) is reported to {@link SubscriptionHandler#onOverrun()} and the subscription goes on.
 * {@link #close()} returns within about a quarter of a second even while the thread is blocked in
 * receive, and releases the fd and the thread.
 *
 * <pre>{@code
 * try (NetlinkSubscription s = NetlinkSubscription.builder(Netlink.NETLINK_ROUTE)
 *         .in(ns).groups(1).start(handler)) { ... }      // ip -n NS monitor link
 * }</pre>
 */
public final class NetlinkSubscription implements SubscriptionChannel, AutoCloseable {
    /** How long a receive waits before {@link SubscriptionHandler#onIdle()} is called. */
    public static final int IDLE_MILLIS = 1000;
    /**
     * Overruns in a row with no datagram received between them after which the subscription
     * fails instead of spinning: the kernel cannot queue even one datagram (e.g. a dump reply,
     * about 32 KiB, into a receive buffer smaller than that).
     */
    static final int OVERRUN_STORM = 10_000;
    /** How long {@link #close()} waits for the receive thread before interrupting it. */
    private static final long CLOSE_GRACE_MILLIS = 300;

    private final NetlinkSocket socket;
    private final SubscriptionHandler handler;
    private final MessageWriter writer = new MessageWriter(4096);
    private final MessageReader reader = new MessageReader();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final int[] groups;
    private final String threadName;
    private volatile Thread thread;
    private volatile boolean closing;
    private int sequence;

    private NetlinkSubscription(Builder b, SubscriptionHandler handler) {
        this.handler = handler;
        this.groups = b.groups.clone();
        this.threadName = b.threadName;
        NetNamespace ns = b.namespace;
        this.socket = ns == null ? NetlinkSocket.open(b.protocol) : ns.run(() -> NetlinkSocket.open(b.protocol));
        try {
            if (b.receiveBufferBytes > 0) {
                socket.receiveBufferSize(b.receiveBufferBytes, b.forceReceiveBuffer);
            }
            if (b.listenAllNsid) {
                socket.listenAllNsid(true);
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
     * added, and the message is numbered. Thread-safe.
     *
     * @return the sequence number the request was sent with
     */
    @Override
    public int send(RequestEncoder encoder, int flags) {
        synchronized (writer) {
            writer.reset();
            encoder.encode(writer);
            int length = writer.position() < NlMsgHeader.LENGTH ? -1 : writer.buffer().getInt(NlMsgHeader.LENGTH_OFFSET);
            if (length < NlMsgHeader.LENGTH || length > writer.position()) {
                throw new IllegalStateException("the encoder did not write one whole message (call endMessage)");
            }
            int seq = ++sequence;
            if (seq <= 0) {
                sequence = 1;
                seq = 1;
            }
            writer.sequence(0, seq).addFlags(0, Netlink.NLM_F_REQUEST | flags);
            socket.send(writer.buffer(), 0, writer.position());
            return seq;
        }
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

    /** {@return the receive thread (for diagnostics)} */
    public Thread thread() {
        return thread;
    }

    /** {@return whether the subscription still delivers (not closed, not ended by an error)} */
    public boolean isOpen() {
        return !closing && finished.getCount() > 0;
    }

    /**
     * Waits until the receive thread has ended (after {@link #close()} or an error).
     *
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
     * Stops delivery and releases the socket and the thread. Returns once the receive thread has
     * ended (about 100 ms when blocked in receive); a handler blocked elsewhere is interrupted
     * after a short grace period. Idempotent; may be called from the handler itself.
     */
    @Override
    public void close() {
        closing = true;
        socket.close();
        if (thread == null || Thread.currentThread() == thread) {
            return;
        }
        boolean interrupted = false;
        try {
            if (!finished.await(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                thread.interrupt();
                finished.await(CLOSE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            interrupted = true;
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void receiveLoop() {
        try {
            handler.onStart(this);
            int overrunsInARow = 0;
            while (!closing) {
                int n;
                try {
                    n = socket.receive(IDLE_MILLIS);
                } catch (NetlinkException e) {
                    if (closing || !socket.isOpen()) {
                        break;
                    }
                    // EMSGSIZE: a notification larger than the buffer was lost (the buffer grew): as an overrun
                    if (e.errno() == Errno.ENOBUFS || e.errno() == Errno.EMSGSIZE) {
                        if (++overrunsInARow >= OVERRUN_STORM) {
                            throw new NetlinkException("netlink subscription: " + overrunsInARow + " overruns in a row"
                                    + " without a datagram; the receive buffer (" + socket.receiveBufferSize()
                                    + " bytes) is too small for what the kernel sends", Errno.ENOBUFS, null, -1, 0,
                                    NetlinkException.Source.SYSCALL);
                        }
                        handler.onOverrun();
                        continue;
                    }
                    throw e;
                }
                if (n < 0) {
                    handler.onIdle();
                    continue;
                }
                overrunsInARow = 0;
                reader.wrap(socket.receiveBuffer(), 0, n);
                while (reader.next() && !closing) {
                    if (reader.type() == Netlink.NLMSG_OVERRUN) {
                        handler.onOverrun();
                    } else {
                        handler.onMessage(reader);
                    }
                }
            }
        } catch (RuntimeException e) {
            if (!closing) {
                safely(() -> handler.onError(e));
            }
        } finally {
            socket.close();
            safely(handler::onClose);
            finished.countDown();
        }
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
         * The receive thread's name (default {@code jnetlink-events}).
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
         * Opens the socket in the namespace, joins the groups and starts the receive thread.
         *
         *
         * @param handler receives the notifications on the receive thread
         * @return this builder
         * @throws NetlinkException if the socket cannot be opened or a group joined
         */
        public NetlinkSubscription start(SubscriptionHandler handler) {
            NetlinkSubscription s = new NetlinkSubscription(this, Objects.requireNonNull(handler, "handler"));
            try {
                s.thread = ProcessThreads.start(s.threadName, s::receiveLoop);
            } catch (RuntimeException | Error e) {
                s.socket.close();
                throw e;
            }
            return s;
        }
    }
}
