package io.jnetlink.netfilter.conntrack;

import io.jnetlink.core.testing.FollowerFuzz;
import io.jnetlink.core.testing.FuzzRunner;
import io.jnetlink.netfilter.Captured;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;


/**
 * Fuzzes the conntrack state follower ({@code ConntrackEvents}' list-then-follow with resync) with
 * {@link FollowerFuzz}: dump replies, NEW and DELETE notifications, interrupted dumps and overruns made
 * of the flows in the captured {@code conntrack -L} replies, some of them mutated. No exception but a
 * decode or kernel error may leave the follower, every delivered entry's accessors work, and a clean
 * resync afterwards always leaves the subscriber holding exactly the kernel's table.
 */
class FuzzConntrackFollowersTest {
    /** IPCTNL_MSG_CT_DELETE = IPCTNL_MSG_CT_NEW + 2 (nfnetlink_conntrack.h). */
    private static final int DELETE_OFFSET = 2;
    private static final FollowerFuzz<ConntrackEntry> FUZZ = new FollowerFuzz<>(new ConntrackEventCodec(),
            Captured.everyMessage(Captured.replies("conntrack-list.hex")), DELETE_OFFSET);

    @Property(tries = 500)
    void followerKeepsTheKernelsTable(@ForAll long seed) {
        FUZZ.check(seed);
    }

    @AfterContainer
    static void report() {
        System.out.println("FuzzConntrackFollowersTest: " + FuzzRunner.summary());
    }
}
