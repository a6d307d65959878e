package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.message.MessageWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** What ipset 7.17 sent and the kernel answered, captured by src/test/resources/ipset/capture.sh. */
final class IpsetCaptures {
    private IpsetCaptures() {
    }

    /** Each line of a capture file as bytes (one message sent, or one datagram received, per line). */
    static List<byte[]> lines(String file) {
        try (InputStream in = IpsetCaptures.class.getResourceAsStream("/ipset/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no capture /ipset/" + file);
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
}
