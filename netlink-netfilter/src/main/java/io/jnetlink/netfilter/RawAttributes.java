package io.jnetlink.netfilter;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;

import java.util.List;

/** Writes back the attributes a record kept without modelling them, in the order they came. */
final class RawAttributes {
    private RawAttributes() {
    }

    static void write(MessageWriter w, List<RawAttribute> attributes) {
        for (int i = 0; i < attributes.size(); i++) { // no Iterator per record
            attributes.get(i).writeTo(w);
        }
    }
}
