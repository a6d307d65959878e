package io.jnetlink.route.nsid;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.route.testkit.Golden;
import io.jnetlink.route.wire.NsidAttrs;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code ip netns set} / {@code list-id} against what {@code ip} 6.1 sent and the kernel replied (resources nsid/). */
class NsIdGoldenVectorsTest {
    /** Offset of the NETNSA_FD value: nlmsghdr 16, rtgenmsg 4, nlattr 4; the fd number differs per process. */
    private static final int FD_VALUE = 24;

    @Test
    void shouldEncodeIpNetnsSetWithTheTargetsFd() {
        byte[] expected = Golden.request("nsid/nsid-set-pid.hex", NsidAttrs.RTM_NEWNSID);
        try (NetNamespace self = NetNamespace.current()) {
            byte[] actual = Golden.encoded(NsIds.set(self, 5));
            assertEquals(self.fd(), ByteBuffer.wrap(actual).order(java.nio.ByteOrder.nativeOrder()).getInt(FD_VALUE));
            Arrays.fill(expected, FD_VALUE, FD_VALUE + 4, (byte) 0);
            Arrays.fill(actual, FD_VALUE, FD_VALUE + 4, (byte) 0);
            assertArrayEquals(expected, actual, Golden.hex(expected) + "\n" + Golden.hex(actual));
        }
    }

    @Test
    void shouldDecodeTheKernelsListIdReply() {
        ByteBuffer d = Golden.datagrams("nsid/nsid-list.hex").get(0);
        MessageReader m = new MessageReader().wrap(d, 0, d.capacity());
        m.next();
        NsId id = new NsIdView().wrap(m).toNsId(Optional.of("self"));
        assertEquals(5, id.nsid());
        assertEquals("nsid 5 (iproute2 netns name: self)", id.toString());
    }

    @Test
    void shouldRejectBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> NsIds.set(null, 1));
        assertThrows(IllegalArgumentException.class, () -> NsIds.setForPid(0, 1));
        assertThrows(IllegalArgumentException.class, () -> NsIds.setForPid(1, -2));
    }
}
