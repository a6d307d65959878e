package io.jnetlink.core;

import io.jnetlink.core.message.Netlink;

import java.lang.ref.Reference;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One {@code AF_NETLINK} socket of one protocol, in the network namespace of the thread that
 * opened it (it keeps that namespace for life and may then be used from any thread).
 *
 * <p>Sends from and receives into direct ByteBuffers by handing the kernel their memory: no byte[]
 * copies. Every datagram lands in one reused receive buffer of 32 KiB (what the kernel builds dump
 * datagrams to fit: {@code NLMSG_GOODSIZE}, and at most 32 KiB for a reader's buffer), received
 * directly with one {@code recvmsg}; a datagram that did not fit ({@code MSG_TRUNC}) grows the
 * buffer and is reported, never passed on truncated. The buffer is taken on the first receive;
 * a {@link NetlinkConnection} gives it back to a pool shared by all connections when each
 * exchange ends, so an idle socket holds none. Datagrams whose sender is not the kernel
 * (port id != 0) are dropped: another process cannot forge replies.
 *
 * <p>Opened with close-on-exec, {@code NETLINK_EXT_ACK} and {@code NETLINK_GET_STRICT_CHK}.
 * One thread may receive while others send; receiving from two threads at once is not supported.
 * {@link #close()} from another thread wakes a blocked {@link #receive(int)} within ~100 ms.
 */
public final class NetlinkSocket implements NetlinkTransport {
    /** iproute2's initial receive buffer; the kernel builds dump datagrams of at most ~32 KiB. */
    public static final int DEFAULT_RECEIVE_BUFFER = 32 * 1024;
    private static final int SOCKADDR_NL_LENGTH = 12;
    /** Slice of a blocking wait, so that close() from another thread is noticed promptly. */
    private static final int POLL_SLICE_MILLIS = 100;
    /** Default-sized receive buffers of connections between exchanges (issue #13: not 32 KiB per socket). */
    private static final BufferPool<AddressedBuffer> RECEIVE_BUFFERS = new BufferPool<>(BufferPool.SLOTS);

    // scratch layout: pollfd [0,8) | sockaddr_nl [8,20) | struct iovec [24,..) | struct msghdr [64,..)
    private static final int POLLFD = 0;
    private static final int ADDR = 8;
    private static final int IOVEC = 24;
    private static final int MSGHDR = 64;
    // struct msghdr fields sit at multiples of the pointer size P:
    // name@0 namelen@P iov@2P iovlen@3P control@4P controllen@5P flags@6P
    private static final int P = Native.ADDRESS_SIZE;

    private final int protocol;
    private final int fd;
    /** The port id, asked of the kernel on first use (only subscriptions need it): 0 until then. */
    private volatile int portId;
    private final ByteBuffer scratch;
    private final long scratchAddress;
    private ByteBuffer receiveBuffer;
    private long receiveAddress;
    /** receiveBuffer with its address, as the pool keeps it. */
    private AddressedBuffer receiveHeld;
    private volatile AddressedBuffer lastSend;
    private AddressedBuffer lastReceiveInto;
    private final Object lifecycle = new Object();
    private int inFlight;
    private boolean closed;
    private boolean released;
    private long receiveCalls;

    private NetlinkSocket(int protocol, int fd) {
        this.protocol = protocol;
        this.fd = fd;
        this.scratch = ByteBuffer.allocateDirect(128).order(ByteOrder.nativeOrder());
        this.scratchAddress = Native.address(scratch);
        // the receive buffer is allocated on the first receive(): a subscription's socket is read
        // through receiveNow(the event loop's buffer) and never needs one (issue #13: no 32 KiB per socket)
        bind();
    }

    /**
     * Opens a socket of {@code protocol} (e.g. {@link Netlink#NETLINK_ROUTE}) in the calling
     * thread's network namespace.
     *
     * @throws NetlinkException (syscall) if the socket cannot be made
     * @param protocol the netlink protocol, e.g. {@link io.jnetlink.core.message.Netlink#NETLINK_ROUTE}
     * @return an open socket the caller owns (close it)
     */
    public static NetlinkSocket open(int protocol) {
        int fd = Native.libc().socket(Native.AF_NETLINK, Native.SOCK_RAW | Native.SOCK_CLOEXEC, protocol);
        if (fd < 0) {
            throw Native.failure("socket(AF_NETLINK, " + protocol + ")", Native.errno());
        }
        NetlinkSocket socket;
        try {
            socket = new NetlinkSocket(protocol, fd);
            socket.setFlag(Netlink.NETLINK_EXT_ACK, true);
            socket.setFlag(Netlink.NETLINK_GET_STRICT_CHK, true);
        } catch (RuntimeException | Error e) {
            Native.libc().close(fd);
            throw e;
        }
        return socket;
    }

    /**
     * The netlink protocol, e.g. 0 for {@code NETLINK_ROUTE}.
     *
     * @return the netlink protocol, e.g. 0 for {@code NETLINK_ROUTE}
     */
    public int protocol() {
        return protocol;
    }

    /**
     * The port id the kernel assigned at bind (the {@code nlmsg_pid} of replies to this socket);
     * asked of the kernel on the first call (0 if the socket was closed before that).
     */
    @Override
    public int portId() {
        int id = portId;
        if (id == 0) { // the kernel never assigns 0 (the kernel's own port) to a user socket
            id = askPortId();
            portId = id;
        }
        return id;
    }

    /** {@return the file descriptor (for diagnostics and selectors; do not close it yourself)} */
    public int fd() {
        return fd;
    }

    /** Sends {@code length} bytes of {@code buffer} from {@code offset} to the kernel as one datagram. */
    @Override
    public void send(ByteBuffer buffer, int offset, int length) {
        if (offset < 0 || length < 0 || length > buffer.capacity() - offset) { // no int overflow
            throw new IllegalArgumentException("send range [" + offset + ", " + (offset + length)
                    + ") outside a buffer of " + buffer.capacity());
        }
        long address = sendAddress(buffer) + offset;
        if (MessageTrace.ENABLED) MessageTrace.sent(protocol, buffer, offset, length);
        enter();
        try {
            while (true) {
                long n = Native.libc().send(fd, address, length, 0);
                if (n >= 0) {
                    return;
                }
                int errno = Native.errno();
                if (errno != Native.EINTR) {
                    throw Native.failure("send(netlink, " + length + " bytes)", errno);
                }
            }
        } finally {
            exit();
        }
    }

    /**
     * Waits up to {@code timeoutMillis} (negative: for ever) for a datagram from the kernel and
     * receives it into {@link #receiveBuffer()} at offset 0, with one {@code recvmsg}.
     *
     * @return the datagram's length, or -1 on timeout
     * @throws NetlinkException (syscall) on failure, e.g. ENOBUFS when the kernel dropped messages
     *                          because the receive buffer was full, EMSGSIZE when a datagram was
     *                          larger than the receive buffer (it is lost; the buffer has grown to
     *                          fit the next one), or EBADF once closed
     */
    @Override
    public int receive(int timeoutMillis) {
        int n = receiveDirect(timeoutMillis);
        if (n == TRUNCATED) {
            throw Native.failure("recvmsg(netlink): a datagram larger than the receive buffer was dropped"
                    + " (the buffer has grown to " + receiveBuffer.capacity() + " bytes)", Errno.EMSGSIZE);
        }
        return n;
    }

    /** What {@link #receiveDirect} returns when a datagram did not fit and was dropped. */
    static final int TRUNCATED = -2;

    /**
     * {@link #receive(int)} that reports a datagram too large for the buffer by returning
     * {@link #TRUNCATED} instead of throwing (the buffer has then grown to fit it).
     */
    int receiveDirect(int timeoutMillis) {
        enter();
        try {
            if (receiveBuffer == null) {
                allocateReceiveBuffer(DEFAULT_RECEIVE_BUFFER);
            }
            long deadline = 0;
            boolean waited = false; // the deadline is computed on the first EAGAIN only
            while (true) {
                // The kernel handles a request inside sendmsg, so its reply is usually queued by
                // the time we get here: try the non-blocking receive first, poll only on EAGAIN.
                prepareMessageHeader(receiveAddress, receiveBuffer.capacity());
                receiveCalls++;
                long n = Native.libc().recvmsg(fd, scratchAddress + MSGHDR, Native.MSG_TRUNC | Native.MSG_DONTWAIT);
                if (n < 0) {
                    int errno = Native.errno();
                    if (errno == Native.EAGAIN) {
                        if (timeoutMillis == 0) {
                            return -1; // do not wait: not even a poll
                        }
                        if (!waited) {
                            waited = true;
                            deadline = deadline(timeoutMillis);
                        }
                        if (!awaitReadable(deadline)) {
                            return -1;
                        }
                    } else if (errno != Native.EINTR) {
                        throw Native.failure("recvmsg(netlink)", errno);
                    }
                    continue;
                }
                if (scratch.getInt(ADDR + 4) != 0) {
                    continue; // not from the kernel: forged or misdirected, never a reply
                }
                if (n > receiveBuffer.capacity()) { // MSG_TRUNC makes the kernel return the full length
                    allocateReceiveBuffer(Integer.highestOneBit((int) n - 1) << 1);
                    return TRUNCATED;
                }
                if (MessageTrace.ENABLED) MessageTrace.received(protocol, receiveBuffer, 0, (int) n);
                return (int) n;
            }
        } finally {
            exit();
        }
    }

    /**
     * {@link #receive(int)} that never loses a datagram: it peeks first ({@code MSG_PEEK|MSG_TRUNC})
     * and grows the buffer when the datagram would not fit, at the price of a second
     * {@code recvmsg}. For replies of unknown size (a GET's answer, an echo).
     */
    int receiveWhole(int timeoutMillis) {
        enter();
        try {
            long deadline = 0;
            boolean waited = false;
            while (true) {
                int length = peek();
                if (length < 0) { // EAGAIN: nothing queued yet
                    if (timeoutMillis == 0) {
                        return -1; // do not wait: not even a poll
                    }
                    if (!waited) {
                        waited = true;
                        deadline = deadline(timeoutMillis);
                    }
                    if (!awaitReadable(deadline)) {
                        return -1;
                    }
                    continue;
                }
                if (length > receiveBuffer.capacity()) {
                    allocateReceiveBuffer(Integer.highestOneBit(length - 1) << 1);
                    continue;
                }
                int sender = scratch.getInt(ADDR + 4);
                consume();
                if (sender != 0) {
                    continue; // not from the kernel: forged or misdirected, never a reply
                }
                if (MessageTrace.ENABLED) MessageTrace.received(protocol, receiveBuffer, 0, length);
                return length;
            }
        } finally {
            exit();
        }
    }

    /**
     * Receives as many queued datagrams as {@code slots} hold with one {@code recvmmsg}, waiting
     * up to {@code timeoutMillis} for the first. Datagrams not from the kernel are left in their
     * slots with a sender != 0 (see {@link ReceiveSlots#sender(int)}); callers skip them.
     *
     * @return how many slots were filled, or -1 on timeout
     */
    int receiveMany(ReceiveSlots slots, int timeoutMillis) {
        enter();
        try {
            long deadline = 0;
            boolean waited = false;
            while (true) {
                long vector = slots.prepare(slots.count());
                receiveCalls++;
                int n = Native.libc().recvmmsg(fd, vector, slots.count(), Native.MSG_DONTWAIT, 0);
                if (n > 0) {
                    if (MessageTrace.ENABLED) {
                        for (int i = 0; i < n; i++) {
                            if (slots.sender(i) == 0) {
                                MessageTrace.received(protocol, slots.buffer(), slots.offset(i), slots.length(i));
                            }
                        }
                    }
                    return n;
                }
                int errno = n < 0 ? Native.errno() : Native.EAGAIN;
                if (errno == Native.EAGAIN) {
                    if (timeoutMillis == 0) {
                        return -1; // do not wait: not even a poll
                    }
                    if (!waited) {
                        waited = true;
                        deadline = deadline(timeoutMillis);
                    }
                    if (!awaitReadable(deadline)) {
                        return -1;
                    }
                } else if (errno != Native.EINTR) {
                    throw Native.failure("recvmmsg(netlink)", errno);
                }
            }
        } finally {
            exit();
        }
    }

    /** recvmsg/recvmmsg calls made so far (for tests that count syscalls per request). */
    long receiveCalls() {
        return receiveCalls;
    }

    private static long deadline(int timeoutMillis) {
        return timeoutMillis < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutMillis * 1_000_000L;
    }

    /** The reused receive buffer; valid until the next {@link #receive(int)}. It may be replaced when grown. */
    @Override
    public ByteBuffer receiveBuffer() {
        if (receiveBuffer == null) {
            allocateReceiveBuffer(DEFAULT_RECEIVE_BUFFER);
        }
        return receiveBuffer;
    }

    // ---- event loop (issue #13): receive into the caller's buffer, never waiting ----------------

    /**
     * Receives the next queued datagram from the kernel into {@code into} (direct, at offset 0)
     * without waiting: what an event loop calls when epoll says this fd is readable, with one
     * buffer shared by every socket it serves (this socket then needs no receive buffer of its own).
     *
     * @param into a direct buffer; its position and limit are ignored
     * @return the datagram's length; -1 when nothing is queued; or {@code -length} (below -1) when
     *         the datagram is larger than {@code into}: it stays queued, call again with a larger buffer
     * @throws NetlinkException (syscall) e.g. ENOBUFS after an overrun, EBADF once closed
     */
    public int receiveNow(ByteBuffer into) {
        enter();
        try {
            long address = intoAddress(into);
            while (true) {
                int length = peek(address, into.capacity());
                if (length < 0) {
                    return -1;
                }
                if (length > into.capacity()) {
                    return -Math.max(2, length);
                }
                int sender = scratch.getInt(ADDR + 4);
                consume();
                if (sender != 0) {
                    continue; // not from the kernel: forged or misdirected
                }
                if (MessageTrace.ENABLED) MessageTrace.received(protocol, into, 0, length);
                return length;
            }
        } finally {
            exit();
        }
    }

    private long intoAddress(ByteBuffer into) {
        AddressedBuffer last = lastReceiveInto;
        if (last == null || last.buffer() != into) {
            last = new AddressedBuffer(into, Native.address(into));
            lastReceiveInto = last;
        }
        return last.address();
    }

    /**
     * Attaches a classic BPF program ({@code SO_ATTACH_FILTER}): the kernel drops every datagram it
     * returns 0 for before it is queued here (libnetfilter_conntrack's {@code nfct_filter_attach}).
     *
     * @param filter the program; replaces one attached before
     * @throws NetlinkException if the kernel refuses the program ({@code EINVAL})
     */
    public void attachFilter(BpfProgram filter) {
        ByteBuffer instructions = filter.encode();
        // struct sock_fprog { unsigned short len; /* padding to 8 */ struct sock_filter *filter; }
        ByteBuffer fprog = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder());
        fprog.putShort(0, (short) filter.program().size());
        fprog.putLong(8, Native.address(instructions));
        enter();
        try {
            if (Native.libc().setsockopt(fd, BpfProgram.SOL_SOCKET, BpfProgram.SO_ATTACH_FILTER,
                    Native.address(fprog), 16) < 0) {
                throw Native.failure("setsockopt(SO_ATTACH_FILTER)", Native.errno());
            }
        } finally {
            exit();
            Reference.reachabilityFence(instructions); // the kernel copies both during the call
            Reference.reachabilityFence(fprog);
        }
    }

    /**
     * Joins a multicast group (e.g. {@code RTNLGRP_LINK}) to receive its notifications.
     *
     * @param group the multicast group number, e.g. {@code RTNLGRP_LINK}
     */
    public void joinGroup(int group) {
        setInt(Netlink.SOL_NETLINK, Netlink.NETLINK_ADD_MEMBERSHIP, group, "NETLINK_ADD_MEMBERSHIP " + group);
    }

    /**
     * Leaves a multicast group.
     *
     * @param group the multicast group number, e.g. {@code RTNLGRP_LINK}
     */
    public void leaveGroup(int group) {
        setInt(Netlink.SOL_NETLINK, Netlink.NETLINK_DROP_MEMBERSHIP, group, "NETLINK_DROP_MEMBERSHIP " + group);
    }

    /**
     * {@code NETLINK_EXT_ACK}: errors carry the kernel's text and the offending attribute's offset (on by default).
     *
     * @param on {@code true} to switch it on
     */
    public void extendedAck(boolean on) {
        setFlag(Netlink.NETLINK_EXT_ACK, on);
    }

    /**
     * {@code NETLINK_GET_STRICT_CHK}: dump requests are validated strictly and may filter (on by default).
     *
     * @param on {@code true} to switch it on
     */
    public void strictChecking(boolean on) {
        setFlag(Netlink.NETLINK_GET_STRICT_CHK, on);
    }

    /**
     * {@code NETLINK_CAP_ACK}: error replies carry only the request's header, not the whole request.
     *
     * @param on {@code true} to switch it on
     */
    public void capAck(boolean on) {
        setFlag(Netlink.NETLINK_CAP_ACK, on);
    }

    /**
     * {@code NETLINK_NO_ENOBUFS}: the kernel stops reporting receive-buffer overruns (events are then lost silently).
     *
     * @param on {@code true} to switch it on
     */
    public void noEnobufs(boolean on) {
        setFlag(Netlink.NETLINK_NO_ENOBUFS, on);
    }

    /**
     * {@code NETLINK_LISTEN_ALL_NSID}: receive notifications from every namespace that has an id here.
     *
     * @param on {@code true} to switch it on
     */
    public void listenAllNsid(boolean on) {
        setFlag(Netlink.NETLINK_LISTEN_ALL_NSID, on);
    }

    /**
     * Sets the kernel's receive buffer ({@code SO_RCVBUF}); with {@code force}, {@code SO_RCVBUFFORCE},
     * which ignores {@code net.core.rmem_max} and needs CAP_NET_ADMIN (falls back to SO_RCVBUF
     * when refused with EPERM).
     *
     * @param bytes the size in bytes
     * @param force whether to use the {@code *FORCE} option (ignores the sysctl maximum; needs CAP_NET_ADMIN)
     */
    public void receiveBufferSize(int bytes, boolean force) {
        bufferSize(force ? Native.SO_RCVBUFFORCE : -1, Native.SO_RCVBUF, bytes);
    }

    /**
     * Sets the kernel's send buffer ({@code SO_SNDBUF}/{@code SO_SNDBUFFORCE}), e.g. for large batches.
     *
     * @param bytes the size in bytes
     * @param force whether to use the {@code *FORCE} option (ignores the sysctl maximum; needs CAP_NET_ADMIN)
     */
    public void sendBufferSize(int bytes, boolean force) {
        bufferSize(force ? Native.SO_SNDBUFFORCE : -1, Native.SO_SNDBUF, bytes);
    }

    /**
     * Grows the kernel's socket buffers (forcing past {@code net.core.*mem_max} where permitted)
     * to at least the given sizes; sizes at or below what the kernel already has are left alone.
     */
    @Override
    public void ensureBufferSizes(int sendBytes, int receiveBytes) {
        if (sendBytes > 0 && sendBytes > getInt(Native.SOL_SOCKET, Native.SO_SNDBUF, "SO_SNDBUF") / 2) {
            sendBufferSize(sendBytes, true);
        }
        if (receiveBytes > 0 && receiveBytes > receiveBufferSize() / 2) {
            receiveBufferSize(receiveBytes, true);
        }
    }

    /**
     * The kernel's receive buffer size ({@code getsockopt SO_RCVBUF}; the kernel doubles what was set).
     *
     * @return the kernel's receive buffer size ({@code getsockopt SO_RCVBUF}; the kernel doubles what was set)
     */
    public int receiveBufferSize() {
        return getInt(Native.SOL_SOCKET, Native.SO_RCVBUF, "SO_RCVBUF");
    }

    /** Whether {@link #close()} has been called. */
    @Override
    public boolean isOpen() {
        synchronized (lifecycle) {
            return !closed;
        }
    }

    /** Closes the socket; a receive blocked in another thread returns with EBADF within ~100 ms. */
    @Override
    public void close() {
        synchronized (lifecycle) {
            if (closed) {
                return;
            }
            closed = true;
            if (inFlight == 0) {
                release();
            }
        }
    }

    // ---- internals --------------------------------------------------------------------------

    private void enter() {
        synchronized (lifecycle) {
            if (closed) {
                throw Native.failure("netlink socket " + fd + " is closed", Errno.EBADF);
            }
            inFlight++;
        }
    }

    private void exit() {
        synchronized (lifecycle) {
            inFlight--;
            if (closed && inFlight == 0) {
                release();
            }
        }
    }

    private void release() {
        if (!released) {
            released = true;
            Native.libc().close(fd);
        }
    }

    private boolean awaitReadable(long deadline) {
        while (true) {
            if (!isOpen()) {
                throw Native.failure("recvmsg(netlink): socket closed", Errno.EBADF);
            }
            long left = deadline == Long.MAX_VALUE ? POLL_SLICE_MILLIS : (deadline - System.nanoTime()) / 1_000_000L;
            int wait = (int) Math.max(0, Math.min(POLL_SLICE_MILLIS, left));
            scratch.putInt(POLLFD, fd);
            scratch.putShort(POLLFD + 4, (short) Native.POLLIN);
            scratch.putShort(POLLFD + 6, (short) 0);
            int n = Native.libc().poll(scratchAddress + POLLFD, 1, wait);
            if (n > 0) {
                return true; // readable, or an error (ENOBUFS) the next recv will report
            }
            if (n < 0) {
                int errno = Native.errno();
                if (errno != Native.EINTR) {
                    throw Native.failure("poll(netlink)", errno);
                }
            } else if (left <= 0) {
                return false;
            }
        }
    }

    /** Copies the next datagram into the receive buffer without consuming it; returns its full length. */
    private int peek() {
        if (receiveBuffer == null) {
            allocateReceiveBuffer(DEFAULT_RECEIVE_BUFFER);
        }
        return peek(receiveAddress, receiveBuffer.capacity());
    }

    private int peek(long address, int capacity) {
        while (true) {
            prepareMessageHeader(address, capacity);
            receiveCalls++;
            long n = Native.libc().recvmsg(fd, scratchAddress + MSGHDR, Native.MSG_PEEK | Native.MSG_TRUNC | Native.MSG_DONTWAIT);
            if (n >= 0) {
                return (int) n;
            }
            int errno = Native.errno();
            if (errno == Native.EAGAIN) {
                return -1;
            }
            if (errno != Native.EINTR) {
                throw Native.failure("recvmsg(netlink)", errno);
            }
        }
    }

    /** Drops the datagram just peeked (its bytes are already in the receive buffer). */
    private void consume() {
        while (true) {
            prepareMessageHeader(0, 0);
            receiveCalls++;
            long n = Native.libc().recvmsg(fd, scratchAddress + MSGHDR, Native.MSG_DONTWAIT);
            if (n >= 0) {
                return;
            }
            int errno = Native.errno();
            if (errno != Native.EINTR) {
                throw Native.failure("recvmsg(netlink)", errno);
            }
        }
    }

    /** Points the scratch msghdr at the sender address slot and at {@code length} bytes of the receive buffer. */
    private void prepareMessageHeader(long address, int length) {
        Native.putAddress(scratch, IOVEC, address);
        Native.putAddress(scratch, IOVEC + P, length);
        Native.putAddress(scratch, MSGHDR, scratchAddress + ADDR);
        scratch.putInt(MSGHDR + P, SOCKADDR_NL_LENGTH);
        Native.putAddress(scratch, MSGHDR + 2 * P, scratchAddress + IOVEC);
        Native.putAddress(scratch, MSGHDR + 3 * P, 1);
        Native.putAddress(scratch, MSGHDR + 4 * P, 0);
        Native.putAddress(scratch, MSGHDR + 5 * P, 0);
        scratch.putInt(MSGHDR + 6 * P, 0);
    }

    /** Caches the address of the last buffer sent from, so steady-state sends allocate nothing. */
    private long sendAddress(ByteBuffer buffer) {
        AddressedBuffer last = lastSend;
        if (last == null || last.buffer() != buffer) {
            last = new AddressedBuffer(buffer, Native.address(buffer));
            lastSend = last;
        }
        return last.address();
    }

    private record AddressedBuffer(ByteBuffer buffer, long address) {
    }

    /** Grows the receive buffer (before a receive, on the receiving thread) to hold at least {@code bytes}. */
    void ensureReceiveCapacity(int bytes) {
        if (receiveBuffer == null) {
            allocateReceiveBuffer(Math.max(DEFAULT_RECEIVE_BUFFER, bytes));
        } else if (bytes > receiveBuffer.capacity()) {
            allocateReceiveBuffer(Integer.highestOneBit(bytes - 1) << 1);
        }
    }

    private void allocateReceiveBuffer(int capacity) {
        AddressedBuffer b = capacity == DEFAULT_RECEIVE_BUFFER ? RECEIVE_BUFFERS.take() : null;
        if (b == null) {
            ByteBuffer buffer = ByteBuffer.allocateDirect(capacity).order(ByteOrder.nativeOrder());
            b = new AddressedBuffer(buffer, Native.address(buffer));
        }
        receiveHeld = b;
        receiveBuffer = b.buffer();
        receiveAddress = b.address();
    }

    /**
     * Gives a default-sized receive buffer back to the pool that all connections share, when a
     * connection's exchange has ended (the next receive takes one again); a buffer grown for large
     * datagrams stays with the socket. Call only from the thread that received last, with no
     * view of the buffer in use.
     */
    void releaseReceiveBuffer() {
        AddressedBuffer held = receiveHeld;
        if (held != null && held.buffer().capacity() == DEFAULT_RECEIVE_BUFFER) {
            receiveHeld = null;
            receiveBuffer = null;
            receiveAddress = 0;
            RECEIVE_BUFFERS.give(held);
        }
    }

    /** {@return whether the socket holds a receive buffer now (for tests of buffer ownership)} */
    boolean holdsReceiveBuffer() {
        return receiveBuffer != null;
    }

    private void bind() {
        ByteBuffer addr = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder());
        addr.putShort(0, (short) Native.AF_NETLINK); // nl_pid 0: the kernel assigns the port id
        if (Native.libc().bind(fd, Native.address(addr), SOCKADDR_NL_LENGTH) < 0) {
            throw Native.failure("bind(netlink)", Native.errno());
        }
    }

    private int askPortId() {
        ByteBuffer addr = ByteBuffer.allocateDirect(16).order(ByteOrder.nativeOrder());
        addr.putInt(12, SOCKADDR_NL_LENGTH);
        synchronized (lifecycle) {
            if (closed) {
                return 0; // closed before anyone asked: the fd may belong to something else now
            }
            inFlight++;
        }
        try {
            long a = Native.address(addr);
            if (Native.libc().getsockname(fd, a, a + 12) < 0) {
                throw Native.failure("getsockname(netlink)", Native.errno());
            }
            return addr.getInt(4);
        } finally {
            exit();
        }
    }

    private void setFlag(int option, boolean on) {
        setInt(Netlink.SOL_NETLINK, option, on ? 1 : 0, "SOL_NETLINK option " + option);
    }

    private void bufferSize(int forceOption, int option, int bytes) {
        if (bytes <= 0) {
            throw new IllegalArgumentException("buffer size must be positive: " + bytes);
        }
        if (forceOption >= 0) {
            try {
                setInt(Native.SOL_SOCKET, forceOption, bytes, "SO_*BUFFORCE " + bytes);
                return;
            } catch (NetlinkException e) {
                if (e.errno() != Errno.EPERM) {
                    throw e;
                }
            }
        }
        setInt(Native.SOL_SOCKET, option, bytes, "SO_*BUF " + bytes);
    }

    private void setInt(int level, int option, int value, String what) {
        ByteBuffer v = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
        v.putInt(0, value);
        enter();
        try {
            if (Native.libc().setsockopt(fd, level, option, Native.address(v), 4) < 0) {
                throw Native.failure("setsockopt(" + what + ")", Native.errno());
            }
        } finally {
            exit();
        }
    }

    private int getInt(int level, int option, String what) {
        ByteBuffer v = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
        v.putInt(4, 4);
        enter();
        try {
            long a = Native.address(v);
            if (Native.libc().getsockopt(fd, level, option, a, a + 4) < 0) {
                throw Native.failure("getsockopt(" + what + ")", Native.errno());
            }
            return v.getInt(0);
        } finally {
            exit();
        }
    }
}
