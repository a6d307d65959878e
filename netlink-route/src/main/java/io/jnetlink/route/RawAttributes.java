package io.jnetlink.route;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Nla;

import java.util.ArrayList;
import java.util.List;

/**
 * The raw-attribute escape hatch of every rtnetlink request: attributes the caller adds as type
 * and bytes, checked when added and written after the ones the request knows, in the order given.
 */
final class RawAttributes {
    private record Raw(int type, byte[] value) {
    }

    private final List<Raw> attributes = new ArrayList<>();

    void add(int type, byte[] value) {
        if (type <= 0 || type > 0xFFFF) {
            throw new IllegalArgumentException("attribute type must be between 1 and 65535 (flag bits included): " + type);
        }
        if (value == null) {
            throw new IllegalArgumentException("attribute value must not be null (use an empty array for a flag)");
        }
        if (value.length > Nla.MAX_LENGTH - Nla.HEADER_LENGTH) {
            throw new IllegalArgumentException("attribute value of " + value.length + " bytes does not fit nla_len");
        }
        attributes.add(new Raw(type, value.clone()));
    }

    void writeTo(MessageWriter w) {
        // indexed, not for-each: no Iterator per request on the encoding path
        for (int i = 0; i < attributes.size(); i++) {
            Raw a = attributes.get(i);
            w.putAttrBytes(a.type(), a.value());
        }
    }
}
