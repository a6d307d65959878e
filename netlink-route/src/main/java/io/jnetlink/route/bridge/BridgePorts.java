package io.jnetlink.route.bridge;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.message.Netlink;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bridge ports, as {@code bridge link} shows and sets them.
 *
 * <pre>{@code
 * BridgePorts.set("veth0").learning(false).hairpin(true).in(ns).apply();
 *                                     // bridge link set dev veth0 learning off hairpin on
 * List<BridgePort> ports = BridgePorts.list(ns);          // bridge -d link show
 * }</pre>
 */
public final class BridgePorts {
    private BridgePorts() {
    }

    /**
     * {@code bridge link set dev DEV …}.
     *
     * @param dev the port's name
     * @return the request; set at least one option, then {@code apply()}
     */
    public static BridgePortRequest set(String dev) {
        return new BridgePortRequest(Dev.named(dev, "dev"));
    }

    /**
     * {@code bridge link set dev DEV …} by interface index.
     *
     * @param ifindex the port's index
     * @return the request
     */
    public static BridgePortRequest set(int ifindex) {
        return new BridgePortRequest(Dev.indexed(ifindex, "dev"));
    }

    /**
     * {@code bridge -d link show}: every bridge port of {@code namespace} with its options.
     *
     * @param namespace the network namespace
     * @return the ports
     */
    public static List<BridgePort> list(NetNamespace namespace) {
        List<BridgePort> out = new ArrayList<>();
        BridgeLinkDump.run(namespace.connection(Netlink.NETLINK_ROUTE), 0, v -> {
            if (v.isPort()) {
                out.add(v.toBridgePort());
            }
        }, out::clear);
        return out;
    }

    /**
     * {@code bridge -d link show dev DEV}; empty when {@code dev} is not a bridge port.
     *
     * @param dev the port's name
     * @param namespace the network namespace
     * @return the port
     */
    public static Optional<BridgePort> get(String dev, NetNamespace namespace) {
        Dev.named(dev, "dev");
        return list(namespace).stream().filter(p -> p.name().equals(dev)).findFirst();
    }
}
