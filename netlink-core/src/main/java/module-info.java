/**
 * jnetlink core: netlink sockets and connections ({@code socket(AF_NETLINK, ...)}), network
 * namespaces ({@code ip netns}), the message codec and multicast event subscriptions.
 *
 * <p>Native calls go through one of two backends, picked at run time: the Foreign Function &amp;
 * Memory API on Java 22+ (classes in {@code META-INF/versions/22} of this multi-release jar; grant
 * it {@code --enable-native-access=io.jnetlink.core} to silence the JDK's restricted-method
 * warning), jnr-ffi on Java 17–21 (or with {@code -Djnetlink.native=jnr}). jnr-ffi is a private
 * dependency: only the package-private {@code io.jnetlink.core.JnrLibC} sees its types, so it is
 * required but not re-exported. JNR implements the public nested interfaces of {@code JnrLibC}
 * with classes it generates in its own class loader; those live in an unnamed module, which reads
 * every module, and {@code io.jnetlink.core} is exported, so no {@code opens} is needed.
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
