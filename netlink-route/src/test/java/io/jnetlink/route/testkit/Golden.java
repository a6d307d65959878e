package io.jnetlink.route.testkit;

import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Golden vectors of the bridge, nexthop, nsid and link-kind families (src/test/resources/{bridge,
 * nexthop,nsid,kinds}/*.hex, made by bridge/capture.sh): one line of hex per datagram that
 * iproute2 sent or received. Requests are compared with {@code nlmsg_seq}/{@code nlmsg_pid} masked.
 */
public final class Golden {
    private Golden() {
    }

    /** Every datagram of a resource, as native-order direct buffers. */
    public static List<ByteBuffer> datagrams(String resource) {
        List<ByteBuffer> out = new ArrayList<>();
        for (String line : lines(resource)) {
            byte[] b = HexFormat.of().parseHex(line);
            out.add(direct(b));
        }
        return out;
    }

    /** Each message of every datagram of a resource, as its own byte array. */
    public static List<byte[]> messages(String resource) {
        return messages(datagrams(resource));
    }

    /** Each message of {@code datagrams}, as its own byte array. */
    public static List<byte[]> messages(List<ByteBuffer> datagrams) {
        List<byte[]> out = new ArrayList<>();
        for (ByteBuffer d : datagrams) {
            MessageReader m = new MessageReader().wrap(d, 0, d.capacity());
            while (m.next()) {
                byte[] one = new byte[m.length()];
                d.get(m.offset(), one);
                out.add(one);
            }
        }
        return out;
    }

    /** The last message of {@code type} that iproute2 sent (a capture may begin with its own look-ups). */
    public static byte[] request(String resource, int type) {
        byte[] found = null;
        for (byte[] m : messages(resource)) {
            if ((m[4] & 0xFF | (m[5] & 0xFF) << 8) == type) {
                found = m;
            }
        }
        if (found == null) {
            throw new AssertionError(resource + " has no message of type " + type);
        }
        return masked(found);
    }

    /** What {@code encoder} writes, with sequence and port id zeroed and iproute2's REQUEST|ACK flags added. */
    public static byte[] encoded(RequestEncoder encoder) {
        MessageWriter w = new MessageWriter(256);
        encoder.encode(w);
        byte[] out = new byte[w.position()];
        w.buffer().get(0, out);
        out[6] |= 0x05; // NLM_F_REQUEST | NLM_F_ACK: the connection adds them when it sends
        return masked(out);
    }

    /**
     * The message with the padding after each top-level attribute zeroed: iproute2 leaves stack
     * garbage there (e.g. after a u16 {@code RTA_ENCAP_TYPE}); the kernel ignores it, our writer zeroes it.
     */
    public static byte[] withoutPadding(byte[] message, int fixedHeader) {
        byte[] out = message.clone();
        int at = 16 + ((fixedHeader + 3) & ~3);
        while (at + 4 <= out.length) {
            int len = (out[at] & 0xFF) | (out[at + 1] & 0xFF) << 8;
            if (len < 4) {
                break;
            }
            for (int i = at + len; i < Math.min(out.length, at + ((len + 3) & ~3)); i++) {
                out[i] = 0;
            }
            at += (len + 3) & ~3;
        }
        return out;
    }

    /**
     * The top-level attributes of a message as {@code "type:hex"} strings, sorted: for requests
     * whose attribute order differs from iproute2's though each attribute is the same.
     */
    public static List<String> attributeSet(byte[] message, int fixedHeader) {
        List<String> out = new ArrayList<>();
        int at = 16 + ((fixedHeader + 3) & ~3);
        while (at + 4 <= message.length) {
            int len = (message[at] & 0xFF) | (message[at + 1] & 0xFF) << 8;
            int type = (message[at + 2] & 0xFF) | (message[at + 3] & 0xFF) << 8;
            if (len < 4) {
                break;
            }
            byte[] v = java.util.Arrays.copyOfRange(message, at + 4, Math.min(message.length, at + len));
            out.add(type + ":" + hex(v));
            at += (len + 3) & ~3;
        }
        java.util.Collections.sort(out);
        return out;
    }

    /** The message with {@code nlmsg_seq} and {@code nlmsg_pid} zeroed. */
    public static byte[] masked(byte[] message) {
        byte[] out = message.clone();
        for (int i = 8; i < 16; i++) {
            out[i] = 0;
        }
        return out;
    }

    /** A native-order direct buffer holding {@code bytes}. */
    public static ByteBuffer direct(byte[] bytes) {
        ByteBuffer b = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder());
        b.put(0, bytes);
        return b;
    }

    /** Hex of bytes, for assertion messages. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = Golden.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new AssertionError("missing test resource " + resource);
            }
            List<String> out = new ArrayList<>();
            for (String l : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!l.isBlank()) {
                    out.add(l.trim());
                }
            }
            return out;
        } catch (IOException e) {
            throw new AssertionError(resource, e);
        }
    }
}
