package io.jnetlink.route;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.NlMsgHeader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Golden vectors captured from the kernel by {@code src/test/resources/route/capture.sh}: one
 * datagram per line of hex. Shared by the address, route, neighbour and rule unit tests.
 */
final class RouteTestVectors {
    private RouteTestVectors() {
    }

    /** The datagrams of a resource, each as its own direct native-order buffer. */
    static List<ByteBuffer> datagrams(String resource) {
        try (InputStream in = RouteTestVectors.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<ByteBuffer> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank()) {
                    out.add(direct(HexFormat.of().parseHex(line.trim())));
                }
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static ByteBuffer direct(byte[] bytes) {
        ByteBuffer b = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder());
        b.put(0, bytes);
        return b;
    }

    /** Copies of every message of {@code type} in the resource (each alone in a buffer). */
    static List<ByteBuffer> messages(String resource, int type) {
        List<ByteBuffer> out = new ArrayList<>();
        MessageReader r = new MessageReader();
        for (ByteBuffer d : datagrams(resource)) {
            r.wrap(d, 0, d.capacity());
            while (r.next()) {
                if (r.type() == type) {
                    byte[] b = new byte[r.length()];
                    d.get(r.offset(), b);
                    out.add(direct(b));
                }
            }
        }
        return out;
    }

    /** A reader positioned at the single message in {@code b}. */
    static MessageReader reader(ByteBuffer b) {
        MessageReader r = new MessageReader();
        r.wrap(b, 0, b.capacity());
        if (!r.next()) {
            throw new IllegalStateException("no message");
        }
        return r;
    }

    /** The bytes a writer holds, with nlmsg_seq and nlmsg_pid zeroed. */
    static byte[] masked(MessageWriter w) {
        byte[] b = new byte[w.position()];
        w.buffer().get(0, b);
        return mask(b);
    }

    static byte[] mask(byte[] b) {
        for (int i = 0; i < 4; i++) {
            b[NlMsgHeader.SEQ_OFFSET + i] = 0;
            b[NlMsgHeader.PORT_ID_OFFSET + i] = 0;
        }
        return b;
    }

    static void assertSameBytes(byte[] expected, byte[] actual) {
        assertEquals(HexFormat.of().formatHex(expected), HexFormat.of().formatHex(actual));
    }

    /**
     * Feeds every truncation (nlmsg_len cut to each length, the bytes past it gone) and a few
     * thousand random byte mutations of {@code message} to {@code decoder}: each must decode or
     * raise {@link NetlinkDecodeException}, nothing else. Returns how many cuts were rejected.
     */
    static int assertOnlyDecodeErrors(ByteBuffer message, Consumer<MessageReader> decoder) {
        int length = message.capacity();
        int rejected = 0;
        for (int cut = NlMsgHeader.LENGTH; cut < length; cut++) {
            byte[] b = new byte[cut];
            message.get(0, b);
            ByteBuffer m = direct(b);
            m.putInt(0, cut);
            if (!decodes(m, decoder)) {
                rejected++;
            }
        }
        Random random = new Random(42);
        byte[] original = new byte[length];
        message.get(0, original);
        for (int i = 0; i < 3000; i++) {
            byte[] b = original.clone();
            int flips = 1 + random.nextInt(3);
            for (int f = 0; f < flips; f++) {
                int at = NlMsgHeader.LENGTH + random.nextInt(length - NlMsgHeader.LENGTH);
                b[at] = (byte) random.nextInt(256);
            }
            decodes(direct(b), decoder);
        }
        return rejected;
    }

    private static boolean decodes(ByteBuffer m, Consumer<MessageReader> decoder) {
        try {
            decoder.accept(reader(m));
            return true;
        } catch (NetlinkDecodeException expected) {
            return false;
        } catch (RuntimeException e) {
            fail("decoder threw " + e + " instead of NetlinkDecodeException", e);
            return false;
        }
    }
}
