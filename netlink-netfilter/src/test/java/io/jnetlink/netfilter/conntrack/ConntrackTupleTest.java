package io.jnetlink.netfilter.conntrack;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #11 item 16: a null address is refused with the argument's name, not a bare NPE. */
class ConntrackTupleTest {
    @Test
    void shouldNameTheNullSourceAddress() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConntrackTuple(6, null, InetAddress.getByName("10.0.0.2"), 1, 2));
        assertTrue(e.getMessage().contains("source"), e.getMessage());
    }

    @Test
    void shouldNameTheNullDestinationAddress() throws Exception {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConntrackTuple(6, InetAddress.getByName("10.0.0.1"), null, 1, 2));
        assertTrue(e.getMessage().contains("destination"), e.getMessage());
    }
}
