package io.jnetlink.core.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calls every public no-argument method of a decoded value and, recursively, of every value those
 * return (records, lists, optionals, maps of the library's types), then {@code toString},
 * {@code hashCode} and {@code equals}. A decoder must hand out only values whose every accessor
 * works: {@code Route.prefix()} threw on a value {@code toString()} printed happily. Whatever an
 * accessor throws is rethrown as it came, so a fuzz run reports it.
 */
public final class Accessors {
    private static final int MAX_DEPTH = 8;
    private static final Set<String> SKIPPED = Set.of("getClass", "hashCode", "toString", "notify", "notifyAll", "wait",
            "apply", "close", "in", "iterator", "stream", "spliterator", "parallelStream", "toBuilder", "clone");

    private Accessors() {
    }

    /**
     * Touches every accessor of {@code value}, depth first.
     *
     * @param value a decoded value (null is fine)
     */
    public static void touch(Object value) {
        touch(value, 0, new IdentityHashMap<>());
    }

    private static void touch(Object value, int depth, Map<Object, Boolean> seen) {
        if (value == null || depth > MAX_DEPTH || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        value.toString();
        value.hashCode();
        if (!value.equals(value)) {
            throw new AssertionError("a value is not equal to itself: " + value);
        }
        if (value instanceof Optional<?> o) {
            o.ifPresent(v -> touch(v, depth + 1, seen));
        } else if (value instanceof Collection<?> c) {
            for (Object e : c) {
                touch(e, depth + 1, seen);
            }
        } else if (value instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                touch(e.getKey(), depth + 1, seen);
                touch(e.getValue(), depth + 1, seen);
            }
        } else if (value instanceof InetAddress a) {
            a.getHostAddress();
        } else if (value.getClass().isArray() || !value.getClass().getName().startsWith("io.jnetlink.")) {
            return;
        } else {
            for (Method m : accessors(value.getClass())) {
                touch(invoke(m, value), depth + 1, seen);
            }
        }
    }

    private static List<Method> accessors(Class<?> type) {
        List<Method> out = new ArrayList<>();
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                    && !SKIPPED.contains(m.getName())) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparing(Method::getName));
        return out;
    }

    private static Object invoke(Method m, Object target) {
        try {
            if (!m.canAccess(target) && !m.trySetAccessible()) {
                return null;
            }
            return m.invoke(target);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (IllegalAccessException e) {
            return null;
        }
    }
}
