package io.jnetlink.examples;

import io.jnetlink.netfilter.*;
import io.jnetlink.route.*;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The README invites {@code import io.jnetlink.route.*;} beside {@code import io.jnetlink.netfilter.*;}:
 * this file compiling is the test that no simple name is public in both packages (an ambiguous
 * {@code Rule} broke it). It names a type of each package that used to clash, and the facades.
 */
class WildcardImportsTest {
    @Test
    void shouldResolveEveryNameOfBothPackagesUnambiguously() {
        List<Class<?>> used = List.of(Rule.class, NftRule.class, Rules.class, Nftables.class, Links.class, Nat.class,
                Family.class, Route.class, NftTable.class, NftChain.class, NftSet.class, Transaction.class);
        assertEquals("io.jnetlink.route.Rule", used.get(0).getName());
        assertEquals("io.jnetlink.netfilter.NftRule", used.get(1).getName());
    }
}
