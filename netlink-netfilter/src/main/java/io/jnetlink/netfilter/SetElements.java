package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NftAttrs;
import java.util.Objects;
import java.util.Comparator;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Nla;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.netfilter.expr.NftData;
import io.jnetlink.netfilter.expr.Verdict;

import java.util.ArrayList;
import java.util.List;

/** Encodes and decodes {@code NFTA_SET_ELEM_LIST_ELEMENTS} in nft's attribute order. */
final class SetElements {

    private SetElements() {
    }

    /**
     * Room for the elements of one message: {@code NFTA_SET_ELEM_LIST_ELEMENTS} must fit its 16-bit
     * {@code nla_len} (what nft -f does too: it starts a new NEWSETELEM when one is full).
     */
    static final int MAX_LIST_BYTES = 60 * 1024;

    /**
     * Splits {@code elements} into runs whose encoded list fits one attribute ({@link #MAX_LIST_BYTES}),
     * never between an interval's start and its {@code NFT_SET_ELEM_INTERVAL_END}.
     */
    static List<List<SetElement>> split(List<SetElement> elements) {
        MessageWriter scratch = new MessageWriter(256);
        List<List<SetElement>> out = new ArrayList<>();
        int from = 0;
        int bytes = Nla.HEADER_LENGTH;
        int lastCut = 0;
        for (int i = 0; i < elements.size(); i++) {
            SetElement e = elements.get(i);
            scratch.reset();
            encodeOne(scratch, e, i + 1);
            if ((e.flags() & NftAttrs.NFT_SET_ELEM_INTERVAL_END) == 0) {
                lastCut = i;
            }
            if (bytes + scratch.position() > MAX_LIST_BYTES && lastCut > from) {
                out.add(elements.subList(from, lastCut));
                from = lastCut;
                bytes = Nla.HEADER_LENGTH + encodedLength(scratch, elements.subList(from, i));
            }
            bytes += scratch.position();
        }
        out.add(elements.subList(from, elements.size()));
        return out;
    }

    private static int encodedLength(MessageWriter scratch, List<SetElement> run) {
        int total = 0;
        for (SetElement e : run) {
            scratch.reset();
            encodeOne(scratch, e, 1);
            total += scratch.position();
        }
        return total;
    }

    static void encode(MessageWriter w, List<SetElement> elements) {
        int list = w.beginNested(NftAttrs.NFTA_SET_ELEM_LIST_ELEMENTS);
        int i = 1;
        for (SetElement e : elements) {
            encodeOne(w, e, i++);
        }
        w.endNested(list);
    }

    private static void encodeOne(MessageWriter w, SetElement e, int index) {
        {
            int el = w.beginNested(index);
            if (e.flags() != 0) {
                w.putAttrU32Be(NftAttrs.NFTA_SET_ELEM_FLAGS, e.flags());
            }
            if (e.timeoutMs() > 0) {
                w.putAttrU64Be(NftAttrs.NFTA_SET_ELEM_TIMEOUT, e.timeoutMs());
            }
            int k = w.beginNested(NftAttrs.NFTA_SET_ELEM_KEY);
            e.key().writeAttribute(w, NftAttrs.NFTA_DATA_VALUE);
            w.endNested(k);
            if (e.verdict() != null) {
                int d = w.beginNested(NftAttrs.NFTA_SET_ELEM_DATA);
                int v = w.beginNested(NftAttrs.NFTA_DATA_VERDICT);
                w.putAttrU32Be(1, e.verdict().code());
                if (e.verdict().chain() != null) {
                    KernelNames.put(w, 2, e.verdict().chain());
                }
                w.endNested(v);
                w.endNested(d);
            } else if (e.data() != null) {
                int d = w.beginNested(NftAttrs.NFTA_SET_ELEM_DATA);
                e.data().writeAttribute(w, NftAttrs.NFTA_DATA_VALUE);
                w.endNested(d);
            }
            RawAttributes.write(w, e.otherAttributes());
            w.endNested(el);
        }
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
            List<RawAttribute> others = new ArrayList<>();
            while (f.next()) {
                switch (f.type()) {
                    case NftAttrs.NFTA_SET_ELEM_KEY -> {
                        f.nested(inner);
                        if (inner.find(NftAttrs.NFTA_DATA_VALUE)) {
                            key = NftData.of(inner.bytes());
                        }
                    }
                    case NftAttrs.NFTA_SET_ELEM_DATA -> {
                        f.nested(inner);
                        while (inner.next()) {
                            if (inner.type() == NftAttrs.NFTA_DATA_VALUE) {
                                data = NftData.of(inner.bytes());
                            } else if (inner.type() == NftAttrs.NFTA_DATA_VERDICT) {
                                inner.nested(v);
                                int code = Integer.MIN_VALUE;
                                String chain = null;
                                while (v.next()) {
                                    if (v.type() == 1) {
                                        code = v.u32Be();
                                    } else if (v.type() == 2) {
                                        chain = KernelNames.read(v);
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
                    case NftAttrs.NFTA_SET_ELEM_FLAGS -> flags = f.u32Be();
                    case NftAttrs.NFTA_SET_ELEM_TIMEOUT -> timeout = f.u64Be();
                    case NftAttrs.NFTA_SET_ELEM_EXPIRATION -> expires = f.u64Be();
                    default -> others.add(RawAttribute.copyOf(f)); // userdata, expressions, objref
                }
            }
            if (key == null) {
                throw new NetlinkDecodeException("set element without a key", elems.offset());
            }
            out.add(new SetElement(key, flags, timeout, expires, verdict, data, others));
        }
        return out;
    }

    /** {@code nft add|delete element …}: as many operations as one attribute each holds ({@link #split}). */
    static List<Operation> operations(int msg, int flags, String verb, Family family, String table, String set,
                                      List<SetElement> elements) {
        List<Operation> ops = new ArrayList<>();
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(set, "set");
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("elements must not be empty");
        }
        List<SetElement> copy = List.copyOf(elements);
        for (List<SetElement> run : SetElements.split(copy)) {
            ops.add(Operation.of(msg, flags, family.value(), verb + " " + family + " " + table + " " + set + " (" + run.size()
                    + " elements)", w -> {
                        KernelNames.put(w, NftAttrs.NFTA_SET_ELEM_LIST_TABLE, table);
                        KernelNames.put(w, NftAttrs.NFTA_SET_ELEM_LIST_SET, set);
                        SetElements.encode(w, run);
                    }));
        }
        return ops;
    }

    static List<SetElement> values(SetKeyType key, boolean interval, List<String> values, long timeoutMs) {
        Objects.requireNonNull(key, "key type");
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("elements must not be empty");
        }
        List<SetElement> out = new ArrayList<>();
        if (!interval) {
            for (String v : values) {
                out.add(new SetElement(key.parse(v, "element"), 0, timeoutMs, 0, null, null));
            }
            return out;
        }
        List<NftData[]> ranges = new ArrayList<>();
        for (String v : values) {
            ranges.add(key.parseRange(v, "element"));
        }
        ranges.sort(Comparator.comparing((NftData[] r) -> r[0], SetKeyType::compare));
        for (int i = 1; i < ranges.size(); i++) {
            if (SetKeyType.compare(ranges.get(i)[0], ranges.get(i - 1)[1]) <= 0) {
                throw new IllegalArgumentException("interval elements overlap: " + values);
            }
        }
        byte[] zero = new byte[key.length()];
        if (!ranges.get(0)[0].equals(NftData.of(zero))) {
            out.add(new SetElement(NftData.of(zero), NftAttrs.NFT_SET_ELEM_INTERVAL_END, 0, 0, null, null));
        }
        for (NftData[] r : ranges) {
            out.add(SetElement.of(r[0]));
            byte[] end = r[1].bytes();
            boolean overflow = true;
            for (int i = end.length - 1; i >= 0; i--) {
                end[i]++;
                if (end[i] != 0) {
                    overflow = false;
                    break;
                }
            }
            if (!overflow) {
                out.add(new SetElement(NftData.of(end), NftAttrs.NFT_SET_ELEM_INTERVAL_END, 0, 0, null, null));
            }
        }
        return out;
    }
}
