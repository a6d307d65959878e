package io.jnetlink.route;

import io.jnetlink.core.message.MessageWriter;

import java.util.List;

/** The raw-attribute escape hatch of the address, route, neighbour and rule requests. */
final class RtnlRawAttribute {
    private RtnlRawAttribute() {
    }

    /** Packs a type (in the first two bytes, big end first) and a value copy. */
    static byte[] pack(int type, byte[] value) {
        byte[] out = new byte[value.length + 2];
        out[0] = (byte) (type >>> 8);
        out[1] = (byte) type;
        System.arraycopy(value, 0, out, 2, value.length);
        return out;
    }

    static void writeAll(MessageWriter w, List<byte[]> packed) {
        for (byte[] p : packed) {
            int type = ((p[0] & 0xFF) << 8) | (p[1] & 0xFF);
            w.putAttrBytes(type, p, 2, p.length - 2);
        }
    }
}
