package io.jnetlink.route;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.RawAttribute;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The attributes a view does not model, copied out as {@link RawAttribute}s (flag bits and bytes as
 * they came, so writing them back is byte-exact). Views only count them while they walk a message
 * (no allocation); the copy is made when a record is.
 */
final class UnknownAttributes {
    private UnknownAttributes() {
    }

    /**
     * Copies every attribute in {@code [start, start + length)} whose type {@code known} refuses.
     *
     * @param count how many the view counted (0: nothing to walk)
     */
    static List<RawAttribute> copy(AttributeReader attrs, ByteBuffer buffer, int start, int length, int count,
                                   IntPredicate known) {
        if (count == 0) {
            return List.of();
        }
        List<RawAttribute> out = new ArrayList<>(count);
        for (attrs.wrap(buffer, start, length); attrs.next(); ) {
            if (!known.test(attrs.type())) {
                out.add(RawAttribute.copyOf(attrs));
            }
        }
        return out;
    }
}
