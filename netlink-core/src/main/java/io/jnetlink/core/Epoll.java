package io.jnetlink.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One epoll instance plus an eventfd to wake it: what an event loop sleeps in. Registered fds are
 * level-triggered for {@code EPOLLIN}; each carries a caller's token (a long) that {@link #token}
 * hands back, so a stale event of an fd number closed and reused meanwhile is recognised by its
 * token, never by the number. {@link #await} with a negative timeout sleeps in the kernel until
 * an fd is readable or {@link #wake()} is called: no timed wake-ups.
 *
 * <p>Not thread-safe except {@link #wake()} and {@link #add}/{@link #modify}/{@link #remove}
 * (epoll_ctl may be called while another thread waits). One thread calls {@link #await}.
 */
public final class Epoll implements AutoCloseable {
    /** The token {@link #token} returns for the wake-up eventfd (callers never use it). */
    public static final long WAKE_TOKEN = -1L;
    /** {@code struct epoll_event} is packed on x86-64 only ({@code __EPOLL_PACKED}): u32 events, u64 data. */
    private static final boolean PACKED = "amd64".equals(System.getProperty("os.arch"))
            || "x86_64".equals(System.getProperty("os.arch"));
    private static final int EVENT_SIZE = PACKED ? 12 : 16;
    private static final int DATA_OFFSET = PACKED ? 4 : 8;

    private final int epfd;
    private final int wakeFd;
    private final int capacity;
    private final ByteBuffer events;
    private final long eventsAddress;
    /** epoll_ctl's argument and the eventfd's 8-byte counter; guarded by itself. */
    private final ByteBuffer control = ByteBuffer.allocateDirect(32).order(ByteOrder.nativeOrder());
    private final long controlAddress = Native.address(control);
    /** The loop thread's own 8 bytes for draining the eventfd. */
    private final ByteBuffer drain = ByteBuffer.allocateDirect(8).order(ByteOrder.nativeOrder());
    private final long drainAddress = Native.address(drain);
    private volatile boolean closed;

    private Epoll(int epfd, int wakeFd, int capacity) {
        this.epfd = epfd;
        this.wakeFd = wakeFd;
        this.capacity = capacity;
        this.events = ByteBuffer.allocateDirect(capacity * EVENT_SIZE).order(ByteOrder.nativeOrder());
        this.eventsAddress = Native.address(events);
    }

    /**
     * Opens an epoll instance ({@code epoll_create1(EPOLL_CLOEXEC)}) with its wake-up eventfd.
     *
     * @param maxEvents how many ready fds one {@link #await} reports at most (more wait for the next)
     * @return the instance; close it
     * @throws NetlinkException (syscall) if the kernel refuses
     */
    public static Epoll open(int maxEvents) {
        if (maxEvents <= 0) {
            throw new IllegalArgumentException("maxEvents must be positive: " + maxEvents);
        }
        int ep = Native.libc().epoll_create1(Native.EPOLL_CLOEXEC);
        if (ep < 0) {
            throw Native.failure("epoll_create1", Native.errno());
        }
        int ev = Native.libc().eventfd(0, Native.EFD_CLOEXEC | Native.EFD_NONBLOCK);
        if (ev < 0) {
            int errno = Native.errno();
            Native.libc().close(ep);
            throw Native.failure("eventfd", errno);
        }
        Epoll e = new Epoll(ep, ev, maxEvents);
        try {
            e.control(Native.EPOLL_CTL_ADD, ev, Native.EPOLLIN, WAKE_TOKEN);
        } catch (RuntimeException ex) {
            e.close();
            throw ex;
        }
        return e;
    }

    /**
     * Watches {@code fd} for readability ({@code EPOLL_CTL_ADD}, level-triggered).
     *
     * @param fd the file descriptor, e.g. {@link NetlinkSocket#fd()}
     * @param token handed back by {@link #token} when it is ready; not {@link #WAKE_TOKEN}
     */
    public void add(int fd, long token) {
        control(Native.EPOLL_CTL_ADD, fd, Native.EPOLLIN, token);
    }

    /**
     * Switches watching {@code fd} on or off without removing it ({@code EPOLL_CTL_MOD}): a paused
     * fd's datagrams wait in the kernel.
     *
     * @param fd the file descriptor
     * @param token its token
     * @param readable whether to report it when readable
     */
    public void modify(int fd, long token, boolean readable) {
        control(Native.EPOLL_CTL_MOD, fd, readable ? Native.EPOLLIN : 0, token);
    }

    /**
     * Stops watching {@code fd} ({@code EPOLL_CTL_DEL}); an fd already closed is ignored (the
     * kernel dropped it with its last reference).
     *
     * @param fd the file descriptor
     */
    public void remove(int fd) {
        synchronized (control) {
            if (Native.libc().epoll_ctl(epfd, Native.EPOLL_CTL_DEL, fd, controlAddress) < 0) {
                int errno = Native.errno();
                if (errno != Errno.EBADF && errno != Errno.ENOENT) {
                    throw Native.failure("epoll_ctl(DEL, " + fd + ")", errno);
                }
            }
        }
    }

    /**
     * Sleeps until a watched fd is readable, {@link #wake()} is called, or the timeout passes.
     *
     * @param timeoutMillis how long at most; negative: no timeout (sleep in the kernel)
     * @return how many events {@link #token} may be asked for (0 on timeout or a signal)
     */
    public int await(int timeoutMillis) {
        int n = Native.libc().epoll_wait(epfd, eventsAddress, capacity, timeoutMillis);
        if (n < 0) {
            int errno = Native.errno();
            if (errno == Native.EINTR) {
                return 0;
            }
            throw Native.failure("epoll_wait", errno);
        }
        return n;
    }

    /**
     * The token of ready event {@code i} of the last {@link #await}; {@link #WAKE_TOKEN} for a
     * wake-up (already drained here, so a later {@code wake()} wakes again).
     *
     * @param i 0 .. the count {@code await} returned - 1
     * @return the token given to {@link #add}
     */
    public long token(int i) {
        long token = events.getLong(i * EVENT_SIZE + DATA_OFFSET);
        if (token == WAKE_TOKEN) {
            Native.libc().read(wakeFd, drainAddress, 8); // EAGAIN when drained already: fine
        }
        return token;
    }

    /** Wakes the thread in {@link #await} (or its next call); any thread, async-signal-free, allocation-free. */
    public void wake() {
        synchronized (control) {
            if (closed) {
                return;
            }
            control.putLong(16, 1L);
            Native.libc().write(wakeFd, controlAddress + 16, 8); // EAGAIN only when the counter is full: awake anyway
        }
    }

    /** Closes the epoll instance and the eventfd (registered fds stay open). */
    @Override
    public void close() {
        synchronized (control) {
            if (closed) {
                return;
            }
            closed = true;
        }
        Native.libc().close(wakeFd);
        Native.libc().close(epfd);
    }

    private void control(int op, int fd, int eventMask, long token) {
        synchronized (control) {
            if (closed) {
                throw new IllegalStateException("the epoll instance is closed");
            }
            control.putInt(0, eventMask);
            control.putLong(DATA_OFFSET, token);
            if (Native.libc().epoll_ctl(epfd, op, fd, controlAddress) < 0) {
                throw Native.failure("epoll_ctl(" + op + ", " + fd + ")", Native.errno());
            }
        }
    }
}
