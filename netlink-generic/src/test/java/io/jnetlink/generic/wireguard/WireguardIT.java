package io.jnetlink.generic.wireguard;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.generic.GenericFamilies;
import io.jnetlink.junit.NetnsTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** This kernel has no wireguard: the requests fail clearly, naming the missing family, and nothing else is sent. */
class WireguardIT {
    @NetnsTest
    void shouldFailWithEnoentNamingTheFamilyOnAKernelWithoutWireguard(NetNamespace ns) {
        assertTrue(GenericFamilies.get("wireguard", ns).isEmpty(), "this kernel has wireguard: test it for real");
        NetlinkException set = assertThrows(NetlinkException.class, () -> WireguardGoldenTest.setconf().in(ns).apply());
        assertEquals(Errno.ENOENT, set.errno());
        assertTrue(set.getMessage().contains("wireguard"), set.getMessage());
        NetlinkException show = assertThrows(NetlinkException.class, () -> Wireguard.show("wg0").in(ns).apply());
        assertEquals(Errno.ENOENT, show.errno());
    }
}
