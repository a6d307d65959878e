package io.jnetlink.junit;

import io.jnetlink.core.NetNamespace;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import java.lang.reflect.Parameter;
import java.util.Optional;

/**
 * JUnit Jupiter extension that injects a fresh network namespace, or a bridged {@link Topology}
 * of them, into test parameters, and tears them down afterwards, also when the test fails.
 *
 * <pre>{@code
 * @ExtendWith(NetNamespaceExtension.class)
 * class MyIT {
 *     @Test
 *     void sees_only_lo(NetNamespace ns) {                       // ip netns add …; ip -n … link set lo up
 *         assertEquals(List.of("lo"), Links.list(ns).stream().map(Link::name).toList());
 *     }                                                          // ip netns del …
 *
 *     @Test
 *     void talks(@NetTopology(namespaces = 2, subnet = "10.9.0.0/24") Topology net) { … }
 * }
 * }</pre>
 *
 * <h2>What is injected</h2>
 * <ul>
 *   <li>{@link NetNamespace}: an anonymous namespace with {@code lo} up and nothing else, the way
 *       {@code unshare -n} followed by {@code ip link set lo up} would leave it. Several
 *       {@code NetNamespace} parameters of one method get distinct namespaces; the N-th
 *       {@code NetNamespace} parameter of a {@code @BeforeEach}, the test and its {@code @AfterEach}
 *       is the same namespace.</li>
 *   <li>{@link Topology}: N namespaces joined by a bridge, with addresses, shaped by
 *       {@link NetTopology} on the parameter, the method or the class (defaults otherwise).</li>
 * </ul>
 *
 * <h2>Lifetime</h2>
 * A parameter of a test, {@code @BeforeEach} or {@code @AfterEach} method lives for that one test.
 * A parameter of a {@code @BeforeAll}/{@code @AfterAll} method or of the test class's constructor
 * lives for the whole class, and test methods of that class are then given the same one: that is
 * how a class shares a namespace. Everything is closed when its scope ends (after
 * {@code @AfterEach}/{@code @AfterAll}), whether the test passed or failed: handles, their
 * threads and fds, and with them the namespaces and every link in them.
 *
 * <h2>Privileges</h2>
 * Making a namespace needs {@code CAP_SYS_ADMIN} in the JVM's user namespace. Without it the
 * parameter cannot be resolved and the test fails with a message that says how to run it (under
 * {@code unshare -rnm}, or through a failsafe {@code <jvm>} wrapper as jnetlink's own build does).
 */
public final class NetNamespaceExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(NetNamespaceExtension.class);

    /** Made by JUnit through {@code @ExtendWith(NetNamespaceExtension.class)} or {@link NetnsTest}. */
    public NetNamespaceExtension() {
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == NetNamespace.class || type == Topology.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        int ordinal = ordinalAmongSameType(parameter);
        String consumer = describe(context);
        if (type == NetNamespace.class) {
            return scoped(context, new Key("namespace", "", ordinal), () -> Namespaces.fresh(consumer));
        }
        TopologySpec spec = TopologySpec.of(findTopology(parameter, context));
        return scoped(context, new Key("topology", spec.toString(), ordinal), () -> spec.build(consumer));
    }

    /** The value under {@code key} in this context or an enclosing one (class scope), else a new one owned by this context. */
    private static <T extends AutoCloseable> T scoped(ExtensionContext context, Key key, java.util.function.Supplier<T> create) {
        ExtensionContext.Store store = context.getStore(STORE);
        Owned<?> owned = store.get(key, Owned.class); // looks in the enclosing (class) contexts too
        if (owned == null) {
            owned = new Owned<>(create.get());
            store.put(key, owned); // closed by JUnit when this context ends, pass or fail
        }
        @SuppressWarnings("unchecked")
        T value = (T) owned.value();
        return value;
    }

    private static int ordinalAmongSameType(ParameterContext parameter) {
        Parameter[] all = parameter.getDeclaringExecutable().getParameters();
        Class<?> type = parameter.getParameter().getType();
        int ordinal = 0;
        for (int i = 0; i < parameter.getIndex(); i++) {
            if (all[i].getType() == type) {
                ordinal++;
            }
        }
        return ordinal;
    }

    private static NetTopology findTopology(ParameterContext parameter, ExtensionContext context) {
        Optional<NetTopology> onParameter = parameter.findAnnotation(NetTopology.class);
        if (onParameter.isPresent()) {
            return onParameter.get();
        }
        NetTopology onMethod = parameter.getDeclaringExecutable().getAnnotation(NetTopology.class);
        if (onMethod != null) {
            return onMethod;
        }
        for (Optional<Class<?>> type = context.getTestClass(); type.isPresent(); type = Optional.ofNullable(type.get().getEnclosingClass())) {
            NetTopology found = type.get().getAnnotation(NetTopology.class);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String describe(ExtensionContext context) {
        return context.getTestMethod().map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName() + "()")
                .or(() -> context.getTestClass().map(Class::getSimpleName))
                .orElse(context.getDisplayName());
    }

    /** Store key: what is injected, its shape and which parameter of that type (0, 1, …). */
    private record Key(String kind, String shape, int ordinal) {
    }

    /** Closes the value when JUnit closes the store of the context that made it. */
    private record Owned<T extends AutoCloseable>(T value) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() throws Exception {
            value.close();
        }
    }
}
