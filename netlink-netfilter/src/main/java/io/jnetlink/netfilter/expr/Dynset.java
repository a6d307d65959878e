package io.jnetlink.netfilter.expr;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.MessageWriter;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code dynset}: adds or updates the packet's key in a set from the rule, with per-element
 * stateful expressions: a meter, nft {@code add @m { ip saddr limit rate 10/second }}, or
 * {@code update @m { ip saddr timeout 10s }}.
 *
 * @param op           {@code NFTA_DYNSET_OP}: {@link #ADD} 0, {@link #UPDATE} 1, {@link #DELETE} 2
 * @param keyRegister  {@code NFTA_DYNSET_SREG_KEY}
 * @param dataRegister {@code NFTA_DYNSET_SREG_DATA} (maps), -1 when absent
 * @param timeoutMs    {@code NFTA_DYNSET_TIMEOUT} in milliseconds, 0 for none (the kernel lists 0)
 * @param setName      {@code NFTA_DYNSET_SET_NAME}
 * @param setId        {@code NFTA_DYNSET_SET_ID} (nft sends the set's id; the kernel does not list it), -1 when absent
 * @param expressions  the per-element expressions: one as {@code NFTA_DYNSET_EXPR}, more as {@code NFTA_DYNSET_EXPRESSIONS}
 * @param flags        {@code NFTA_DYNSET_FLAGS} ({@code NFT_DYNSET_F_INV} 1, {@code NFT_DYNSET_F_EXPR} 2), -1 when absent
 */
public record Dynset(int op, int keyRegister, int dataRegister, long timeoutMs, String setName, int setId,
                     List<Expression> expressions, int flags) implements Expression {
    static final int NFTA_DYNSET_SET_NAME = 1;
    static final int NFTA_DYNSET_SET_ID = 2;
    static final int NFTA_DYNSET_OP = 3;
    static final int NFTA_DYNSET_SREG_KEY = 4;
    static final int NFTA_DYNSET_SREG_DATA = 5;
    static final int NFTA_DYNSET_TIMEOUT = 6;
    static final int NFTA_DYNSET_EXPR = 7;
    static final int NFTA_DYNSET_PAD = 8;
    static final int NFTA_DYNSET_FLAGS = 9;
    static final int NFTA_DYNSET_EXPRESSIONS = 10;
    /** {@code NFT_DYNSET_OP_ADD}: nft {@code add @s { … }}. */
    public static final int ADD = 0;
    /** {@code NFT_DYNSET_OP_UPDATE}: nft {@code update @s { … }}. */
    public static final int UPDATE = 1;
    /** {@code NFT_DYNSET_OP_DELETE}: nft {@code delete @s { … }}. */
    public static final int DELETE = 2;

    /**
     * Checks the arguments and keeps an unmodifiable copy of {@code expressions}.
     *
     * @param op the {@code NFT_DYNSET_OP_*} operation
     * @param keyRegister the register holding the key
     * @param dataRegister the register holding the map value, or -1
     * @param timeoutMs the element timeout in milliseconds, or 0
     * @param setName the set's name
     * @param setId the set's transaction id, or -1
     * @param expressions the per-element expressions
     * @param flags the {@code NFT_DYNSET_F_*} flags, or -1
     */
    public Dynset {
        if (setName == null || setName.isEmpty()) {
            throw new IllegalArgumentException("setName must not be empty");
        }
        if (timeoutMs < 0) {
            throw new IllegalArgumentException("timeoutMs must be at least 0: " + timeoutMs);
        }
        expressions = List.copyOf(expressions);
    }

    @Override
    public String name() {
        return "dynset";
    }

    /** nft's order: key register, data register, op, timeout, set name, set id, expressions, flags. */
    @Override
    public void encodeData(MessageWriter w) {
        w.putAttrU32Be(NFTA_DYNSET_SREG_KEY, keyRegister);
        if (dataRegister >= 0) {
            w.putAttrU32Be(NFTA_DYNSET_SREG_DATA, dataRegister);
        }
        w.putAttrU32Be(NFTA_DYNSET_OP, op);
        if (timeoutMs > 0) {
            w.putAttrU64Be(NFTA_DYNSET_TIMEOUT, timeoutMs);
        }
        KernelNames.put(w, NFTA_DYNSET_SET_NAME, setName);
        if (setId >= 0) {
            w.putAttrU32Be(NFTA_DYNSET_SET_ID, setId);
        }
        if (expressions.size() == 1) {
            ExpressionCodec.encodeAs(w, NFTA_DYNSET_EXPR, expressions.get(0));
        } else if (expressions.size() > 1) {
            ExpressionCodec.encodeList(w, NFTA_DYNSET_EXPRESSIONS, expressions);
        }
        if (flags >= 0) {
            w.putAttrU32Be(NFTA_DYNSET_FLAGS, flags);
        }
    }

    /**
     * Decodes the {@code NFTA_EXPR_DATA} of a dynset.
     *
     * @param d the attributes inside {@code NFTA_EXPR_DATA}
     * @param scratch a reader for nested values
     * @return the expression, or null to keep it raw (attributes this record does not model)
     */
    static Expression decode(AttributeReader d, AttributeReader scratch) {
        int op = -1, key = -1, data = -1, id = -1, flags = -1;
        long timeout = 0;
        String set = null;
        List<Expression> exprs = new ArrayList<>();
        while (d.next()) {
            switch (d.type()) {
                case NFTA_DYNSET_SET_NAME -> set = KernelNames.read(d);
                case NFTA_DYNSET_SET_ID -> id = Attr.be32(d);
                case NFTA_DYNSET_OP -> op = Attr.be32(d);
                case NFTA_DYNSET_SREG_KEY -> key = Attr.be32(d);
                case NFTA_DYNSET_SREG_DATA -> data = Attr.be32(d);
                case NFTA_DYNSET_TIMEOUT -> timeout = Attr.be64(d);
                case NFTA_DYNSET_EXPR -> exprs.add(ExpressionCodec.decodeElement(d, new AttributeReader(), new AttributeReader(),
                        new AttributeReader()));
                case NFTA_DYNSET_EXPRESSIONS -> exprs.addAll(ExpressionCodec.decodeList(d));
                case NFTA_DYNSET_FLAGS -> flags = Attr.be32(d);
                case NFTA_DYNSET_PAD -> {
                    // alignment only
                }
                default -> {
                    return null;
                }
            }
        }
        if (op < 0 || key < 0 || set == null || set.isEmpty() || timeout < 0) {
            return null;
        }
        return new Dynset(op, key, data, timeout, set, id, exprs, flags);
    }
}
