package io.jnetlink.generic;

import io.jnetlink.core.message.MessageReader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The kernel's datagrams captured by {@code src/test/resources/generic/capture.sh}, one hex line each. */
public final class CapturedReplies {
    /** Every capture file. */
    public static final List<String> FILES = List.of("nlctrl", "ethtool-features", "ethtool-features-set", "ethtool-channels",
            "ethtool-link", "ethtool-stats", "mptcp-endpoints", "mptcp-limits");

    private CapturedReplies() {
    }

    /** The datagrams of one capture. */
    public static List<byte[]> datagrams(String name) {
        try (InputStream in = CapturedReplies.class.getResourceAsStream("/generic/" + name + ".hex")) {
            if (in == null) {
                throw new IllegalStateException("no test resource generic/" + name + ".hex");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
                    .map(HexFormat.of()::parseHex).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every message of every datagram of the captures, each copied out on its own. */
    public static List<byte[]> messages(List<String> names) {
        List<byte[]> out = new ArrayList<>();
        for (String name : names) {
            for (byte[] d : datagrams(name)) {
                MessageReader m = reader(d);
                while (m.next()) {
                    byte[] one = new byte[m.length()];
                    m.buffer().get(m.offset(), one);
                    out.add(one);
                }
            }
        }
        return out;
    }

    /** A reader over {@code bytes} in a direct buffer of native order. */
    public static MessageReader reader(byte[] bytes) {
        ByteBuffer b = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder()).put(0, bytes);
        return new MessageReader().wrap(b, 0, bytes.length);
    }
}
