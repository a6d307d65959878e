package io.jnetlink.netfilter;

import io.jnetlink.core.event.ChangeType;
import io.jnetlink.netfilter.wire.NftAttrs;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.expr.Verdict;

import java.util.Optional;

/**
 * An nftables chain, as {@code nft list chains} shows it. Base chains have a type, hook and
 * priority; regular chains (jump targets) have none.
 *
 * @param family   family of its table
 * @param table    table name
 * @param name     chain name
 * @param handle   the kernel's handle
 * @param type     {@code filter}/{@code nat}/{@code route}, null for a regular chain
 * @param hook     the hook, null for a regular chain (or an unknown hook number)
 * @param priority the priority (0 for a regular chain)
 * @param policy   the policy verdict of a base chain, null for a regular chain
 * @param device   the device of a netdev chain, else null
 * @param use      how many rules jump here
 * @param flags    {@code NFTA_CHAIN_FLAGS}: {@code NFT_CHAIN_BASE} 1, {@code NFT_CHAIN_HW_OFFLOAD} 2, {@code NFT_CHAIN_BINDING} 4
 * @param otherAttributes the attributes this version does not model ({@code NFTA_CHAIN_USERDATA},
 *                 {@code NFTA_CHAIN_COUNTERS}, newer ones), kept as they came
 */
public record NftChain(Family family, String table, String name, long handle, ChainType type, Hook hook, int priority,
                    Verdict policy, String device, int use, int flags, List<RawAttribute> otherAttributes) {
    /**
     * The canonical constructor: keeps an unmodifiable copy of {@code otherAttributes}.
     *
     * @param family family of its table
     * @param table table name
     * @param name chain name
     * @param handle the kernel's handle
     * @param type {@code filter}/{@code nat}/{@code route}, null for a regular chain
     * @param hook the hook, null for a regular chain
     * @param priority the priority (0 for a regular chain)
     * @param policy the policy verdict of a base chain, null for a regular chain
     * @param device the device of a netdev chain, else null
     * @param use how many rules jump here
     * @param flags {@code NFTA_CHAIN_FLAGS}
     * @param otherAttributes the attributes this version does not model, kept as they came
     */
    public NftChain {
        otherAttributes = List.copyOf(otherAttributes);
    }

    /**
     * A chain without attributes beyond those modelled: flags {@code NFT_CHAIN_BASE} for a base chain.
     *
     * @param family family of its table
     * @param table table name
     * @param name chain name
     * @param handle the kernel's handle
     * @param type {@code filter}/{@code nat}/{@code route}, null for a regular chain
     * @param hook the hook, null for a regular chain
     * @param priority the priority (0 for a regular chain)
     * @param policy the policy verdict of a base chain, null for a regular chain
     * @param device the device of a netdev chain, else null
     * @param use how many rules jump here
     */
    public NftChain(Family family, String table, String name, long handle, ChainType type, Hook hook, int priority,
                    Verdict policy, String device, int use) {
        this(family, table, name, handle, type, hook, priority, policy, device, use,
                type != null ? NftAttrs.NFT_CHAIN_BASE : 0, List.of());
    }

    /** {@return whether this is a base chain (attached to a hook)} */
    public boolean isBase() {
        return type != null;
    }

    /** {@return the device of a netdev chain} */
    public Optional<String> deviceName() {
        return Optional.ofNullable(device);
    }

    @Override
    public String toString() {
        return "chain " + family + " " + table + " " + name
                + (isBase() ? " { type " + type + " hook " + hook + " priority " + priority + "; policy " + policy + "; }" : "");
    }

    /**
     * {@return an {@code NFT_MSG_NEWCHAIN}}
     *
     * @param m the message, positioned at its header
     */
    public static NftChain decode(MessageReader m) {
        Family family = NftMessages.family(m);
        AttributeReader a = NftMessages.attrs(m);
        AttributeReader h = new AttributeReader();
        String table = null, name = null, type = null, device = null;
        long handle = 0;
        int use = 0;
        int hooknum = -1;
        int priority = 0;
        Verdict policy = null;
        int flags = 0;
        List<RawAttribute> others = new ArrayList<>();
        while (a.next()) {
            switch (a.type()) {
                case NftAttrs.NFTA_CHAIN_TABLE -> table = KernelNames.read(a);
                case NftAttrs.NFTA_CHAIN_NAME -> name = KernelNames.read(a);
                case NftAttrs.NFTA_CHAIN_HANDLE -> handle = a.u64Be();
                case NftAttrs.NFTA_CHAIN_TYPE -> type = a.string();
                case NftAttrs.NFTA_CHAIN_USE -> use = a.u32Be();
                case NftAttrs.NFTA_CHAIN_FLAGS -> flags = a.u32Be();
                case NftAttrs.NFTA_CHAIN_POLICY -> {
                    int p = a.u32Be();
                    policy = p == Verdict.NF_ACCEPT ? Verdict.ACCEPT : p == Verdict.NF_DROP ? Verdict.DROP
                            : new Verdict(p, null);
                }
                case NftAttrs.NFTA_CHAIN_HOOK -> {
                    a.nested(h);
                    while (h.next()) {
                        switch (h.type()) {
                            case NftAttrs.NFTA_HOOK_HOOKNUM -> hooknum = h.u32Be();
                            case NftAttrs.NFTA_HOOK_PRIORITY -> priority = h.u32Be();
                            case NftAttrs.NFTA_HOOK_DEV -> device = h.string();
                            default -> {
                            }
                        }
                    }
                }
                default -> others.add(RawAttribute.copyOf(a));
            }
        }
        if (table == null || name == null) {
            throw NftMessages.missing(m, "NFTA_CHAIN_TABLE or NFTA_CHAIN_NAME");
        }
        ChainType chainType = null;
        if (type != null) {
            try {
                chainType = ChainType.parse(type);
            } catch (IllegalArgumentException e) {
                throw new NetlinkDecodeException("unknown chain type " + type, m.offset());
            }
        }
        Hook hook = hooknum >= 0 ? Hook.of(family, hooknum) : null;
        return new NftChain(family, table, name, handle, chainType, hook, priority, policy, device, use, flags, others);
    }

    /**
     * Writes the chain's attributes as the kernel lists them ({@code nf_tables_fill_chain_info}: table,
     * name, handle, for a base chain its hook, policy and type, then flags and use), then the
     * attributes not modelled as they came.
     *
     * @param w the message being written, after its {@code nfgenmsg}
     */
    void encodeAttributes(MessageWriter w) {
        KernelNames.put(w, NftAttrs.NFTA_CHAIN_TABLE, table);
        KernelNames.put(w, NftAttrs.NFTA_CHAIN_NAME, name);
        w.putAttrU64Be(NftAttrs.NFTA_CHAIN_HANDLE, handle);
        if (hook != null) {
            int nest = w.beginNested(NftAttrs.NFTA_CHAIN_HOOK, false); // the kernel nests without NLA_F_NESTED
            w.putAttrU32Be(NftAttrs.NFTA_HOOK_HOOKNUM, hook.number(family));
            w.putAttrU32Be(NftAttrs.NFTA_HOOK_PRIORITY, priority);
            if (device != null) {
                w.putAttrString(NftAttrs.NFTA_HOOK_DEV, device);
            }
            w.endNested(nest);
        }
        if (policy != null) {
            w.putAttrU32Be(NftAttrs.NFTA_CHAIN_POLICY, policy.code());
        }
        if (type != null) {
            w.putAttrString(NftAttrs.NFTA_CHAIN_TYPE, type.nftName());
        }
        w.putAttrU32Be(NftAttrs.NFTA_CHAIN_FLAGS, flags);
        w.putAttrU32Be(NftAttrs.NFTA_CHAIN_USE, use);
        RawAttributes.write(w, otherAttributes);
    }

    private record Key(Family family, String table, String name) {
    }

    /** How {@link NftEvents} follows a chain: by family, table and name; {@code use} changes without a notification. */
    static NftFollowed followed(NftChain c) {
        return new NftFollowed(new Key(c.family, c.table, c.name), new NftChain(c.family, c.table, c.name, c.handle,
                c.type, c.hook, c.priority, c.policy, c.device, 0, c.flags, c.otherAttributes), (ChangeType type) -> new NftChainEvent(type, c));
    }

    // ---- requests: the operations a Transaction adds

    /** {@code nft add chain FAMILY TABLE NAME}: a regular chain (a jump target). */
    static Operation add(Family family, String table, String name) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "chain");
        return Operation.of(NftAttrs.NFT_MSG_NEWCHAIN, Netlink.NLM_F_CREATE, family.value(),
                "add chain " + family + " " + table + " " + name, w -> {
                    KernelNames.put(w, NftAttrs.NFTA_CHAIN_TABLE, table);
                    KernelNames.put(w, NftAttrs.NFTA_CHAIN_NAME, name);
                });
    }

    /** {@code nft add chain FAMILY TABLE NAME { type TYPE hook HOOK [device DEV] priority PRIO; [policy POLICY;] }}. */
    static Operation addBase(Family family, String table, String name, ChainType type, Hook hook, String priority,
                                    Verdict policy, String device) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "chain");
        Objects.requireNonNull(type, "chain type");
        Objects.requireNonNull(hook, "hook");
        int hooknum = hook.number(family);
        int prio = Priority.parse(priority, family);
        if (policy != null && policy.code() != Verdict.NF_ACCEPT && policy.code() != Verdict.NF_DROP) {
            throw new IllegalArgumentException("chain policy must be accept or drop: " + policy);
        }
        if (family == Family.NETDEV) {
            if (device == null) {
                throw new IllegalArgumentException("a netdev base chain needs a device");
            }
            io.jnetlink.core.net.InterfaceNames.check(device, "device");
        } else if (device != null) {
            throw new IllegalArgumentException("only netdev chains take a device, not " + family);
        }
        if (type == ChainType.NAT && family != Family.IP && family != Family.IP6 && family != Family.INET) {
            throw new IllegalArgumentException("nat chains need an ip, ip6 or inet table, not " + family);
        }
        String desc = "add chain " + family + " " + table + " " + name + " { type " + type + " hook " + hook
                + (device != null ? " device " + device : "") + " priority " + prio + ";"
                + (policy != null ? " policy " + policy + ";" : "") + " }";
        return Operation.of(NftAttrs.NFT_MSG_NEWCHAIN, Netlink.NLM_F_CREATE, family.value(), desc, w -> {
            KernelNames.put(w, NftAttrs.NFTA_CHAIN_TABLE, table);
            KernelNames.put(w, NftAttrs.NFTA_CHAIN_NAME, name);
            w.putAttrString(NftAttrs.NFTA_CHAIN_TYPE, type.nftName());
            if (policy != null) {
                w.putAttrU32Be(NftAttrs.NFTA_CHAIN_POLICY, policy.code());
            }
            int h = w.beginNested(NftAttrs.NFTA_CHAIN_HOOK, false); // the kernel nests without NLA_F_NESTED
            w.putAttrU32Be(NftAttrs.NFTA_HOOK_HOOKNUM, hooknum);
            w.putAttrU32Be(NftAttrs.NFTA_HOOK_PRIORITY, prio);
            if (device != null) {
                w.putAttrString(NftAttrs.NFTA_HOOK_DEV, device);
            }
            w.endNested(h);
        });
    }

    /** {@code nft delete chain FAMILY TABLE NAME}. */
    static Operation delete(Family family, String table, String name) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "chain");
        return Operation.of(NftAttrs.NFT_MSG_DELCHAIN, 0, family.value(), "delete chain " + family + " " + table + " " + name, w -> {
            KernelNames.put(w, NftAttrs.NFTA_CHAIN_TABLE, table);
            KernelNames.put(w, NftAttrs.NFTA_CHAIN_NAME, name);
        });
    }

    /** {@code nft flush chain FAMILY TABLE NAME}. */
    static Operation flush(Family family, String table, String name) {
        Objects.requireNonNull(family, "family");
        Names.check(table, "table");
        Names.check(name, "chain");
        return Operation.of(NftAttrs.NFT_MSG_DELRULE, 0, family.value(), "flush chain " + family + " " + table + " " + name, w -> {
            KernelNames.put(w, NftAttrs.NFTA_RULE_TABLE, table);
            KernelNames.put(w, NftAttrs.NFTA_RULE_CHAIN, name);
        });
    }
}
