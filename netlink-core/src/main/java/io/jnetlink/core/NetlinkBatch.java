package io.jnetlink.core;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHeader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Many independent requests pipelined over one connection, like {@code ip -batch FILE} but
 * without waiting for each ACK: every {@link #add added} request is encoded at once into one
 * buffer, and {@link #apply()} sends them with
 * {@link NetlinkConnection#batch(String, MessageWriter, java.util.function.IntFunction)} in
 * windows of up to 512 per {@code sendmsg} (as many as the socket's receive buffer holds the
 * replies of), taking each window's ACKs many per {@code recvmmsg} before the next, like
 * {@code c-mnl -p}. All requests are tried; failures are reported together, each named by its
 * request's {@link RequestEncoder#describe()}.
 *
 * <pre>{@code
 * int br0 = Links.get("br0").orElseThrow().index();
 * NetlinkBatch batch = NetlinkBatch.on(connection);
 * for (String cidr : cidrs) {
 *     batch.add(Addresses.add(cidr).dev(br0));
 * }
 * batch.apply();   // NetlinkBatchException lists the ones that failed, by index
 * }</pre>
 *
 * <p>A request is encoded when it is added, so it may be changed or reused afterwards. A long
 * batch is sent as it fills: every {@value #SEND_EVERY} requests, {@code add} sends what it holds
 * and keeps only the failures, so a batch of any length holds at most that many requests in
 * memory (100,000 routes fit a 16 MiB heap); {@link #apply()} sends the rest and reports every
 * failure of the whole batch. Not thread-safe: build and apply a batch on one thread (the
 * connection itself may be shared).
 */
public final class NetlinkBatch {
    private final NetlinkConnection connection;
    private final MessageWriter writer;
    /**
     * Requests held before {@link #add} sends them: many windows of the connection's (up to 512
     * per sendmsg), few enough that the requests and their encoding stay small.
     */
    public static final int SEND_EVERY = 4096;

    private final List<RequestEncoder> requests = new ArrayList<>();
    /** Namespaces whose fds the held requests name: kept open until they are answered or dropped. */
    private final List<NetNamespace> pinned = new ArrayList<>();
    /** Requests added before the ones in {@link #requests} (already sent). */
    private int sent;
    /** Failures of the requests already sent, by index in the whole batch. */
    private List<NetlinkBatchException.Failure> failures;

    private NetlinkBatch(NetlinkConnection connection, int initialBytes) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.writer = new MessageWriter(initialBytes);
    }

    /**
     * An empty batch that will run on {@code connection}.
     *
     * @param connection the connection to send on (e.g. {@code NetNamespace.current().connection(NETLINK_ROUTE)})
     * @return a new, empty batch
     */
    public static NetlinkBatch on(NetlinkConnection connection) {
        return new NetlinkBatch(connection, 16 * 1024);
    }

    /**
     * Encodes {@code request} (one complete message, sequence number left 0) at the end of the
     * batch, as one line of {@code ip -batch} would be sent.
     *
     * @param request the request; it must write exactly one message and know every index it
     *                needs (e.g. {@code dev(int)}, not a device name that needs resolving)
     * @return this batch
     * @throws IllegalArgumentException if the request is null or does not write exactly one message
     * @throws IllegalStateException if the request cannot encode itself without a connection
     */
    public NetlinkBatch add(RequestEncoder request) {
        if (request == null) {
            throw new IllegalArgumentException("request must not be null");
        }
        int start = writer.position();
        int pins = NamespacePins.begin();
        try {
            request.encode(writer);
            int length = writer.position() - start;
            int declared = length >= NlMsgHeader.LENGTH ? writer.buffer().getInt(start + NlMsgHeader.LENGTH_OFFSET) : 0;
            if (declared < NlMsgHeader.LENGTH || NlMsgHeader.align(declared) != length) {
                throw new IllegalArgumentException("request must write exactly one complete message: "
                        + request.describe() + " wrote " + length + " bytes, nlmsg_len " + declared);
            }
            NamespacePins.moveTo(pins, pinned); // the fd numbers in the buffer stay valid until sent and answered
        } catch (RuntimeException | Error e) {
            writer.truncate(start);
            throw e;
        } finally {
            NamespacePins.end(pins);
        }
        requests.add(request);
        if (requests.size() >= SEND_EVERY) {
            send();
        }
        return this;
    }

    /**
     * How many requests were added.
     *
     * @return the number of requests added so far
     */
    public int size() {
        return sent + requests.size();
    }

    /**
     * Sends every request not sent yet and waits for every ACK; the batch is then empty and may be
     * filled again.
     *
     * @throws NetlinkBatchException listing each failed request of the whole batch by its index
     *                               (in order of {@link #add}), with the kernel's errno and text;
     *                               the others were applied
     */
    public void apply() {
        int total = size();
        try {
            send();
            if (failures != null) {
                throw new NetlinkBatchException("batch of " + total + " requests", total, failures);
            }
        } finally {
            sent = 0;
            failures = null;
        }
    }

    /** Sends the requests held; keeps their failures (re-indexed in the whole batch) for apply(). */
    private void send() {
        if (requests.isEmpty()) {
            return;
        }
        int first = sent;
        try {
            connection.batch("batch of " + requests.size() + " requests", writer, i -> requests.get(i).describe());
        } catch (NetlinkBatchException e) {
            if (failures == null) {
                failures = new ArrayList<>();
            }
            for (NetlinkBatchException.Failure f : e.failures()) {
                failures.add(new NetlinkBatchException.Failure(first + f.index(), f.error()));
            }
        } finally {
            sent += requests.size();
            dropHeld();
        }
    }

    /**
     * Drops every request held and not sent yet (and forgets failures of those already sent); the
     * batch may be filled again. A request that names a namespace ({@code netns(ns)},
     * {@code peerNetns(ns)}) keeps that namespace's fd open from {@link #add} until it is answered
     * or this call drops it, even if its handle is closed meanwhile, so the number written in the
     * batch always means the namespace it named.
     */
    public void clear() {
        dropHeld();
        sent = 0;
        failures = null;
    }

    /** Forgets the held requests and their encoding and releases the namespaces they named. */
    private void dropHeld() {
        requests.clear();
        writer.reset();
        for (NetNamespace ns : pinned) {
            ns.release();
        }
        pinned.clear();
    }
}
