package io.jnetlink.examples;

import io.jnetlink.route.Address;
import io.jnetlink.route.Link;
import io.jnetlink.route.Neighbor;
import io.jnetlink.route.OperState;
import io.jnetlink.route.Route;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Prints what the library read back the way {@code ip} prints it (the brief, one-line forms). */
final class IpFormat {
    private final PrintStream out;

    IpFormat(PrintStream out) {
        this.out = out;
    }

    /** Like {@code ip link}: {@code 2: veth-red@if3: <BROADCAST,MULTICAST,UP> mtu 1500 master v-net-0 state UP}. */
    void links(List<Link> links) {
        Map<Integer, String> names = links.stream().collect(Collectors.toMap(Link::index, Link::name, (a, b) -> a));
        for (Link l : links) {
            StringBuilder sb = new StringBuilder();
            sb.append(l.index()).append(": ").append(l.name());
            if (l.linkIndex() != 0 && l.linkIndex() != l.index()) {
                sb.append("@").append(l.linkNetnsId().isPresent() ? "if" + l.linkIndex()
                        : names.getOrDefault(l.linkIndex(), "if" + l.linkIndex()));
            }
            sb.append(": <").append(String.join(",", l.flags().names())).append("> mtu ").append(l.mtu());
            if (l.masterIndex() != 0) {
                sb.append(" master ").append(names.getOrDefault(l.masterIndex(), "if" + l.masterIndex()));
            }
            sb.append(" state ").append(OperState.of(l.operStateRaw()));
            l.kind().ifPresent(k -> sb.append(" type ").append(k));
            if (!l.macAddress().isEmpty()) {
                sb.append("\n    link/").append(l.flags().isLoopback() ? "loopback " : "ether ").append(l.macAddress());
            }
            out.println(sb);
        }
    }

    /** Like {@code ip -brief addr}: one address a line. */
    void addresses(List<Address> addresses) {
        addresses.forEach(a -> out.println("    inet" + (a.toString().contains(":") ? "6 " : " ") + a));
    }

    /** Like {@code ip route}: {@code 192.168.1.0/24 via 192.168.15.5}, {@code default via …}. */
    void routes(List<Route> routes) {
        for (Route r : routes) {
            String dst = r.prefixLength() == 0 ? "default" : r.destination().getHostAddress() + "/" + r.prefixLength();
            out.println(dst + r.gateway().map(g -> " via " + g.getHostAddress()).orElse(""));
        }
    }

    /** Like {@code ip neigh}: {@code 192.168.15.2 lladdr aa:bb:cc:dd:ee:ff}. */
    void neighbors(List<Neighbor> neighbors) {
        Function<Neighbor, String> mac = n -> n.macAddress().isEmpty() ? "" : " lladdr " + n.macAddress();
        neighbors.forEach(n -> out.println(n.address().getHostAddress() + mac.apply(n)));
    }
}
