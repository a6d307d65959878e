package io.jnetlink.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Shape of the {@link Topology} that {@link NetNamespaceExtension} injects: on the
 * {@code Topology} parameter, its method or its class (the nearest wins).
 *
 * <pre>{@code
 * @NetnsTest
 * void ping(@NetTopology(namespaces = 3, bridge = "br0", subnet = "10.9.0.0/24") Topology net) {
 *     // net.namespace(0) has eth0 10.9.0.1/24, net.namespace(1) 10.9.0.2/24, …
 * }
 * }</pre>
 *
 * @see Topology#create(int, String, String)
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD, ElementType.TYPE})
public @interface NetTopology {
    /** {@return how many namespaces hang off the bridge (1 to {@value Topology#MAX_NAMESPACES})} */
    int namespaces() default 2;

    /** {@return the name of the bridge ({@code ip link add NAME type bridge}), which sits in a namespace of its own} */
    String bridge() default "br0";

    /** {@return the subnet; namespace {@code i} gets its host address {@code i + 1}, e.g. 10.9.0.1, 10.9.0.2, …} */
    String subnet() default "10.9.0.0/24";

    /** {@return the name of each namespace's interface onto the bridge (the veth end inside it)} */
    String interfaceName() default "eth0";
}
