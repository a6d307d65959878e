/**
 * jnetlink core: netlink sockets and connections ({@code socket(AF_NETLINK, ...)}), network
 * namespaces ({@code ip netns}), the message codec and multicast event subscriptions.
 *
 * <p>jnr-ffi is a private dependency: only the package-private {@code io.jnetlink.core.Native}
 * sees its types, so it is required but not re-exported. JNR implements the public nested
 * interface {@code Native.LibC} with a class it generates in its own class loader; that class
 * lives in an unnamed module, which reads every module, and {@code io.jnetlink.core} is exported,
 * so no {@code opens} is needed.
 */
module io.jnetlink.core {
    requires org.jnrproject.ffi;
    /** Optional: only {@code io.jnetlink.core.event.NetlinkChannel} needs it, at compile time and when used. */
    requires static org.jnrproject.enxio;

    exports io.jnetlink.core;
    exports io.jnetlink.core.event;
    exports io.jnetlink.core.message;
    exports io.jnetlink.core.net;
}
