package io.jnetlink.netfilter.expr;

import io.jnetlink.netfilter.wire.NftAttrs;

import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;

import java.util.ArrayList;
import java.util.List;

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
        int elem = w.beginNested(NftAttrs.NFTA_LIST_ELEM);
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
                out.add(name.equals("notrack") ? new Notrack() : new RawExpression(name, null));
                continue;
            }
            data.wrap(elems.buffer(), dataOffset, dataLength);
            Expression e = decodeOne(name, data, scratch);
            if (e == null) {
                byte[] raw = new byte[dataLength];
                elems.buffer().get(dataOffset, raw, 0, dataLength);
                e = new RawExpression(name, NftData.of(raw));
            }
            out.add(e);
        }
        return out;
    }

    /** Decodes one known expression; null when unknown or carrying attributes not modelled. */
    static Expression decodeOne(String name, AttributeReader d, AttributeReader scratch) {
        return switch (name) {
            case "payload" -> payload(d);
            case "cmp" -> cmp(d, scratch);
            case "bitwise" -> bitwise(d, scratch);
            case "meta" -> meta(d);
            case "ct" -> ct(d);
            case "immediate" -> immediate(d, scratch);
            case "lookup" -> lookup(d);
            case "counter" -> counter(d);
            case "limit" -> limit(d);
            case "log" -> log(d);
            case "reject" -> reject(d);
            case "nat" -> nat(d);
            case "masq" -> masq(d);
            case "redir" -> redir(d);
            case "notrack" -> d.next() ? null : new Notrack();
            default -> null;
        };
    }


    private static Expression payload(AttributeReader d) {
        int dreg = -1, base = -1, offset = -1, len = -1;
        while (d.next()) {
            switch (d.type()) {
                case Payload.NFTA_PAYLOAD_DREG -> dreg = Attr.be32(d);
                case Payload.NFTA_PAYLOAD_BASE -> base = Attr.be32(d);
                case Payload.NFTA_PAYLOAD_OFFSET -> offset = Attr.be32(d);
                case Payload.NFTA_PAYLOAD_LEN -> len = Attr.be32(d);
                default -> {
                    return null; // payload set / checksum: kept raw
                }
            }
        }
        if (dreg < 0 || base < 0 || offset < 0 || len < 0) {
            return null;
        }
        return new Payload(dreg, base, offset, len);
    }

    private static Expression cmp(AttributeReader d, AttributeReader scratch) {
        int sreg = -1, op = -1;
        NftData data = null;
        while (d.next()) {
            switch (d.type()) {
                case Cmp.NFTA_CMP_SREG -> sreg = Attr.be32(d);
                case Cmp.NFTA_CMP_OP -> op = Attr.be32(d);
                case Cmp.NFTA_CMP_DATA -> data = Attr.data(d, scratch);
                default -> {
                    return null;
                }
            }
        }
        if (sreg < 0 || op < 0 || data == null) {
            throw new NetlinkDecodeException("cmp expression without SREG, OP or DATA", 0);
        }
        return new Cmp(sreg, op, data);
    }

    private static Expression bitwise(AttributeReader d, AttributeReader scratch) {
        int sreg = -1, dreg = -1, len = -1;
        NftData mask = null, xor = null;
        while (d.next()) {
            switch (d.type()) {
                case Bitwise.NFTA_BITWISE_SREG -> sreg = Attr.be32(d);
                case Bitwise.NFTA_BITWISE_DREG -> dreg = Attr.be32(d);
                case Bitwise.NFTA_BITWISE_LEN -> len = Attr.be32(d);
                case Bitwise.NFTA_BITWISE_MASK -> mask = Attr.data(d, scratch);
                case Bitwise.NFTA_BITWISE_XOR -> xor = Attr.data(d, scratch);
                case Bitwise.NFTA_BITWISE_OP -> {
                    if (Attr.be32(d) != 0) {
                        return null; // shifts: kept raw
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (sreg < 0 || dreg < 0 || len < 0 || mask == null || xor == null) {
            return null;
        }
        return new Bitwise(sreg, dreg, len, mask, xor);
    }

    private static Expression meta(AttributeReader d) {
        int key = -1, dreg = -1;
        while (d.next()) {
            switch (d.type()) {
                case Meta.NFTA_META_KEY -> key = Attr.be32(d);
                case Meta.NFTA_META_DREG -> dreg = Attr.be32(d);
                default -> {
                    return null; // meta set: kept raw
                }
            }
        }
        return key < 0 || dreg < 0 ? null : new Meta(key, dreg);
    }

    private static Expression ct(AttributeReader d) {
        int key = -1, dreg = -1, dir = -1;
        while (d.next()) {
            switch (d.type()) {
                case Ct.NFTA_CT_KEY -> key = Attr.be32(d);
                case Ct.NFTA_CT_DREG -> dreg = Attr.be32(d);
                case Ct.NFTA_CT_DIRECTION -> dir = d.u8();
                default -> {
                    return null; // ct set: kept raw
                }
            }
        }
        return key < 0 || dreg < 0 ? null : new Ct(key, dreg, dir);
    }

    private static Expression immediate(AttributeReader d, AttributeReader scratch) {
        int dreg = -1;
        NftData data = null;
        Verdict verdict = null;
        while (d.next()) {
            switch (d.type()) {
                case Immediate.NFTA_IMMEDIATE_DREG -> dreg = Attr.be32(d);
                case Immediate.NFTA_IMMEDIATE_DATA -> {
                    verdict = Attr.verdict(d, scratch);
                    if (verdict == null) {
                        data = Attr.data(d, scratch);
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        if (dreg < 0 || (data == null && verdict == null)) {
            throw new NetlinkDecodeException("immediate expression without DREG or DATA", 0);
        }
        if (verdict != null) {
            return dreg == 0 ? new VerdictExpression(verdict) : null;
        }
        return new Immediate(dreg, data);
    }

    private static Expression lookup(AttributeReader d) {
        String set = null;
        int setId = 0, sreg = -1, dreg = -1;
        boolean inv = false;
        while (d.next()) {
            switch (d.type()) {
                case Lookup.NFTA_LOOKUP_SET -> set = KernelNames.read(d);
                case Lookup.NFTA_LOOKUP_SREG -> sreg = Attr.be32(d);
                case Lookup.NFTA_LOOKUP_DREG -> dreg = Attr.be32(d);
                case Lookup.NFTA_LOOKUP_SET_ID -> setId = Attr.be32(d);
                case Lookup.NFTA_LOOKUP_FLAGS -> inv = (Attr.be32(d) & Lookup.NFT_LOOKUP_F_INV) != 0;
                default -> {
                    return null;
                }
            }
        }
        return set == null || sreg < 0 ? null : new Lookup(set, setId, sreg, dreg, inv);
    }

    private static Expression counter(AttributeReader d) {
        long packets = 0, bytes = 0;
        while (d.next()) {
            switch (d.type()) {
                case Counter.NFTA_COUNTER_BYTES -> bytes = Attr.be64(d);
                case Counter.NFTA_COUNTER_PACKETS -> packets = Attr.be64(d);
                case 3 -> {
                    // NFTA_COUNTER_PAD
                }
                default -> {
                    return null;
                }
            }
        }
        return new Counter(packets, bytes);
    }

    private static Expression limit(AttributeReader d) {
        long rate = -1, unit = -1;
        int burst = 0, type = 0, flags = 0;
        while (d.next()) {
            switch (d.type()) {
                case Limit.NFTA_LIMIT_RATE -> rate = Attr.be64(d);
                case Limit.NFTA_LIMIT_UNIT -> unit = Attr.be64(d);
                case Limit.NFTA_LIMIT_BURST -> burst = Attr.be32(d);
                case Limit.NFTA_LIMIT_TYPE -> type = Attr.be32(d);
                case Limit.NFTA_LIMIT_FLAGS -> flags = Attr.be32(d);
                case 6 -> {
                    // NFTA_LIMIT_PAD
                }
                default -> {
                    return null;
                }
            }
        }
        return rate < 0 || unit < 0 ? null : new Limit(rate, unit, burst, type, flags);
    }

    private static Expression log(AttributeReader d) {
        String prefix = null;
        int group = -1, level = -1, flags = -1;
        while (d.next()) {
            switch (d.type()) {
                case Log.NFTA_LOG_GROUP -> group = d.u16Be();
                case Log.NFTA_LOG_PREFIX -> prefix = d.string();
                case Log.NFTA_LOG_LEVEL -> level = Attr.be32(d);
                case Log.NFTA_LOG_FLAGS -> flags = Attr.be32(d);
                default -> {
                    return null; // snaplen / qthreshold: kept raw
                }
            }
        }
        return new Log(prefix, group, level, flags);
    }

    private static Expression reject(AttributeReader d) {
        int type = -1, code = 0;
        while (d.next()) {
            switch (d.type()) {
                case Reject.NFTA_REJECT_TYPE -> type = Attr.be32(d);
                case Reject.NFTA_REJECT_ICMP_CODE -> code = d.u8();
                default -> {
                    return null;
                }
            }
        }
        return type < 0 ? null : new Reject(type, code);
    }

    private static Expression nat(AttributeReader d) {
        int type = -1, family = -1, amin = 0, amax = 0, pmin = 0, pmax = 0, flags = 0;
        while (d.next()) {
            switch (d.type()) {
                case NatExpression.NFTA_NAT_TYPE -> type = Attr.be32(d);
                case NatExpression.NFTA_NAT_FAMILY -> family = Attr.be32(d);
                case NatExpression.NFTA_NAT_REG_ADDR_MIN -> amin = Attr.be32(d);
                case NatExpression.NFTA_NAT_REG_ADDR_MAX -> amax = Attr.be32(d);
                case NatExpression.NFTA_NAT_REG_PROTO_MIN -> pmin = Attr.be32(d);
                case NatExpression.NFTA_NAT_REG_PROTO_MAX -> pmax = Attr.be32(d);
                case NatExpression.NFTA_NAT_FLAGS -> flags = Attr.be32(d);
                default -> {
                    return null;
                }
            }
        }
        return type < 0 || family < 0 ? null : new NatExpression(type, family, amin, amax, pmin, pmax, flags);
    }

    private static Expression masq(AttributeReader d) {
        int flags = 0, pmin = 0, pmax = 0;
        while (d.next()) {
            switch (d.type()) {
                case Masquerade.NFTA_MASQ_FLAGS -> flags = Attr.be32(d);
                case Masquerade.NFTA_MASQ_REG_PROTO_MIN -> pmin = Attr.be32(d);
                case Masquerade.NFTA_MASQ_REG_PROTO_MAX -> pmax = Attr.be32(d);
                default -> {
                    return null;
                }
            }
        }
        return new Masquerade(flags, pmin, pmax);
    }

    private static Expression redir(AttributeReader d) {
        int flags = 0, pmin = 0, pmax = 0;
        while (d.next()) {
            switch (d.type()) {
                case Redirect.NFTA_REDIR_REG_PROTO_MIN -> pmin = Attr.be32(d);
                case Redirect.NFTA_REDIR_REG_PROTO_MAX -> pmax = Attr.be32(d);
                case Redirect.NFTA_REDIR_FLAGS -> flags = Attr.be32(d);
                default -> {
                    return null;
                }
            }
        }
        return new Redirect(pmin, pmax, flags);
    }
}
