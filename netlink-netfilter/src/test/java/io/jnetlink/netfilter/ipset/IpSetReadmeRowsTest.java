package io.jnetlink.netfilter.ipset;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Every builder chain of the README's "ipset → Java" table builds as written (nothing is sent). */
class IpSetReadmeRowsTest {
    @Test
    void everyIpsetRowBuilds() {
        assertNotNull(IpSets.create("s", IpSetType.HASH_IP).timeout(30).counters().comment());
        assertNotNull(IpSets.create("s6", IpSetType.HASH_NET).inet6().hashSize(2048).maxElem(1000));
        assertNotNull(IpSets.create("p", IpSetType.BITMAP_PORT).portRange(1024, 2048));
        assertNotNull(IpSets.create("l", IpSetType.LIST_SET).size(8));
        assertNotNull(IpSets.add("s", IpSetEntry.ip("10.0.0.1").withTimeout(10).withCounters(3, 4).withComment("hi")));
        IpSetEntry e = IpSetEntry.netPort("10.0.0.0/8", "tcp", 80);
        assertNotNull(IpSetEntry.mac("00:11:22:33:44:55"));
        assertNotNull(IpSetEntry.port(1080));
        assertNotNull(IpSetEntry.set("s"));
        assertNotNull(IpSets.create("lb", IpSetType.HASH_IP_PORT_IP).comment());
        assertNotNull(IpSets.create("c", IpSetType.HASH_IP_PORT_NET).inet6());
        assertNotNull(IpSetEntry.ipPortIp("10.244.1.5", "tcp:53", "10.244.1.5"));
        assertNotNull(IpSetEntry.ipPortNet("fd00::10", "tcp:80", "fd00:1::/64"));
        assertNotNull(IpSetEntry.ipPort("10.0.0.1", "icmp:echo-request"));
        assertNotNull(IpSetEntry.ipPort("10.0.0.1", "icmp:3/4"));
        assertNotNull(IpSetEntry.ipPort("fd00::1", "icmpv6:1/3"));
        assertNotNull(IpSetEntry.ipPort("10.0.0.1", "udplite:9"));
        assertNotNull(IpSets.add("s", e).exist());
        assertNotNull(IpSets.delete("s", e));
        assertNotNull(IpSets.test("s", IpSetEntry.ip("10.0.0.1")));
        assertNotNull(IpSets.flush("s"));
        assertNotNull(IpSets.flushAll());
        assertNotNull(IpSets.destroy("s"));
        assertNotNull(IpSets.destroyAll());
        assertNotNull(IpSets.rename("a", "b"));
        assertNotNull(IpSets.swap("a", "b"));
        assertNotNull(IpSets.list());
        assertNotNull(IpSets.list().headersOnly());
        assertNotNull(IpSets.list("big"));
        assertNotNull(IpSets.save());
    }

    @Test
    void saveRenderingOfARecordMatchesIpsetSyntax() {
        IpSet set = new IpSet("w", "hash:net,port", 8, 2, 1024, 65536, 12, 0x4a151267L, -1, true, false,
                -1, -1, -1, 0, 600, 1, List.of(IpSetEntry.netPort("10.1.0.0/16", "udp", 53).withCounters(0, 0)), null);
        assertEquals("""
                create w hash:net,port family inet hashsize 1024 maxelem 65536 counters bucketsize 12 initval 0x4a151267
                add w 10.1.0.0/16,udp:53 packets 0 bytes 0
                """, IpSetSave.render(List.of(set)));
    }

    @Test
    void saveRenderingOfKubeProxyMembersMatchesIpsetSyntax() {
        IpSet set = new IpSet("KUBE-LOOP-BACK", "hash:ip,port,ip", 5, 2, 1024, 65536, 12, 0x1L, -1, false, true,
                -1, -1, -1, 0, 600, 1, List.of(IpSetEntry.ipPortIp("10.244.1.5", "udp:53", "10.244.1.5").withComment("hairpin")), null);
        assertEquals("""
                create KUBE-LOOP-BACK hash:ip,port,ip family inet hashsize 1024 maxelem 65536 comment bucketsize 12 initval 0x00000001
                add KUBE-LOOP-BACK 10.244.1.5,udp:53,10.244.1.5 comment "hairpin"
                """, IpSetSave.render(List.of(set)));
    }
}
