package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NftAttrs;
import java.util.List;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.expr.NftData;
import io.jnetlink.netfilter.expr.Verdict;

/**
 * One element of a set or map, as on the wire. An interval set holds its ranges as pairs: a start
 * element and an element flagged {@code NFT_SET_ELEM_INTERVAL_END} at the first value past the range.
 *
 * @param key       {@code NFTA_SET_ELEM_KEY}
 * @param flags     {@code NFTA_SET_ELEM_FLAGS} (1: interval end)
 * @param timeoutMs {@code NFTA_SET_ELEM_TIMEOUT} in ms, 0 for none
 * @param expiresMs {@code NFTA_SET_ELEM_EXPIRATION} in ms (read only), 0 for none
 * @param verdict   the verdict of a verdict map, else null
 * @param data      the value of a data map, else null
 * @param otherAttributes the attributes this version does not model ({@code NFTA_SET_ELEM_USERDATA}
 *                  where nft keeps comments, {@code NFTA_SET_ELEM_EXPRESSIONS}, ...), kept as they came
 *                  and written back when the element is added again
 */
public record SetElement(NftData key, int flags, long timeoutMs, long expiresMs, Verdict verdict, NftData data,
                         List<RawAttribute> otherAttributes) {
    /**
     * The canonical constructor: keeps an unmodifiable copy of {@code otherAttributes}.
     *
     * @param key {@code NFTA_SET_ELEM_KEY}
     * @param flags {@code NFTA_SET_ELEM_FLAGS} (1: interval end)
     * @param timeoutMs {@code NFTA_SET_ELEM_TIMEOUT} in ms, 0 for none
     * @param expiresMs {@code NFTA_SET_ELEM_EXPIRATION} in ms (read only), 0 for none
     * @param verdict the verdict of a verdict map, else null
     * @param data the value of a data map, else null
     * @param otherAttributes the attributes this version does not model, kept as they came
     */
    public SetElement {
        otherAttributes = List.copyOf(otherAttributes);
    }

    /**
     * An element without attributes beyond those modelled.
     *
     * @param key {@code NFTA_SET_ELEM_KEY}
     * @param flags {@code NFTA_SET_ELEM_FLAGS} (1: interval end)
     * @param timeoutMs {@code NFTA_SET_ELEM_TIMEOUT} in ms, 0 for none
     * @param expiresMs {@code NFTA_SET_ELEM_EXPIRATION} in ms (read only), 0 for none
     * @param verdict the verdict of a verdict map, else null
     * @param data the value of a data map, else null
     */
    public SetElement(NftData key, int flags, long timeoutMs, long expiresMs, Verdict verdict, NftData data) {
        this(key, flags, timeoutMs, expiresMs, verdict, data, List.of());
    }

    /**
     * A plain element.
     *
     * @param key the key
     * @return the element
     */
    public static SetElement of(NftData key) {
        return new SetElement(key, 0, 0, 0, null, null);
    }

    /** {@return whether this element closes an interval} */
    public boolean intervalEnd() {
        return (flags & NftAttrs.NFT_SET_ELEM_INTERVAL_END) != 0;
    }

    /**
     * {@return the elements of an {@code NFT_MSG_NEWSETELEM}}
     *
     * @param m the message, positioned at its header
     */
    public static List<SetElement> decodeAll(MessageReader m) {
        NftMessages.family(m);
        AttributeReader a = NftMessages.attrs(m);
        if (a.find(NftAttrs.NFTA_SET_ELEM_LIST_ELEMENTS)) {
            return SetElements.decode(a);
        }
        return List.of();
    }
}
