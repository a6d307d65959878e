package io.jnetlink.generic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** The hand-built WG_CMD_GET_DEVICE reply (src/test/resources/wireguard) as a whole message. */
final class WireguardReply {
    private WireguardReply() {
    }

    static byte[] bytes() {
        try (InputStream in = WireguardReply.class.getResourceAsStream("/wireguard/get-device-reply.hex")) {
            byte[] payload = HexFormat.of().parseHex(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
            ByteBuffer b = ByteBuffer.allocate(16 + payload.length).order(ByteOrder.nativeOrder());
            b.putInt(0, b.capacity()).putShort(4, (short) 0x40).put(16, payload);
            return b.array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
