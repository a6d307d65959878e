package io.jnetlink.route.tc;

import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The golden vectors of {@code src/test/resources/tc/capture.sh}: one datagram per line of hex. */
final class TcVectors {
    private TcVectors() {
    }

    static List<byte[]> datagrams(String name) {
        try (InputStream in = TcVectors.class.getResourceAsStream("/tc/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource tc/" + name);
            }
            List<byte[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank()) {
                    out.add(HexFormat.of().parseHex(line.trim()));
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

    /** Copies of every message of {@code type} in the resource, each alone in its buffer. */
    static List<ByteBuffer> messages(String name, int type) {
        List<ByteBuffer> out = new ArrayList<>();
        for (byte[] d : datagrams(name)) {
            ByteBuffer b = direct(d);
            MessageReader r = new MessageReader().wrap(b, 0, d.length);
            while (r.next()) {
                if (r.type() == type) {
                    byte[] one = new byte[r.length()];
                    b.get(r.offset(), one);
                    out.add(direct(one));
                }
            }
        }
        return out;
    }

    static MessageReader reader(ByteBuffer message) {
        MessageReader r = new MessageReader().wrap(message, 0, message.capacity());
        r.next();
        return r;
    }

    /**
     * Asserts the request encodes to the captured one, with seq and pid zeroed on both sides and
     * REQUEST|ACK added to ours (the connection adds them at send time; tc writes them itself).
     */
    static void assertEncodesLikeTc(String name, TcRequest<?> request, int ifindex) {
        MessageWriter w = new MessageWriter(8192);
        request.encode(w, ifindex);
        byte[] mine = new byte[w.position()];
        w.buffer().get(0, mine);
        ByteBuffer m = ByteBuffer.wrap(mine).order(ByteOrder.nativeOrder());
        m.putShort(6, (short) (m.getShort(6) | Netlink.NLM_F_REQUEST | Netlink.NLM_F_ACK));
        byte[] theirs = datagrams(name).get(0);
        for (byte[] b : List.of(mine, theirs)) {
            ByteBuffer x = ByteBuffer.wrap(b).order(ByteOrder.nativeOrder());
            x.putInt(8, 0).putInt(12, 0);
        }
        assertEquals(HexFormat.of().formatHex(theirs), HexFormat.of().formatHex(mine), name);
    }
}
