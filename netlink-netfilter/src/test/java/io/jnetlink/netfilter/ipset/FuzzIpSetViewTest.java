package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.testing.FuzzInputs;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.netfilter.wire.IpsetAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Fuzzes {@link IpSetView}, the ipset decoder, with mutations of the kernel's replies to
 * {@code ipset list} (src/test/resources/ipset/list-all.hex: sets of six types, with timeouts,
 * counters, comments, inet6; list-kube.hex adds hash:ip,port,ip, hash:ip,port,net and ICMP/udplite ports) and with random attribute chains behind ipset list/save headers.
 * Every accessor is called; the only exception allowed is {@link NetlinkDecodeException}, and
 * the records handed out never throw afterwards.
 */
class FuzzIpSetViewTest {
    private static final List<byte[]> LIST_ALL = IpsetCaptures.lines("list-all.hex");
    private static final List<byte[]> LIST_KUBE = IpsetCaptures.lines("list-kube.hex");
    private static final List<byte[]> REPLIES = java.util.stream.Stream.concat(LIST_ALL.stream(), LIST_KUBE.stream()).toList();
    private static int sink;

    static void decode(ByteBuffer b) {
        MessageReader m = new MessageReader().wrap(b, 0, b.capacity());
        IpSetView view = new IpSetView();
        while (true) {
            try {
                if (!m.next()) {
                    return;
                }
            } catch (NetlinkDecodeException badFraming) {
                return;
            }
            if (m.type() >> 8 != IpsetAttrs.NFNL_SUBSYS_IPSET) {
                continue; // NLMSG_DONE and the like
            }
            try {
                view.wrap(m);
                readAll(view);
            } catch (NetlinkDecodeException expected) {
                // the only exception the decoder may raise
            }
        }
    }

    /** Calls every accessor of the view and of the records it hands out. */
    static int readAll(IpSetView view) {
        int entries = 0;
        int hash = java.util.Objects.hash(view.name(), view.hasHeader(), view.typeName(), view.revision(), view.family());
        IpSet set = view.toIpSet();
        hash += set.toString().hashCode() + IpSetSave.createLine(set).hashCode();
        while (view.nextEntry()) {
            entries++;
            hash += java.util.Objects.hash(view.entryAddress(), view.entryPrefix(), view.entryProtocol(), view.entryPort(),
                    view.entryMac(), view.entryMember(), view.entryTimeout(), view.entryPackets(), view.entryBytes(),
                    view.entryComment(), view.entryAddress2(), view.entryPrefix2());
            IpSetEntry e = view.toEntry();
            hash += e.toString().hashCode() + e.unknown().size() + IpSetSave.addLine(set.name(), e).hashCode();
        }
        hash += IpSetSave.render(List.of(set)).hashCode();
        sink += hash; // keeps the calls from being optimised away
        return entries;
    }

    @Example
    void theCapturedRepliesDecode() {
        assertEquals(6, entriesIn(LIST_ALL), "capture.sh adds one member to each of six sets and a second to s1, then deletes the one of s2");
        assertEquals(6 + 1 + 3 + 1 + 1 + 1, entriesIn(LIST_KUBE),
                "list-kube.hex: the six of list-all, s2's nomatch, three more in s3, one each in s8, s9 (after the del) and s10");
    }

    private static int entriesIn(List<byte[]> replies) {
        int entries = 0;
        for (byte[] reply : replies) {
            ByteBuffer b = ByteBuffer.allocateDirect(reply.length).order(ByteOrder.nativeOrder());
            b.put(reply).clear();
            MessageReader m = new MessageReader().wrap(b, 0, reply.length);
            while (m.next()) {
                if (m.type() >> 8 == IpsetAttrs.NFNL_SUBSYS_IPSET && (m.type() & 0xFF) == IpsetAttrs.IPSET_CMD_LIST) {
                    entries += readAll(new IpSetView().wrap(m));
                }
            }
        }
        return entries;
    }

    @Property
    void ipsetListingsSurviveMutation(@ForAll("mutated") byte[] input) {
        FuzzRunner.check(input, FuzzIpSetViewTest::decode);
    }

    @Property
    void ipsetListingsSurviveRandomAttributes(@ForAll("framed") byte[] input) {
        FuzzRunner.check(input, FuzzIpSetViewTest::decode);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return FuzzInputs.mutationsOf(REPLIES);
    }

    @Provide
    Arbitrary<byte[]> framed() {
        return FuzzInputs.framed(NfGenMsg.NFGENMSG_LENGTH, IpsetAttrs.NFNL_SUBSYS_IPSET << 8 | IpsetAttrs.IPSET_CMD_LIST,
                IpsetAttrs.NFNL_SUBSYS_IPSET << 8 | IpsetAttrs.IPSET_CMD_SAVE);
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzIpSetViewTest: " + FuzzRunner.summary());
    }
}
