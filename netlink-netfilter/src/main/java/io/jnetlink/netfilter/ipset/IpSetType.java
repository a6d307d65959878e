package io.jnetlink.netfilter.ipset;

/**
 * The set types this library models, named as {@code ipset create NAME TYPE} spells them; each
 * fixes the shape of its elements ({@link IpSetEntry}).
 */
public enum IpSetType {
    /** {@code hash:ip}: addresses ({@code ipset add s 10.0.0.1}). */
    HASH_IP("hash:ip", true, false, false, false, false),
    /** {@code hash:net}: prefixes ({@code ipset add s 10.0.0.0/8}). */
    HASH_NET("hash:net", true, true, false, false, false),
    /** {@code hash:ip,port}: address, protocol and port ({@code ipset add s 10.0.0.1,tcp:80}). */
    HASH_IP_PORT("hash:ip,port", true, false, true, false, false),
    /** {@code hash:net,port}: prefix, protocol and port ({@code ipset add s 10.0.0.0/8,udp:53}). */
    HASH_NET_PORT("hash:net,port", true, true, true, false, false),
    /**
     * {@code hash:ip,port,ip}: address, protocol and port, second address
     * ({@code ipset add s 10.244.1.5,tcp:53,10.244.1.5}; kube-proxy's {@code KUBE-LOOP-BACK}).
     */
    HASH_IP_PORT_IP("hash:ip,port,ip", true, false, true, false, false, true, false),
    /**
     * {@code hash:ip,port,net}: address, protocol and port, second prefix
     * ({@code ipset add s 10.0.0.10,tcp:80,192.168.0.0/16}; kube-proxy's {@code KUBE-LOAD-BALANCER-SOURCE-CIDR}).
     */
    HASH_IP_PORT_NET("hash:ip,port,net", true, false, true, false, false, true, true),
    /** {@code hash:mac}: Ethernet addresses ({@code ipset add s 00:11:22:33:44:55}). */
    HASH_MAC("hash:mac", false, false, false, true, false),
    /** {@code bitmap:port}: ports of a fixed range ({@code ipset add s 1080}). */
    BITMAP_PORT("bitmap:port", false, false, true, false, false),
    /** {@code list:set}: other sets by name ({@code ipset add s other}). */
    LIST_SET("list:set", false, false, false, false, true);

    private final String typeName;
    private final boolean address;
    private final boolean prefix;
    private final boolean port;
    private final boolean mac;
    private final boolean setName;
    private final boolean address2;
    private final boolean prefix2;

    IpSetType(String typeName, boolean address, boolean prefix, boolean port, boolean mac, boolean setName) {
        this(typeName, address, prefix, port, mac, setName, false, false);
    }

    IpSetType(String typeName, boolean address, boolean prefix, boolean port, boolean mac, boolean setName,
              boolean address2, boolean prefix2) {
        this.address2 = address2;
        this.prefix2 = prefix2;
        this.typeName = typeName;
        this.address = address;
        this.prefix = prefix;
        this.port = port;
        this.mac = mac;
        this.setName = setName;
    }

    /**
     * The name {@code ipset} uses, e.g. {@code hash:ip,port}.
     *
     * @return the type name as in {@code ipset create NAME TYPE}
     */
    public String typeName() {
        return typeName;
    }

    /**
     * Whether the type is for one address family ({@code ipset create … family inet|inet6}).
     *
     * @return true for the hash types keyed by address
     */
    public boolean hasFamily() {
        return address;
    }

    boolean takesAddress() {
        return address;
    }

    boolean takesPrefix() {
        return prefix;
    }

    boolean takesPort() {
        return port;
    }

    boolean takesAddress2() {
        return address2;
    }

    boolean takesPrefix2() {
        return prefix2;
    }

    boolean takesMac() {
        return mac;
    }

    boolean takesSetName() {
        return setName;
    }

    /** Whether a port element carries a protocol ({@code tcp:80}); bitmap:port's do not. */
    boolean takesProtocol() {
        return port && address;
    }

    /**
     * The type {@code ipset} calls {@code name}.
     *
     * @param name a type name such as {@code hash:net}
     * @return the type
     * @throws IllegalArgumentException naming {@code type} when the library does not model it
     */
    public static IpSetType of(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("type: not a modelled ipset type: " + name));
    }

    /**
     * The modelled type of this name.
     *
     * @param name the kernel's type name, e.g. {@code hash:ip}
     * @return the type, or empty when the library does not model it
     */
    public static java.util.Optional<IpSetType> find(String name) {
        for (IpSetType t : values()) {
            if (t.typeName.equals(name)) {
                return java.util.Optional.of(t);
            }
        }
        return java.util.Optional.empty();
    }
}
