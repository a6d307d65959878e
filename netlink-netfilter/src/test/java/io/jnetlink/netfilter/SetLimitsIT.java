package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.message.KernelNames;
import io.jnetlink.junit.NetNamespaceExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue #11 items 7 and 8 against the kernel: big element lists and names that are not UTF-8. */
@ExtendWith(NetNamespaceExtension.class)
class SetLimitsIT {
    @Test
    void shouldAddTenThousandElementsInOneCall(NetNamespace ns) throws Exception {
        List<String> values = IntStream.range(0, 10_000).mapToObj(i -> "10.1." + (i >> 8) + "." + (i & 255)).toList();
        Nftables.transaction().addTable(Family.IP, "t")
                .addSet(Family.IP, "t", "big", SetKeyType.IPV4_ADDR, false, 0)
                .addElements(Family.IP, "t", "big", SetKeyType.IPV4_ADDR, false, values)
                .in(ns).apply();
        assertEquals(10_000, Nftables.list(ns).set(Family.IP, "t", "big").orElseThrow().elements().size());
        String nft = NftOracle.run(ns, "nft", "list", "set", "ip", "t", "big");
        assertTrue(nft.contains("10.1.39.15"), "nft sees the last element");
    }

    @Test
    void shouldListAndDeleteASetWhoseNameIsNotUtf8(NetNamespace ns) throws Exception {
        byte[] raw = {'s', (byte) 0xFF, (byte) 0xFE};
        String name = KernelNames.decode(raw);
        Nftables.transaction().addTable(Family.IP, "t")
                .addSet(Family.IP, "t", name, SetKeyType.IPV4_ADDR, false, 0)
                .addElements(Family.IP, "t", name, SetKeyType.IPV4_ADDR, false, List.of("10.0.0.1"))
                .in(ns).apply();
        String nft = new String(NftOracle.runBytes(ns, "nft", "list", "sets"), StandardCharsets.ISO_8859_1);
        assertTrue(nft.contains("set s\u00FF\u00FE"), "the kernel holds the raw bytes: " + nft);

        NftSet set = Nftables.list(ns).set(Family.IP, "t", name).orElseThrow();
        assertEquals(1, set.elements().size());
        Nftables.transaction().deleteSet(set.family(), set.table(), set.name()).in(ns).apply();
        assertTrue(Nftables.list(ns).sets().isEmpty(), "deleted by the listed name");
    }
}
