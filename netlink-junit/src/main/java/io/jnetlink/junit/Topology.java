package io.jnetlink.junit;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.core.net.IpPrefix;
import io.jnetlink.route.AddressRequest;
import io.jnetlink.route.Addresses;
import io.jnetlink.route.Links;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;

/**
 * N network namespaces joined by a bridge, with one address each: a small LAN for tests.
 *
 * <p>The bridge lives in a namespace of its own; namespace {@code i} has {@code lo} up and one
 * veth end, named {@link Node#interfaceName()} ({@code eth0} by default), whose peer is a port of
 * the bridge; it holds host address {@code i + 1} of the subnet. What it amounts to in iproute2:
 * <pre>
 * ip netns add hub; ip -n hub link add br0 type bridge; ip -n hub link set br0 up
 * ip netns add ns0; ip -n ns0 link set lo up
 * ip -n hub link add veth0 master br0 up type veth peer name eth0 netns ns0
 * ip -n ns0 link set eth0 up; ip -n ns0 addr add 10.9.0.1/24 dev eth0
 * … and so on for ns1, ns2, …
 * </pre>
 * Injected by {@link NetNamespaceExtension} (shaped by {@link NetTopology}) or made directly with
 * {@link #create(int, String, String)}. {@link #close()} ends them all, the links with them.
 */
public final class Topology implements AutoCloseable {
    /** Most namespaces one topology may have (each costs a couple of fds; threads enter on demand). */
    public static final int MAX_NAMESPACES = 64;

    /**
     * One namespace of the topology.
     *
     * @param index         its position, from 0
     * @param namespace     the namespace ({@code lo} up)
     * @param interfaceName its interface onto the bridge
     * @param address       its address on that interface
     * @param prefixLength  the subnet's prefix length
     */
    public record Node(int index, NetNamespace namespace, String interfaceName, InetAddress address, int prefixLength) {
        /** {@return the address with its prefix length, as {@code ip addr} prints it, e.g. {@code 10.9.0.1/24}} */
        public String cidr() {
            return address.getHostAddress() + "/" + prefixLength;
        }
    }

    private final NetNamespace bridgeNamespace;
    private final String bridge;
    private final IpPrefix subnet;
    private final List<Node> nodes;

    private Topology(NetNamespace bridgeNamespace, String bridge, IpPrefix subnet, List<Node> nodes) {
        this.bridgeNamespace = bridgeNamespace;
        this.bridge = bridge;
        this.subnet = subnet;
        this.nodes = List.copyOf(nodes);
    }

    /**
     * Makes {@code namespaces} namespaces on bridge {@code bridge}, addressed from {@code subnet},
     * each with interface {@code eth0}. The caller owns the result and must {@link #close()} it.
     *
     * @param namespaces how many, 1 to {@value #MAX_NAMESPACES}
     * @param bridge     the bridge's name, a valid interface name
     * @param subnet     e.g. {@code 10.9.0.0/24} or {@code fd00:9::/64}, with room for {@code namespaces} hosts
     * @return the topology, which the caller must close
     * @throws IllegalArgumentException naming the argument and the rule it breaks, before anything is made
     */
    public static Topology create(int namespaces, String bridge, String subnet) {
        return create(namespaces, bridge, subnet, "eth0", "Topology.create");
    }

    static Topology create(int count, String bridge, String subnet, String interfaceName, String consumer) {
        if (count < 1 || count > MAX_NAMESPACES) {
            throw new IllegalArgumentException("namespaces must be 1.." + MAX_NAMESPACES + ": " + count);
        }
        InterfaceNames.check(bridge, "bridge");
        InterfaceNames.check(interfaceName, "interfaceName");
        IpPrefix prefix = IpPrefix.parse(subnet, "subnet");
        List<InetAddress> addresses = hostAddresses(prefix, count);

        List<AutoCloseable> made = new ArrayList<>();
        try {
            NetNamespace hub = Namespaces.fresh(consumer);
            made.add(hub);
            Links.create().bridge(bridge).up().in(hub).apply();
            List<Node> nodes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                NetNamespace ns = Namespaces.fresh(consumer);
                made.add(ns);
                Links.create().veth("veth" + i).peer(interfaceName).peerNetns(ns).master(bridge).up().in(hub).apply();
                Links.set(interfaceName).up().in(ns).apply();
                Node node = new Node(i, ns, interfaceName, addresses.get(i), prefix.prefixLength());
                addAddress(ns, node.address(), node.prefixLength(), interfaceName);
                nodes.add(node);
            }
            return new Topology(hub, bridge, new IpPrefix(prefix.network(), prefix.prefixLength()), nodes);
        } catch (RuntimeException | Error e) {
            for (AutoCloseable c : made) {
                closeQuietly(c, e);
            }
            throw e;
        }
    }

    /** Host addresses 1..count of the subnet, refusing subnets too small (IPv4 keeps network and broadcast free). */
    static List<InetAddress> hostAddresses(IpPrefix prefix, int count) {
        int bits = IpAddresses.bits(prefix.address());
        int hostBits = bits - prefix.prefixLength();
        BigInteger usable = BigInteger.ONE.shiftLeft(hostBits).subtract(BigInteger.valueOf(bits == 32 ? 2 : 1));
        if (usable.compareTo(BigInteger.valueOf(count)) < 0) {
            throw new IllegalArgumentException("subnet " + prefix + " has room for " + usable.max(BigInteger.ZERO)
                    + " host addresses, fewer than the " + count + " namespaces");
        }
        BigInteger network = new BigInteger(1, prefix.network().getAddress());
        List<InetAddress> out = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            out.add(toAddress(network.add(BigInteger.valueOf(i)), bits / 8));
        }
        return out;
    }

    private static InetAddress toAddress(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[length];
        int n = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - n, bytes, length - n, n);
        return IpAddresses.of(bytes);
    }

    /**
     * {@code ip addr add CIDR dev DEV [nodad]} in {@code namespace}, as one {@code RTM_NEWADDR}.
     * Written here only until jnetlink's Addresses API reaches this branch; then this whole method
     * becomes {@code Addresses.add(cidr).dev(device).in(namespace).apply()}. (Not by running
     * {@code ip}: a process started on a namespace thread can give birth to the JDK's "process
     * reaper" thread inside that namespace, which then keeps it alive for a minute after close,
     * and users of this module need not have iproute2 installed.)
     */
    private static void addAddress(NetNamespace namespace, InetAddress address, int prefixLength, String device) {
        AddressRequest add = Addresses.add(IpAddresses.format(address) + "/" + prefixLength).dev(device);
        if (address.getAddress().length == 16) {
            add.noDad(); // usable at once, not "tentative" during duplicate address detection
        }
        add.in(namespace).apply();
    }

    private static void closeQuietly(AutoCloseable c, Throwable primary) {
        try {
            c.close();
        } catch (Exception suppressed) {
            primary.addSuppressed(suppressed);
        }
    }

    /** {@return how many namespaces hang off the bridge} */
    public int size() {
        return nodes.size();
    }

    /** {@return every namespace with its interface and address, in order} */
    public List<Node> nodes() {
        return nodes;
    }

    /**
     * {@return namespace {@code index} with its interface and address}
     *
     * @param index 0 to {@code size() - 1}
     * @throws IllegalArgumentException if there is no such namespace
     */
    public Node node(int index) {
        if (index < 0 || index >= nodes.size()) {
            throw new IllegalArgumentException("index must be 0.." + (nodes.size() - 1) + ": " + index);
        }
        return nodes.get(index);
    }

    /**
     * {@return namespace {@code index}}
     *
     * @param index 0 to {@code size() - 1}
     */
    public NetNamespace namespace(int index) {
        return node(index).namespace();
    }

    /**
     * {@return the address of namespace {@code index}: host address {@code index + 1} of the subnet}
     *
     * @param index 0 to {@code size() - 1}
     */
    public InetAddress address(int index) {
        return node(index).address();
    }

    /** {@return the namespace holding the bridge and its veth ports {@code veth0}, {@code veth1}, …} */
    public NetNamespace bridgeNamespace() {
        return bridgeNamespace;
    }

    /** {@return the bridge's name} */
    public String bridge() {
        return bridge;
    }

    /** {@return the subnet the addresses come from (its network address and prefix length)} */
    public IpPrefix subnet() {
        return subnet;
    }

    /** Closes every namespace of the topology (their links go with them); safe to call twice. */
    @Override
    public void close() {
        RuntimeException failure = null;
        for (Node node : nodes) {
            try {
                node.namespace().close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        try {
            bridgeNamespace.close();
        } catch (RuntimeException e) {
            if (failure == null) {
                failure = e;
            } else {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("Topology[bridge ").append(bridge).append(", ").append(subnet);
        for (Node node : nodes) {
            s.append(", ").append(node.index()).append(": ").append(node.interfaceName()).append(' ').append(node.cidr());
        }
        return s.append(']').toString();
    }
}
