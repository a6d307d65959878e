package io.jnetlink.route;

import io.jnetlink.route.wire.NdMsg;
import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.route.wire.RtMsg;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Nla;
import io.jnetlink.core.message.RawAttribute;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Routes, addresses and neighbours read from captured kernel dumps keep every attribute their view does not model
 * (and the partly modelled {@code RTA_METRICS} and {@code IFA_CACHEINFO} whole) as {@link RawAttribute}s, so
 * writing them back gives the kernel's bytes: header, flag bits, value and padding, in the kernel's order. Each
 * message also gets an attribute no header defines, with a flag bit and a length that needs padding.
 */
class UnmodelledAttributesRoundTripTest {
    private static final int INJECTED_RAW_TYPE = Nla.F_NET_BYTEORDER | 250;
    private static final byte[] INJECTED_VALUE = {9, 8, 7, 6, 5};

    /** What {@code RouteView} turns into fields; every other attribute must come back raw. */
    private static final Set<Integer> ROUTE_FIELDS = Set.of(RtMsg.RTA_DST, RtMsg.RTA_GATEWAY, RtMsg.RTA_VIA,
            RtMsg.RTA_PREFSRC, RtMsg.RTA_OIF, RtMsg.RTA_NH_ID, RtMsg.RTA_ENCAP_TYPE, RtMsg.RTA_ENCAP, RtMsg.RTA_TABLE,
            RtMsg.RTA_PRIORITY, RtMsg.RTA_MULTIPATH);
    private static final Set<Integer> ADDRESS_FIELDS = Set.of(IfAddrMsg.IFA_LOCAL, IfAddrMsg.IFA_ADDRESS,
            IfAddrMsg.IFA_BROADCAST, IfAddrMsg.IFA_LABEL, IfAddrMsg.IFA_FLAGS);
    private static final Set<Integer> NEIGHBOR_FIELDS = Set.of(NdMsg.NDA_DST, NdMsg.NDA_LLADDR);

    @Test
    void shouldWriteRoutesUnmodelledAttributesBackByteExact() {
        int kept = 0;
        for (String dump : List.of("route/ip-route-show-all.hex", "route/ip6-route-show-all.hex")) {
            kept += roundTrips(dump, Rtnl.RTM_NEWROUTE, RtMsg.LENGTH, ROUTE_FIELDS,
                    m -> new RouteView().wrap(m).toRoute().otherAttributes());
        }
        assertTrue(kept > 0, "the captures carry unmodelled route attributes (RTA_CACHEINFO, RTA_PREF…)");
    }

    @Test
    void shouldWriteAddressesUnmodelledAttributesBackByteExact() {
        assertTrue(roundTrips("addr/ip-addr-show.hex", Rtnl.RTM_NEWADDR, IfAddrMsg.LENGTH, ADDRESS_FIELDS,
                m -> new AddressView().wrap(m).toAddress().otherAttributes()) > 0, "IFA_CACHEINFO at least");
    }

    @Test
    void shouldWriteNeighboursUnmodelledAttributesBackByteExact() {
        assertTrue(roundTrips("neigh/ip-neigh-show.hex", Rtnl.RTM_NEWNEIGH, NdMsg.LENGTH, NEIGHBOR_FIELDS,
                m -> new NeighborView().wrap(m).toNeighbor().otherAttributes()) > 0, "NDA_CACHEINFO at least");
    }

    /**
     * For each message of {@code type} in {@code dump}, with {@link #INJECTED_RAW_TYPE} appended: the record's kept
     * attributes, written back, equal the message's bytes of every attribute whose type is not in {@code fields}.
     * Returns how many attributes came back raw, the injected ones excluded.
     */
    private static int roundTrips(String dump, int type, int headerLength, Set<Integer> fields,
                                  Function<MessageReader, List<RawAttribute>> kept) {
        List<ByteBuffer> messages = RouteTestVectors.messages(dump, type);
        assertTrue(messages.size() > 0, dump);
        int count = 0;
        for (ByteBuffer original : messages) {
            ByteBuffer message = withInjectedAttribute(original);
            MessageReader m = RouteTestVectors.reader(message);
            List<RawAttribute> others = kept.apply(m);
            assertTrue(others.contains(new RawAttribute(INJECTED_RAW_TYPE, INJECTED_VALUE)), others.toString());
            count += others.size() - 1;

            ByteArrayOutputStream expected = new ByteArrayOutputStream();
            for (AttributeReader a = m.attributes(new AttributeReader(), headerLength); a.next(); ) {
                if (!fields.contains(a.type())) {
                    byte[] bytes = new byte[Nla.align(Nla.HEADER_LENGTH + a.valueLength())];
                    message.get(a.offset(), bytes);
                    expected.writeBytes(bytes);
                }
            }
            MessageWriter w = new MessageWriter();
            int start = w.position();
            others.forEach(attribute -> attribute.writeTo(w));
            byte[] written = new byte[w.position() - start];
            w.buffer().get(start, written);
            assertEquals(HexFormat.of().formatHex(expected.toByteArray()), HexFormat.of().formatHex(written), dump);
        }
        return count;
    }

    /** A copy of the message with {@link #INJECTED_RAW_TYPE} appended (zeroed padding, {@code nlmsg_len} updated). */
    private static ByteBuffer withInjectedAttribute(ByteBuffer message) {
        int length = Nla.align(message.capacity());
        int attribute = Nla.HEADER_LENGTH + INJECTED_VALUE.length;
        byte[] out = new byte[length + Nla.align(attribute)];
        message.get(0, out, 0, message.capacity());
        ByteBuffer b = RouteTestVectors.direct(out);
        b.putInt(0, out.length);
        b.putShort(length, (short) attribute).putShort(length + 2, (short) INJECTED_RAW_TYPE);
        b.put(length + Nla.HEADER_LENGTH, INJECTED_VALUE);
        return b;
    }
}
