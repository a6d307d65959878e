package io.jnetlink.netfilter.object;

import io.jnetlink.core.message.MessageWriter;

/**
 * What a named stateful object holds ({@code NFTA_OBJ_DATA} of {@code NFT_MSG_NEWOBJ}): a counter,
 * quota, limit ({@code io.jnetlink.netfilter.expr.Counter}/{@code Quota}/{@code Limit}, whose
 * attributes are the same as the expressions'), ct helper, ct timeout, ct expectation, synproxy, or
 * {@link RawObjectData} for a type this version does not model.
 */
public interface NftObjectData {
    /** {@return the {@code NFT_OBJECT_*} type, e.g. 1 for {@code NFT_OBJECT_COUNTER}} */
    int objectType();

    /**
     * Writes the attributes inside {@code NFTA_OBJ_DATA}.
     *
     * @param w the writer to append to
     */
    void encodeObject(MessageWriter w);

    /** {@return the object's body as {@code nft list ruleset} prints it, one statement per line} */
    String renderObject();
}
