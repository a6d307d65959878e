package io.jnetlink.examples;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.route.Address;
import io.jnetlink.route.Addresses;
import io.jnetlink.route.Link;
import io.jnetlink.route.Links;
import io.jnetlink.route.Neighbor;
import io.jnetlink.route.Neighbors;
import io.jnetlink.route.OperState;
import io.jnetlink.route.Route;
import io.jnetlink.route.RouteProtocol;
import io.jnetlink.route.RouteScope;
import io.jnetlink.route.Routes;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Prints what the library reads back the way {@code ip} prints it, so the demo's output can be
 * held against the commands it stands for.
 */
final class IpFormat {
    /** ip's order of interface flags ({@code print_link_flags}); RUNNING is not printed. */
    private static final List<String> FLAG_ORDER = List.of("LOOPBACK", "BROADCAST", "POINTOPOINT", "MULTICAST", "NOARP",
            "ALLMULTI", "PROMISC", "NOTRAILERS", "DEBUG", "DYNAMIC", "AUTOMEDIA", "PORTSEL", "MASTER", "SLAVE", "UP",
            "LOWER_UP", "DORMANT", "ECHO");

    private final PrintStream out;

    IpFormat(PrintStream out) {
        this.out = out;
    }

    /** {@code ip link} in {@code ns}, for the links {@code which} keeps. */
    void links(NetNamespace ns, Predicate<Link> which) {
        List<Link> all = Links.list(ns);
        Map<Integer, String> names = names(all);
        for (Link l : all) {
            if (!which.test(l)) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            sb.append(l.index()).append(": ").append(l.name());
            if (l.linkIndex() != 0 && l.linkIndex() != l.index()) {
                sb.append('@').append(l.linkNetnsId().isPresent() ? "if" + l.linkIndex()
                        : names.getOrDefault(l.linkIndex(), "if" + l.linkIndex()));
            }
            List<String> flags = l.flags().names();
            sb.append(": <").append(FLAG_ORDER.stream().filter(flags::contains).collect(Collectors.joining(",")))
                    .append("> mtu ").append(l.mtu());
            if (l.masterIndex() != 0) {
                sb.append(" master ").append(names.getOrDefault(l.masterIndex(), "if" + l.masterIndex()));
            }
            sb.append(" state ").append(OperState.of(l.operStateRaw()));
            if (!l.macAddress().isEmpty()) {
                sb.append("\n    link/").append(l.flags().isLoopback() ? "loopback " : "ether ").append(l.macAddress());
                if (!l.broadcast().isEmpty()) {
                    sb.append(" brd ").append(l.broadcast());
                }
            }
            l.kind().ifPresent(k -> sb.append("\n    ").append(k));
            out.println(sb);
        }
    }

    /** {@code ip addr} in {@code ns}: each link, then its addresses. */
    void addresses(NetNamespace ns) {
        List<Address> addresses = Addresses.list(ns);
        for (Link l : Links.list(ns)) {
            out.println(l.index() + ": " + l.name() + ": state " + OperState.of(l.operStateRaw()));
            for (Address a : addresses) {
                if (a.index() == l.index()) {
                    out.println("    " + (a.family() == IpAddresses.AF_INET ? "inet " : "inet6 ") + a
                            + " scope " + RouteScope.name(a.scope()) + (a.family() == IpAddresses.AF_INET ? " " + l.name() : ""));
                }
            }
        }
    }

    /** {@code ip route} in {@code ns} (IPv4, main table). */
    void routes(NetNamespace ns) {
        Map<Integer, String> names = names(Links.list(ns));
        for (Route r : Routes.list(ns)) {
            if (r.family() != IpAddresses.AF_INET) {
                continue;
            }
            StringBuilder sb = new StringBuilder(r.prefixLength() == 0 ? "default"
                    : IpAddresses.format(r.destination()) + "/" + r.prefixLength());
            r.gateway().ifPresent(g -> sb.append(" via ").append(IpAddresses.format(g)));
            if (r.outputIndex() != 0) {
                sb.append(" dev ").append(names.getOrDefault(r.outputIndex(), "if" + r.outputIndex()));
            }
            if (r.protocol() == RouteProtocol.KERNEL) {
                sb.append(" proto kernel");
            }
            if (r.scope() != RouteScope.GLOBAL) {
                sb.append(" scope ").append(RouteScope.name(r.scope()));
            }
            r.preferredSource().ifPresent(s -> sb.append(" src ").append(IpAddresses.format(s)));
            out.println(sb);
        }
    }

    /** {@code ip neigh} in {@code ns}. */
    void neighbors(NetNamespace ns) {
        Map<Integer, String> names = names(Links.list(ns));
        for (Neighbor n : Neighbors.list(ns)) {
            out.println(IpAddresses.format(n.address()) + " dev " + names.getOrDefault(n.index(), "if" + n.index())
                    + (n.macAddress().isEmpty() ? "" : " lladdr " + n.macAddress()) + " " + n.state());
        }
    }

    private static Map<Integer, String> names(List<Link> links) {
        return links.stream().collect(Collectors.toMap(Link::index, Link::name, (a, b) -> a));
    }
}
