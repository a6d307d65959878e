package io.jnetlink.junit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@link Test} whose {@link io.jnetlink.core.NetNamespace} and {@link Topology} parameters are
 * made fresh for it and torn down after it: shorthand for {@code @Test}
 * {@code @ExtendWith(NetNamespaceExtension.class)}.
 *
 * <pre>{@code
 * @NetnsTest
 * void loIsUp(NetNamespace ns) {          // unshare -n; ip link set lo up
 *     assertTrue(Links.get("lo", ns).orElseThrow().isUp());
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Test
@ExtendWith(NetNamespaceExtension.class)
public @interface NetnsTest {
}
