package io.jnetlink.examples;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.netfilter.Nat;
import io.jnetlink.route.Addresses;
import io.jnetlink.route.Links;
import io.jnetlink.route.Routes;

import java.io.PrintStream;
import java.util.List;

/**
 * The network-namespaces walkthrough ({@code shared/scenario/walkthrough.sh}) done from Java:
 * each step prints the {@code ip}/{@code nft} command it stands for, then what the library reads
 * back, formatted like {@code ip} prints it, and every connectivity step is proven with a real TCP
 * connection between the namespaces it made.
 *
 * <p>Run it inside a throwaway user+network+mount namespace (the README's first command does):
 * {@code unshare -rnm sh -c 'mount -t tmpfs tmpfs /run/netns && java -jar examples/target/netlink-examples.jar'}.
 * It deletes the namespaces it made before it ends.
 */
public final class Walkthrough {
    private final PrintStream out;
    private final IpFormat ip;

    private Walkthrough(PrintStream out) {
        this.out = out;
        this.ip = new IpFormat(out);
    }

    public static void main(String[] args) throws Exception {
        new Walkthrough(System.out).run();
    }

    private void run() throws Exception {
        NetNamespace host = NetNamespace.current();
        step("Two namespaces; each sees only its own loopback, an empty ARP table and no routes");
        cmd("ip link set lo up");
        Links.set("lo").up().apply();
        cmd("ip netns add red; ip netns add blue");
        NetNamespace red = NetNamespace.create("red");
        NetNamespace blue = NetNamespace.create("blue");
        NetNamespace lan = null;
        try {
            cmd("ip netns");
            NetNamespace.list().forEach(out::println);
            cmd("ip -n red link");
            ip.links(red, l -> true);
            cmd("ip netns exec red ip neigh");
            ip.neighbors(red);
            cmd("ip -n red route");
            ip.routes(red);

            step("A virtual cable between them");
            cmd("ip link add veth-red type veth peer name veth-blue");
            Links.create().veth("veth-red").peer("veth-blue").apply();
            cmd("ip link set veth-red netns red; ip link set veth-blue netns blue");
            Links.set("veth-red").netns(red).apply();
            Links.set("veth-blue").netns(blue).apply();
            cmd("ip -n red addr add 192.168.15.1/24 dev veth-red");
            Addresses.add("192.168.15.1/24").dev("veth-red").in(red).apply();
            cmd("ip -n blue addr add 192.168.15.2/24 dev veth-blue");
            Addresses.add("192.168.15.2/24").dev("veth-blue").in(blue).apply();
            cmd("ip -n red link set veth-red up; ip -n blue link set veth-blue up");
            Links.set("veth-red").up().in(red).apply();
            Links.set("veth-blue").up().in(blue).apply();
            cmd("ip -n red addr");
            ip.addresses(red);
            prove("red reaches blue over the cable", red, blue, "192.168.15.2", "192.168.15.2", 7001);
            cmd("ip -n red neigh      # red has learnt blue's MAC");
            ip.neighbors(red);
            cmd("ip neigh             # the host's table has not");
            ip.neighbors(host);
            cmd("ip -n red link del veth-red      # deleting one end deletes the pair");
            Links.delete("veth-red").in(red).apply();
            cmd("ip -n blue link");
            ip.links(blue, l -> true);

            step("A virtual switch: a Linux bridge, one cable per namespace");
            cmd("ip link add v-net-0 type bridge; ip link set v-net-0 up");
            Links.create().bridge("v-net-0").apply();
            Links.set("v-net-0").up().apply();
            for (NetNamespace ns : List.of(red, blue)) {
                String name = ns.name().orElseThrow();
                String end = "veth-" + name;
                String bridgeEnd = end + "-br";
                String address = name.equals("red") ? "192.168.15.1/24" : "192.168.15.2/24";
                cmd("ip link add " + end + " type veth peer name " + bridgeEnd);
                Links.create().veth(end).peer(bridgeEnd).apply();
                cmd("ip link set " + end + " netns " + name);
                Links.set(end).netns(ns).apply();
                cmd("ip link set " + bridgeEnd + " master v-net-0 up");
                Links.set(bridgeEnd).master("v-net-0").up().apply();
                cmd("ip -n " + name + " addr add " + address + " dev " + end + "; ip -n " + name + " link set " + end + " up");
                Addresses.add(address).dev(end).in(ns).apply();
                Links.set(end).up().in(ns).apply();
            }
            cmd("ip link show master v-net-0");
            int bridge = Links.get("v-net-0").orElseThrow().index();
            ip.links(host, l -> l.masterIndex() == bridge);
            prove("red reaches blue through the bridge", red, blue, "192.168.15.2", "192.168.15.2", 7002);

            step("The host joins the bridge network and becomes the namespaces' gateway");
            cmd("ip addr add 192.168.15.5/24 dev v-net-0");
            Addresses.add("192.168.15.5/24").dev("v-net-0").apply();
            prove("the host reaches red", host, red, "192.168.15.1", "192.168.15.1", 7003);

            step("The LAN outside: the host's eth0 (192.168.1.2) and a LAN host 192.168.1.3, itself a namespace here");
            cmd("ip netns add lan; ip -n lan link set lo up");
            lan = NetNamespace.create("lan");
            Links.set("lo").up().in(lan).apply();
            cmd("ip link add eth0 type veth peer name eth0-lan; ip link set eth0-lan netns lan");
            Links.create().veth("eth0").peer("eth0-lan").apply();
            Links.set("eth0-lan").netns(lan).apply();
            cmd("ip addr add 192.168.1.2/24 dev eth0; ip link set eth0 up");
            Addresses.add("192.168.1.2/24").dev("eth0").apply();
            Links.set("eth0").up().apply();
            cmd("ip -n lan addr add 192.168.1.3/24 dev eth0-lan; ip -n lan link set eth0-lan up");
            Addresses.add("192.168.1.3/24").dev("eth0-lan").in(lan).apply();
            Links.set("eth0-lan").up().in(lan).apply();
            cmd("echo 1 > /proc/sys/net/ipv4/ip_forward");
            host.sysctl("net.ipv4.ip_forward", "1");
            out.println("net.ipv4.ip_forward = " + host.sysctl("net.ipv4.ip_forward").trim());

            step("blue reaches the LAN through the gateway; NAT hides its private address");
            cmd("ip netns exec blue ip route add 192.168.1.0/24 via 192.168.15.5");
            Routes.add("192.168.1.0/24").via("192.168.15.5").in(blue).apply();
            cmd("ip -n blue route");
            ip.routes(blue);
            cmd("nft add table ip nat; nft 'add chain ip nat postrouting { type nat hook postrouting priority srcnat; }'");
            cmd("nft add rule ip nat postrouting ip saddr 192.168.15.0/24 masquerade");
            Nat.masquerade("192.168.15.0/24").apply();
            prove("the LAN host sees blue as the host (masquerade)", blue, lan, "192.168.1.3", "192.168.1.3", 7004);
            cmd("ip netns exec blue ip route add default via 192.168.15.5");
            Routes.add("default").via("192.168.15.5").in(blue).apply();
            cmd("ip -n blue route");
            ip.routes(blue);

            step("Port forwarding: the LAN reaches blue's web server through the host's port 80");
            cmd("nft 'add chain ip nat prerouting { type nat hook prerouting priority dstnat; }'");
            cmd("nft add rule ip nat prerouting tcp dport 80 dnat to 192.168.15.2:80");
            Nat.portForward(80).to("192.168.15.2", 80).apply();
            prove("blue's server sees the LAN host", lan, blue, "192.168.1.2", "192.168.15.2", 80);
            cmd("ip netns exec red ip -o link   # a process started in red sees red's links");
            Process p = red.start(new ProcessBuilder("ip", "-o", "link", "show").inheritIO());
            p.waitFor();
        } finally {
            step("Clean up");
            cmd("ip netns del red; ip netns del blue; ip netns del lan");
            red.delete();
            blue.delete();
            if (lan != null) {
                lan.delete();
            }
            cmd("ip netns");
            NetNamespace.list().forEach(out::println);
        }
        out.println();
        out.println("walkthrough: done");
    }

    private void prove(String what, NetNamespace client, NetNamespace server, String dial, String bind, int port)
            throws Exception {
        String seen = Tcp.connect(client, server, dial, bind, port);
        out.println("  tcp " + dial + ":" + port + " -> the server saw the client as " + seen + "   (" + what + ")");
    }

    private void step(String title) {
        out.println();
        out.println("## " + title);
    }

    private void cmd(String command) {
        out.println("$ " + command);
    }
}
