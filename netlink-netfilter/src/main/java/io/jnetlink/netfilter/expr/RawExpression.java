package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.MessageWriter;

/**
 * An expression the library does not decode, kept byte for byte: its name and the bytes inside
 * {@code NFTA_EXPR_DATA} (flags included), so writing it back is exact.
 *
 * @param name the {@code NFTA_EXPR_NAME}
 * @param data the attributes inside {@code NFTA_EXPR_DATA}, or null when the expression had none
 */
public record RawExpression(String name, NftData data) implements Expression {
    @Override
    public void encodeData(MessageWriter w) {
        if (data != null && data.length() > 0) {
            // re-emit the attributes as they came: copy the bytes in place
            int at = w.reserve(data.length());
            for (int i = 0; i < data.length(); i++) {
                w.putU8At(at + i, data.byteAt(i));
            }
        }
    }
}
