package io.jnetlink.route.nsid;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.route.Link;
import io.jnetlink.route.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;

import static io.jnetlink.route.testkit.Cli.objects;
import static io.jnetlink.route.testkit.Cli.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ip netns set}/{@code list-id} and a veth's {@code link-netnsid}, with {@code ip -j} as the oracle both ways. */
class NsIdIT {
    private String tag;
    private NetNamespace a;
    private NetNamespace b;
    private NetNamespace c;

    @BeforeEach
    void setUp() {
        tag = Integer.toString(ThreadLocalRandom.current().nextInt(1 << 20), 36);
        a = NetNamespace.create("nsa-" + tag);
        b = NetNamespace.create("nsb-" + tag);
        c = NetNamespace.create("nsc-" + tag);
    }

    @AfterEach
    void tearDown() {
        a.delete();
        b.delete();
        c.delete();
    }

    @Test
    void shouldSetIdsThatIpListsAndReadIdsIpSet() {
        NsIds.set(b, 5).in(a).apply();
        run(a, "ip", "netns", "set", "nsc-" + tag, "7");
        List<Map<String, Object>> theirs = objects(a, "ip", "-j", "netns", "list-id");
        assertTrue(theirs.stream().anyMatch(e -> Long.valueOf(5).equals(e.get("nsid")) && ("nsb-" + tag).equals(e.get("name"))),
                theirs.toString());
        List<NsId> mine = NsIds.list(a);
        assertEquals(theirs.size(), mine.size(), theirs + " vs " + mine);
        for (Map<String, Object> t : theirs) {
            int id = ((Long) t.get("nsid")).intValue();
            NsId m = mine.stream().filter(x -> x.nsid() == id).findFirst().orElseThrow();
            assertEquals(Optional.ofNullable((String) t.get("name")), m.name());
        }
        assertEquals(OptionalInt.of(7), NsIds.get(c, a));
        assertEquals(OptionalInt.empty(), NsIds.get(a, b), "b has given a no id");

        NetlinkException taken = assertThrows(NetlinkException.class, () -> NsIds.set(b, 6).in(a).apply());
        assertEquals(Errno.EEXIST, taken.errno(), taken.getMessage());
    }

    @Test
    void shouldShowTheLinkNetnsidOfAVethWhosePeerIsElsewhere() {
        NsIds.set(b, 3).in(a).apply();
        run(a, "ip", "link", "add", "va", "type", "veth", "peer", "name", "vb", "netns", "nsb-" + tag);
        Link va = Links.get("va", a).orElseThrow();
        Map<String, Object> theirs = objects(a, "ip", "-j", "link", "show", "va").get(0);
        assertEquals(3L, theirs.get("link_netnsid"));
        assertEquals(Optional.of(3), va.linkNetnsId());
        assertEquals(Links.get("vb", b).orElseThrow().index(), va.linkIndex());
        // b was given no id for a: the kernel assigns one when it reports vb's peer, ip and jnetlink agree on it
        Link vb = Links.get("vb", b).orElseThrow();
        Map<String, Object> theirsB = objects(b, "ip", "-j", "link", "show", "vb").get(0);
        assertEquals(((Long) theirsB.get("link_netnsid")).intValue(), vb.linkNetnsId().orElseThrow());
        assertEquals(OptionalInt.of(vb.linkNetnsId().orElseThrow()), NsIds.get(a, b));
    }
}
