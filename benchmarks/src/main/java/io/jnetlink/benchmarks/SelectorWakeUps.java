package io.jnetlink.benchmarks;

import io.jnetlink.core.Epoll;
import io.jnetlink.core.event.NetlinkChannel;
import io.jnetlink.core.event.NetlinkSubscription;
import io.jnetlink.core.event.SubscriptionHandler;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.Netlink;
import jnr.enxio.channels.NativeSelectorProvider;

import java.io.IOException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Why the event loop is epoll and not jnr-enxio's selector (issue #13): the cost of one wake-up
 * with N idle netlink sockets registered, in jnr-enxio's {@code NativeSelectorProvider} selector
 * (poll(2) on Linux) and in {@link Epoll}. Prints three rounds of 2,000 wake-ups each.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.jnetlink.benchmarks.SelectorWakeUps 5000</pre>
 */
public final class SelectorWakeUps {
    private static final int ROUNDS = 2_000;

    private SelectorWakeUps() {
    }

    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        SubscriptionHandler ignore = new SubscriptionHandler() {
            @Override
            public void onMessage(MessageReader message) {
            }

            @Override
            public void onOverrun() {
            }
        };
        List<NetlinkChannel> channels = new ArrayList<>();
        try (Selector selector = NativeSelectorProvider.getInstance().openSelector(); Epoll epoll = Epoll.open(256)) {
            for (int i = 0; i < n; i++) {
                NetlinkChannel c = NetlinkSubscription.builder(Netlink.NETLINK_ROUTE).channel(ignore);
                channels.add(c);
                c.configureBlocking(false);
                c.register(selector, SelectionKey.OP_READ);
                epoll.add(c.getFD(), i);
            }
            for (int round = 0; round < 3; round++) {
                long t0 = System.nanoTime();
                for (int r = 0; r < ROUNDS; r++) {
                    selector.wakeup();
                    selector.select();
                    selector.selectedKeys().clear();
                }
                long t1 = System.nanoTime();
                for (int r = 0; r < ROUNDS; r++) {
                    epoll.wake();
                    int ready = epoll.await(-1);
                    for (int i = 0; i < ready; i++) {
                        epoll.token(i);
                    }
                }
                long t2 = System.nanoTime();
                System.out.printf(Locale.ROOT, "N=%d: jnr-enxio selector %.1f us per wake-up, Epoll %.1f us%n", n,
                        (t1 - t0) / 1e3 / ROUNDS, (t2 - t1) / 1e3 / ROUNDS);
            }
        } finally {
            for (NetlinkChannel c : channels) {
                c.close();
            }
        }
    }
}
