package io.jnetlink.route;

import io.jnetlink.core.testing.FollowerFuzz;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.route.testkit.Golden;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Fuzzes the rtnetlink state follower ({@code RouteEvents.subscribe()}'s list-then-follow with resync)
 * as a subscription of every group runs it: {@link FollowerFuzz} scripts dump replies, notifications,
 * deletions, interrupted dumps and overruns from the links, addresses, routes, neighbours and rules
 * the kernel sent in the captured replies under src/test/resources, some of them mutated. No exception
 * but a decode or kernel error may leave the follower, every delivered record's accessors work, and one
 * clean resync afterwards always leaves the subscriber holding exactly the kernel's state.
 */
class FuzzRouteFollowersTest {
    /** RTM_DELLINK = RTM_NEWLINK + 1, and likewise for addresses, routes, neighbours and rules (rtnetlink.h). */
    private static final int DELETE_OFFSET = 1;
    private static final FollowerFuzz<RouteFollowed> FUZZ = new FollowerFuzz<>(new EventCodec(EnumSet.allOf(RouteEventGroup.class)),
            messages("dump-reply.hex", "addr/ip-addr-show.hex", "route/ip-route-show-all.hex",
                    "route/ip6-route-show-all.hex", "neigh/ip-neigh-show.hex", "rule/ip-rule-show.hex"),
            DELETE_OFFSET);

    @Property(tries = 600)
    void followerOfEveryGroupKeepsTheKernelsState(@ForAll long seed) {
        FUZZ.check(seed);
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzRouteFollowersTest: " + FuzzRunner.summary());
    }

    /** Every message of the captured resources, each alone. */
    private static List<byte[]> messages(String linkDump, String... resources) {
        List<byte[]> out = new ArrayList<>(Golden.messages(List.of(RouteTestVectors.direct(LinkTestBytes.hex(linkDump)))));
        for (String resource : resources) {
            out.addAll(Golden.messages(resource));
        }
        return out;
    }
}
