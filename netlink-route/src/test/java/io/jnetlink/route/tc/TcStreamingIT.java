package io.jnetlink.route.tc;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** A big dump streamed through one reused view: 1,000 u32 filters (3,000 messages) on one device. */
class TcStreamingIT {
    private static final int FILTERS = 1000;
    private TcTopology t;

    @BeforeEach
    void setUp() {
        t = new TcTopology("tcb");
    }

    @AfterEach
    void tearDown() {
        t.close();
    }

    @Test
    void shouldStreamAThousandFiltersThroughOneView() {
        int va = Links.get("va", t.a).orElseThrow().index();
        NetlinkConnection c = t.a.connection(Netlink.NETLINK_ROUTE);
        Qdiscs.add(va).root().handle("1:").options(HtbQdiscOptions.defaultClass(0)).apply(c);
        for (int i = 1; i <= FILTERS; i++) {
            Filters.add(va).parent("1:").protocol("ip").priority(i)
                    .options(U32Options.match().matchIpDestinationPort(i).flowId("1:10")).apply(c);
        }
        FilterView[] first = {null};
        Set<Integer> ports = new HashSet<>();
        int[] messages = {0};
        Filters.show("va").parent("1:").forEach(c, v -> {
            if (first[0] == null) {
                first[0] = v;
            }
            assertSame(first[0], v);
            messages[0]++;
            if (v.options() instanceof U32Options u && u.selector().isPresent()) {
                ports.add(u.selector().get().keys().get(0).value());
            }
        });
        assertEquals(3 * FILTERS, messages[0]); // per filter: the classifier, its hash table, its key node
        assertEquals(FILTERS, ports.size());
        assertEquals(3 * FILTERS, Filters.show("va").parent("1:").in(t.a).apply().size());
    }
}
