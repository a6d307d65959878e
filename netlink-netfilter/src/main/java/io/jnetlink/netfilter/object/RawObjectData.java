package io.jnetlink.netfilter.object;

import io.jnetlink.core.message.MessageWriter;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The data of an object type this version does not model (connlimit, secmark, tunnel…), or of a
 * known type carrying attributes it does not model, kept byte for byte.
 *
 * @param objectType the {@code NFT_OBJECT_*} type
 * @param data the attributes inside {@code NFTA_OBJ_DATA}, as they came
 */
public record RawObjectData(int objectType, byte[] data) implements NftObjectData {
    /**
     * Keeps a copy of {@code data}.
     *
     * @param objectType the {@code NFT_OBJECT_*} type
     * @param data the attributes inside {@code NFTA_OBJ_DATA}
     */
    public RawObjectData {
        data = data.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public void encodeObject(MessageWriter w) {
        int at = w.reserve(data.length);
        for (int i = 0; i < data.length; i++) {
            w.putU8At(at + i, data[i]);
        }
    }

    @Override
    public String renderObject() {
        return "# object type " + objectType + " data " + HexFormat.of().formatHex(data);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RawObjectData r && r.objectType == objectType && Arrays.equals(r.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * objectType + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return renderObject();
    }
}
