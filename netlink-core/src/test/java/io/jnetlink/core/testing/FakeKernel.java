package io.jnetlink.core.testing;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.NetlinkTransport;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.NlMsgErr;
import io.jnetlink.core.message.NlMsgHeader;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A scripted stand-in for the kernel end of a netlink socket, to test the request engine (and
 * protocol modules) without a kernel, like mdlayher/netlink's {@code nltest}:
 *
 * <pre>{@code
 * FakeKernel kernel = new FakeKernel().onRequest((request, reply) -> reply.error(request, Errno.EEXIST));
 * NetlinkConnection c = NetlinkConnection.over(kernel);
 * assertThrows(NetlinkException.class, () -> c.request("RTM_NEWLINK x", encoder));
 * assertEquals(RTM_NEWLINK, kernel.requests().get(0).type());
 * }</pre>
 *
 * <p>Every datagram sent is recorded ({@link #datagrams()}) and split into messages
 * ({@link #requests()}); for each message the {@link Responder} writes replies, which are queued
 * as one datagram per message (or split with {@link Replies#flush()}). Datagrams can also be
 * queued directly with {@link #enqueue(byte[])}. {@link #receive(int)} waits up to the timeout
 * for the next queued datagram. Thread-safe.
 */
public final class FakeKernel implements NetlinkTransport {
    /** Writes the kernel's answer to one request message. */
    @FunctionalInterface
    public interface Responder {
        void respond(Request request, Replies reply);
    }

    /** One message the connection sent, copied out: header fields and its whole bytes. */
    public record Request(int type, int flags, int sequence, int portId, byte[] bytes) {
        /** The message in a fresh reader (positioned at it), to decode the payload. */
        public MessageReader reader() {
            ByteBuffer b = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder());
            b.put(0, bytes);
            MessageReader r = new MessageReader().wrap(b, 0, bytes.length);
            r.next();
            return r;
        }

        /** Whether all of {@code flags} are set. */
        public boolean hasFlags(int flags) {
            return (this.flags & flags) == flags;
        }
    }

    private final int portId;
    private final LinkedBlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
    private final List<byte[]> datagrams = Collections.synchronizedList(new ArrayList<>());
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile Responder responder = (request, reply) -> { };
    private volatile boolean closed;
    private ByteBuffer receiveBuffer = ByteBuffer.allocateDirect(32 * 1024).order(ByteOrder.nativeOrder());

    /** A fake with port id 4242 that answers nothing until {@link #onRequest} is set. */
    public FakeKernel() {
        this(4242);
    }

    public FakeKernel(int portId) {
        this.portId = portId;
    }

    /** Sets how each request message is answered (replaces the previous responder). */
    public FakeKernel onRequest(Responder responder) {
        this.responder = responder;
        return this;
    }

    /** A fake that ACKs every message flagged {@code NLM_F_ACK} and ends every dump with an empty DONE. */
    public static FakeKernel acking() {
        return new FakeKernel().onRequest((request, reply) -> {
            if (request.hasFlags(Netlink.NLM_F_DUMP)) {
                reply.done(request);
            } else if (request.hasFlags(Netlink.NLM_F_ACK)) {
                reply.ack(request);
            }
        });
    }

    /** Queues a raw datagram for a later {@link #receive}. */
    public FakeKernel enqueue(byte[] datagram) {
        queue.add(datagram.clone());
        return this;
    }

    /** Queues the datagram the writer holds ({@code [0, position)}). */
    public FakeKernel enqueue(MessageWriter datagram) {
        return enqueue(bytes(datagram));
    }

    /** Every message sent so far, in order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** Every datagram sent so far, as bytes. */
    public List<byte[]> datagrams() {
        synchronized (datagrams) {
            return List.copyOf(datagrams);
        }
    }

    /** How many datagrams are queued and not yet received. */
    public int pending() {
        return queue.size();
    }

    @Override
    public void send(ByteBuffer buffer, int offset, int length) {
        checkOpen("send");
        byte[] datagram = new byte[length];
        buffer.get(offset, datagram, 0, length);
        datagrams.add(datagram);
        ByteBuffer copy = ByteBuffer.allocateDirect(Math.max(length, 1)).order(ByteOrder.nativeOrder());
        copy.put(0, datagram);
        MessageReader reader = new MessageReader().wrap(copy, 0, length);
        List<byte[]> replies = new ArrayList<>();
        while (reader.next()) {
            byte[] message = new byte[reader.length()];
            copy.get(reader.offset(), message, 0, message.length);
            Request request = new Request(reader.type(), reader.flags(), reader.sequence(), reader.portId(), message);
            requests.add(request);
            Replies reply = new Replies(portId, replies);
            responder.respond(request, reply);
            reply.flush();
        }
        queue.addAll(replies);
    }

    @Override
    public int receive(int timeoutMillis) {
        long deadline = timeoutMillis < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutMillis * 1_000_000L;
        while (true) {
            checkOpen("recvmsg");
            long left = deadline == Long.MAX_VALUE ? 50 : Math.min(50, (deadline - System.nanoTime()) / 1_000_000L);
            byte[] next;
            try {
                next = queue.poll(Math.max(0, left), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw NetlinkException.syscall("recvmsg(fake netlink): interrupted", Errno.EINTR);
            }
            if (next != null) {
                synchronized (this) {
                    if (next.length > receiveBuffer.capacity()) {
                        receiveBuffer = ByteBuffer.allocateDirect(next.length).order(ByteOrder.nativeOrder());
                    }
                    receiveBuffer.put(0, next);
                }
                return next.length;
            }
            if (deadline != Long.MAX_VALUE && System.nanoTime() >= deadline) {
                return -1;
            }
        }
    }

    @Override
    public synchronized ByteBuffer receiveBuffer() {
        return receiveBuffer;
    }

    @Override
    public int portId() {
        return portId;
    }

    @Override
    public boolean isOpen() {
        return !closed;
    }

    @Override
    public void close() {
        closed = true;
    }

    private void checkOpen(String what) {
        if (closed) {
            throw NetlinkException.syscall(what + "(fake netlink): closed", Errno.EBADF);
        }
    }

    /** The bytes {@code [0, position)} of a writer. */
    public static byte[] bytes(MessageWriter w) {
        byte[] out = new byte[w.position()];
        w.buffer().get(0, out, 0, out.length);
        return out;
    }

    /** A datagram built with a writer, e.g. {@code datagram(w -> { int m = w.beginMessage(...); ...; w.endMessage(m); })}. */
    public static byte[] datagram(Consumer<MessageWriter> body) {
        MessageWriter w = new MessageWriter(256);
        body.accept(w);
        return bytes(w);
    }

    /**
     * Builds the kernel's replies: messages are appended to the current datagram; {@link #flush()}
     * ends it (the responder's datagram is also ended when it returns).
     */
    public static final class Replies {
        private final int portId;
        private final List<byte[]> out;
        private final MessageWriter w = new MessageWriter(1024);

        Replies(int portId, List<byte[]> out) {
            this.portId = portId;
            this.out = out;
        }

        /** Ends the current datagram (if it has anything) and starts another. */
        public Replies flush() {
            if (w.position() > 0) {
                out.add(bytes(w));
                w.reset();
            }
            return this;
        }

        /** Any message: {@code body} writes the payload after the header is begun. */
        public Replies message(int type, int flags, int sequence, Consumer<MessageWriter> body) {
            int m = w.beginMessage(type, flags, sequence, portId);
            body.accept(w);
            w.endMessage(m);
            return this;
        }

        /** A part of a dump ({@code NLM_F_MULTI} added) answering {@code request}. */
        public Replies part(Request request, int type, int extraFlags, Consumer<MessageWriter> body) {
            return message(type, Netlink.NLM_F_MULTI | extraFlags, request.sequence(), body);
        }

        /** An ACK (errno 0), capped like the kernel's: header of the request only. */
        public Replies ack(Request request) {
            return message(Netlink.NLMSG_ERROR, Netlink.NLM_F_CAPPED, request.sequence(), x -> {
                x.putU32At(x.reserve(4), 0);
                echo(x, request, true);
            });
        }

        /** An error without extended-ACK attributes, echoing the whole request (no NETLINK_CAP_ACK). */
        public Replies error(Request request, int errno) {
            return error(request, errno, null, -1, false);
        }

        /**
         * An error reply the way the kernel writes it: -errno, the request (only its header when
         * {@code capped}), then {@code NLMSGERR_ATTR_MSG}/{@code _OFFS} when given (with
         * {@code NLM_F_ACK_TLVS}).
         */
        public Replies error(Request request, int errno, String text, int attributeOffset, boolean capped) {
            boolean tlvs = text != null || attributeOffset >= 0;
            int flags = (capped ? Netlink.NLM_F_CAPPED : 0) | (tlvs ? Netlink.NLM_F_ACK_TLVS : 0);
            return message(Netlink.NLMSG_ERROR, flags, request.sequence(), x -> {
                x.putU32At(x.reserve(4), -errno);
                echo(x, request, capped);
                if (text != null) {
                    x.putAttrString(NlMsgErr.ATTR_MSG, text);
                }
                if (attributeOffset >= 0) {
                    x.putAttrU32(NlMsgErr.ATTR_OFFS, attributeOffset);
                }
            });
        }

        /** The end of a dump: {@code NLMSG_DONE} carrying 0. */
        public Replies done(Request request) {
            return done(request, 0, null, 0);
        }

        /**
         * {@code NLMSG_DONE} carrying {@code -errno} (a dump that failed midway) with the
         * kernel's text when given, and {@code extraFlags} (e.g. {@code NLM_F_DUMP_INTR}).
         */
        public Replies done(Request request, int errno, String text, int extraFlags) {
            int flags = Netlink.NLM_F_MULTI | extraFlags | (text != null ? Netlink.NLM_F_ACK_TLVS : 0);
            return message(Netlink.NLMSG_DONE, flags, request.sequence(), x -> {
                x.putU32At(x.reserve(4), -errno);
                if (text != null) {
                    x.putAttrString(NlMsgErr.ATTR_MSG, text);
                }
            });
        }

        /** Raw bytes appended to the datagram as they are (for malformed replies). */
        public Replies raw(byte[] bytes) {
            int at = w.reserve(bytes.length);
            for (int i = 0; i < bytes.length; i++) {
                w.putU8At(at + i, bytes[i]);
            }
            return this;
        }

        private static void echo(MessageWriter x, Request request, boolean capped) {
            int length = capped ? NlMsgHeader.LENGTH : request.bytes().length;
            int at = x.reserve(length);
            for (int i = 0; i < length; i++) {
                x.putU8At(at + i, request.bytes()[i]);
            }
            if (capped) {
                x.putU32At(at + NlMsgHeader.LENGTH_OFFSET, request.bytes().length); // the kernel keeps nlmsg_len
            }
        }
    }
}
