package io.jnetlink.netfilter;

import io.jnetlink.netfilter.wire.NfGenMsg;
import io.jnetlink.netfilter.wire.NftAttrs;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.Netlink;

import java.util.ArrayList;
import java.util.List;

/**
 * Entry point to nftables over nfnetlink: atomic {@link #transaction() transactions} (like
 * {@code nft -f}), {@link #list() listing}/{@link #show() requests} (like {@code nft list ruleset}) and the ruleset
 * {@link #generation() generation} (for optimistic concurrency with
 * {@link Transaction#expectGeneration}).
 */
public final class Nftables {
    private Nftables() {
    }

    /** {@return a new, empty transaction; {@code apply()} commits it} */
    public static Transaction transaction() {
        return new Transaction();
    }

    /**
     * {@code nft list ruleset}: a request returning every table, chain, rule and set with elements;
     * {@code .in(ns)} picks the namespace, {@code apply()} runs it (as {@code Routes.show()} does).
     *
     * @return a new request; {@code apply()} sends it
     */
    public static ListRequest show() {
        return new ListRequest();
    }

    /**
     * {@return {@code nft list ruleset} of the current namespace, at once (as {@code Routes.list()})}
     */
    public static Ruleset list() {
        return show().apply();
    }

    /**
     * {@return {@code nft list ruleset} of {@code namespace}, at once}
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     */
    public static Ruleset list(NetNamespace namespace) {
        return show().in(namespace).apply();
    }

    /**
     * {@code nft -a list chain FAMILY TABLE CHAIN}: the rules of one chain, from one dump the
     * kernel filters (not the dumps of {@link #list()}); stream them with
     * {@link ChainRulesRequest#forEach}, count them with {@link ChainRulesRequest#count}, or
     * {@code apply()} for records.
     *
     * @param family the table's family
     * @param table the table's name
     * @param chain the chain's name
     * @return the listing request
     */
    public static ChainRulesRequest rules(Family family, String table, String chain) {
        return new ChainRulesRequest(family, table, chain);
    }

    /**
     * The ruleset generation id ({@code NFT_MSG_GETGEN}); every committed transaction increments it.
     *
     * @return a new request; {@code apply()} sends it
     */
    public static GenerationRequest generation() {
        return new GenerationRequest();
    }

    /**
     * {@code nft reset counter|quota FAMILY TABLE NAME}: reads the object and zeroes it in one step
     * ({@code NFT_MSG_GETOBJ_RESET}); {@code apply()} returns the values it had.
     *
     * @param family the table's family
     * @param table the table's name
     * @param name the object's name
     * @param objectType its {@code NFT_OBJECT_*} type (counter 1, quota 2)
     * @return the request
     */
    public static ObjectResetRequest resetObject(Family family, String table, String name, int objectType) {
        NftObject.check(family, table, name, objectType);
        return new ObjectResetRequest(family, table, name, objectType);
    }

    /** Reads and zeroes one stateful object ({@code nft reset counter …}). */
    public static final class ObjectResetRequest extends NetlinkRequest<ObjectResetRequest, NftObject> {
        private final Family family;
        private final String table;
        private final String name;
        private final int objectType;

        ObjectResetRequest(Family family, String table, String name, int objectType) {
            this.family = family;
            this.table = table;
            this.name = name;
            this.objectType = objectType;
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        /** Writes the {@code NFT_MSG_GETOBJ_RESET} nft sends ({@code NLM_F_ACK}, no dump). */
        void encode(io.jnetlink.core.message.MessageWriter w) {
            int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_GETOBJ_RESET, Netlink.NLM_F_ACK,
                    family.value(), 0);
            NftObject.encodeKey(w, table, name, objectType);
            w.endMessage(start);
        }

        @Override
        public NftObject apply(NetlinkConnection c) {
            NftObject[] got = {null};
            c.request("NFT_MSG_GETOBJ_RESET " + NftObject.typeName(objectType) + " " + family + " " + table + " " + name,
                    this::encode, m -> {
                        if (NfGenMsg.message(m.type()) == NftAttrs.NFT_MSG_NEWOBJ) {
                            got[0] = NftObject.decode(m);
                        }
                        return true;
                    });
            if (got[0] == null) {
                throw new io.jnetlink.core.NetlinkException("NFT_MSG_GETOBJ_RESET: no NFT_MSG_NEWOBJ reply", 71, null, -1, 0,
                        io.jnetlink.core.NetlinkException.Source.KERNEL);
            }
            return got[0];
        }
    }

    /** Reads the ruleset. */
    public static final class ListRequest extends NetlinkRequest<ListRequest, Ruleset> {
        ListRequest() {
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public Ruleset apply(NetlinkConnection c) {
            List<NftTable> tables = dump(c, NftAttrs.NFT_MSG_GETTABLE, NftTable::decode);
            List<NftChain> chains = dump(c, NftAttrs.NFT_MSG_GETCHAIN, NftChain::decode);
            List<NftRule> rules = dump(c, NftAttrs.NFT_MSG_GETRULE, NftRule::decode);
            List<NftSet> sets = dump(c, NftAttrs.NFT_MSG_GETSET, NftSet::decode);
            List<NftSet> withElements = new ArrayList<>();
            for (NftSet s : sets) {
                List<SetElement> elements = new ArrayList<>();
                c.dump("NFT_MSG_GETSETELEM " + s.family() + " " + s.table() + " " + s.name(), w -> {
                    int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_GETSETELEM, 0,
                            s.family().value(), 0);
                    KernelNames.put(w, NftAttrs.NFTA_SET_ELEM_LIST_TABLE, s.table());
                    KernelNames.put(w, NftAttrs.NFTA_SET_ELEM_LIST_SET, s.name());
                    w.endMessage(start);
                }, new io.jnetlink.core.MessageHandler() {
                    @Override
                    public boolean onMessage(io.jnetlink.core.message.MessageReader m) {
                        elements.addAll(SetElement.decodeAll(m));
                        return true;
                    }

                    @Override
                    public void onRestart() {
                        elements.clear();
                    }
                });
                withElements.add(s.withElements(elements));
            }
            List<NftObject> objects = dump(c, NftAttrs.NFT_MSG_GETOBJ, NftObject::decode);
            return new Ruleset(tables, chains, rules, withElements, objects);
        }

        private static <T> List<T> dump(NetlinkConnection c, int msg,
                                        java.util.function.Function<io.jnetlink.core.message.MessageReader, T> decoder) {
            return c.dumpToList(NftAttrs.messageName(msg), w -> {
                int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_NFTABLES, msg, 0, NfGenMsg.NFPROTO_UNSPEC, 0);
                w.endMessage(start);
            }, decoder);
        }
    }

    /** Reads the generation id. */
    public static final class GenerationRequest extends NetlinkRequest<GenerationRequest, Long> {
        GenerationRequest() {
        }

        @Override
        protected int protocol() {
            return Netlink.NETLINK_NETFILTER;
        }

        @Override
        public Long apply(NetlinkConnection c) {
            long[] gen = {-1};
            c.request("NFT_MSG_GETGEN", w -> {
                int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_NFTABLES, NftAttrs.NFT_MSG_GETGEN, 0,
                        NfGenMsg.NFPROTO_UNSPEC, 0);
                w.endMessage(start);
            }, m -> {
                if (NfGenMsg.message(m.type()) == NftAttrs.NFT_MSG_NEWGEN) {
                    gen[0] = Nftables.decodeGeneration(m);
                }
                return true;
            });
            if (gen[0] < 0) {
                throw new io.jnetlink.core.NetlinkException("NFT_MSG_GETGEN: no NFT_MSG_NEWGEN reply", 71, null, -1, 0,
                        io.jnetlink.core.NetlinkException.Source.KERNEL);
            }
            return gen[0];
        }
    }

    /**
     * {@return the generation id of an {@code NFT_MSG_NEWGEN}}
     *
     * @param m the message, positioned at its header
     */
    static long decodeGeneration(MessageReader m) {
        AttributeReader a = m.attributes(new AttributeReader(), NfGenMsg.NFGENMSG_LENGTH);
        if (!a.find(NftAttrs.NFTA_GEN_ID)) {
            throw NftMessages.missing(m, "NFTA_GEN_ID");
        }
        return Integer.toUnsignedLong(a.u32Be());
    }
}
