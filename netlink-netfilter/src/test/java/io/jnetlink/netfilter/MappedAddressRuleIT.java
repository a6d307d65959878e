package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An IPv4-mapped IPv6 literal is an IPv6 match, as {@code nft} makes it ({@code ip6 saddr ::ffff:10.1.2.3}). */
class MappedAddressRuleIT {
    @Test
    void shouldMatchMappedSourceAddressAsIpv6LikeNft() throws Exception {
        try (NetNamespace byNft = NetNamespace.create(); NetNamespace byLibrary = NetNamespace.create()) {
            NftOracle.nftFile(byNft, """
                    table inet t {
                    	chain c {
                    		ip6 saddr ::ffff:10.1.2.3 drop
                    		ip6 daddr ::ffff:10.0.0.0/104 drop
                    	}
                    }
                    """);
            Nftables.transaction().addTable(Family.INET, "t").addChain(Family.INET, "t", "c")
                    .addRule(NftRule.in(Family.INET, "t", "c").sourceAddress("::ffff:10.1.2.3").drop())
                    .addRule(NftRule.in(Family.INET, "t", "c").destinationAddress("::ffff:10.0.0.0/104").drop())
                    .in(byLibrary).apply();
            String theirs = NftOracle.listRuleset(byNft);
            assertEquals(theirs, NftOracle.listRuleset(byLibrary));
            assertEquals(true, theirs.contains("ip6 saddr ::ffff:10.1.2.3 drop"), theirs);
        }
    }
}
