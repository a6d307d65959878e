package io.jnetlink.netfilter;

import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.expr.Expression;
import io.jnetlink.netfilter.expr.ExpressionCodec;
import io.jnetlink.netfilter.expr.NftData;
import io.jnetlink.netfilter.expr.Verdict;

import java.util.List;

/**
 * Decodes nf_tables messages ({@code NFT_MSG_NEW*} replies to dumps) into values. Malformed input
 * raises {@link NetlinkDecodeException}; unknown attributes are skipped, unknown expressions kept raw.
 */
public final class NftDecoder {
    private NftDecoder() {
    }

    private static Family family(MessageReader m) {
        m.requirePayload(NfNetlink.NFGENMSG_LENGTH, "nfgenmsg");
        int f = m.payloadU8(NfNetlink.FAMILY_OFFSET);
        Family family = Family.ofValue(f);
        if (family == null) {
            throw new NetlinkDecodeException("unknown nftables family " + f, m.offset());
        }
        return family;
    }

    private static AttributeReader attrs(MessageReader m) {
        return m.attributes(new AttributeReader(), NfNetlink.NFGENMSG_LENGTH);
    }

    private static NetlinkDecodeException missing(MessageReader m, String what) {
        return new NetlinkDecodeException(Nft.messageName(NfNetlink.message(m.type())) + " without " + what, m.offset());
    }

    /**
     * {@return an {@code NFT_MSG_NEWTABLE}}
     *
     * @param m the message, positioned at its header
     */
    public static NftTable table(MessageReader m) {
        Family family = family(m);
        AttributeReader a = attrs(m);
        String name = null;
        int flags = 0;
        int use = 0;
        long handle = 0;
        while (a.next()) {
            switch (a.type()) {
                case Nft.NFTA_TABLE_NAME -> name = KernelNames.read(a);
                case Nft.NFTA_TABLE_FLAGS -> flags = a.u32Be();
                case Nft.NFTA_TABLE_USE -> use = a.u32Be();
                case Nft.NFTA_TABLE_HANDLE -> handle = a.u64Be();
                default -> {
                }
            }
        }
        if (name == null) {
            throw missing(m, "NFTA_TABLE_NAME");
        }
        return new NftTable(family, name, flags, handle, use);
    }

    /**
     * {@return an {@code NFT_MSG_NEWCHAIN}}
     *
     * @param m the message, positioned at its header
     */
    public static NftChain chain(MessageReader m) {
        Family family = family(m);
        AttributeReader a = attrs(m);
        AttributeReader h = new AttributeReader();
        String table = null, name = null, type = null, device = null;
        long handle = 0;
        int use = 0;
        int hooknum = -1;
        int priority = 0;
        Verdict policy = null;
        while (a.next()) {
            switch (a.type()) {
                case Nft.NFTA_CHAIN_TABLE -> table = KernelNames.read(a);
                case Nft.NFTA_CHAIN_NAME -> name = KernelNames.read(a);
                case Nft.NFTA_CHAIN_HANDLE -> handle = a.u64Be();
                case Nft.NFTA_CHAIN_TYPE -> type = a.string();
                case Nft.NFTA_CHAIN_USE -> use = a.u32Be();
                case Nft.NFTA_CHAIN_POLICY -> {
                    int p = a.u32Be();
                    policy = p == Verdict.NF_ACCEPT ? Verdict.ACCEPT : p == Verdict.NF_DROP ? Verdict.DROP
                            : new Verdict(p, null);
                }
                case Nft.NFTA_CHAIN_HOOK -> {
                    a.nested(h);
                    while (h.next()) {
                        switch (h.type()) {
                            case Nft.NFTA_HOOK_HOOKNUM -> hooknum = h.u32Be();
                            case Nft.NFTA_HOOK_PRIORITY -> priority = h.u32Be();
                            case Nft.NFTA_HOOK_DEV -> device = h.string();
                            default -> {
                            }
                        }
                    }
                }
                default -> {
                }
            }
        }
        if (table == null || name == null) {
            throw missing(m, "NFTA_CHAIN_TABLE or NFTA_CHAIN_NAME");
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
        return new NftChain(family, table, name, handle, chainType, hook, priority, policy, device, use);
    }

    /**
     * {@return an {@code NFT_MSG_NEWRULE}, expressions decoded}
     *
     * @param m the message, positioned at its header
     */
    public static NftRule rule(MessageReader m) {
        Family family = family(m);
        AttributeReader a = attrs(m);
        String table = null, chain = null;
        long handle = 0;
        List<Expression> exprs = List.of();
        NftData userdata = null;
        while (a.next()) {
            switch (a.type()) {
                case Nft.NFTA_RULE_TABLE -> table = KernelNames.read(a);
                case Nft.NFTA_RULE_CHAIN -> chain = KernelNames.read(a);
                case Nft.NFTA_RULE_HANDLE -> handle = a.u64Be();
                case Nft.NFTA_RULE_EXPRESSIONS -> exprs = ExpressionCodec.decodeList(a);
                case Nft.NFTA_RULE_USERDATA -> userdata = NftData.of(a.bytes());
                default -> {
                }
            }
        }
        if (table == null || chain == null) {
            throw missing(m, "NFTA_RULE_TABLE or NFTA_RULE_CHAIN");
        }
        return new NftRule(family, table, chain, handle, exprs, userdata);
    }

    /**
     * {@return an {@code NFT_MSG_NEWSET} (without elements)}
     *
     * @param m the message, positioned at its header
     */
    public static NftSet set(MessageReader m) {
        Family family = family(m);
        AttributeReader a = attrs(m);
        String table = null, name = null;
        long handle = 0, timeout = 0;
        int flags = 0, keyType = 0, keyLen = 0, dataType = 0, dataLen = 0;
        while (a.next()) {
            switch (a.type()) {
                case Nft.NFTA_SET_TABLE -> table = KernelNames.read(a);
                case Nft.NFTA_SET_NAME -> name = KernelNames.read(a);
                case Nft.NFTA_SET_HANDLE -> handle = a.u64Be();
                case Nft.NFTA_SET_FLAGS -> flags = a.u32Be();
                case Nft.NFTA_SET_KEY_TYPE -> keyType = a.u32Be();
                case Nft.NFTA_SET_KEY_LEN -> keyLen = a.u32Be();
                case Nft.NFTA_SET_DATA_TYPE -> dataType = a.u32Be();
                case Nft.NFTA_SET_DATA_LEN -> dataLen = a.u32Be();
                case Nft.NFTA_SET_TIMEOUT -> timeout = a.u64Be();
                default -> {
                }
            }
        }
        if (table == null || name == null) {
            throw missing(m, "NFTA_SET_TABLE or NFTA_SET_NAME");
        }
        return new NftSet(family, table, name, handle, flags, keyType, keyLen, dataType, dataLen, timeout, List.of());
    }

    /**
     * {@return the elements of an {@code NFT_MSG_NEWSETELEM}}
     *
     * @param m the message, positioned at its header
     */
    public static List<SetElement> elements(MessageReader m) {
        family(m);
        AttributeReader a = attrs(m);
        if (a.find(Nft.NFTA_SET_ELEM_LIST_ELEMENTS)) {
            return SetElements.decode(a);
        }
        return List.of();
    }

    /**
     * {@return the generation id of an {@code NFT_MSG_NEWGEN}}
     *
     * @param m the message, positioned at its header
     */
    public static long generation(MessageReader m) {
        AttributeReader a = m.attributes(new AttributeReader(), NfNetlink.NFGENMSG_LENGTH);
        if (!a.find(Nft.NFTA_GEN_ID)) {
            throw missing(m, "NFTA_GEN_ID");
        }
        return Integer.toUnsignedLong(a.u32Be());
    }
}
