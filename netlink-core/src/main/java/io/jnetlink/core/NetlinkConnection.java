package io.jnetlink.core;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.NlMsgErr;
import io.jnetlink.core.message.NlMsgHeader;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The request engine over one {@link NetlinkSocket}: numbers requests, sends them, and matches
 * the kernel's replies by sequence number. One request gets an ACK or a {@link NetlinkException}
 * carrying errno and the kernel's extended-ACK text; a dump streams its multipart reply through a
 * reused view until {@code NLMSG_DONE}, and is started again (a bounded number of times) when the
 * kernel flags it {@code NLM_F_DUMP_INTR}; a batch sends many requests per {@code sendmsg} and
 * matches every ACK.
 *
 * <p>Thread-safe: callers on many threads share one connection; each exchange holds the
 * connection for its duration, so every reply reaches the caller that asked. Requests are encoded
 * into a reused direct buffer and replies read in place: nothing is allocated per message. The
 * buffers come from pools that all connections share and go back when each exchange ends, so an
 * idle connection holds no buffer (issue #13: one cached connection per namespace, 10,000 of them).
 */
public final class NetlinkConnection implements AutoCloseable {
    /**
     * How many times a dump is tried in all when the kernel keeps flagging it interrupted. A dump
     * of a few datagrams raced by changes made flat out by another process completes about one
     * try in ten here; 10 tries gave up on over half such dumps once the request path got
     * faster, 50 gives up on a few percent. Each try is one dump, so the bound stays cheap.
     */
    public static final int DUMP_ATTEMPTS = 50;
    /** Requests per datagram in {@link #batch} over a transport that is not a {@link NetlinkSocket}. */
    private static final int BATCH_WINDOW_MESSAGES = 128;
    /** At most this many requests per sendmsg over a socket (c-mnl -p sends 512). */
    private static final int MAX_BATCH_WINDOW_MESSAGES = 512;
    private static final int BATCH_WINDOW_BYTES = 192 * 1024;
    /**
     * Receive-buffer bytes counted per queued reply when sizing a batch window: an ACK's skb
     * takes ~832 B of truesize, an error echoing a small request with ext-ack text ~1.5 KiB, so a
     * window never overruns the socket's buffer even when every request fails.
     */
    private static final int WINDOW_BYTES_PER_REPLY = 1600;
    /** The receive buffer a batch asks for (granted up to net.core.rmem_max without CAP_NET_ADMIN). */
    private static final int BATCH_RECEIVE_BUFFER = 4 * 1024 * 1024;
    /** Room for the kernel's extended-ACK attributes after an echoed request in an error reply. */
    private static final int ERROR_REPLY_SLACK = 4096;
    /** recvmmsg slots for a batch's replies: this many bytes in all. */
    private static final int SLOT_BYTES = 256 * 1024;
    /** Bytes of receive buffer reserved per expected ACK of a one-datagram batch (an ACK skb's truesize). */
    private static final int RECEIVE_BYTES_PER_ACK = 1024;
    /** A request writer starts this large; one grown past {@link #MAX_POOLED_WRITER} is not kept. */
    private static final int WRITER_BYTES = 16 * 1024;
    private static final int MAX_POOLED_WRITER = 64 * 1024;
    /**
     * Request writers and recvmmsg slots of connections between exchanges (issue #13): a
     * connection holds them, and its socket's receive buffer, only while an exchange runs, so
     * 10,000 idle connections (one cached per namespace) hold no buffers.
     */
    private static final BufferPool<MessageWriter> WRITERS = new BufferPool<>(BufferPool.SLOTS);
    private static final BufferPool<ReceiveSlots> SLOTS = new BufferPool<>(BufferPool.SLOTS);
    private static final int[] NO_OFFSETS = new int[0];

    private final NetlinkTransport transport;
    /** The transport when it is a real socket (direct receive, recvmmsg), else null. */
    private final NetlinkSocket socket;
    /** The request writer, taken from {@link #WRITERS} by the exchange that encodes (under the lock). */
    private MessageWriter writer;
    private final MessageReader reader = new MessageReader();
    private final MessageReader batchReader = new MessageReader();
    private final AttributeReader errorAttributes = new AttributeReader();
    private final ReentrantLock lock = new ReentrantLock();
    private int[] batchOffsets = NO_OFFSETS;
    private int sequence = ThreadLocalRandom.current().nextInt(1, Integer.MAX_VALUE / 2);
    private volatile int replyTimeoutMillis = 10_000;
    private int sendBufferAsked;
    private int receiveBufferAsked;
    // batch state, under the lock
    private int batchMaxLength;
    private int batchWindow;
    private ReceiveSlots slots;
    private int pendingAcks;
    private List<NetlinkBatchException.Failure> failures;

    private NetlinkConnection(NetlinkTransport transport) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.socket = transport instanceof NetlinkSocket s ? s : null;
    }

    /**
     * Opens a connection of {@code protocol} in the calling thread's network namespace.
     *
     * @param protocol the netlink protocol, e.g. {@link io.jnetlink.core.message.Netlink#NETLINK_ROUTE}
     * @return a connection the caller owns (close it)
     */
    public static NetlinkConnection open(int protocol) {
        return new NetlinkConnection(NetlinkSocket.open(protocol));
    }

    /**
     * Opens a new connection of {@code protocol} inside {@code namespace} (the socket is made on
     * the namespace's thread and keeps that namespace; use it from any thread). The caller owns it.
     *
     * @param protocol the netlink protocol, e.g. {@link io.jnetlink.core.message.Netlink#NETLINK_ROUTE}
     * @param namespace the network namespace
     * @return a connection the caller owns (close it)
     */
    public static NetlinkConnection open(int protocol, NetNamespace namespace) {
        return over(namespace.openSocket(protocol)); // issue #11 item 5: the socket always reaches the caller
    }

    /**
     * Wraps an open socket; closing the connection closes it.
     *
     * @param socket the socket to use
     * @return a connection the caller owns
     */
    public static NetlinkConnection over(NetlinkSocket socket) {
        return new NetlinkConnection(socket);
    }

    /**
     * Runs the request engine over any transport, e.g. the test jar's {@code FakeKernel} that
     * answers with scripted datagrams. Closing the connection closes the transport.
     *
     * @param transport the transport to send and receive through
     * @return a connection the caller owns
     */
    public static NetlinkConnection over(NetlinkTransport transport) {
        return new NetlinkConnection(transport);
    }

    /**
     * The socket underneath.
     *
     * @throws IllegalStateException if this connection runs over another {@link NetlinkTransport}
     * @return the socket underneath
     */
    public NetlinkSocket socket() {
        if (transport instanceof NetlinkSocket s) {
            return s;
        }
        throw new IllegalStateException("this connection runs over " + transport.getClass().getName()
                + ", not a NetlinkSocket; use transport()");
    }

    /**
     * The transport underneath (a {@link NetlinkSocket} unless made with {@link #over(NetlinkTransport)}).
     *
     * @return the transport underneath (a {@link NetlinkSocket} unless made with {@link #over(NetlinkTransport)})
     */
    public NetlinkTransport transport() {
        return transport;
    }

    /**
     * How long to wait for the kernel's reply before failing with ETIMEDOUT (default 10 s).
     *
     * @param millis how long to wait, in milliseconds
     * @return this connection
     */
    public NetlinkConnection replyTimeoutMillis(int millis) {
        if (millis <= 0) {
            throw new IllegalArgumentException("reply timeout must be positive: " + millis);
        }
        this.replyTimeoutMillis = millis;
        return this;
    }

    /**
     * Sends one request and waits for its ACK.
     *
     * @param operation names the request in errors, e.g. {@code "RTM_NEWLINK veth-red"}
     * @throws NetlinkException with the kernel's errno and text when it refuses
     * @param encoder writes the request message
     */
    public void request(String operation, RequestEncoder encoder) {
        request(operation, encoder, null);
    }

    /**
     * Sends one request and waits for its ACK, handing every reply message before it (the answer
     * to a GET, or the echo of an {@code NLM_F_ECHO} request) to {@code replies}.
     *
     * @param operation what was being done, for messages (e.g. {@code "RTM_NEWLINK veth0"})
     * @param encoder writes the request message
     * @param replies receives each reply before the ACK
     */
    public void request(String operation, RequestEncoder encoder, MessageHandler replies) {
        exchange(operation, encoder, replies);
    }

    /**
     * Sends one request and waits for its ACK; errors are named by {@link RequestEncoder#describe()},
     * which is called only when an exception is built: a reused request object costs no allocation
     * per call (unlike building an operation string and a lambda for {@link #request(String, RequestEncoder)}).
     *
     * @param request writes the request message and names it in errors
     * @throws NetlinkException with the kernel's errno and text when it refuses
     */
    public void request(RequestEncoder request) {
        exchange(null, request, null);
    }

    /**
     * {@link #request(RequestEncoder)} handing every reply message before the ACK (a GET's answer,
     * an {@code NLM_F_ECHO} echo) to {@code replies}.
     *
     * @param request writes the request message and names it in errors
     * @param replies receives each reply before the ACK
     * @throws NetlinkException with the kernel's errno and text when it refuses
     */
    public void request(RequestEncoder request, MessageHandler replies) {
        exchange(null, request, replies);
    }

    private void exchange(String operation, RequestEncoder encoder, MessageHandler replies) {
        Objects.requireNonNull(encoder, "encoder");
        lock.lock();
        // issue #11 item 4: a namespace fd the request writes (netns(ns)) stays open until answered
        int pins = NamespacePins.begin();
        try {
            int seq = encodeOne(encoder, Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK);
            ensureReplyFits(writer.position());
            transport.send(writer.buffer(), 0, writer.position());
            awaitEnd(operation, encoder, seq, replies, false);
        } finally {
            NamespacePins.end(pins);
            releaseBuffers();
            lock.unlock();
        }
    }

    /**
     * Sends a dump request ({@code NLM_F_DUMP} is added) and streams every message of the reply
     * to {@code handler} until {@code NLMSG_DONE}. When the kernel flags the dump as interrupted,
     * {@link MessageHandler#onRestart()} is called and the dump runs again, up to
     * {@link #DUMP_ATTEMPTS} times in all.
     *
     * @param operation what was being done, for messages (e.g. {@code "RTM_NEWLINK veth0"})
     * @param encoder writes the request message
     * @param handler receives each message
     */
    public void dump(String operation, RequestEncoder encoder, MessageHandler handler) {
        lock.lock();
        try {
            for (int attempt = 1; ; attempt++) {
                int seq = encodeOne(encoder, Netlink.NLM_F_REQUEST | Netlink.NLM_F_DUMP);
                transport.send(writer.buffer(), 0, writer.position());
                if (!awaitEnd(operation, encoder, seq, handler, true)) {
                    return;
                }
                if (attempt == DUMP_ATTEMPTS) {
                    throw NetlinkException.kernel(operation + " (dump interrupted " + attempt + " times by concurrent changes)",
                            Errno.EINTR, null, -1, seq);
                }
                handler.onRestart();
            }
        } finally {
            releaseBuffers();
            lock.unlock();
        }
    }

    /**
     * A dump collected into a list: {@code decoder} turns each message into a value (or null to
     * skip it). An interrupted dump starts the list afresh.
     *
     * @param <T> the result type
     * @param operation what was being done, for messages (e.g. {@code "RTM_NEWLINK veth0"})
     * @param encoder writes the request message
     * @param decoder turns each message into a value
     * @return a dump collected into a list: {@code decoder} turns each message into a value (or null to skip it)
     */
    public <T> List<T> dumpToList(String operation, RequestEncoder encoder, Function<MessageReader, T> decoder) {
        List<T> out = new ArrayList<>();
        dump(operation, encoder, new MessageHandler() {
            @Override
            public boolean onMessage(MessageReader message) {
                T value = decoder.apply(message);
                if (value != null) {
                    out.add(value);
                }
                return true;
            }

            @Override
            public void onRestart() {
                out.clear();
            }
        });
        return out;
    }

    /**
     * Sends every message written in {@code messages} (back to back, sequence numbers 0) many per
     * {@code sendmsg}, each numbered and with {@code NLM_F_REQUEST|NLM_F_ACK} added, and matches
     * every ACK. Requests are independent: all are tried, and the failures are reported together.
     *
     * @throws NetlinkBatchException listing each failed request by its index
     * @param operation what was being done, for messages (e.g. {@code "RTM_NEWLINK veth0"})
     * @param messages writes the messages
     */
    public void batch(String operation, MessageWriter messages) {
        exchangeBatch(operation, messages, false, i -> operation + " #" + i, null);
    }

    /**
     * {@link #batch(String, MessageWriter)} naming message {@code i} in errors with
     * {@code describe.apply(i)} (called only for the messages that failed); see {@link NetlinkBatch}.
     *
     * @param operation what the batch does, for the exception's message
     * @param messages the messages, back to back
     * @param describe names message {@code i} (0-based) in errors
     * @throws NetlinkBatchException listing each failed request by its index
     */
    public void batch(String operation, MessageWriter messages, IntFunction<String> describe) {
        Objects.requireNonNull(describe, "describe");
        exchangeBatch(operation, messages, false, describe, null);
    }

    /**
     * Sends every message in {@code messages} as ONE datagram, as nfnetlink transactions
     * ({@code NFNL_MSG_BATCH_BEGIN … END}) need; socket buffers are grown to fit. Sequence numbers
     * are assigned to messages that have 0; flags are sent as written (a message without
     * {@code NLM_F_ACK} is not waited for, but an error it causes is still reported).
     *
     * @param describe names message {@code i} in errors
     * @throws NetlinkBatchException naming each failed message
     * @param operation what was being done, for messages (e.g. {@code "RTM_NEWLINK veth0"})
     * @param messages writes the messages
     */
    public void transaction(String operation, MessageWriter messages, IntFunction<String> describe) {
        exchangeBatch(operation, messages, true, describe, null);
    }

    /**
     * {@link #transaction(String, MessageWriter, IntFunction)} that also hands every other reply
     * to one of its messages (e.g. the {@code NLM_F_ECHO} echo of a new nftables rule, carrying its
     * handle) to {@code replies}, under the connection's lock, before it returns or throws.
     *
     * @param operation the operation name for errors
     * @param messages the messages, already written
     * @param describe names the operation of a message index, for errors
     * @param replies receives the replies before the acknowledgements
     */
    public void transaction(String operation, MessageWriter messages, IntFunction<String> describe,
                            MessageHandler replies) {
        exchangeBatch(operation, messages, true, describe, replies);
    }

    /** {@return the next sequence number; for protocols that number messages themselves} */
    public int nextSequence() {
        lock.lock();
        try {
            return nextSeq();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Closes the socket. May be called from any thread: a caller blocked waiting for a reply gets
     * a NetlinkException (EBADF) within about 100 ms.
     */
    @Override
    public void close() {
        transport.close();
    }

    /** {@return whether the connection is still open} */
    public boolean isOpen() {
        return transport.isOpen();
    }

    // ---- internals --------------------------------------------------------------------------

    private int nextSeq() {
        int seq = ++sequence;
        if (seq <= 0) {
            sequence = 1;
            seq = 1;
        }
        return seq;
    }

    private int encodeOne(RequestEncoder encoder, int flags) {
        if (writer == null) {
            writer = WRITERS.take();
            if (writer == null) {
                writer = new MessageWriter(WRITER_BYTES);
            }
        }
        writer.reset();
        encoder.encode(writer);
        if (writer.position() < NlMsgHeader.LENGTH) {
            throw new IllegalStateException("the encoder wrote no message");
        }
        int length = writer.buffer().getInt(NlMsgHeader.LENGTH_OFFSET);
        if (length < NlMsgHeader.LENGTH || length > writer.position()) {
            // the kernel silently drops such a message: the caller would only see a timeout
            throw new IllegalStateException("the encoder did not end its message: nlmsg_len=" + length
                    + " but " + writer.position() + " bytes were written (call endMessage)");
        }
        int seq = nextSeq();
        writer.sequence(0, seq).addFlags(0, flags);
        return seq;
    }

    /**
     * Receives until the reply to {@code seq} ends (ACK, error, or DONE). Returns whether a dump
     * was flagged interrupted (on any of its messages, DONE included) and should be run again.
     */
    private boolean awaitEnd(String operation, RequestEncoder encoder, int seq, MessageHandler handler, boolean dump) {
        boolean interrupted = false;
        boolean delivering = handler != null;
        // a reply of unknown size (GET answer, echo) is peeked first, so none is ever lost; a dump's
        // datagrams and an ACK are received directly (one recvmsg), see receiveOrTimeout
        boolean whole = !dump && handler != null;
        Throwable handlerFailure = null; // the handler threw: drain the reply to its end, then rethrow
        while (true) {
            int n;
            try {
                n = receiveOrTimeout(operation, encoder, seq, whole);
            } catch (RuntimeException e) {
                throw withHandlerFailure(handlerFailure, e);
            }
            if (n == NetlinkSocket.TRUNCATED) {
                // too large for the buffer (it has grown): in a dump, part of the reply is lost,
                // so it runs again; an ACK or error always fits (ensureReplyFits), so it was not ours
                interrupted |= dump;
                continue;
            }
            reader.wrap(transport.receiveBuffer(), 0, n);
            while (reader.next()) {
                if (reader.sequence() != seq) {
                    continue; // a stale reply to an earlier, abandoned request, or a notification
                }
                int type = reader.type();
                if (dump && (reader.flags() & Netlink.NLM_F_DUMP_INTR) != 0) {
                    interrupted = true;
                }
                if (type == Netlink.NLMSG_ERROR) {
                    int errno = -reader.payloadU32(NlMsgErr.ERROR_OFFSET);
                    if (errno != 0) {
                        throw withHandlerFailure(handlerFailure, kernelError(name(operation, encoder), errno, seq));
                    }
                    return interrupted && delivering;
                } else if (type == Netlink.NLMSG_DONE) {
                    // the DONE of a dump carries an int: 0, or -errno when the dump failed midway
                    if (reader.payloadLength() >= 4) {
                        int errno = -reader.payloadU32(0);
                        if (errno > 0) {
                            throw withHandlerFailure(handlerFailure, kernelError(name(operation, encoder), errno, seq));
                        }
                    }
                    if (handlerFailure != null) {
                        throw sneaky(handlerFailure);
                    }
                    return interrupted && delivering;
                } else if (type == Netlink.NLMSG_OVERRUN) {
                    throw withHandlerFailure(handlerFailure, NetlinkException.kernel(name(operation, encoder)
                            + " (NLMSG_OVERRUN: the kernel lost part of the reply)", Errno.ENOBUFS, null, -1, seq));
                } else if (type != Netlink.NLMSG_NOOP && delivering) {
                    try {
                        delivering = handler.onMessage(reader);
                    } catch (Throwable t) {
                        // an abandoned dump keeps running in the kernel (the next one would get EBUSY): drain it
                        handlerFailure = t;
                        delivering = false;
                    }
                }
            }
        }
    }

    /** What the caller gets when the reply failed after the handler threw: the handler's own exception. */
    private static RuntimeException withHandlerFailure(Throwable handlerFailure, RuntimeException replyFailure) {
        if (handlerFailure == null) {
            return replyFailure;
        }
        handlerFailure.addSuppressed(replyFailure);
        return sneaky(handlerFailure);
    }

    /** Rethrows the handler's throwable as it was (unchecked, an Error, or a checked one thrown sneakily). */
    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /** The operation's name: given, or asked of the encoder (only when an error needs it). */
    private static String name(String operation, RequestEncoder encoder) {
        if (operation != null) {
            return operation;
        }
        String described = encoder == null ? null : encoder.describe();
        return described != null ? described : "request";
    }

    private int receiveOrTimeout(String operation, int seq, boolean whole) {
        return receiveOrTimeout(operation, null, seq, whole);
    }

    /**
     * Receives the next datagram: directly (one recvmsg; {@link NetlinkSocket#TRUNCATED} when it
     * did not fit), or with {@code whole}, never losing one (peek, then recvmsg).
     */
    private int receiveOrTimeout(String operation, RequestEncoder encoder, int seq, boolean whole) {
        int n;
        try {
            n = socket == null ? transport.receive(replyTimeoutMillis)
                    : whole ? socket.receiveWhole(replyTimeoutMillis) : socket.receiveDirect(replyTimeoutMillis);
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENOBUFS) {
                throw new NetlinkException(name(operation, encoder) + " (receive buffer overrun: the kernel dropped replies or"
                        + " notifications; the connection stays usable)", Errno.ENOBUFS, null, -1, seq,
                        NetlinkException.Source.SYSCALL);
            }
            throw e;
        }
        if (n == -1) {
            throw new NetlinkException(name(operation, encoder) + " (no reply within " + replyTimeoutMillis + " ms)",
                    Errno.ETIMEDOUT, null, -1, seq, NetlinkException.Source.SYSCALL);
        }
        return n;
    }

    /** Decodes the error reply the reader is positioned at (NLMSG_ERROR, or DONE with an errno). */
    private NetlinkException kernelError(String operation, int errno, int seq) {
        return ErrorReplies.decode(reader, errorAttributes, operation, errno, seq);
    }

    private void exchangeBatch(String operation, MessageWriter messages, boolean oneDatagram, IntFunction<String> describe,
                               MessageHandler replies) {
        lock.lock();
        try {
            int count = numberMessages(messages, !oneDatagram);
            if (count == 0) {
                return;
            }
            failures = null;
            ensureReplyFits(batchMaxLength);
            if (oneDatagram) {
                growBuffersFor(messages.position(), count);
                sendWindow(operation, messages, 0, count, describe, replies, true);
            } else {
                int window = batchWindow();
                int first = 0;
                while (first < count) {
                    int last = first + 1;
                    while (last < count && last - first < window
                            && endOf(messages, last) - batchOffsets[first] <= BATCH_WINDOW_BYTES) {
                        last++;
                    }
                    sendWindow(operation, messages, first, last, describe, null, false);
                    first = last;
                }
            }
            if (failures != null) {
                List<NetlinkBatchException.Failure> failed = failures;
                failures = null;
                throw new NetlinkBatchException(operation, count, failed);
            }
        } finally {
            releaseBuffers();
            lock.unlock();
        }
    }

    /**
     * Requests per sendmsg: as many as the socket's receive buffer holds replies for (asked for
     * once per connection), at most {@link #MAX_BATCH_WINDOW_MESSAGES}.
     */
    private int batchWindow() {
        if (socket == null) {
            return BATCH_WINDOW_MESSAGES;
        }
        if (batchWindow == 0) {
            socket.ensureBufferSizes(0, BATCH_RECEIVE_BUFFER);
            int replies = socket.receiveBufferSize() / WINDOW_BYTES_PER_REPLY;
            batchWindow = Math.max(16, Math.min(MAX_BATCH_WINDOW_MESSAGES, replies));
        }
        return batchWindow;
    }

    /** Gives each message a sequence number (and ACK flags when asked); returns how many there are. */
    private int numberMessages(MessageWriter messages, boolean addAck) {
        int count = 0;
        int longest = 0;
        batchReader.wrap(messages.buffer(), 0, messages.position());
        while (batchReader.next()) {
            if (count == batchOffsets.length) {
                batchOffsets = java.util.Arrays.copyOf(batchOffsets, Math.max(256, count * 2));
            }
            int at = batchReader.offset();
            batchOffsets[count++] = at;
            longest = Math.max(longest, batchReader.length());
            if (messages.buffer().getInt(at + NlMsgHeader.SEQ_OFFSET) == 0) {
                messages.sequence(at, nextSeq());
            }
            messages.addFlags(at, addAck ? Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK : Netlink.NLM_F_REQUEST);
        }
        batchMaxLength = longest;
        return count;
    }

    /** Grows the receive buffer so that an error reply echoing a request of this length fits. */
    private void ensureReplyFits(int requestLength) {
        if (socket != null) {
            socket.ensureReceiveCapacity(requestLength + ERROR_REPLY_SLACK);
        }
    }

    private int endOf(MessageWriter messages, int index) {
        int at = batchOffsets[index];
        return at + NlMsgHeader.align(messages.buffer().getInt(at + NlMsgHeader.LENGTH_OFFSET));
    }

    /** Grows the kernel's socket buffers for a one-datagram transaction past what the defaults hold. */
    private void growBuffersFor(int bytes, int messages) {
        int send = bytes + 64 * 1024;
        int receive = messages * RECEIVE_BYTES_PER_ACK;
        send = send > 200 * 1024 && send > sendBufferAsked ? send : 0;
        receive = receive > 200 * 1024 && receive > receiveBufferAsked ? receive : 0;
        if (send > 0 || receive > 0) {
            transport.ensureBufferSizes(send, receive);
            sendBufferAsked = Math.max(sendBufferAsked, send);
            receiveBufferAsked = Math.max(receiveBufferAsked, receive);
        }
    }

    /**
     * Sends messages {@code [first, last)} in one datagram and collects their ACKs and errors
     * (into {@link #failures}). The kernel handles the whole datagram inside sendmsg, so every
     * reply is queued when it returns: over a socket they are taken many per {@code recvmmsg}.
     */
    private void sendWindow(String operation, MessageWriter messages, int first, int last,
                            IntFunction<String> describe, MessageHandler replies, boolean transactional) {
        int from = batchOffsets[first];
        int to = endOf(messages, last - 1);
        int firstSeq = messages.buffer().getInt(from + NlMsgHeader.SEQ_OFFSET);
        pendingAcks = 0;
        boolean allAcked = true;
        for (int i = first; i < last; i++) {
            int flags = messages.buffer().getShort(batchOffsets[i] + NlMsgHeader.FLAGS_OFFSET) & 0xFFFF;
            if ((flags & Netlink.NLM_F_ACK) != 0) {
                pendingAcks++;
            } else {
                allAcked = false;
            }
        }
        transport.send(messages.buffer(), from, to - from);
        ReceiveSlots many = replies == null ? slotsFor(batchMaxLength) : null;
        // Wait for the expected ACKs; when some messages carry no ACK flag, then also take whatever
        // else is queued (their errors). When every message is ACKed, the last ACK ends the window.
        boolean draining = pendingAcks == 0;
        while (true) {
            int timeout = draining ? 0 : replyTimeoutMillis;
            if (many != null) {
                int n = socket.receiveMany(many, timeout);
                if (n == -1) {
                    if (draining) {
                        return;
                    }
                    receiveTimedOut(operation, firstSeq);
                }
                for (int k = 0; k < n; k++) {
                    if (many.sender(k) != 0) {
                        continue; // not from the kernel
                    }
                    if (many.truncated(k)) {
                        truncatedReply(many, k, messages, first, last, describe, transactional);
                    } else {
                        reader.wrap(many.buffer(), many.offset(k), many.length(k));
                        readReplies(messages, first, last, describe, null, transactional);
                    }
                }
            } else {
                int n = draining ? receiveNow(replies != null) : receiveOrTimeout(operation, firstSeq, replies != null);
                if (n == -1) {
                    return; // draining, nothing more queued
                }
                if (n != NetlinkSocket.TRUNCATED) { // a reply always fits (ensureReplyFits): not ours
                    reader.wrap(transport.receiveBuffer(), 0, n);
                    readReplies(messages, first, last, describe, replies, transactional);
                }
            }
            if (pendingAcks <= 0) {
                if (allAcked && !draining) {
                    return;
                }
                draining = true;
            }
        }
    }

    /** A receive that does not wait: the next queued datagram, or -1. */
    private int receiveNow(boolean whole) {
        return socket == null ? transport.receive(0) : whole ? socket.receiveWhole(0) : socket.receiveDirect(0);
    }

    private void receiveTimedOut(String operation, int seq) {
        throw new NetlinkException(operation + " (no reply within " + replyTimeoutMillis + " ms)",
                Errno.ETIMEDOUT, null, -1, seq, NetlinkException.Source.SYSCALL);
    }

    /** The recvmmsg slots for replies to requests of up to {@code longest} bytes, or null: too long for slots. */
    private ReceiveSlots slotsFor(int longest) {
        if (socket == null) {
            return null;
        }
        int slotSize = Math.max(1024, Integer.highestOneBit(longest + 512 - 1) << 1);
        if (slotSize > SLOT_BYTES / 8) {
            return null; // large requests: their error echoes go through the one big buffer
        }
        if (slots == null) {
            slots = SLOTS.take();
        }
        if (slots == null || slots.slotSize() < slotSize) {
            slots = new ReceiveSlots(SLOT_BYTES / slotSize, slotSize);
        }
        return slots;
    }

    /**
     * Gives the request writer, the recvmmsg slots and the socket's receive buffer back to the
     * pools when the outermost exchange of this thread ends (a handler may nest one on the same
     * connection: the outer one still reads the buffers then). Under the lock.
     */
    private void releaseBuffers() {
        if (lock.getHoldCount() != 1) {
            return;
        }
        if (writer != null) {
            if (writer.buffer().capacity() <= MAX_POOLED_WRITER) {
                WRITERS.give(writer);
            }
            writer = null;
        }
        if (slots != null) {
            SLOTS.give(slots);
            slots = null;
        }
        if (socket != null) {
            socket.releaseReceiveBuffer();
        }
    }

    /** Walks one received datagram of batch replies (in {@link #reader}), counting ACKs and errors. */
    private void readReplies(MessageWriter messages, int first, int last, IntFunction<String> describe,
                             MessageHandler replies, boolean transactional) {
        while (reader.next()) {
            int index = indexOfSequence(messages, first, last, reader.sequence());
            if (index < 0) {
                continue;
            }
            if (reader.type() != Netlink.NLMSG_ERROR) {
                if (replies != null && reader.type() >= Netlink.NLMSG_MIN_TYPE) {
                    replies.onMessage(reader);
                }
                continue;
            }
            int errno = -reader.payloadU32(NlMsgErr.ERROR_OFFSET);
            if (errno != 0) {
                fail(index, kernelError(describe.apply(index), errno, reader.sequence()), messages, transactional);
            } else {
                acked(messages, index);
            }
        }
    }

    /**
     * A reply longer than its slot: only an error echoing a request with a long ext-ack can be;
     * its header and errno are whole, the text is not.
     */
    private void truncatedReply(ReceiveSlots many, int k, MessageWriter messages, int first, int last,
                                IntFunction<String> describe, boolean transactional) {
        java.nio.ByteBuffer b = many.buffer();
        int at = many.offset(k);
        if (b.getShort(at + NlMsgHeader.TYPE_OFFSET) != Netlink.NLMSG_ERROR) {
            throw new NetlinkDecodeException("a batch reply of type " + b.getShort(at + NlMsgHeader.TYPE_OFFSET)
                    + " did not fit its " + many.slotSize() + "-byte slot", 0);
        }
        int seq = b.getInt(at + NlMsgHeader.SEQ_OFFSET);
        int index = indexOfSequence(messages, first, last, seq);
        if (index < 0) {
            return;
        }
        int errno = -b.getInt(at + NlMsgHeader.LENGTH + NlMsgErr.ERROR_OFFSET);
        if (errno != 0) {
            fail(index, NetlinkException.kernel(describe.apply(index) + " (the kernel's text did not fit the reply slot)",
                    errno, null, -1, seq), messages, transactional);
        } else {
            acked(messages, index);
        }
    }

    private void acked(MessageWriter messages, int index) {
        int flags = messages.buffer().getShort(batchOffsets[index] + NlMsgHeader.FLAGS_OFFSET) & 0xFFFF;
        if ((flags & Netlink.NLM_F_ACK) != 0) {
            pendingAcks--;
        }
    }

    private void fail(int index, NetlinkException error, MessageWriter messages, boolean transactional) {
        acked(messages, index);
        if (failures == null) {
            failures = new ArrayList<>();
        }
        failures.add(new NetlinkBatchException.Failure(index, error));
        if (transactional) {
            // an aborted transaction may leave some ACKs unsent; every reply it did send was
            // queued while sendmsg ran, so take what is there and stop
            pendingAcks = 0;
        }
    }

    private int indexOfSequence(MessageWriter messages, int first, int last, int seq) {
        // sequence numbers usually run consecutively: try the direct guess first
        int firstSeq = messages.buffer().getInt(batchOffsets[first] + NlMsgHeader.SEQ_OFFSET);
        int guess = first + (seq - firstSeq);
        if (guess >= first && guess < last
                && messages.buffer().getInt(batchOffsets[guess] + NlMsgHeader.SEQ_OFFSET) == seq) {
            return guess;
        }
        for (int i = first; i < last; i++) {
            if (messages.buffer().getInt(batchOffsets[i] + NlMsgHeader.SEQ_OFFSET) == seq) {
                return i;
            }
        }
        return -1;
    }
}
