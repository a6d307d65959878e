package io.jnetlink.route;

import io.jnetlink.route.wire.RtnlMessages;
import io.jnetlink.core.NetNamespace;

import java.util.List;
import java.util.function.Consumer;

/**
 * Interface addresses, as {@code ip addr} manages them: add, replace, delete, flush and list,
 * IPv4 and IPv6.
 *
 * <pre>{@code
 * Addresses.add("192.168.15.1/24").dev("veth-red").in(red).apply();   // ip -n red addr add 192.168.15.1/24 dev veth-red
 * List<Address> all = Addresses.list(red);                            // ip -n red addr show
 * }</pre>
 */
public final class Addresses {
    static {
        RtnlMessages.register(); // names rtnetlink types in traces before this facade's first message
    }

    private Addresses() {
    }

    /**
     * {@code ip addr add CIDR}: a new address ({@code RTM_NEWADDR} with {@code NLM_F_CREATE|NLM_F_EXCL});
     * finish with {@code .dev(name)} and {@code .apply()}.
     *
     *
     * @param cidr an address with prefix length, e.g. {@code "10.0.0.1/24"}
     * @return the request; {@code apply()} sends it
     * @throws IllegalArgumentException for a bad address or prefix length (e.g. {@code 192.168.15.300/24}, {@code /33})
     */
    public static AddressRequest add(String cidr) {
        return new AddressRequest(AddressRequest.Kind.ADD, cidr);
    }

    /**
     * {@code ip addr replace CIDR}: adds the address or updates it ({@code NLM_F_CREATE|NLM_F_REPLACE}).
     *
     * @param cidr an address with prefix length, e.g. {@code "10.0.0.1/24"}
     * @return the request; {@code apply()} sends it
     */
    public static AddressRequest replace(String cidr) {
        return new AddressRequest(AddressRequest.Kind.REPLACE, cidr);
    }

    /**
     * {@code ip addr del CIDR}: removes the address ({@code RTM_DELADDR}).
     *
     * @param cidr an address with prefix length, e.g. {@code "10.0.0.1/24"}
     * @return the request; {@code apply()} sends it
     */
    public static AddressRequest delete(String cidr) {
        return new AddressRequest(AddressRequest.Kind.DELETE, cidr);
    }

    /**
     * {@code ip addr flush dev NAME}: removes every address of the interface.
     *
     * @param dev the interface name
     * @return the request; {@code apply()} sends it
     */
    public static AddressFlushRequest flush(String dev) {
        return new AddressFlushRequest(dev);
    }

    /**
     * {@code ip addr show [dev NAME] [-4|-6]}: a query to narrow, then {@code apply()} or {@code forEach}.
     *
     * @return the request; {@code apply()} sends it
     */
    public static AddressQuery show() {
        return new AddressQuery();
    }

    /**
     * {@code ip addr show}: every address of the calling thread's namespace.
     *
     * @return the addresses
     */
    public static List<Address> list() {
        return show().apply();
    }

    /**
     * {@code ip -n NS addr show}: every address of {@code namespace}.
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @return the addresses
     */
    public static List<Address> list(NetNamespace namespace) {
        return show().in(namespace).apply();
    }

    /**
     * {@code ip -n NS addr show dev NAME}: the addresses of one interface.
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @param dev the interface name
     * @return the addresses
     */
    public static List<Address> list(NetNamespace namespace, String dev) {
        return show().dev(dev).in(namespace).apply();
    }

    /**
     * Streams every address of {@code namespace} through one reused {@link AddressView}: no
     * allocation per message. The view is valid only during each call.
     *
     * @param namespace the network namespace to act in (like {@code ip -n NS})
     * @param consumer called with each item; a view is valid only during the call
     */
    public static void forEach(NetNamespace namespace, Consumer<AddressView> consumer) {
        show().in(namespace).forEach(consumer);
    }
}
