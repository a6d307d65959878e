package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.expr.Expression;
import io.jnetlink.netfilter.expr.ExpressionCodec;

import java.util.List;

/**
 * A reused, zero-allocation view of one rule of a listing ({@code NFT_MSG_NEWRULE}), as
 * {@code nft -a list chain FAMILY TABLE CHAIN} prints it: valid only inside the visitor it is
 * handed to (see {@link ChainRulesRequest#forEach}). The accessors that return strings, lists or
 * records allocate; {@link #tableEquals}, {@link #chainEquals}, {@link #handle()} and
 * {@link #expressionCount()} do not.
 */
public final class NftRuleView {
    private final AttributeReader attrs = new AttributeReader();
    private final AttributeReader scratch = new AttributeReader();
    private final AttributeReader inner = new AttributeReader();
    private MessageReader message;
    private int family;
    private int tableAt;
    private int tableLength;
    private int chainAt;
    private int chainLength;
    private int expressionsAt;
    private int expressionsLength;
    private long handle;

    /**
     * Points the view at {@code message}, an {@code NFT_MSG_NEWRULE} of a dump.
     *
     * @param message the message (read in place; it must stay valid while the view is used)
     * @return this view
     * @throws NetlinkDecodeException if the message has no nfgenmsg, table or chain
     */
    public NftRuleView wrap(MessageReader message) {
        message.requirePayload(NfGenMsg.NFGENMSG_LENGTH, "nfgenmsg");
        this.message = message;
        this.family = message.payloadU8(NfGenMsg.FAMILY_OFFSET);
        tableAt = chainAt = expressionsAt = -1;
        tableLength = chainLength = expressionsLength = 0;
        handle = 0;
        message.attributes(attrs, NfGenMsg.NFGENMSG_LENGTH);
        while (attrs.next()) {
            switch (attrs.type()) {
                case NftAttrs.NFTA_RULE_TABLE -> {
                    tableAt = attrs.offset();
                    tableLength = attrs.valueOffset() - attrs.offset() + attrs.valueLength();
                }
                case NftAttrs.NFTA_RULE_CHAIN -> {
                    chainAt = attrs.offset();
                    chainLength = attrs.valueOffset() - attrs.offset() + attrs.valueLength();
                }
                case NftAttrs.NFTA_RULE_EXPRESSIONS -> {
                    expressionsAt = attrs.offset();
                    expressionsLength = attrs.valueOffset() - attrs.offset() + attrs.valueLength();
                }
                case NftAttrs.NFTA_RULE_HANDLE -> handle = attrs.u64Be();
                default -> {
                }
            }
        }
        if (tableAt < 0 || chainAt < 0) {
            throw new NetlinkDecodeException("NFT_MSG_NEWRULE without NFTA_RULE_TABLE or NFTA_RULE_CHAIN", message.offset());
        }
        return this;
    }

    /**
     * The rule's family ({@code nfgenmsg.nfgen_family}).
     *
     * @return the family, or null for one this library does not know
     */
    public Family family() {
        return Family.ofValue(family);
    }

    /**
     * The family's number ({@code NFPROTO_*}), without a look-up.
     *
     * @return {@code nfgen_family}
     */
    public int familyValue() {
        return family;
    }

    /**
     * Whether the rule's table ({@code NFTA_RULE_TABLE}) is {@code name}; allocates nothing.
     *
     * @param name the table name
     * @return whether it is the rule's table
     */
    public boolean tableEquals(String name) {
        return nameEquals(at(tableAt, tableLength), name);
    }

    /**
     * Whether the rule's chain ({@code NFTA_RULE_CHAIN}) is {@code name}; allocates nothing.
     *
     * @param name the chain name
     * @return whether it is the rule's chain
     */
    public boolean chainEquals(String name) {
        return nameEquals(at(chainAt, chainLength), name);
    }

    /**
     * The table's name (a new string).
     *
     * @return {@code NFTA_RULE_TABLE}
     */
    public String table() {
        return KernelNames.read(at(tableAt, tableLength));
    }

    /**
     * The chain's name (a new string).
     *
     * @return {@code NFTA_RULE_CHAIN}
     */
    public String chain() {
        return KernelNames.read(at(chainAt, chainLength));
    }

    /**
     * The rule's handle ({@code NFTA_RULE_HANDLE}), what {@code nft -a} prints as {@code # handle N}.
     *
     * @return the handle, 0 when the message carries none
     */
    public long handle() {
        return handle;
    }

    /**
     * How many expressions the rule has ({@code NFTA_RULE_EXPRESSIONS} elements); allocates nothing.
     *
     * @return the number of expressions
     */
    public int expressionCount() {
        if (expressionsAt < 0) {
            return 0;
        }
        AttributeReader list = at(expressionsAt, expressionsLength).nested(inner);
        int n = 0;
        while (list.next()) {
            n++;
        }
        return n;
    }

    /**
     * The rule's expressions, decoded (allocates).
     *
     * @return the expressions, in order
     * @throws NetlinkDecodeException if an expression is malformed
     */
    public List<Expression> expressions() {
        return expressionsAt < 0 ? List.of() : ExpressionCodec.decodeList(at(expressionsAt, expressionsLength));
    }

    /**
     * The rule as a record, as {@link Nftables#list()} returns it (allocates).
     *
     * @return the rule
     */
    public NftRule toRule() {
        return NftRule.decode(message);
    }

    /** The scratch reader positioned on the attribute whose header is at {@code offset}. */
    private AttributeReader at(int offset, int length) {
        scratch.wrap(message.buffer(), offset, length);
        scratch.next();
        return scratch;
    }

    /** ASCII names compare in place; others as the kernel's bytes ({@link KernelNames}), which need not be UTF-8. */
    private static boolean nameEquals(AttributeReader a, String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return KernelNames.read(a).equals(name);
            }
        }
        return a.stringEquals(name);
    }
}
