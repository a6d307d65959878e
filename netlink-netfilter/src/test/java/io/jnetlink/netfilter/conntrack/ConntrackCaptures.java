package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.message.MessageWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** What conntrack 1.4.7 sent and the kernel answered, captured by src/test/resources/conntrack/capture.sh. */
final class ConntrackCaptures {
    private ConntrackCaptures() {
    }

    /** Each line of a capture file as bytes (one message sent, or one datagram received, per line). */
    static List<byte[]> lines(String file) {
        try (InputStream in = ConntrackCaptures.class.getResourceAsStream("/conntrack/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no capture /conntrack/" + file);
            }
            List<byte[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank()) {
                    out.add(HexFormat.of().parseHex(line.trim()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] written(MessageWriter w) {
        byte[] out = new byte[w.position()];
        w.buffer().get(0, out);
        return out;
    }

    /**
     * One request message made comparable: sequence and port id zeroed (the socket fills them) and
     * the padding after every attribute zeroed (libmnl leaves stale bytes there; the kernel never
     * reads them). Attributes with {@code NLA_F_NESTED} are walked recursively.
     */
    static String comparable(byte[] message) {
        ByteBuffer b = ByteBuffer.wrap(message.clone()).order(ByteOrder.nativeOrder());
        b.putInt(8, 0).putInt(12, 0);
        zeroPadding(b, 20, b.getInt(0));
        return HexFormat.of().formatHex(b.array());
    }

    private static void zeroPadding(ByteBuffer b, int from, int to) {
        for (int at = from; at + 4 <= to; ) {
            int length = b.getShort(at) & 0xFFFF;
            int type = b.getShort(at + 2) & 0xFFFF;
            int aligned = (length + 3) & ~3;
            if (length < 4 || at + length > to) {
                return;
            }
            for (int i = at + length; i < Math.min(at + aligned, to); i++) {
                b.put(i, (byte) 0);
            }
            if ((type & 0x8000) != 0) {
                zeroPadding(b, at + 4, at + length);
            }
            at += aligned;
        }
    }
}
