package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.BpfProgram;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.netfilter.CtStatus;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The kernel-side event filter of {@link ConntrackEvents#where}, run through {@link ClassicBpf} on
 * captured ctnetlink entries flagged as the kernel flags its notifications (NEW: {@code NLM_F_CREATE|
 * NLM_F_EXCL}; update: no flag; destroy: type DELETE): its verdict agrees with the library's
 * {@link ConntrackFilter#matches}, it never drops what the follower needs, and it fails safe on
 * malformed messages.
 */
class ConntrackEventProgramTest {
    private static final int CREATED = 0x0600; // NLM_F_CREATE | NLM_F_EXCL
    private static final int DELETE_TYPE = 0x0102; // NFNL_SUBSYS_CTNETLINK << 8 | IPCTNL_MSG_CT_DELETE

    /** udp 10.0.0.1:1001 → 10.0.0.2:53, zone 3, mark 8, no status. */
    private static final byte[] ZONED = notification(first("create-udp-mark-zone.hex"), 0x0100, CREATED);
    /** tcp 10.0.0.1:40000 → 10.0.0.2:21, zone 0 (no CTA_ZONE), mark 0, status 0x2008. */
    private static final byte[] LISTED = notification(first("list.hex"), 0x0100, CREATED);
    /** udp 2001:db8::1:1 → 2001:db8::2:2, no zone, no mark. */
    private static final byte[] IPV6 = notification(first("create-ipv6.hex"), 0x0100, CREATED);

    private static List<ConntrackFilter> filters() throws Exception {
        InetAddress a = InetAddress.getByName("10.0.0.1");
        InetAddress b = InetAddress.getByName("10.0.0.2");
        InetAddress v6 = InetAddress.getByName("2001:db8::1");
        ConntrackFilter none = ConntrackFilter.all();
        return List.of(none.zone(3), none.zone(0), none.zone(7), none.mark(8, 0xFFFFFFFFL), none.mark(0, 0xFF),
                none.mark(1, 1), none.mark(0, 8), none.status(Set.of(CtStatus.ASSURED)), none.zone(3).mark(8, 8),
                none.protocol(17), none.protocol(6), none.protocol(17).sourcePort(1001),
                none.protocol(17).destinationPort(53), none.protocol(6).sourcePort(40000).destinationPort(21),
                none.protocol(17).destinationPort(54), none.source(a), none.destination(b), none.source(b),
                none.source(a).destination(b).protocol(17), none.source(v6), none.destination(v6),
                none.protocol(17).sourcePort(1).source(v6));
    }

    @Test
    void shouldAcceptTheNewNotificationsTheLibraryMatchesAndDropTheOthers() throws Exception {
        int accepted = 0;
        int dropped = 0;
        for (ConntrackFilter f : filters()) {
            BpfProgram program = ConntrackEventProgram.of(f.checked());
            for (byte[] message : List.of(ZONED, LISTED, IPV6)) {
                boolean library = f.matches(new ConntrackView().wrap(reader(message)));
                boolean kernel = ClassicBpf.run(program, message) != 0;
                assertEquals(library, kernel, f + " on " + new ConntrackView().wrap(reader(message)).toConntrackEntry());
                accepted += kernel ? 1 : 0;
                dropped += kernel ? 0 : 1;
            }
        }
        assertTrue(accepted > 10 && dropped > 10, accepted + " accepted, " + dropped + " dropped");
    }

    @Test
    void shouldJudgeUpdatesAndDestroysOnlyByZoneAndTupleBecauseMarkAndStatusChange() throws Exception {
        byte[] update = notification(ZONED, 0x0100, 0);
        byte[] destroy = notification(ZONED, DELETE_TYPE, 0);
        BpfProgram otherMark = ConntrackEventProgram.of(ConntrackFilter.all().zone(3).mark(1, 1));
        assertEquals(0, ClassicBpf.run(otherMark, ZONED)); // its first notification: not ours
        assertNotEquals(0, ClassicBpf.run(otherMark, update)); // may be leaving the filter: the library decides
        assertNotEquals(0, ClassicBpf.run(otherMark, destroy));
        BpfProgram otherZone = ConntrackEventProgram.of(ConntrackFilter.all().zone(7));
        for (byte[] m : List.of(ZONED, update, destroy, LISTED, IPV6)) {
            assertEquals(0, ClassicBpf.run(otherZone, m)); // a zone never changes
        }
        BpfProgram otherPort = ConntrackEventProgram.of(ConntrackFilter.all().protocol(17).destinationPort(54));
        assertEquals(0, ClassicBpf.run(otherPort, destroy));
    }

    @Test
    void shouldAcceptWhatTheFollowerNeedsWhateverTheFilter() throws Exception {
        BpfProgram program = ConntrackEventProgram.of(ConntrackFilter.all().zone(7).mark(1, 1));
        byte[] dumpReply = notification(ZONED, 0x0100, 0x0002); // NLM_F_MULTI: its own dump, narrowed by the kernel
        byte[] done = header(0x0003, 0x0002, 20);
        byte[] error = header(0x0002, 0, 36);
        byte[] expectation = notification(ZONED, 0x0200, CREATED); // NFNL_SUBSYS_CTNETLINK_EXP: not an entry
        for (byte[] m : List.of(dumpReply, done, error, expectation)) {
            assertEquals(-1, ClassicBpf.run(program, m), Arrays.toString(Arrays.copyOf(m, 8)));
        }
    }

    @Test
    void shouldFailSafeOnMalformedNotifications() throws Exception {
        BpfProgram zone3 = ConntrackEventProgram.of(ConntrackFilter.all().zone(3));
        BpfProgram tuple = ConntrackEventProgram.of(ConntrackFilter.all().protocol(17).sourcePort(1001));
        int zoneEnd = ZONED.length - 2; // CTA_ZONE (6 bytes) is the last attribute, then 2 of padding
        for (int cut = 0; cut <= ZONED.length; cut++) { // a datagram cut short: the search stops inside it
            byte[] shortened = Arrays.copyOf(ZONED, cut);
            assertEquals(cut >= zoneEnd, ClassicBpf.run(zone3, shortened) != 0, "cut at " + cut);
            ClassicBpf.run(tuple, shortened); // terminates without reading outside the datagram
        }
        byte[] lyingLength = ZONED.clone(); // CTA_TUPLE_ORIG claims more than the message holds
        ByteBuffer.wrap(lyingLength).order(ByteOrder.nativeOrder()).putShort(20, (short) 0x7FFF);
        assertEquals(0, ClassicBpf.run(zone3, lyingLength));
        assertEquals(0, ClassicBpf.run(tuple, lyingLength));
        byte[] zeroLength = ZONED.clone(); // nla_len below the header: nla_ok ends the walk
        ByteBuffer.wrap(zeroLength).order(ByteOrder.nativeOrder()).putShort(20, (short) 0);
        assertEquals(0, ClassicBpf.run(zone3, zeroLength));
        assertEquals(0, ClassicBpf.run(tuple, zeroLength));
        assertNotEquals(0, ClassicBpf.run(zone3, ZONED));
        assertNotEquals(0, ClassicBpf.run(tuple, ZONED));
    }

    private static byte[] first(String capture) {
        byte[] datagram = ConntrackCaptures.lines(capture).get(0);
        int length = ByteBuffer.wrap(datagram).order(ByteOrder.nativeOrder()).getInt(0);
        return Arrays.copyOf(datagram, length);
    }

    /** The captured entry as the kernel multicasts it: type, flags, sequence 0, port 0. */
    private static byte[] notification(byte[] entry, int type, int flags) {
        byte[] m = entry.clone();
        ByteBuffer.wrap(m).order(ByteOrder.nativeOrder()).putShort(4, (short) type).putShort(6, (short) flags)
                .putInt(8, 0).putInt(12, 0);
        return m;
    }

    private static byte[] header(int type, int flags, int length) {
        byte[] m = new byte[length];
        ByteBuffer.wrap(m).order(ByteOrder.nativeOrder()).putInt(0, length).putShort(4, (short) type)
                .putShort(6, (short) flags);
        return m;
    }

    private static MessageReader reader(byte[] bytes) {
        ByteBuffer b = ByteBuffer.allocateDirect(bytes.length).order(ByteOrder.nativeOrder()).put(bytes);
        MessageReader m = new MessageReader().wrap(b, 0, bytes.length);
        m.next();
        return m;
    }
}
