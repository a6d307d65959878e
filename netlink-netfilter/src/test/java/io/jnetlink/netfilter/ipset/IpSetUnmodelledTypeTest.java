package io.jnetlink.netfilter.ipset;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A set of a type the library does not model (made by the ipset tool) lists, and reading its type never throws. */
class IpSetUnmodelledTypeTest {
    @Test
    void shouldAnswerEmptyForATypeTheLibraryDoesNotModel() {
        IpSet set = new IpSet("macs", "hash:ip,mac", 0, 2, -1, -1, -1, -1, -1, false, false,
                -1, -1, -1, 0, 0, 0, List.of(), List.of());
        assertEquals(Optional.empty(), set.type());
        assertEquals("hash:ip,mac", set.typeName());
        assertEquals(Optional.of(IpSetType.HASH_IP), new IpSet("ips", "hash:ip", 0, 2, -1, -1, -1, -1, -1, false, false,
                -1, -1, -1, 0, 0, 0, List.of(), List.of()).type());
    }
}
