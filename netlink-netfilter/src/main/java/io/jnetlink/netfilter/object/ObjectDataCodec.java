package io.jnetlink.netfilter.object;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.netfilter.expr.ExpressionCodec;
import io.jnetlink.netfilter.wire.NftAttrs;

import java.util.Map;
import java.util.function.Function;

/**
 * Decodes {@code NFTA_OBJ_DATA} by the object's {@code NFT_OBJECT_*} type: one line per modelled
 * type; other types, and known ones with attributes not modelled, stay {@link RawObjectData}.
 */
public final class ObjectDataCodec {
    /** Each modelled object type's decoder; null from a decoder keeps the data raw. */
    private static final Map<Integer, Function<AttributeReader, NftObjectData>> DECODERS = Map.of(
            NftAttrs.NFT_OBJECT_COUNTER, d -> ExpressionCodec.decodeObjectData("counter", d),
            NftAttrs.NFT_OBJECT_QUOTA, d -> ExpressionCodec.decodeObjectData("quota", d),
            NftAttrs.NFT_OBJECT_LIMIT, d -> ExpressionCodec.decodeObjectData("limit", d),
            NftAttrs.NFT_OBJECT_CT_HELPER, CtHelperObject::decode,
            NftAttrs.NFT_OBJECT_CT_TIMEOUT, CtTimeoutObject::decode,
            NftAttrs.NFT_OBJECT_CT_EXPECT, CtExpectationObject::decode,
            NftAttrs.NFT_OBJECT_SYNPROXY, SynproxyObject::decode);

    private ObjectDataCodec() {
    }

    /**
     * {@return the object data in {@code data} (positioned at {@code NFTA_OBJ_DATA}'s value)}
     *
     * @param objectType the object's {@code NFT_OBJECT_*} type
     * @param data a reader at the {@code NFTA_OBJ_DATA} attribute
     * @throws io.jnetlink.core.NetlinkDecodeException when malformed
     */
    public static NftObjectData decode(int objectType, AttributeReader data) {
        var decoder = DECODERS.get(objectType);
        NftObjectData decoded = decoder == null ? null : decoder.apply(data.nested(new AttributeReader()));
        return decoded != null ? decoded : new RawObjectData(objectType, data.bytes());
    }
}
