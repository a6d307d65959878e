package io.jnetlink.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * A network namespace, the way {@code ip netns} sees them: named ones are bind mounts under
 * {@code /run/netns/NAME}, so {@code ip netns list}, {@code ip -n NAME} and {@code ip netns exec}
 * see what this class makes, and this class opens what they made.
 *
 * <p>A namespace is a per-thread attribute in Linux, and a socket keeps the namespace it was made
 * in. A handle costs an fd, not a thread: work that must run inside ({@link #call}, {@link #start},
 * {@link #sysctl}, opening the library's sockets) runs on a short-lived platform thread that
 * entered this namespace first ({@code setns(2)}, or {@code unshare(2)} for a new one) and never
 * leaves; it may wait a second for more work of the same namespace, then ends (a few such threads
 * wait in all). No caller, pooled or virtual thread is ever moved, and no thread ever runs work
 * for a namespace other than the one it entered.
 *
 * <p>Threads that code run through {@link #call} creates (including pools it starts lazily, such
 * as the common ForkJoinPool) are born inside this namespace.
 *
 * <p>{@link #close()} refuses new work at once and does not wait: work already running finishes
 * on its thread (inside the namespace, which it keeps alive), and the fd is closed when the last
 * of it ends. A request that names this namespace ({@code ip link set DEV netns NAME}, a veth
 * peer's namespace) keeps the fd open until the kernel has answered, so its number is never
 * reused under it.
 *
 * <pre>{@code
 * NetNamespace red = NetNamespace.create("red");       // ip netns add red
 * red.call(() -> new ServerSocket(80));                 // a socket inside red
 * red.start(new ProcessBuilder("ip", "link"));          // ip netns exec red ip link
 * red.delete();                                         // ip netns del red
 * }</pre>
 */
public final class NetNamespace implements AutoCloseable {
    /** Where iproute2 keeps named namespaces. */
    public static final Path NETNS_RUN_DIR = Path.of("/run/netns");
    /** iproute2's limit is NAME_MAX; keep names short enough for paths and thread names. */
    private static final int MAX_NAME_LENGTH = 255;
    private static final Path THREAD_SELF_NS = Path.of("/proc/thread-self/ns/net");
    private static final Path PROCESS_NS = Path.of("/proc/self/ns/net");

    private static volatile NetNamespace processNamespace;

    private final String name;
    private final String description;
    private final NamespaceThreads threads;
    private final int fd;
    private final boolean shared;
    private final Map<Integer, NetlinkConnection> connections = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Running tasks and requests in flight that use the fd; it is closed when they are done. Guarded by this. */
    private int references;
    private boolean fdClosed;
    private boolean deleted;

    private NetNamespace(String name, String description, NamespaceThreads threads, int fd, boolean shared) {
        this.name = name;
        this.description = description;
        this.threads = threads;
        this.fd = fd;
        this.shared = shared;
        threads.owner(this, () -> enter(fd, description));
    }

    // ---- making and finding namespaces --------------------------------------------------------

    /**
     * Creates a named namespace, like {@code ip netns add NAME}: {@code /run/netns} is made a
     * shared mount (as iproute2 does), {@code /run/netns/NAME} is created, and a new namespace is
     * bind-mounted onto it. It outlives this handle until {@link #delete()}.
     *
     * @throws IllegalArgumentException if the name is empty, {@code .}/{@code ..}, has {@code /} or NUL, or is too long
     * @throws NetlinkException         (syscall) EEXIST if it exists; EPERM if mounting is not permitted
     * @param name the name
     * @return a handle the caller owns (close it; {@link #delete()} removes the namespace)
     */
    public static NetNamespace create(String name) {
        validateName(name);
        prepareRunDirectory();
        String path = NETNS_RUN_DIR.resolve(name).toString();
        int file = Native.libc().open(path, Native.O_RDONLY | Native.O_CREAT | Native.O_EXCL | Native.O_CLOEXEC, 0);
        if (file < 0) {
            int errno = Native.errno();
            throw Native.failure("ip netns add " + name + ": cannot create " + path, errno);
        }
        Native.libc().close(file);
        try {
            return born(name, name, "ip netns add " + name, () -> {
                if (Native.libc().mount(THREAD_SELF_NS.toString(), path, "none", Native.MS_BIND, null) < 0) {
                    int errno = Native.errno();
                    throw mountFailure("ip netns add " + name + ": bind-mount the new namespace on " + path, errno);
                }
                try {
                    return openNamespaceFd(THREAD_SELF_NS.toString());
                } catch (RuntimeException e) {
                    Native.libc().umount2(path, Native.MNT_DETACH); // else the unlink below fails with EBUSY
                    throw e;
                }
            });
        } catch (RuntimeException | Error e) {
            Native.libc().unlink(path);
            throw e;
        }
    }

    /**
     * Creates an anonymous namespace that lives while this handle (or anything in it) is open.
     *
     * @return a handle the caller owns; closing it ends the namespace
     */
    public static NetNamespace create() {
        return born(null, "anonymous#" + ANONYMOUS.incrementAndGet(), "unshare(CLONE_NEWNET)",
                () -> openNamespaceFd(THREAD_SELF_NS.toString()));
    }

    private static final java.util.concurrent.atomic.AtomicLong ANONYMOUS = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A new namespace: a thread unshares, then runs {@code inside} (which returns the namespace's
     * fd) and stays in the new handle's idle cache. Waits for it even when interrupted (the fd must
     * reach its handle), keeping the interrupt status.
     */
    private static NetNamespace born(String name, String description, String operation, Callable<Integer> inside) {
        NamespaceThreads threads = new NamespaceThreads(description, () -> unshareNetwork(operation));
        NamespaceThread.Task<Integer> task = threads.submit(inside, null);
        try {
            int nsFd = awaitUninterruptibly(task);
            return new NetNamespace(name, description, threads, nsFd, false);
        } catch (RuntimeException | Error e) {
            threads.shutdown();
            throw e;
        }
    }

    /**
     * Opens a named namespace made by {@link #create(String)} or {@code ip netns add}.
     *
     * @throws NetlinkException (syscall) ENOENT if there is no such namespace
     * @param name the name
     * @return a handle the caller owns (close it)
     */
    public static NetNamespace open(String name) {
        validateName(name);
        return openPath(NETNS_RUN_DIR.resolve(name), name, name);
    }

    /**
     * Opens the namespace at a path, e.g. {@code /proc/PID/ns/net} or a bind mount elsewhere.
     *
     * @param path the path of a namespace file
     * @return a handle the caller owns (close it)
     */
    public static NetNamespace open(Path path) {
        return openPath(path, null, path.toString());
    }

    /**
     * The namespace of the calling thread. On a namespace thread (inside {@link #call}) that is
     * the handle it serves; on a thread in the process's own namespace it is one shared handle
     * whose {@link #close()} does nothing; otherwise a new handle the caller owns.
     *
     * @return the namespace of the calling thread
     */
    public static NetNamespace current() {
        NetNamespace owner = NamespaceThread.ownerOfCurrentThread();
        if (owner != null) {
            return owner;
        }
        String self = namespaceId(THREAD_SELF_NS);
        if (self.equals(namespaceId(PROCESS_NS))) {
            NetNamespace host = processNamespace;
            if (host == null || host.closed.get()) {
                synchronized (NetNamespace.class) {
                    host = processNamespace;
                    if (host == null || host.closed.get()) {
                        host = openShared(PROCESS_NS, "process namespace " + self);
                        processNamespace = host;
                    }
                }
            }
            return host;
        }
        return openPath(THREAD_SELF_NS, null, self);
    }

    /**
     * Names of the named namespaces, like {@code ip netns list} (sorted; empty if there are none).
     *
     * @return names of the named namespaces, like {@code ip netns list} (sorted; empty if there are none)
     */
    public static List<String> list() {
        if (!Files.isDirectory(NETNS_RUN_DIR)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(NETNS_RUN_DIR)) {
            return entries.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("ip netns list: cannot read " + NETNS_RUN_DIR, e);
        }
    }

    /**
     * Removes a named namespace by name, like {@code ip netns del NAME}, without a handle: unmounts
     * {@code /run/netns/NAME} and removes the file, including a stale file that is no longer a
     * mount (left by a process that crashed between creating and mounting it).
     *
     * @param name the name
     * @return true if something was removed; false if there was no {@code /run/netns/NAME}
     * @throws IllegalArgumentException if the name is not a valid namespace name
     * @throws NetlinkException (syscall) if unmounting or removing fails otherwise (e.g. EPERM)
     */
    public static boolean delete(String name) {
        validateName(name);
        String path = NETNS_RUN_DIR.resolve(name).toString();
        if (Native.libc().umount2(path, Native.MNT_DETACH) < 0) {
            int errno = Native.errno();
            if (errno == Errno.ENOENT) {
                return false;
            }
            if (errno != Native.EINVAL) { // EINVAL: not a mount point (stale file); still remove it
                throw Native.failure("ip netns del " + name + ": umount " + path, errno);
            }
        }
        if (Native.libc().unlink(path) < 0) {
            int errno = Native.errno();
            if (errno == Errno.ENOENT) {
                return false;
            }
            throw Native.failure("ip netns del " + name + ": unlink " + path, errno);
        }
        return true;
    }

    // ---- using a namespace ----------------------------------------------------------------------

    /** {@return the name, for named namespaces} */
    public java.util.Optional<String> name() {
        return java.util.Optional.ofNullable(name);
    }

    /**
     * Runs {@code work} on a thread inside this namespace and returns its result: Java sockets it
     * opens live in this namespace (and may then be used from any thread), and threads it creates
     * are born here. Exceptions are rethrown as they were thrown. The calling thread never changes
     * namespace. Called from such a thread of this namespace, runs {@code work} directly.
     *
     * <p>If the calling thread is interrupted while waiting, work not yet started never runs;
     * work already running goes on to its end on its own thread, and {@link InterruptedException}
     * is thrown. {@link #close()} does not stop running work.
     *
     * @param <T> the result type
     * @param work the work to run inside
     * @return what {@code work} returned
     * @throws Exception whatever {@code work} threw
     * @throws IllegalStateException if this handle is closed
     */
    public <T> T call(Callable<T> work) throws Exception {
        if (NamespaceThread.servesCurrentThread(threads)) {
            return work.call();
        }
        NamespaceThread.Task<T> task = submit(work);
        try {
            return task.get();
        } catch (InterruptedException e) {
            task.cancel(false); // not started yet: never run it; running: let it finish there
            throw e;
        } catch (ExecutionException e) {
            throw rethrowable(e);
        }
    }

    /**
     * {@link #call} for work that throws no checked exception. If the calling thread is
     * interrupted while waiting, its interrupt status is kept and {@link IllegalStateException}
     * (caused by the {@link InterruptedException}) is thrown.
     *
     * @param <T> the result type
     * @param work the work to run inside
     * @return what {@code work} returned
     */
    public <T> T run(Supplier<T> work) {
        try {
            return call(work::get);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for work inside " + this, e);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Opens a netlink socket of {@code protocol} inside this namespace (it keeps the namespace for
     * life; use it from any thread). Short work the caller always gets the result of: an
     * interrupt while waiting does not lose the socket, and the interrupt status is kept.
     *
     * @param protocol the netlink protocol, e.g. {@link io.jnetlink.core.message.Netlink#NETLINK_ROUTE}
     * @return an open socket the caller owns (close it)
     * @throws IllegalStateException if this handle is closed
     */
    public NetlinkSocket openSocket(int protocol) {
        if (NamespaceThread.servesCurrentThread(threads) || callerIsInside()) {
            return NetlinkSocket.open(protocol);
        }
        return awaitUninterruptibly(submit(() -> NetlinkSocket.open(protocol)));
    }

    /**
     * Whether the calling thread is in this namespace already (so a socket it opens is born here):
     * two {@code readlink}s instead of a namespace thread, which a program's first request
     * ({@code Links.list()} in its own namespace) would otherwise start (issue 17, cold start).
     */
    private boolean callerIsInside() {
        retain();
        try {
            return namespaceId(Path.of("/proc/self/fd/" + fd)).equals(namespaceId(THREAD_SELF_NS));
        } catch (IllegalStateException | UncheckedIOException e) {
            return false; // no /proc to tell: the namespace's own thread opens it, as before
        } finally {
            release();
        }
    }

    /**
     * Starts a process inside this namespace, like {@code ip netns exec NAME cmd…}: it is launched
     * from a thread inside and inherits its namespace.
     *
     * <p>The JDK waits for children on "process reaper" threads that it creates on demand from
     * the starting thread; one born here lives in this namespace, and keeps it alive until the
     * JDK retires it (about a minute idle) even after this handle is closed. It only ever waits
     * for processes, but the namespace's end is delayed by it. It cannot be avoided through the
     * JDK's API: the reaper pool ({@code ProcessHandleImpl}'s cached thread pool) makes a thread
     * from whichever thread starts a process when no idle reaper waits, and the child is only
     * born inside when started from a thread inside (issue #13 weighed starting it from home
     * through a helper such as {@code nsenter}: that would be shelling out).
     *
     * @param builder the process to start
     * @return the started process
     * @throws IOException if the process cannot be started
     */
    public Process start(ProcessBuilder builder) throws IOException {
        try {
            return call(builder::start);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }

    /**
     * Reads a sysctl of this namespace, e.g. {@code sysctl("net.ipv4.ip_forward")}, like
     * {@code ip netns exec NAME sysctl -n KEY}. Only {@code net.*} keys (dots or slashes).
     *
     * @throws IllegalArgumentException if the key is not a plain {@code net.*} key, names a
     *                                  directory ({@code net.ipv4}) or no sysctl of this namespace
     * @param key the sysctl key under {@code net.}, e.g. {@code net.ipv4.ip_forward}
     * @return the value, trimmed
     */
    public String sysctl(String key) {
        Path path = sysctlPath(key);
        return inside(() -> {
            checkSysctlFile(key, path);
            try {
                return Files.readString(path, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new UncheckedIOException("sysctl " + key + ": cannot read " + path, e);
            }
        });
    }

    /**
     * Writes a sysctl of this namespace, like {@code ip netns exec NAME sysctl -w KEY=VALUE}.
     *
     * @throws IllegalArgumentException if the key is not a plain {@code net.*} key, names a
     *                                  directory or no sysctl of this namespace, or the value is not one line
     * @param key the sysctl key under {@code net.}, e.g. {@code net.ipv4.ip_forward}
     * @param value the value
     */
    public void sysctl(String key, String value) {
        Path path = sysctlPath(key);
        if (value == null || value.indexOf('\0') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("sysctl value must be one line without NUL: " + value);
        }
        inside(() -> {
            checkSysctlFile(key, path);
            try {
                Files.writeString(path, value, StandardCharsets.UTF_8);
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException("sysctl -w " + key + "=" + value + ": cannot write " + path, e);
            }
        });
    }

    /**
     * The library's shared connection of {@code protocol} in this namespace (opened on first use
     * inside the namespace, closed with this handle). Use it from any thread. First use from an
     * interrupted thread still returns the connection, keeping the interrupt status.
     *
     * @param protocol the netlink protocol, e.g. {@link io.jnetlink.core.message.Netlink#NETLINK_ROUTE}
     * @return the library's shared connection of {@code protocol} in this namespace
     */
    public NetlinkConnection connection(int protocol) {
        checkOpen();
        NetlinkConnection c = connections.get(protocol);
        if (c != null && c.isOpen()) {
            return c;
        }
        synchronized (connections) {
            checkOpen();
            c = connections.get(protocol);
            if (c == null || !c.isOpen()) {
                c = NetlinkConnection.over(openSocket(protocol));
                connections.put(protocol, c);
                if (closed.get()) { // closed while it was being opened
                    c.close();
                    connections.remove(protocol);
                    checkOpen();
                }
            }
            return c;
        }
    }

    /**
     * The namespace's inode, as in {@code /proc/PID/ns/net -> net:[INODE]} (read from this
     * handle's fd: no thread needed).
     *
     * @return the namespace's inode, as in {@code /proc/PID/ns/net -> net:[INODE]}
     */
    public String id() {
        retain();
        try {
            // stat through the fd's magic link: the nsfs inode, whatever path the fd was opened by
            return "net:[" + Files.getAttribute(Path.of("/proc/self/fd/" + fd), "unix:ino") + "]";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stat the namespace fd " + fd + " of " + this, e);
        } finally {
            release();
        }
    }

    /**
     * Deletes a named namespace, like {@code ip netns del NAME}: unmounts and removes
     * {@code /run/netns/NAME} and closes this handle. The namespace itself ends when nothing uses
     * it any more (other handles, processes, sockets in it). Calling it again on this handle does
     * nothing.
     *
     * @throws IllegalStateException if this handle is anonymous, or if the namespace was deleted
     *                               by someone else already (e.g. {@code ip netns del}); the handle is closed anyway
     */
    public void delete() {
        if (name == null) {
            throw new IllegalStateException("an anonymous namespace has nothing to delete; close() it");
        }
        synchronized (this) {
            if (deleted) {
                return;
            }
            deleted = true;
        }
        close0();
        if (!delete(name)) {
            throw new IllegalStateException("ip netns del " + name + ": the namespace is gone already ("
                    + NETNS_RUN_DIR.resolve(name) + " does not exist; deleted elsewhere, e.g. by ip netns del)");
        }
    }

    /**
     * Closes this handle: new work is refused at once, its connections are closed, and it
     * returns without waiting. Work running inside (through {@link #call}) finishes on its own
     * thread, and the fd is closed when the last such work and the last request naming this
     * namespace have ended. A named namespace stays (see {@link #delete()}); an anonymous one
     * ends when nothing else uses it. The shared handle of the process's own namespace ignores close.
     */
    @Override
    public void close() {
        if (!shared) {
            close0();
        }
    }

    /** {@return whether this handle is still open} */
    public boolean isOpen() {
        return !closed.get();
    }

    /**
     * The file descriptor of this namespace ({@code /run/netns/NAME} or {@code /proc/…/ns/net}
     * opened read-only, close-on-exec), e.g. for {@code IFLA_NET_NS_FD} when moving a link here
     * ({@code ip link set DEV netns NAME}). Owned by this handle: valid until {@link #close()},
     * never close it yourself. Read while a request is being encoded (by
     * {@link NetlinkConnection} or {@link NetlinkBatch#add}), it stays open until that request
     * has been answered, even if the handle is closed meanwhile.
     *
     * @throws IllegalStateException if this handle is closed
     * @return the file descriptor of this namespace
     */
    public int fd() {
        checkOpen();
        NamespacePins.pinIfActive(this);
        return fd;
    }

    @Override
    public String toString() {
        return "NetNamespace[" + description + "]";
    }

    // ---- internals ----------------------------------------------------------------------------

    /** Takes a reference on the fd (refused once closed). */
    synchronized void retain() {
        if (closed.get()) {
            throw new IllegalStateException(this + " is closed");
        }
        references++;
    }

    /** Drops a reference; the last one after close closes the fd. */
    void release() {
        boolean closeNow;
        synchronized (this) {
            closeNow = --references == 0 && closed.get() && !fdClosed;
            fdClosed |= closeNow;
        }
        if (closeNow) {
            Native.libc().close(fd);
        }
    }

    private <T> NamespaceThread.Task<T> submit(Callable<T> work) {
        retain();
        try {
            return threads.submit(work, this::release);
        } catch (RuntimeException | Error e) {
            release();
            throw e;
        }
    }

    /** Short library work inside, waited for uninterruptibly (its result must reach the caller). */
    private <T> T inside(Callable<T> work) {
        if (NamespaceThread.servesCurrentThread(threads)) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return awaitUninterruptibly(submit(work));
    }

    private static <T> T awaitUninterruptibly(NamespaceThread.Task<T> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Exception cause = rethrowable(e);
                    if (cause instanceof RuntimeException r) {
                        throw r;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The exception to rethrow for what a task threw (an Error is thrown from here). */
    private static Exception rethrowable(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof Error err) {
            throw err;
        }
        return cause instanceof Exception ex ? ex : e;
    }

    private void close0() {
        if (!closed.compareAndSet(false, true)) {
            return; // closed already (perhaps concurrently): never close the fd twice
        }
        // no lock here: connection() may hold it while waiting for this namespace's thread
        connections.values().forEach(NetlinkConnection::close);
        connections.clear();
        threads.shutdown();
        boolean closeNow;
        synchronized (this) {
            closeNow = references == 0 && !fdClosed;
            fdClosed |= closeNow;
        }
        if (closeNow) {
            Native.libc().close(fd);
        }
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException(this + " is closed");
        }
    }

    private static NetNamespace openPath(Path path, String name, String description) {
        int nsFd = openNamespaceFd(path.toString());
        try {
            // check it is a network namespace now, on a thread that enters it and then serves it
            NamespaceThreads threads = new NamespaceThreads(description, () -> enter(nsFd, path.toString()));
            awaitUninterruptibly(threads.submit(() -> null, null));
            return new NetNamespace(name, description, threads, nsFd, false);
        } catch (RuntimeException | Error e) {
            Native.libc().close(nsFd);
            throw e;
        }
    }

    private static NetNamespace openShared(Path path, String description) {
        int nsFd = openNamespaceFd(path.toString());
        NetNamespace ns = new NetNamespace(null, description, new NamespaceThreads(description, () -> {
        }), nsFd, true);
        // threads are born in the process namespace already (current() checked the caller's): no
        // setns, which would need CAP_SYS_ADMIN even to re-enter one's own namespace -- unless the
        // creating thread is itself elsewhere
        ns.threads.owner(ns, () -> {
            if (!namespaceId(THREAD_SELF_NS).equals(namespaceId(path))) {
                enter(nsFd, path.toString());
            }
        });
        return ns;
    }

    private static void enter(int nsFd, String what) {
        if (Native.libc().setns(nsFd, Native.CLONE_NEWNET) < 0) {
            int errno = Native.errno();
            throw Native.failure("setns(" + what + ", CLONE_NEWNET)", errno);
        }
    }

    private static int openNamespaceFd(String path) {
        int nsFd = Native.libc().open(path, Native.O_RDONLY | Native.O_CLOEXEC, 0);
        if (nsFd < 0) {
            int errno = Native.errno();
            throw Native.failure("open network namespace " + path, errno);
        }
        return nsFd;
    }

    private static void unshareNetwork(String operation) {
        if (Native.libc().unshare(Native.CLONE_NEWNET) < 0) {
            int errno = Native.errno();
            throw Native.failure(operation + ": unshare(CLONE_NEWNET)"
                    + (errno == Errno.EPERM ? " needs CAP_SYS_ADMIN (run as root or under unshare -rn)" : ""), errno);
        }
    }

    /** Refuses a key that names a directory or nothing in this namespace (read on a thread inside). */
    private static void checkSysctlFile(String key, Path path) {
        if (Files.isDirectory(path)) {
            throw new IllegalArgumentException("sysctl key names a directory, not a value: " + key + " (" + path + ")");
        }
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("unknown sysctl key: " + key + " (no " + path + " in this namespace)");
        }
    }

    /** Makes /run/netns exist and be a shared mount, as iproute2 does, so mounts in it propagate. */
    private static synchronized void prepareRunDirectory() {
        String dir = NETNS_RUN_DIR.toString();
        try {
            Files.createDirectories(NETNS_RUN_DIR);
        } catch (IOException e) {
            throw new UncheckedIOException("ip netns add: cannot create " + dir, e);
        }
        int flags = Native.MS_SHARED | Native.MS_REC;
        if (Native.libc().mount("none", dir, "none", flags, null) == 0) {
            return;
        }
        int errno = Native.errno();
        if (errno != Native.EINVAL) {
            throw mountFailure("ip netns add: mount --make-rshared " + dir, errno);
        }
        // not a mount point yet: bind it onto itself, then make it shared
        if (Native.libc().mount(dir, dir, "none", Native.MS_BIND | Native.MS_REC, null) < 0) {
            throw mountFailure("ip netns add: mount --bind " + dir + " " + dir, Native.errno());
        }
        if (Native.libc().mount("none", dir, "none", flags, null) < 0) {
            throw mountFailure("ip netns add: mount --make-rshared " + dir, Native.errno());
        }
    }

    static NetlinkException mountFailure(String operation, int errno) {
        String why = errno == Errno.EPERM
                ? " (mounting is not permitted: named namespaces need CAP_SYS_ADMIN over the mount namespace;"
                  + " under unshare, add -m: unshare -rnm)"
                : "";
        return Native.failure(operation + why, errno);
    }

    static void validateName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("namespace name must not be empty");
        }
        if (name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("namespace name must not be '.' or '..': " + name);
        }
        if (name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("namespace name must not contain '/' or NUL: " + name);
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("namespace name longer than " + MAX_NAME_LENGTH + " bytes: " + name);
        }
    }

    /** Maps a {@code net.*} sysctl key to its file under /proc/sys, refusing anything that could leave it. */
    static Path sysctlPath(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("sysctl key must not be empty");
        }
        String separator = key.indexOf('/') >= 0 ? "/" : ".";
        String[] parts = key.split(separator.equals("/") ? "/" : "\\.", -1);
        if (parts.length < 2 || !parts[0].equals("net")) {
            throw new IllegalArgumentException("sysctl key must be under net.: " + key);
        }
        List<String> segments = new ArrayList<>();
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                throw new IllegalArgumentException("sysctl key has an empty, '.' or '..' part: " + key);
            }
            for (int i = 0; i < part.length(); i++) {
                char c = part.charAt(i);
                boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '_' || c == '-' || c == '.' || c == '@' || c == ':';
                if (!ok) {
                    throw new IllegalArgumentException("sysctl key has a character '" + c + "' not allowed: " + key);
                }
            }
            segments.add(part);
        }
        return Path.of("/proc/sys", segments.toArray(new String[0]));
    }

    /** {@code net:[INODE]} of a namespace link. */
    private static String namespaceId(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (NoSuchFileException e) {
            throw new IllegalStateException("no " + link + ": is /proc mounted?", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + link, e);
        }
    }
}
