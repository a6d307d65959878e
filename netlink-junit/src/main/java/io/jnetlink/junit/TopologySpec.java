package io.jnetlink.junit;

/** The values of a {@link NetTopology} (or its defaults), a record so that equal shapes share a store key. */
record TopologySpec(int namespaces, String bridge, String subnet, String interfaceName) {
    private static final TopologySpec DEFAULT = new TopologySpec(2, "br0", "10.9.0.0/24", "eth0");

    static TopologySpec of(NetTopology annotation) {
        if (annotation == null) {
            return DEFAULT;
        }
        return new TopologySpec(annotation.namespaces(), annotation.bridge(), annotation.subnet(), annotation.interfaceName());
    }

    Topology build(String consumer) {
        return Topology.create(namespaces, bridge, subnet, interfaceName, consumer);
    }
}
