package io.jnetlink.netfilter;

import io.jnetlink.core.event.ChangeType;
import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
/**
 * An nftables table, as {@code nft list tables} shows it.
 *
 * @param family the family
 * @param name   the name
 * @param flags  {@code NFT_TABLE_F_DORMANT} 1, {@code NFT_TABLE_F_OWNER} 2
 * @param handle the kernel's handle
 * @param use    how many chains and sets it holds
 * @param otherAttributes the attributes this version does not model ({@code NFTA_TABLE_USERDATA},
 *               {@code NFTA_TABLE_OWNER}, newer ones), kept as they came
 */
public record NftTable(Family family, String name, int flags, long handle, int use, List<RawAttribute> otherAttributes) {
    /**
     * The canonical constructor: keeps an unmodifiable copy of {@code otherAttributes}.
     *
     * @param family the family
     * @param name the name
     * @param flags {@code NFT_TABLE_F_DORMANT} 1, {@code NFT_TABLE_F_OWNER} 2
     * @param handle the kernel's handle
     * @param use how many chains and sets it holds
     * @param otherAttributes the attributes this version does not model, kept as they came
     */
    public NftTable {
        otherAttributes = List.copyOf(otherAttributes);
    }

    /**
     * A table without attributes beyond those modelled.
     *
     * @param family the family
     * @param name the name
     * @param flags {@code NFT_TABLE_F_DORMANT} 1, {@code NFT_TABLE_F_OWNER} 2
     * @param handle the kernel's handle
     * @param use how many chains and sets it holds
     */
    public NftTable(Family family, String name, int flags, long handle, int use) {
        this(family, name, flags, handle, use, List.of());
    }

    /**
     * Whether the table is dormant ({@code nft add table ... { flags dormant; }}).
     *
     * @return whether the table is dormant
     */
    public boolean dormant() {
        return (flags & NftAttrs.NFT_TABLE_F_DORMANT) != 0;
    }

    /** {@return whether the table belongs to the netlink socket that made it ({@code flags owner})} */
    public boolean owner() {
        return (flags & NftAttrs.NFT_TABLE_F_OWNER) != 0;
    }

    @Override
    public String toString() {
        return "table " + family + " " + name;
    }

    /**
     * {@return an {@code NFT_MSG_NEWTABLE}}
     *
     * @param m the message, positioned at its header
     */
    public static NftTable decode(MessageReader m) {
        Family family = NftMessages.family(m);
        AttributeReader a = NftMessages.attrs(m);
        String name = null;
        int flags = 0;
        int use = 0;
        long handle = 0;
        List<RawAttribute> others = new ArrayList<>();
        while (a.next()) {
            switch (a.type()) {
                case NftAttrs.NFTA_TABLE_NAME -> name = KernelNames.read(a);
                case NftAttrs.NFTA_TABLE_FLAGS -> flags = a.u32Be();
                case NftAttrs.NFTA_TABLE_USE -> use = a.u32Be();
                case NftAttrs.NFTA_TABLE_HANDLE -> handle = a.u64Be();
                default -> others.add(RawAttribute.copyOf(a));
            }
        }
        if (name == null) {
            throw NftMessages.missing(m, "NFTA_TABLE_NAME");
        }
        return new NftTable(family, name, flags, handle, use, others);
    }

    /**
     * Writes the table's attributes as the kernel lists them ({@code nf_tables_fill_table_info}: name,
     * use, handle, flags), then the attributes not modelled as they came.
     *
     * @param w the message being written, after its {@code nfgenmsg}
     */
    void encodeAttributes(MessageWriter w) {
        KernelNames.put(w, NftAttrs.NFTA_TABLE_NAME, name);
        w.putAttrU32Be(NftAttrs.NFTA_TABLE_USE, use);
        w.putAttrU64Be(NftAttrs.NFTA_TABLE_HANDLE, handle);
        w.putAttrU32Be(NftAttrs.NFTA_TABLE_FLAGS, flags);
        RawAttributes.write(w, otherAttributes);
    }

    private record Key(Family family, String name) {
    }

    /** How {@link NftEvents} follows a table: by family and name; {@code use} changes without a notification. */
    static NftFollowed followed(NftTable t) {
        return new NftFollowed(new Key(t.family, t.name), new NftTable(t.family, t.name, t.flags, t.handle, 0, t.otherAttributes),
                (ChangeType type) -> new NftTableEvent(type, t));
    }

    // ---- requests: the operations a Transaction adds

    /** {@code nft add table FAMILY NAME { flags dormant|owner; }}: flags {@code NFT_TABLE_F_*}. */
    static Operation add(Family family, String name, int flags) {
        Objects.requireNonNull(family, "family");
        Names.check(name, "table");
        if ((flags & ~(NftAttrs.NFT_TABLE_F_DORMANT | NftAttrs.NFT_TABLE_F_OWNER)) != 0) {
            throw new IllegalArgumentException("table flags must be NFT_TABLE_F_DORMANT|NFT_TABLE_F_OWNER: " + flags);
        }
        return Operation.of(NftAttrs.NFT_MSG_NEWTABLE, Netlink.NLM_F_CREATE, family.value(), "add table " + family + " " + name, w -> {
            KernelNames.put(w, NftAttrs.NFTA_TABLE_NAME, name);
            w.putAttrU32Be(NftAttrs.NFTA_TABLE_FLAGS, flags);
        });
    }

    /** {@code nft delete table FAMILY NAME}. */
    static Operation delete(Family family, String name) {
        Objects.requireNonNull(family, "family");
        Names.check(name, "table");
        return Operation.of(NftAttrs.NFT_MSG_DELTABLE, 0, family.value(), "delete table " + family + " " + name,
                w -> KernelNames.put(w, NftAttrs.NFTA_TABLE_NAME, name));
    }

    /** {@code nft flush table FAMILY NAME}: deletes every rule of the table. */
    static Operation flush(Family family, String name) {
        Objects.requireNonNull(family, "family");
        Names.check(name, "table");
        return Operation.of(NftAttrs.NFT_MSG_DELRULE, 0, family.value(), "flush table " + family + " " + name,
                w -> KernelNames.put(w, NftAttrs.NFTA_RULE_TABLE, name));
    }

    /** {@code nft flush ruleset}: deletes every table of every family. */
    static Operation flushRuleset() {
        return Operation.of(NftAttrs.NFT_MSG_DELTABLE, 0, NfGenMsg.NFPROTO_UNSPEC, "flush ruleset", w -> {
        });
    }
}
