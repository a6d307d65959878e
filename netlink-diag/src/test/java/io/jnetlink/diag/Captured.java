package io.jnetlink.diag;

import io.jnetlink.core.message.MessageReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** The sock_diag replies captured by {@code src/test/resources/diag/capture.py} (one hex line per datagram). */
final class Captured {
    private Captured() {
    }

    static List<byte[]> datagrams(String resource) {
        try (InputStream in = Captured.class.getResourceAsStream("/diag/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
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

    /** Whole datagrams, then each of their messages alone: the seeds of the fuzzer. */
    static List<byte[]> seeds(String resource) {
        List<byte[]> datagrams = datagrams(resource);
        List<byte[]> out = new ArrayList<>(datagrams);
        for (byte[] d : datagrams) {
            ByteBuffer b = direct(d);
            MessageReader m = new MessageReader().wrap(b, 0, d.length);
            while (m.next()) {
                byte[] one = new byte[m.length()];
                b.get(m.offset(), one);
                out.add(one);
            }
        }
        return out;
    }
}
