package io.jnetlink.netfilter;

import io.jnetlink.core.testing.FollowerFuzz;
import io.jnetlink.core.testing.FuzzRunner;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the nftables state follower ({@code NftEvents}' list-then-follow with resync) with
 * {@link FollowerFuzz}: dump replies, notifications, deletions, interrupted dumps and overruns made of
 * the tables, chains, rules, sets and elements in the captured {@code nft list ruleset} replies and
 * {@code nft monitor} notifications, some of them mutated. No exception but a decode or kernel error may
 * leave the follower, every delivered record's accessors work, and a clean resync afterwards always
 * leaves the subscriber holding exactly the kernel's ruleset.
 */
class FuzzNftFollowersTest {
    /** NFT_MSG_DELTABLE = NFT_MSG_NEWTABLE + 2, and likewise for chains, rules, sets and elements (nf_tables.h). */
    private static final int DELETE_OFFSET = 2;
    private static final FollowerFuzz<NftFollowed> FUZZ = new FollowerFuzz<>(new NftEventCodec(), objects(), DELETE_OFFSET);

    @Property(tries = 500)
    void followerKeepsTheKernelsRuleset(@ForAll long seed) {
        FUZZ.check(seed);
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzNftFollowersTest: " + FuzzRunner.summary());
    }

    private static List<byte[]> objects() {
        List<byte[]> out = new ArrayList<>(Captured.everyMessage(Captured.replies("list-ruleset.hex")));
        out.addAll(Captured.everyMessage(Captured.replies("monitor.hex")));
        return out;
    }
}
