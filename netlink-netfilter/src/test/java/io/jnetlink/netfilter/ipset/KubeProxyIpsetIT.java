package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.junit.NetnsTest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static io.jnetlink.netfilter.ipset.IpsetOracle.comparable;
import static io.jnetlink.netfilter.ipset.IpsetOracle.ipset;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16's done-when for ipset: the sets kube-proxy (ipvs mode) keeps, made by {@code ipset restore},
 * read back by the library as typed records with nothing left raw and rendered as {@code ipset save}
 * prints them; and the same sets made by the library save as the CLI's. kube-proxy creates its sets
 * with {@code comment}, {@code hashsize 1024 maxelem 65536} (bitmap:port: {@code range 0-65535}), no
 * timeouts, and gives each member its set's comment. The ICMP, udplite and sctp members are not
 * kube-proxy's: they exercise the other port forms ipset accepts in the same sets. The inet6 copies
 * are named {@code KUBE-6-…}; {@code KUBE-6-LB-SOURCE-CIDR} is shortened because ipset refuses names
 * over 31 bytes.
 */
class KubeProxyIpsetIT {
    private static final String CLUSTER_IP = "Kubernetes service cluster ip + port for masquerade purpose";
    private static final String LOOP_BACK = "Kubernetes endpoints dst ip:port, source ip for solving hairpin purpose";
    private static final String EXTERNAL_IP = "Kubernetes service external ip + port for masquerade and filter purpose";
    private static final String LB_SOURCE_CIDR = "Kubernetes service load balancer ip + port + source cidr for packet filter purpose";
    private static final String LB_SOURCE_IP = "Kubernetes service load balancer ip + port + source IP for packet filter purpose";
    private static final String NODE_PORT_TCP = "Kubernetes nodeport TCP port for masquerade purpose";
    private static final String NODE_PORT_LOCAL_TCP = "Kubernetes nodeport TCP port with externalTrafficPolicy=local";
    private static final String HEALTH_CHECK = "Kubernetes health check node port";

    private static final String HASH = " hashsize 1024 maxelem 65536 comment";
    private static final String BITMAP = " range 0-65535 comment";

    private static final String SCRIPT = String.join("\n",
            "create KUBE-CLUSTER-IP hash:ip,port family inet" + HASH,
            "add KUBE-CLUSTER-IP 10.96.0.1,tcp:443 comment \"" + CLUSTER_IP + "\"",
            "add KUBE-CLUSTER-IP 10.96.0.10,udp:53 comment \"" + CLUSTER_IP + "\"",
            "add KUBE-CLUSTER-IP 10.96.0.10,tcp:53 comment \"" + CLUSTER_IP + "\"",
            "add KUBE-CLUSTER-IP 10.96.0.20,sctp:9000 comment \"" + CLUSTER_IP + "\"",
            "create KUBE-LOOP-BACK hash:ip,port,ip family inet" + HASH,
            "add KUBE-LOOP-BACK 10.244.1.5,tcp:53,10.244.1.5 comment \"" + LOOP_BACK + "\"",
            "add KUBE-LOOP-BACK 10.244.1.5,udp:53,10.244.1.5 comment \"" + LOOP_BACK + "\"",
            "create KUBE-EXTERNAL-IP hash:ip,port family inet" + HASH,
            "add KUBE-EXTERNAL-IP 203.0.113.10,tcp:80 comment \"" + EXTERNAL_IP + "\"",
            "add KUBE-EXTERNAL-IP 203.0.113.10,icmp:echo-request comment \"" + EXTERNAL_IP + "\"",
            "add KUBE-EXTERNAL-IP 203.0.113.10,icmp:3/4 comment \"" + EXTERNAL_IP + "\"",
            "add KUBE-EXTERNAL-IP 203.0.113.10,icmp:255/255 comment \"" + EXTERNAL_IP + "\"",
            "add KUBE-EXTERNAL-IP 203.0.113.11,udplite:5000 comment \"" + EXTERNAL_IP + "\"",
            "create KUBE-LOAD-BALANCER-SOURCE-CIDR hash:ip,port,net family inet" + HASH,
            "add KUBE-LOAD-BALANCER-SOURCE-CIDR 10.0.0.10,tcp:80,192.168.0.0/16 comment \"" + LB_SOURCE_CIDR + "\"",
            "add KUBE-LOAD-BALANCER-SOURCE-CIDR 10.0.0.10,tcp:80,172.16.5.7 comment \"" + LB_SOURCE_CIDR + "\"",
            "create KUBE-LOAD-BALANCER-SOURCE-IP hash:ip,port,ip family inet" + HASH,
            "add KUBE-LOAD-BALANCER-SOURCE-IP 10.0.0.10,tcp:80,192.168.1.20 comment \"" + LB_SOURCE_IP + "\"",
            "create KUBE-NODE-PORT-TCP bitmap:port" + BITMAP,
            "add KUBE-NODE-PORT-TCP 30080 comment \"" + NODE_PORT_TCP + "\"",
            "add KUBE-NODE-PORT-TCP 30443 comment \"" + NODE_PORT_TCP + "\"",
            "create KUBE-NODE-PORT-LOCAL-TCP bitmap:port" + BITMAP,
            "add KUBE-NODE-PORT-LOCAL-TCP 30443 comment \"" + NODE_PORT_LOCAL_TCP + "\"",
            "create KUBE-HEALTH-CHECK-NODE-PORT bitmap:port" + BITMAP,
            "add KUBE-HEALTH-CHECK-NODE-PORT 32000 comment \"" + HEALTH_CHECK + "\"",
            "create KUBE-6-CLUSTER-IP hash:ip,port family inet6" + HASH,
            "add KUBE-6-CLUSTER-IP fd00:10:96::1,tcp:443 comment \"" + CLUSTER_IP + "\"",
            "add KUBE-6-CLUSTER-IP fd00:10:96::a,udp:53 comment \"" + CLUSTER_IP + "\"",
            "add KUBE-6-CLUSTER-IP fd00:10:96::a,icmpv6:echo-request comment \"" + CLUSTER_IP + "\"",
            "add KUBE-6-CLUSTER-IP fd00:10:96::a,icmpv6:1/3 comment \"" + CLUSTER_IP + "\"",
            "create KUBE-6-LOOP-BACK hash:ip,port,ip family inet6" + HASH,
            "add KUBE-6-LOOP-BACK fd00:10:244:1::5,tcp:53,fd00:10:244:1::5 comment \"" + LOOP_BACK + "\"",
            "create KUBE-6-LB-SOURCE-CIDR hash:ip,port,net family inet6" + HASH,
            "add KUBE-6-LB-SOURCE-CIDR fd00::10,tcp:80,fd00:1::/64 comment \"" + LB_SOURCE_CIDR + "\"",
            "create KUBE-6-NODE-PORT-TCP bitmap:port" + BITMAP,
            "add KUBE-6-NODE-PORT-TCP 30080 comment \"" + NODE_PORT_TCP + "\"",
            "");

    /** The same state as {@link #SCRIPT}, made by the library. */
    private static void makeWithLibrary(NetNamespace ns) {
        hashSet(ns, "KUBE-CLUSTER-IP", IpSetType.HASH_IP_PORT, false);
        add(ns, "KUBE-CLUSTER-IP", IpSetEntry.ipPort("10.96.0.1", "tcp", 443), CLUSTER_IP);
        add(ns, "KUBE-CLUSTER-IP", IpSetEntry.ipPort("10.96.0.10", "udp:53"), CLUSTER_IP);
        add(ns, "KUBE-CLUSTER-IP", IpSetEntry.ipPort("10.96.0.10", "53"), CLUSTER_IP);
        add(ns, "KUBE-CLUSTER-IP", IpSetEntry.ipPort("10.96.0.20", "sctp", 9000), CLUSTER_IP);
        hashSet(ns, "KUBE-LOOP-BACK", IpSetType.HASH_IP_PORT_IP, false);
        add(ns, "KUBE-LOOP-BACK", IpSetEntry.ipPortIp("10.244.1.5", "tcp:53", "10.244.1.5"), LOOP_BACK);
        add(ns, "KUBE-LOOP-BACK", IpSetEntry.ipPortIp("10.244.1.5", "udp:53", "10.244.1.5"), LOOP_BACK);
        hashSet(ns, "KUBE-EXTERNAL-IP", IpSetType.HASH_IP_PORT, false);
        add(ns, "KUBE-EXTERNAL-IP", IpSetEntry.ipPort("203.0.113.10", "tcp:80"), EXTERNAL_IP);
        add(ns, "KUBE-EXTERNAL-IP", IpSetEntry.ipPort("203.0.113.10", "icmp:ping"), EXTERNAL_IP);
        add(ns, "KUBE-EXTERNAL-IP", IpSetEntry.ipPort("203.0.113.10", "icmp:fragmentation-needed"), EXTERNAL_IP);
        add(ns, "KUBE-EXTERNAL-IP", IpSetEntry.ipPort("203.0.113.10", "icmp:255/255"), EXTERNAL_IP);
        add(ns, "KUBE-EXTERNAL-IP", IpSetEntry.ipPort("203.0.113.11", "udplite", 5000), EXTERNAL_IP);
        hashSet(ns, "KUBE-LOAD-BALANCER-SOURCE-CIDR", IpSetType.HASH_IP_PORT_NET, false);
        add(ns, "KUBE-LOAD-BALANCER-SOURCE-CIDR", IpSetEntry.ipPortNet("10.0.0.10", "tcp:80", "192.168.0.0/16"), LB_SOURCE_CIDR);
        add(ns, "KUBE-LOAD-BALANCER-SOURCE-CIDR", IpSetEntry.ipPortNet("10.0.0.10", "tcp:80", "172.16.5.7/32"), LB_SOURCE_CIDR);
        hashSet(ns, "KUBE-LOAD-BALANCER-SOURCE-IP", IpSetType.HASH_IP_PORT_IP, false);
        add(ns, "KUBE-LOAD-BALANCER-SOURCE-IP", IpSetEntry.ipPortIp("10.0.0.10", "tcp:80", "192.168.1.20"), LB_SOURCE_IP);
        bitmapSet(ns, "KUBE-NODE-PORT-TCP");
        add(ns, "KUBE-NODE-PORT-TCP", IpSetEntry.port(30080), NODE_PORT_TCP);
        add(ns, "KUBE-NODE-PORT-TCP", IpSetEntry.port(30443), NODE_PORT_TCP);
        bitmapSet(ns, "KUBE-NODE-PORT-LOCAL-TCP");
        add(ns, "KUBE-NODE-PORT-LOCAL-TCP", IpSetEntry.port(30443), NODE_PORT_LOCAL_TCP);
        bitmapSet(ns, "KUBE-HEALTH-CHECK-NODE-PORT");
        add(ns, "KUBE-HEALTH-CHECK-NODE-PORT", IpSetEntry.port(32000), HEALTH_CHECK);
        hashSet(ns, "KUBE-6-CLUSTER-IP", IpSetType.HASH_IP_PORT, true);
        add(ns, "KUBE-6-CLUSTER-IP", IpSetEntry.ipPort("fd00:10:96::1", "tcp:443"), CLUSTER_IP);
        add(ns, "KUBE-6-CLUSTER-IP", IpSetEntry.ipPort("fd00:10:96::a", "udp:53"), CLUSTER_IP);
        add(ns, "KUBE-6-CLUSTER-IP", IpSetEntry.ipPort("fd00:10:96::a", "icmpv6:128/0"), CLUSTER_IP);
        add(ns, "KUBE-6-CLUSTER-IP", IpSetEntry.ipPort("fd00:10:96::a", "ipv6-icmp:address-unreachable"), CLUSTER_IP);
        hashSet(ns, "KUBE-6-LOOP-BACK", IpSetType.HASH_IP_PORT_IP, true);
        add(ns, "KUBE-6-LOOP-BACK", IpSetEntry.ipPortIp("fd00:10:244:1::5", "tcp:53", "fd00:10:244:1::5"), LOOP_BACK);
        hashSet(ns, "KUBE-6-LB-SOURCE-CIDR", IpSetType.HASH_IP_PORT_NET, true);
        add(ns, "KUBE-6-LB-SOURCE-CIDR", IpSetEntry.ipPortNet("fd00::10", "tcp:80", "fd00:1::/64"), LB_SOURCE_CIDR);
        bitmapSet(ns, "KUBE-6-NODE-PORT-TCP");
        add(ns, "KUBE-6-NODE-PORT-TCP", IpSetEntry.port(30080), NODE_PORT_TCP);
    }

    private static void hashSet(NetNamespace ns, String name, IpSetType type, boolean inet6) {
        IpSetRequest create = IpSets.create(name, type).hashSize(1024).maxElem(65536).comment();
        (inet6 ? create.inet6() : create).in(ns).apply();
    }

    private static void bitmapSet(NetNamespace ns, String name) {
        IpSets.create(name, IpSetType.BITMAP_PORT).portRange(0, 65535).comment().in(ns).apply();
    }

    private static void add(NetNamespace ns, String set, IpSetEntry entry, String comment) {
        IpSets.add(set, entry.withComment(comment)).in(ns).apply();
    }

    @NetnsTest
    void ipsetMadeKubeProxySetsReadBackTypedAndRenderAsIpsetSave(NetNamespace byIpset) throws Exception {
        ipset(byIpset, SCRIPT, "restore");
        String save = ipset(byIpset, null, "save");
        List<IpSet> sets = IpSets.save().in(byIpset).apply();

        assertEquals(comparable(save), comparable(IpSetSave.render(sets)));
        assertEquals(comparable(save), comparable(IpSetSave.render(IpSets.list().in(byIpset).apply())));
        assertEquals(SCRIPT.lines().count(), comparable(save).lines().count(), save);
        for (IpSet set : sets) {
            assertTrue(set.type().isPresent(), set.name() + " has a modelled type: " + set.typeName());
            assertEquals(List.of(), set.unknown(), set.name() + " header");
            for (IpSetEntry e : set.entries()) {
                assertEquals(List.of(), e.unknown(), set.name() + " member " + IpSetSave.element(e));
            }
        }
        Map<String, IpSet> byName = sets.stream().collect(Collectors.toMap(IpSet::name, s -> s));
        assertEquals(Optional.of(IpSetType.HASH_IP_PORT_IP), byName.get("KUBE-LOOP-BACK").type());
        assertEquals(Optional.of(IpSetType.HASH_IP_PORT_NET), byName.get("KUBE-6-LB-SOURCE-CIDR").type());
        assertEquals(10, byName.get("KUBE-6-LB-SOURCE-CIDR").family());
        IpSetEntry hairpin = byName.get("KUBE-6-LOOP-BACK").entries().get(0);
        assertEquals(IpSetEntry.ipPortIp("fd00:10:244:1::5", "tcp:53", "fd00:10:244:1::5").withComment(LOOP_BACK), hairpin);
        IpSetEntry sourceCidr = byName.get("KUBE-LOAD-BALANCER-SOURCE-CIDR").entries().stream()
                .filter(e -> e.prefix2() == 16).findFirst().orElseThrow();
        assertEquals(IpSetEntry.ipPortNet("10.0.0.10", "tcp:80", "192.168.0.0/16").withComment(LB_SOURCE_CIDR), sourceCidr);
    }

    @NetnsTest
    void libraryMadeKubeProxySetsSaveAsIpsetMadeOnes(NetNamespace byIpset, NetNamespace byLibrary) throws Exception {
        ipset(byIpset, SCRIPT, "restore");
        makeWithLibrary(byLibrary);
        String expected = comparable(ipset(byIpset, null, "save"));
        assertEquals(expected, comparable(ipset(byLibrary, null, "save")));
        assertEquals(expected, comparable(IpSetSave.render(IpSets.save().in(byLibrary).apply())));
    }
}
