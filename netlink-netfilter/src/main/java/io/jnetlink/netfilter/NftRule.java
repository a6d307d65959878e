package io.jnetlink.netfilter;

import io.jnetlink.core.event.ChangeType;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.netfilter.expr.Lookup;
import io.jnetlink.core.message.Netlink;
import java.util.function.IntSupplier;
import java.util.ArrayList;
import java.util.Objects;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.netfilter.expr.ExpressionCodec;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.expr.Expression;
import io.jnetlink.netfilter.expr.NftData;

import java.util.List;

/**
 * An nftables rule: its place and its expressions, as {@code nft -a list chain} shows it
 * ({@code nft --debug=netlink} prints the same expressions). Expressions the library does not
 * understand are kept as {@link io.jnetlink.netfilter.expr.RawExpression}.
 *
 * @param family      family of its table
 * @param table       table name
 * @param chain       chain name
 * @param handle      the kernel's handle (0 for a rule not yet added)
 * @param expressions the expressions, in order
 * @param userdata    {@code NFTA_RULE_USERDATA} (nft keeps comments there), or null
 * @param otherAttributes the attributes this version does not model ({@code NFTA_RULE_POSITION} of
 *                    notifications, newer ones), kept as they came
 */
public record NftRule(Family family, String table, String chain, long handle, List<Expression> expressions, NftData userdata,
                      List<RawAttribute> otherAttributes) {
    /**
     * The canonical constructor: keeps unmodifiable copies of the lists.
     *
     * @param family family of its table
     * @param table table name
     * @param chain chain name
     * @param handle the kernel's handle (0 for a rule not yet added)
     * @param expressions the expressions, in order
     * @param userdata {@code NFTA_RULE_USERDATA} (nft keeps comments there), or null
     * @param otherAttributes the attributes this version does not model, kept as they came
     */
    public NftRule {
        expressions = List.copyOf(expressions);
        otherAttributes = List.copyOf(otherAttributes);
    }

    /**
     * A rule without attributes beyond those modelled.
     *
     * @param family family of its table
     * @param table table name
     * @param chain chain name
     * @param handle the kernel's handle (0 for a rule not yet added)
     * @param expressions the expressions, in order
     * @param userdata {@code NFTA_RULE_USERDATA} (nft keeps comments there), or null
     */
    public NftRule(Family family, String table, String chain, long handle, List<Expression> expressions, NftData userdata) {
        this(family, table, chain, handle, expressions, userdata, List.of());
    }

    /**
     * Starts a rule for chain {@code chain} of table {@code table}: {@code nft add rule FAMILY TABLE CHAIN ...}.
     *
     *
     * @param family the nftables family ({@code ip}, {@code ip6}, {@code inet}, ...)
     * @param table the table
     * @param chain the chain name
     * @return a builder for the rule's matches and statement
     * @throws IllegalArgumentException for an invalid table or chain name
     */
    public static NftRuleBuilder in(Family family, String table, String chain) {
        return new NftRuleBuilder(family, table, chain);
    }

    /**
     * Starts a rule for chain {@code chain} of {@code table}.
     *
     * @param table the table
     * @param chain the chain name
     * @return a builder for the rule's matches and statement
     */
    public static NftRuleBuilder in(NftTable table, String chain) {
        return new NftRuleBuilder(table.family(), table.name(), chain);
    }

    /**
     * {@return an {@code NFT_MSG_NEWRULE}, expressions decoded}
     *
     * @param m the message, positioned at its header
     */
    public static NftRule decode(MessageReader m) {
        Family family = NftMessages.family(m);
        AttributeReader a = NftMessages.attrs(m);
        String table = null, chain = null;
        long handle = 0;
        List<Expression> exprs = List.of();
        NftData userdata = null;
        List<RawAttribute> others = new ArrayList<>();
        while (a.next()) {
            switch (a.type()) {
                case NftAttrs.NFTA_RULE_TABLE -> table = KernelNames.read(a);
                case NftAttrs.NFTA_RULE_CHAIN -> chain = KernelNames.read(a);
                case NftAttrs.NFTA_RULE_HANDLE -> handle = a.u64Be();
                case NftAttrs.NFTA_RULE_EXPRESSIONS -> exprs = ExpressionCodec.decodeList(a);
                case NftAttrs.NFTA_RULE_USERDATA -> userdata = NftData.of(a.bytes());
                default -> others.add(RawAttribute.copyOf(a));
            }
        }
        if (table == null || chain == null) {
            throw NftMessages.missing(m, "NFTA_RULE_TABLE or NFTA_RULE_CHAIN");
        }
        return new NftRule(family, table, chain, handle, exprs, userdata, others);
    }

    private record Key(Family family, String table, String chain, long handle) {
    }

    /** How {@link NftEvents} follows a rule: by family, table, chain and handle. */
    static NftFollowed followed(NftRule r) {
        return new NftFollowed(new Key(r.family, r.table, r.chain, r.handle), r, (ChangeType type) -> new NftRuleEvent(type, r));
    }

    // ---- requests: the operations a Transaction adds

    /** {@code nft delete rule FAMILY TABLE CHAIN handle HANDLE}. */
    static Operation delete(Family family, String table, String chain, long handle) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(chain, "chain");
        checkHandle(handle, false);
        return Operation.of(NftAttrs.NFT_MSG_DELRULE, 0, family.value(),
                "delete rule " + family + " " + table + " " + chain + " handle " + handle, w -> {
                    KernelNames.put(w, NftAttrs.NFTA_RULE_TABLE, table);
                    KernelNames.put(w, NftAttrs.NFTA_RULE_CHAIN, chain);
                    w.putAttrU64Be(NftAttrs.NFTA_RULE_HANDLE, handle);
                });
    }

    /**
     * The operations that add {@code rule} ({@code flags} NLM_F_CREATE/APPEND/REPLACE, at
     * {@code position}, replacing {@code handle}): its anonymous set and elements first, then the rule.
     */
    static List<Operation> add(NftRuleBuilder rule, int flags, long position, long handle, String verb, IntSupplier nextSetId) {
        List<Operation> ops = new ArrayList<>();
        Objects.requireNonNull(rule, "rule");
        if (rule.expressions().isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one expression");
        }
        List<Expression> exprs = new ArrayList<>(rule.expressions());
        AnonymousSet anon = rule.anonymousSet();
        if (anon != null) {
            int setId = nextSetId.getAsInt();
            ops.addAll(NftSet.anonymous(rule.family(), rule.table(), anon, setId));
            for (int i = 0; i < exprs.size(); i++) {
                if (exprs.get(i) instanceof Lookup l && l.set().equals(AnonymousSet.NAME)) {
                    exprs.set(i, new Lookup(AnonymousSet.NAME, setId, l.sourceRegister(), l.destRegister(), l.inverted()));
                }
            }
        }
        NftData userdata = rule.userdata();
        java.util.function.Supplier<String> desc = () -> verb + " " + rule.family() + " " + rule.table() + " " + rule.chain()
                + (position != 0 ? " position " + position : "") + (handle != 0 ? " handle " + handle : "")
                + " " + describe(exprs);
        ops.add(Operation.of(NftAttrs.NFT_MSG_NEWRULE, flags | Netlink.NLM_F_ECHO, rule.family().value(), desc, w -> {
            KernelNames.put(w, NftAttrs.NFTA_RULE_TABLE, rule.table());
            KernelNames.put(w, NftAttrs.NFTA_RULE_CHAIN, rule.chain());
            if (handle != 0) {
                w.putAttrU64Be(NftAttrs.NFTA_RULE_HANDLE, handle);
            }
            if (position != 0) {
                w.putAttrU64Be(NftAttrs.NFTA_RULE_POSITION, position);
            }
            ExpressionCodec.encodeList(w, NftAttrs.NFTA_RULE_EXPRESSIONS, exprs);
            if (userdata != null) {
                userdata.writeAttribute(w, NftAttrs.NFTA_RULE_USERDATA);
            }
        }, new Operation.NewRule(rule.table(), (flags & Netlink.NLM_F_REPLACE) != 0 ? handle : 0)));
        return ops;
    }

    /**
     * A rule's expressions as {@code nft --debug=netlink} lists them, one bracket each with its
     * fields ({@code [ immediate verdict=jump c ]}), so an error names the rule, not only its kinds.
     */
    static String describe(List<Expression> exprs) {
        StringBuilder s = new StringBuilder();
        for (Expression e : exprs) {
            String text = e.toString();
            int open = text.indexOf('[');
            String fields = open >= 0 && text.endsWith("]") ? text.substring(open + 1, text.length() - 1) : text;
            s.append(s.length() > 0 ? " " : "").append("[ ").append(e.name())
                    .append(fields.isEmpty() ? "" : " " + fields.replace(", ", " ")).append(" ]");
        }
        return s.toString();
    }

    static void checkHandle(long handle, boolean zeroAllowed) {
        if (handle < 0 || (!zeroAllowed && handle == 0)) {
            throw new IllegalArgumentException("rule handle must be " + (zeroAllowed ? "0 or " : "") + "positive: " + handle);
        }
    }
}
