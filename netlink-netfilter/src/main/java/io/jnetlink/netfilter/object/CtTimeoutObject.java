package io.jnetlink.netfilter.object;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.netfilter.wire.NftAttrs;

import java.util.ArrayList;
import java.util.List;

/**
 * A conntrack timeout policy object: nft
 * {@code ct timeout NAME { protocol tcp; l3proto ip; policy = { established: 100, close: 4 }; }}.
 * nft sends the timeout of every state of the protocol (the kernel's defaults where the policy
 * names none), so {@code timeouts} holds them all.
 *
 * @param l3proto  {@code NFTA_CT_TIMEOUT_L3PROTO}: {@code NFPROTO_IPV4} 2, {@code NFPROTO_IPV6} 10
 * @param l4proto  {@code NFTA_CT_TIMEOUT_L4PROTO}: 6 tcp, 17 udp
 * @param timeouts {@code NFTA_CT_TIMEOUT_DATA} in seconds, by state: element i is attribute i+1
 *                 ({@code CTA_TIMEOUT_TCP_SYN_SENT} 1 … {@code CTA_TIMEOUT_TCP_UNACK} 11 for tcp)
 */
public record CtTimeoutObject(int l3proto, int l4proto, List<Long> timeouts) implements NftObjectData {
    static final int NFTA_CT_TIMEOUT_L3PROTO = 1;
    static final int NFTA_CT_TIMEOUT_L4PROTO = 2;
    static final int NFTA_CT_TIMEOUT_DATA = 3;
    /** nft's names of the tcp states, {@code CTA_TIMEOUT_TCP_SYN_SENT} (1) first. */
    private static final List<String> TCP_STATES = List.of("syn_sent", "syn_recv", "established", "fin_wait",
            "close_wait", "last_ack", "time_wait", "close", "syn_sent2", "retrans", "unack");
    /** nft's names of the udp states, {@code CTA_TIMEOUT_UDP_UNREPLIED} (1) first. */
    private static final List<String> UDP_STATES = List.of("unreplied", "replied");
    /** nft's defaults per tcp state (nftables' ct.c), which it leaves out of the policy it prints. */
    private static final List<Long> TCP_DEFAULTS = List.of(120L, 60L, 432000L, 120L, 60L, 30L, 120L, 10L, 120L, 300L, 300L);
    /** nft's defaults per udp state. */
    private static final List<Long> UDP_DEFAULTS = List.of(30L, 180L);

    /**
     * Checks the arguments and keeps an unmodifiable copy of {@code timeouts}.
     *
     * @param l3proto the layer-3 protocol (0..65535)
     * @param l4proto the layer-4 protocol (0..255)
     * @param timeouts the per-state timeouts in seconds (each 0..2^32-1)
     */
    public CtTimeoutObject {
        ObjectValues.checkProtocols(l3proto, l4proto);
        timeouts = List.copyOf(timeouts);
        for (long t : timeouts) {
            if (t < 0 || t > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("timeouts must be 0..2^32-1 seconds: " + t);
            }
        }
    }

    @Override
    public int objectType() {
        return NftAttrs.NFT_OBJECT_CT_TIMEOUT;
    }

    @Override
    public void encodeObject(MessageWriter w) {
        w.putAttrU16Be(NFTA_CT_TIMEOUT_L3PROTO, l3proto);
        w.putAttrU8(NFTA_CT_TIMEOUT_L4PROTO, l4proto);
        int data = w.beginNested(NFTA_CT_TIMEOUT_DATA);
        for (int i = 0; i < timeouts.size(); i++) {
            w.putAttrU32Be(i + 1, (int) (long) timeouts.get(i));
        }
        w.endNested(data);
    }

    /** As nft prints it: the states whose timeout is not nft's default, {@code policy = { established : 100, close : 4 }}. */
    @Override
    public String renderObject() {
        List<String> names = l4proto == 6 ? TCP_STATES : l4proto == 17 ? UDP_STATES : List.of();
        List<Long> defaults = l4proto == 6 ? TCP_DEFAULTS : l4proto == 17 ? UDP_DEFAULTS : List.of();
        StringBuilder policy = new StringBuilder();
        for (int i = 0; i < timeouts.size(); i++) {
            if (i < defaults.size() && defaults.get(i).equals(timeouts.get(i))) {
                continue;
            }
            policy.append(policy.isEmpty() ? "" : ", ").append(i < names.size() ? names.get(i) : Integer.toString(i + 1))
                    .append(" : ").append(timeouts.get(i));
        }
        return "protocol " + ObjectValues.l4Name(l4proto) + "\nl3proto " + ObjectValues.l3Name(l3proto)
                + "\npolicy = { " + policy + " }";
    }

    /** Decodes {@code NFTA_OBJ_DATA}; null keeps it raw. */
    static NftObjectData decode(AttributeReader d) {
        int l3 = -1, l4 = -1;
        List<Long> timeouts = null;
        while (d.next()) {
            switch (d.type()) {
                case NFTA_CT_TIMEOUT_L3PROTO -> l3 = ObjectValues.exact(d, 2).u16Be();
                case NFTA_CT_TIMEOUT_L4PROTO -> l4 = ObjectValues.exact(d, 1).u8();
                case NFTA_CT_TIMEOUT_DATA -> {
                    timeouts = new ArrayList<>();
                    AttributeReader states = d.nested(new AttributeReader());
                    while (states.next()) {
                        if (states.type() != timeouts.size() + 1) {
                            return null; // a gap: not the dense list this record models
                        }
                        timeouts.add(Integer.toUnsignedLong(ObjectValues.exact(states, 4).u32Be()));
                    }
                }
                default -> {
                    return null;
                }
            }
        }
        return l3 < 0 || l4 < 0 || timeouts == null ? null : new CtTimeoutObject(l3, l4, timeouts);
    }
}
