package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.junit.NetnsTest;

import java.net.InetAddress;
import java.util.List;

import static io.jnetlink.netfilter.ipset.IpsetOracle.comparable;
import static io.jnetlink.netfilter.ipset.IpsetOracle.ipset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Differential tests against the {@code ipset} tool, in fresh namespaces from the JUnit extension. */
class IpSetsIT {
    /** One set of each type the kernel here has, with timeouts, counters, comments and family inet6. */
    private static final String SCRIPT = """
            create s1 hash:ip timeout 30 counters comment
            add s1 10.0.0.1 timeout 0 packets 3 bytes 4 comment "hi there"
            add s1 10.0.0.2 timeout 100
            create s2 hash:net family inet6 hashsize 2048 maxelem 1000
            add s2 2001:db8::/64
            add s2 2001:db8:1::1
            create s3 hash:ip,port
            add s3 10.0.0.1,tcp:80
            add s3 10.0.0.2,udp:53
            create s4 hash:net,port counters
            add s4 10.1.0.0/16,udp:53
            add s4 10.2.0.0/24,sctp:9 packets 5 bytes 6
            create s6 bitmap:port range 1024-2048 timeout 60
            add s6 1080 timeout 0
            create s7 list:set size 8
            add s7 s1
            add s7 s3
            """;

    /** The same state as {@link #SCRIPT}, made by the library. */
    private static void makeWithLibrary(NetNamespace ns) {
        IpSets.create("s1", IpSetType.HASH_IP).timeout(30).counters().comment().in(ns).apply();
        IpSets.add("s1", IpSetEntry.ip("10.0.0.1").withTimeout(0).withCounters(3, 4).withComment("hi there")).in(ns).apply();
        IpSets.add("s1", IpSetEntry.ip("10.0.0.2").withTimeout(100)).in(ns).apply();
        IpSets.create("s2", IpSetType.HASH_NET).inet6().hashSize(2048).maxElem(1000).in(ns).apply();
        IpSets.add("s2", IpSetEntry.net("2001:db8::/64")).in(ns).apply();
        IpSets.add("s2", IpSetEntry.net("2001:db8:1::1")).in(ns).apply();
        IpSets.create("s3", IpSetType.HASH_IP_PORT).in(ns).apply();
        IpSets.add("s3", IpSetEntry.ipPort("10.0.0.1", "tcp", 80)).in(ns).apply();
        IpSets.add("s3", IpSetEntry.ipPort("10.0.0.2", "udp", 53)).in(ns).apply();
        IpSets.create("s4", IpSetType.HASH_NET_PORT).counters().in(ns).apply();
        IpSets.add("s4", IpSetEntry.netPort("10.1.0.0/16", "udp", 53)).in(ns).apply();
        IpSets.add("s4", IpSetEntry.netPort("10.2.0.0/24", "sctp", 9).withCounters(5, 6)).in(ns).apply();
        IpSets.create("s6", IpSetType.BITMAP_PORT).portRange(1024, 2048).timeout(60).in(ns).apply();
        IpSets.add("s6", IpSetEntry.port(1080).withTimeout(0)).in(ns).apply();
        IpSets.create("s7", IpSetType.LIST_SET).size(8).in(ns).apply();
        IpSets.add("s7", IpSetEntry.set("s1")).in(ns).apply();
        IpSets.add("s7", IpSetEntry.set("s3")).in(ns).apply();
    }

    @NetnsTest
    void libraryMadeSetsSaveAsIpsetMadeOnes(NetNamespace byIpset, NetNamespace byLibrary) throws Exception {
        ipset(byIpset, SCRIPT, "restore");
        makeWithLibrary(byLibrary);
        String expected = comparable(ipset(byIpset, null, "save"));
        assertEquals(expected, comparable(ipset(byLibrary, null, "save")));
        assertEquals(17, expected.split("\n").length, expected);
    }

    @NetnsTest
    void libraryReadsIpsetMadeSetsAsIpsetSavePrintsThem(NetNamespace byIpset) throws Exception {
        ipset(byIpset, SCRIPT, "restore");
        assertEquals(comparable(ipset(byIpset, null, "save")), comparable(IpSetSave.render(IpSets.save().in(byIpset).apply())));
        assertEquals(comparable(ipset(byIpset, null, "save")), comparable(IpSetSave.render(IpSets.list().in(byIpset).apply())));

        IpSet s2 = IpSets.list("s2").in(byIpset).apply().get(0);
        assertEquals(java.util.Optional.of(IpSetType.HASH_NET), s2.type());
        assertEquals(10, s2.family());
        assertEquals(2048, s2.hashSize());
        assertEquals(1000, s2.maxElem());
        assertEquals(2, s2.entryCount());
        IpSet s1 = IpSets.list("s1").in(byIpset).apply().get(0);
        assertTrue(s1.counters() && s1.comment());
        assertEquals(30, s1.timeout());
        IpSetEntry first = s1.entries().stream().filter(e -> e.comment() != null).findFirst().orElseThrow();
        assertEquals(InetAddress.getByName("10.0.0.1"), first.address());
        assertEquals(3, first.packets());
        assertEquals(4, first.bytes());
        assertEquals("hi there", first.comment());
        IpSet s6 = IpSets.list("s6").in(byIpset).apply().get(0);
        assertEquals(List.of(1024, 2048), List.of(s6.portFrom(), s6.portTo()));
        assertEquals(1080, s6.entries().get(0).port());
        IpSet s7 = IpSets.list("s7").in(byIpset).apply().get(0);
        assertEquals(List.of("s1", "s3"), s7.entries().stream().map(IpSetEntry::member).toList());
    }

    @NetnsTest
    void testDeleteFlushRenameSwapDestroyAgreeWithIpset(NetNamespace ns) throws Exception {
        IpSets.create("a", IpSetType.HASH_IP_PORT).in(ns).apply();
        IpSets.create("b", IpSetType.HASH_IP_PORT).in(ns).apply();
        IpSetEntry web = IpSetEntry.ipPort("10.0.0.1", "tcp", 80);
        IpSets.add("a", web).in(ns).apply();
        assertTrue(IpSets.test("a", web).in(ns).apply());
        assertFalse(IpSets.test("a", IpSetEntry.ipPort("10.0.0.1", "tcp", 81)).in(ns).apply());
        assertEquals(0, IpsetOracle.tryIpset(ns, null, "test", "a", "10.0.0.1,tcp:80").exit());

        NetlinkException again = assertThrows(NetlinkException.class, () -> IpSets.add("a", web).in(ns).apply());
        assertEquals(4103, again.errno(), again.getMessage()); // IPSET_ERR_EXIST
        assertTrue(again.getMessage().contains("it's already added"), again.getMessage());
        NetlinkException absent = assertThrows(NetlinkException.class,
                () -> IpSets.delete("a", IpSetEntry.ipPort("10.0.0.9", "tcp", 80)).in(ns).apply());
        assertTrue(absent.getMessage().contains("cannot be deleted from the set: it's not added"), absent.getMessage());
        IpSets.add("a", web).exist().in(ns).apply();

        IpSets.swap("a", "b").in(ns).apply();
        assertFalse(IpSets.test("a", web).in(ns).apply());
        assertEquals(0, IpsetOracle.tryIpset(ns, null, "test", "b", "10.0.0.1,tcp:80").exit());
        IpSets.delete("b", web).in(ns).apply();
        assertEquals(1, IpsetOracle.tryIpset(ns, null, "test", "b", "10.0.0.1,tcp:80").exit());

        IpSets.add("b", web).in(ns).apply();
        IpSets.flush("b").in(ns).apply();
        assertEquals(0, IpSets.list("b").in(ns).apply().get(0).entries().size());
        IpSets.rename("b", "c").in(ns).apply();
        assertEquals(List.of("a", "c"), IpsetOracle.names(ns));
        IpSets.destroy("a").in(ns).apply();
        assertEquals(List.of("c"), IpsetOracle.names(ns));
        IpSets.destroyAll().in(ns).apply();
        assertEquals(List.of(), IpsetOracle.names(ns));
    }

    @NetnsTest
    void wrongShapeIsRefusedBeforeTheCommandAndKernelErrorsAreNamed(NetNamespace ns) throws Exception {
        ipset(ns, null, "create", "p", "hash:ip,port");
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> IpSets.add("p", IpSetEntry.ip("10.0.0.1")).in(ns).apply());
        assertTrue(shape.getMessage().startsWith("entry: hash:ip,port elements need a port"), shape.getMessage());
        assertTrue(ipset(ns, null, "list", "p").contains("Number of entries: 0"));

        NetlinkException exists = assertThrows(NetlinkException.class,
                () -> IpSets.create("p", IpSetType.HASH_IP).in(ns).apply());
        assertEquals(17, exists.errno(), exists.getMessage()); // EEXIST
        NetlinkException missing = assertThrows(NetlinkException.class,
                () -> IpSets.add("nosuch", IpSetEntry.ip("10.0.0.1")).in(ns).apply());
        assertEquals(2, missing.errno(), missing.getMessage()); // ENOENT: the set does not exist
    }

    /** hash:mac is encoded like the others; this kernel may not have it, in which case both sides are refused. */
    @NetnsTest
    void hashMacFollowsWhatTheKernelOffers(NetNamespace byIpset, NetNamespace byLibrary) throws Exception {
        boolean supported = IpsetOracle.tryIpset(byIpset, null, "create", "m", "hash:mac").exit() == 0;
        if (!supported) {
            NetlinkException e = assertThrows(NetlinkException.class,
                    () -> IpSets.create("m", IpSetType.HASH_MAC).in(byLibrary).apply());
            assertTrue(e.getMessage().contains("set type not supported"), e.getMessage());
            return;
        }
        ipset(byIpset, null, "add", "m", "00:11:22:33:44:55");
        IpSets.create("m", IpSetType.HASH_MAC).in(byLibrary).apply();
        IpSets.add("m", IpSetEntry.mac("00:11:22:33:44:55")).in(byLibrary).apply();
        assertEquals(comparable(ipset(byIpset, null, "save")), comparable(ipset(byLibrary, null, "save")));
        assertEquals(comparable(ipset(byIpset, null, "save")), comparable(IpSetSave.render(IpSets.save().in(byIpset).apply())));
    }
}
