package io.jnetlink.benchmarks.jmh;

import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.benchmarks.KernelState;
import io.jnetlink.core.MessageHandler;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.LinkView;
import io.jnetlink.route.Links;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * A kernel round trip: dump every link of a namespace (N veth pairs and lo) through a real netlink
 * socket, read with views only. <b>Needs a user namespace:</b> run the JMH jar under
 * {@code unshare -rn} (the forks inherit it); the set-up makes an anonymous namespace and fills it.
 * {@code dumpViews} reuses one view and handler (no allocation per dump);
 * {@code forEach} is the public {@code Links.forEach}, which makes one view and lambda per call;
 * {@code dumpViewsSkipStats} asks for no statistics, as {@code ip link show} does.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class LinkDumpKernelBenchmark {
    /** RTM_GETLINK with a zeroed ifinfomsg, as {@code Links.forEach} sends it. */
    private static final RequestEncoder DUMP = w -> {
        int msg = w.beginMessage(Rtnl.RTM_GETLINK, 0);
        w.reserve(16);
        w.endMessage(msg);
    };

    /**
     * The same with {@code IFLA_EXT_MASK = RTEXT_FILTER_SKIP_STATS} (linux/rtnetlink.h), as
     * {@code ip link show} without {@code -s} sends it: the kernel leaves the statistics out.
     */
    private static final RequestEncoder DUMP_SKIP_STATS = w -> {
        int msg = w.beginMessage(Rtnl.RTM_GETLINK, 0);
        w.reserve(16);
        w.putAttrU32(29 /* IFLA_EXT_MASK */, 1 << 3 /* RTEXT_FILTER_SKIP_STATS */);
        w.endMessage(msg);
    };

    @Param({"1000"})
    public int pairs;

    private NetNamespace namespace;
    private NetlinkConnection connection;
    private final LinkView view = new LinkView();
    private long count;
    private final MessageHandler counter = new MessageHandler() {
        @Override
        public boolean onMessage(MessageReader m) {
            if (m.type() == Rtnl.RTM_NEWLINK) {
                count += view.wrap(m).mtu() > 0 ? 1 : 0;
            }
            return true;
        }
    };

    @Setup
    public void setUp() {
        namespace = KernelState.namespaceOrExplain();
        connection = NetlinkConnection.open(Netlink.NETLINK_ROUTE, namespace);
        KernelState.createVethPairs(connection, pairs);
        if (dumpViews() != 2L * pairs + 1) {
            throw new IllegalStateException("expected " + (2L * pairs + 1) + " links, counted " + count);
        }
    }

    @TearDown
    public void tearDown() {
        connection.close();
        namespace.close();
    }

    @Benchmark
    public long dumpViews() {
        count = 0;
        connection.dump("RTM_GETLINK", DUMP, counter);
        return count;
    }

    /** Like {@link #dumpViews()}, asking the kernel to skip statistics (what {@code ip link show} does). */
    @Benchmark
    public long dumpViewsSkipStats() {
        count = 0;
        connection.dump("RTM_GETLINK", DUMP_SKIP_STATS, counter);
        return count;
    }

    @Benchmark
    public long forEach() {
        long[] n = {0};
        Links.forEach(connection, v -> n[0] += v.mtu() > 0 ? 1 : 0);
        return n[0];
    }
}
