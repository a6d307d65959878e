package io.jnetlink.netfilter.expr;

import io.jnetlink.netfilter.wire.NftAttrs;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Encodes and decodes the expression list of a rule ({@code NFTA_RULE_EXPRESSIONS}: a list of
 * {@code NftAttrs.NFTA_LIST_ELEM}, each {@code NFTA_EXPR_NAME} + {@code NFTA_EXPR_DATA}), in the attribute
 * order nft itself uses so that encodings are byte-identical to nft's. Expressions it does not
 * know, and known ones carrying attributes it does not model, decode to {@link RawExpression}.
 */
public final class ExpressionCodec {
    /** {@code NFTA_EXPR_NAME}. */
    static final int NFTA_EXPR_NAME = 1;
    /** {@code NFTA_EXPR_DATA}. */
    static final int NFTA_EXPR_DATA = 2;

    /** Reads one expression's {@code NFTA_EXPR_DATA}; null keeps it raw. */
    @FunctionalInterface
    private interface Decoder {
        Expression decode(AttributeReader data, AttributeReader scratch);
    }

    /** Each known expression by its {@code NFTA_EXPR_NAME}: one line per expression record. */
    private static final Map<String, Decoder> DECODERS = Map.ofEntries(
            Map.entry("payload", either(Payload::decode, PayloadSet::decode)),
            Map.entry("cmp", Cmp::decode),
            Map.entry("bitwise", Bitwise::decode),
            Map.entry("meta", either(Meta::decode, MetaSet::decode)),
            Map.entry("ct", either(Ct::decode, CtSet::decode)),
            Map.entry("immediate", Immediate::decode),
            Map.entry("lookup", Lookup::decode),
            Map.entry("counter", Counter::decode),
            Map.entry("limit", Limit::decode),
            Map.entry("log", Log::decode),
            Map.entry("reject", Reject::decode),
            Map.entry("nat", NatExpression::decode),
            Map.entry("masq", Masquerade::decode),
            Map.entry("redir", Redirect::decode),
            Map.entry("notrack", Notrack::decode),
            Map.entry("quota", Quota::decode),
            Map.entry("objref", Objref::decode),
            Map.entry("dynset", Dynset::decode),
            Map.entry("fib", Fib::decode),
            Map.entry("socket", Socket::decode),
            Map.entry("numgen", Numgen::decode),
            Map.entry("hash", Hash::decode),
            Map.entry("range", Range::decode),
            Map.entry("exthdr", Exthdr::decode),
            Map.entry("dup", Dup::decode),
            Map.entry("fwd", Fwd::decode),
            Map.entry("tproxy", Tproxy::decode),
            Map.entry("queue", Queue::decode),
            Map.entry("rt", Rt::decode),
            Map.entry("match", CompatMatch::decode),
            Map.entry("target", CompatTarget::decode));

    /** The load's decoder, else (on the same attributes again) the statement's: one name, two records. */
    private static Decoder either(Decoder first, Decoder second) {
        return (d, scratch) -> {
            Expression e = first.decode(d, scratch);
            return e != null ? e : second.decode(d.rewind(), scratch);
        };
    }

    private ExpressionCodec() {
    }

    /**
     * Writes {@code expressions} as the nested attribute {@code type} (e.g. NFTA_RULE_EXPRESSIONS).
     *
     * @param w the writer to append to
     * @param type the type of the nested list attribute
     * @param expressions the expressions
     */
    public static void encodeList(MessageWriter w, int type, List<? extends Expression> expressions) {
        int list = w.beginNested(type);
        if (expressions instanceof java.util.RandomAccess) {
            for (int i = 0; i < expressions.size(); i++) { // no Iterator per rule
                encode(w, expressions.get(i));
            }
        } else {
            for (Expression e : expressions) {
                encode(w, e);
            }
        }
        w.endNested(list);
    }

    /**
     * Writes one {@code NftAttrs.NFTA_LIST_ELEM}.
     *
     * @param w the writer to append to
     * @param e the expression
     */
    public static void encode(MessageWriter w, Expression e) {
        encodeAs(w, NftAttrs.NFTA_LIST_ELEM, e);
    }

    /** Writes {@code e} as the nested attribute {@code type} holding its name and data (a list element, {@code NFTA_DYNSET_EXPR}). */
    static void encodeAs(MessageWriter w, int type, Expression e) {
        int elem = w.beginNested(type);
        w.putAttrString(NFTA_EXPR_NAME, e.name());
        boolean hasData = !(e instanceof Notrack) && !(e instanceof RawExpression r && r.data() == null);
        if (hasData) {
            int data = w.beginNested(NFTA_EXPR_DATA);
            e.encodeData(w);
            w.endNested(data);
        }
        w.endNested(elem);
    }

    /**
     * Decodes the list in the attribute {@code list} is positioned at.
     *
     *
     * @param list the nested list attribute
     * @return the expressions
     * @throws NetlinkDecodeException when malformed
     */
    public static List<Expression> decodeList(AttributeReader list) {
        AttributeReader elems = list.nested(new AttributeReader());
        AttributeReader fields = new AttributeReader();
        AttributeReader data = new AttributeReader();
        AttributeReader scratch = new AttributeReader();
        List<Expression> out = new ArrayList<>();
        while (elems.next()) {
            if (elems.type() != NftAttrs.NFTA_LIST_ELEM) {
                throw new NetlinkDecodeException("expression list holds attribute type=" + elems.type(), elems.offset());
            }
            out.add(decodeElement(elems, fields, data, scratch));
        }
        return out;
    }

    /**
     * Decodes the expression in the nested attribute {@code elems} is positioned at (its
     * {@code NFTA_EXPR_NAME} and {@code NFTA_EXPR_DATA}).
     */
    static Expression decodeElement(AttributeReader elems, AttributeReader fields, AttributeReader data,
                                    AttributeReader scratch) {
        {
            elems.nested(fields);
            String name = null;
            boolean hasData = false;
            int dataOffset = 0;
            int dataLength = 0;
            while (fields.next()) {
                if (fields.type() == NFTA_EXPR_NAME) {
                    name = fields.string();
                } else if (fields.type() == NFTA_EXPR_DATA) {
                    hasData = true;
                    dataOffset = fields.valueOffset();
                    dataLength = fields.valueLength();
                }
            }
            if (name == null) {
                throw new NetlinkDecodeException("expression without NFTA_EXPR_NAME", elems.offset());
            }
            if (!hasData) {
                return name.equals("notrack") ? new Notrack() : new RawExpression(name, null);
            }
            data.wrap(elems.buffer(), dataOffset, dataLength);
            Expression e = decodeOne(name, data, scratch);
            if (e == null) {
                byte[] raw = new byte[dataLength];
                elems.buffer().get(dataOffset, raw, 0, dataLength);
                e = new RawExpression(name, NftData.of(raw));
            }
            return e;
        }
    }

    /**
     * Decodes the data of a named object whose attributes are those of the expression {@code name}
     * (counter, quota, limit).
     *
     * @param name the expression's name
     * @param data the attributes inside {@code NFTA_OBJ_DATA}
     * @return the object data, or null when it carries attributes not modelled
     */
    public static io.jnetlink.netfilter.object.NftObjectData decodeObjectData(String name, AttributeReader data) {
        return decodeOne(name, data, new AttributeReader()) instanceof io.jnetlink.netfilter.object.NftObjectData o ? o : null;
    }

    /** Decodes one known expression; null when unknown or carrying attributes not modelled. */
    static Expression decodeOne(String name, AttributeReader d, AttributeReader scratch) {
        Decoder decoder = DECODERS.get(name);
        return decoder == null ? null : decoder.decode(d, scratch);
    }
}
