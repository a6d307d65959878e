package io.jnetlink.netfilter;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.event.ChangeType;
import io.jnetlink.core.event.EventSubscription;
import io.jnetlink.core.event.StateUpdate;
import io.jnetlink.core.event.SyncSignal;
import io.jnetlink.core.message.Netlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** nft monitor from Java: changes made with nft and with the library arrive as typed events, in order. */
@Timeout(60)
class NftEventsIT {
    private NetNamespace ns;

    @BeforeEach
    void namespace() {
        ns = NetNamespace.create();
    }

    @AfterEach
    void close() {
        ns.close();
    }

    private static Predicate<NftEvent> table(ChangeType type, String name) {
        return e -> e instanceof NftTableEvent t && t.type() == type && t.table().name().equals(name);
    }

    @Test
    void shouldListThenDeliverTableChainSetAndRuleEventsFromNftAndLibraryInOrder() throws Exception {
        NftOracle.nftFile(ns, "table ip before { }\n");
        EventLog<NftEvent> log = new EventLog<>();
        try (EventSubscription sub = NftEvents.subscribe().in(ns).onError(log::fail).start(log)) {
            int listed = log.await(0, e -> e instanceof NftEventSync s && s.signal() == SyncSignal.LISTED, "LISTED");
            assertTrue(log.events().subList(0, listed).stream().anyMatch(table(ChangeType.NEW, "before")), log.events().toString());
            NftOracle.nftFile(ns, """
                    table inet evt {
                        set blocked { type ipv4_addr; }
                        chain input {
                            type filter hook input priority 0; policy accept;
                            ip saddr @blocked drop
                        }
                    }
                    """);
            Nftables.transaction().addTable(Family.IP, "lib").in(ns).apply();
            NftOracle.run(ns, "nft", "flush", "chain", "inet", "evt", "input");
            NftOracle.run(ns, "nft", "delete", "table", "inet", "evt");
            Nftables.transaction().deleteTable(Family.IP, "lib").in(ns).apply();
            int last = log.await(listed, table(ChangeType.DELETED, "lib"), "delete table lib");
            List<NftEvent> live = log.events().subList(listed + 1, last + 1);
            int addEvt = index(live, table(ChangeType.NEW, "evt"));
            int addSet = index(live, e -> e instanceof NftSetEvent s && s.type() == ChangeType.NEW && s.set().name().equals("blocked"));
            int addChain = index(live, e -> e instanceof NftChainEvent c && c.type() == ChangeType.NEW && c.chain().name().equals("input"));
            int addRule = index(live, e -> e instanceof NftRuleEvent r && r.type() == ChangeType.NEW && r.rule().chain().equals("input"));
            int addLib = index(live, table(ChangeType.NEW, "lib"));
            int delRule = index(live, e -> e instanceof NftRuleEvent r && r.type() == ChangeType.DELETED);
            int delChain = index(live, e -> e instanceof NftChainEvent c && c.type() == ChangeType.DELETED);
            int delEvt = index(live, table(ChangeType.DELETED, "evt"));
            int delLib = index(live, table(ChangeType.DELETED, "lib"));
            assertTrue(addEvt < addSet && addEvt < addChain && addChain < addRule && addRule < addLib, live.toString());
            assertTrue(addLib < delRule && delRule < delChain && delChain < delEvt && delEvt < delLib, live.toString());
            int delSet = index(live, e -> e instanceof NftSetEvent s && s.type() == ChangeType.DELETED);
            assertTrue(delRule < delSet && delSet < delEvt, live.toString());
            assertEquals(10, live.size(), "one event per object change, no repeats: " + live);
            assertEquals(fresh(), state(log.events()), "the events add up to the kernel's ruleset");
            assertTrue(sub.isOpen());
        }
    }

    /** Applies every change event to a map keyed like the library. */
    private static Map<Object, Object> state(List<NftEvent> events) {
        Map<Object, Object> state = new HashMap<>();
        for (NftEvent e : events) {
            NftFollowed v = e instanceof NftTableEvent t ? NftTable.followed(t.table())
                    : e instanceof NftChainEvent c ? NftChain.followed(c.chain())
                    : e instanceof NftSetEvent s ? NftSet.followed(s.set())
                    : e instanceof NftRuleEvent r ? NftRule.followed(r.rule()) : null;
            if (v == null) {
                continue;
            }
            ChangeType type = e instanceof NftTableEvent t ? t.type() : e instanceof NftChainEvent c ? c.type()
                    : e instanceof NftSetEvent s ? s.type() : ((NftRuleEvent) e).type();
            if (type == ChangeType.DELETED) {
                state.remove(v.key());
            } else {
                state.put(v.key(), v.state());
            }
        }
        return state;
    }

    private Map<Object, Object> fresh() {
        NftEventCodec codec = new NftEventCodec();
        Map<Object, Object> out = new HashMap<>();
        for (var dump : NftEventCodec.dumps()) {
            List<NftFollowed> values = ns.connection(Netlink.NETLINK_NETFILTER).dumpToList("nft dump", dump, m -> {
                StateUpdate<NftFollowed> u = codec.decode(m);
                return u == null ? null : u.value();
            });
            values.forEach(v -> out.put(v.key(), v.state()));
        }
        return out;
    }

    private static int index(List<NftEvent> events, Predicate<NftEvent> p) {
        for (int i = 0; i < events.size(); i++) {
            if (p.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("missing event in " + events);
    }
}
