package io.jnetlink.netfilter;

import io.jnetlink.core.message.MessageReader;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Bytes captured with strace: batches nft sent (src/test/resources/nft/README) and the kernel's
 * replies, one datagram per line (src/test/resources/nft/replies/README).
 */
public final class Captured {
    private Captured() {
    }

    static ByteBuffer load(String name) throws Exception {
        try (InputStream in = Captured.class.getResourceAsStream("/nft/" + name)) {
            byte[] bytes = HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim());
            ByteBuffer b = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder());
            b.put(bytes).clear();
            return b;
        }
    }

    /** The messages of a batch as [offset, length] pairs. */
    static List<int[]> messages(ByteBuffer b) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        List<int[]> out = new ArrayList<>();
        while (m.next()) {
            out.add(new int[]{m.offset(), m.length()});
        }
        return out;
    }

    static MessageReader at(ByteBuffer b, int[] msg) {
        MessageReader m = new MessageReader().wrap(b, msg[0], msg[1]);
        m.next();
        return m;
    }

    /** The bytes of a message with its flags and sequence number zeroed (they differ by design). */
    static byte[] normalized(ByteBuffer b, int offset, int length) {
        byte[] out = new byte[length];
        b.get(offset, out, 0, length);
        for (int i = 6; i < 12; i++) {
            out[i] = 0;
        }
        return out;
    }

    /** The datagrams of a captured reply file ({@code replies/NAME}, one hex line each). */
    public static List<byte[]> replies(String name) {
        try (InputStream in = Captured.class.getResourceAsStream("/nft/replies/" + name)) {
            List<byte[]> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isBlank()) {
                    out.add(HexFormat.of().parseHex(line.trim()));
                }
            }
            return out;
        } catch (Exception e) {
            throw new IllegalStateException("test resource nft/replies/" + name, e);
        }
    }

    /** Every message of {@code datagrams} of netlink type {@code type}, each alone. */
    public static List<byte[]> messagesOfType(List<byte[]> datagrams, int type) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] d : datagrams) {
            ByteBuffer b = ByteBuffer.allocateDirect(d.length).order(ByteOrder.nativeOrder()).put(0, d);
            for (int[] msg : messages(b)) {
                if (at(b, msg).type() == type) {
                    byte[] one = new byte[msg[1]];
                    b.get(msg[0], one);
                    out.add(one);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no captured message of type " + type);
        }
        return out;
    }

    /** Every message of {@code datagrams}, each alone. */
    public static List<byte[]> everyMessage(List<byte[]> datagrams) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] d : datagrams) {
            ByteBuffer b = ByteBuffer.allocateDirect(d.length).order(ByteOrder.nativeOrder()).put(0, d);
            for (int[] msg : messages(b)) {
                byte[] one = new byte[msg[1]];
                b.get(msg[0], one);
                out.add(one);
            }
        }
        return out;
    }
}
