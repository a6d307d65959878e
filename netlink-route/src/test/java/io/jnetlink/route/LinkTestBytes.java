package io.jnetlink.route;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Loads the captured byte vectors kept under src/test/resources/link/ (hex text, '#' comments). */
final class LinkTestBytes {
    private LinkTestBytes() {
    }

    static byte[] hex(String resource) {
        try (InputStream in = LinkTestBytes.class.getResourceAsStream("/link/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource /link/" + resource);
            }
            StringBuilder digits = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.startsWith("#")) {
                    digits.append(line.replaceAll("\\s+", ""));
                }
            }
            return java.util.HexFormat.of().parseHex(digits);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A direct, native-order buffer holding {@code bytes} (the form the receive buffer has). */
    static ByteBuffer direct(byte[] bytes) {
        ByteBuffer b = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder());
        b.put(0, bytes);
        return b;
    }
}
