package io.jnetlink.netfilter;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.expr.NftData;
import io.jnetlink.netfilter.expr.Verdict;

import java.util.ArrayList;
import java.util.List;

/** Encodes and decodes {@code NFTA_SET_ELEM_LIST_ELEMENTS} in nft's attribute order. */
final class SetElements {
    private static final int NFTA_DATA_VALUE = 1;
    private static final int NFTA_DATA_VERDICT = 2;

    private SetElements() {
    }

    static void encode(MessageWriter w, List<SetElement> elements) {
        int list = w.beginNested(Nft.NFTA_SET_ELEM_LIST_ELEMENTS);
        int i = 1;
        for (SetElement e : elements) {
            int el = w.beginNested(i++);
            if (e.flags() != 0) {
                w.putAttrU32Be(Nft.NFTA_SET_ELEM_FLAGS, e.flags());
            }
            if (e.timeoutMs() > 0) {
                w.putAttrU64Be(Nft.NFTA_SET_ELEM_TIMEOUT, e.timeoutMs());
            }
            int k = w.beginNested(Nft.NFTA_SET_ELEM_KEY);
            e.key().writeAttribute(w, NFTA_DATA_VALUE);
            w.endNested(k);
            if (e.verdict() != null) {
                int d = w.beginNested(Nft.NFTA_SET_ELEM_DATA);
                int v = w.beginNested(NFTA_DATA_VERDICT);
                w.putAttrU32Be(1, e.verdict().code());
                if (e.verdict().chain() != null) {
                    w.putAttrString(2, e.verdict().chain());
                }
                w.endNested(v);
                w.endNested(d);
            } else if (e.data() != null) {
                int d = w.beginNested(Nft.NFTA_SET_ELEM_DATA);
                e.data().writeAttribute(w, NFTA_DATA_VALUE);
                w.endNested(d);
            }
            w.endNested(el);
        }
        w.endNested(list);
    }

    /** Decodes the elements list the reader is positioned at. */
    static List<SetElement> decode(AttributeReader list) {
        AttributeReader elems = list.nested(new AttributeReader());
        AttributeReader f = new AttributeReader();
        AttributeReader inner = new AttributeReader();
        AttributeReader v = new AttributeReader();
        List<SetElement> out = new ArrayList<>();
        while (elems.next()) {
            elems.nested(f);
            NftData key = null;
            NftData data = null;
            Verdict verdict = null;
            int flags = 0;
            long timeout = 0;
            long expires = 0;
            while (f.next()) {
                switch (f.type()) {
                    case Nft.NFTA_SET_ELEM_KEY -> {
                        f.nested(inner);
                        if (inner.find(NFTA_DATA_VALUE)) {
                            key = NftData.of(inner.bytes());
                        }
                    }
                    case Nft.NFTA_SET_ELEM_DATA -> {
                        f.nested(inner);
                        while (inner.next()) {
                            if (inner.type() == NFTA_DATA_VALUE) {
                                data = NftData.of(inner.bytes());
                            } else if (inner.type() == NFTA_DATA_VERDICT) {
                                inner.nested(v);
                                int code = Integer.MIN_VALUE;
                                String chain = null;
                                while (v.next()) {
                                    if (v.type() == 1) {
                                        code = v.u32Be();
                                    } else if (v.type() == 2) {
                                        chain = v.string();
                                    }
                                }
                                if (code == Integer.MIN_VALUE) {
                                    throw new NetlinkDecodeException("set element verdict without code", inner.offset());
                                }
                                try {
                                    verdict = new Verdict(code, chain);
                                } catch (IllegalArgumentException e) {
                                    throw new NetlinkDecodeException("bad set element verdict: " + e.getMessage(), inner.offset());
                                }
                            }
                        }
                    }
                    case Nft.NFTA_SET_ELEM_FLAGS -> flags = f.u32Be();
                    case Nft.NFTA_SET_ELEM_TIMEOUT -> timeout = f.u64Be();
                    case Nft.NFTA_SET_ELEM_EXPIRATION -> expires = f.u64Be();
                    default -> {
                        // userdata, expressions, objref: not modelled
                    }
                }
            }
            if (key == null) {
                throw new NetlinkDecodeException("set element without a key", elems.offset());
            }
            out.add(new SetElement(key, flags, timeout, expires, verdict, data));
        }
        return out;
    }
}
