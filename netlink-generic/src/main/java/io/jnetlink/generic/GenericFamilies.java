package io.jnetlink.generic;

import io.jnetlink.core.Errno;
import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkException;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.generic.wire.Ctrl;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import java.util.function.Function;

/**
 * Generic netlink families through {@code nlctrl} ({@code CTRL_CMD_GETFAMILY}): {@code genl ctrl list}
 * and {@code genl ctrl get name NAME}, and the resolution every generic request goes through.
 *
 * <p>Resolutions are cached per connection (a family id never changes while its module stays
 * loaded); a request that fails with {@code ENOENT} resolves its family again and, if the id
 * changed (the module was reloaded), is sent once more ({@link #withFamily}).
 */
public final class GenericFamilies {
    private static final Map<NetlinkConnection, Map<String, GenericFamily>> CACHE = new WeakHashMap<>();

    static {
        GenericMessageNames.register();
    }

    private GenericFamilies() {
    }

    /**
     * Every family of the calling thread's namespace: {@code genl ctrl list}.
     *
     * @return the families, in the kernel's order
     */
    public static List<GenericFamily> list() {
        return list(NetNamespace.current());
    }

    /**
     * Every family seen from {@code ns}: {@code ip netns exec NS genl ctrl list}.
     *
     * @param ns the namespace
     * @return the families, in the kernel's order
     */
    public static List<GenericFamily> list(NetNamespace ns) {
        return list(ns.connection(Netlink.NETLINK_GENERIC));
    }

    /**
     * Every family, over {@code connection} (a {@code NETLINK_GENERIC} one): {@code genl ctrl list}.
     *
     * @param connection the connection
     * @return the families, in the kernel's order
     */
    public static List<GenericFamily> list(NetlinkConnection connection) {
        GenericFamilyView view = new GenericFamilyView();
        List<GenericFamily> all = connection.dumpToList("CTRL_CMD_GETFAMILY (dump)", GenericFamilies::encodeDump,
                m -> m.type() == Ctrl.GENL_ID_CTRL ? view.wrap(m).toGenericFamily() : null);
        all.forEach(GenericMessageNames::learn);
        return all;
    }

    /**
     * The family called {@code name} in the calling thread's namespace: {@code genl ctrl get name NAME}.
     *
     * @param name the family name, e.g. {@code "ethtool"}
     * @return the family, or empty when the kernel has none of that name (module not loaded)
     * @throws IllegalArgumentException if the name is empty or longer than 15 bytes
     */
    public static Optional<GenericFamily> get(String name) {
        return get(name, NetNamespace.current());
    }

    /**
     * The family called {@code name} seen from {@code ns}: {@code ip netns exec NS genl ctrl get name NAME}.
     *
     * @param name the family name, e.g. {@code "ethtool"}
     * @param ns the namespace
     * @return the family, or empty when the kernel has none of that name
     * @throws IllegalArgumentException if the name is empty or longer than 15 bytes
     */
    public static Optional<GenericFamily> get(String name, NetNamespace ns) {
        checkName(name);
        return lookUp(ns.connection(Netlink.NETLINK_GENERIC), name);
    }

    /**
     * Any command of the family called {@code family}, with raw attributes (see {@link GenericCommand}).
     *
     * @param family the family name, e.g. {@code "netdev"}
     * @param command the command number (0..255)
     * @return the request
     * @throws IllegalArgumentException for a bad name or command
     */
    public static GenericCommand command(String family, int command) {
        return new GenericCommand(family, command);
    }

    /**
     * The family called {@code name}, from this connection's cache or asked of nlctrl.
     *
     * @param connection a {@code NETLINK_GENERIC} connection
     * @param name the family name
     * @return the family
     * @throws IllegalArgumentException if the name is empty or longer than 15 bytes
     * @throws NetlinkException with {@code ENOENT} when the kernel has no such family (e.g.
     *                          {@code wireguard} without its module)
     */
    public static GenericFamily resolve(NetlinkConnection connection, String name) {
        checkName(name);
        synchronized (CACHE) {
            GenericFamily cached = CACHE.getOrDefault(connection, Map.of()).get(name);
            if (cached != null) {
                return cached;
            }
        }
        GenericFamily family = lookUp(connection, name).orElseThrow(() -> NetlinkException.kernel(
                "CTRL_CMD_GETFAMILY " + name + " (no generic netlink family of that name: is its module loaded?)",
                Errno.ENOENT, null, -1, 0));
        synchronized (CACHE) {
            CACHE.computeIfAbsent(connection, c -> new HashMap<>()).put(name, family);
        }
        return family;
    }

    /**
     * Drops the cached resolution of {@code name} on {@code connection}.
     *
     * @param connection the connection
     * @param name the family name
     */
    public static void forget(NetlinkConnection connection, String name) {
        synchronized (CACHE) {
            Map<String, GenericFamily> m = CACHE.get(connection);
            if (m != null) {
                m.remove(name);
            }
        }
    }

    /**
     * Runs {@code exchange} with the family resolved; when it fails with {@code ENOENT} (what the
     * kernel answers to an unknown family id), resolves again and, if the family now has another
     * id, runs it once more. An {@code ENOENT} of the family itself (no such object) is rethrown
     * as it came when the id has not changed.
     *
     * @param <T> the result type
     * @param connection a {@code NETLINK_GENERIC} connection
     * @param name the family name
     * @param exchange the requests to make with the family
     * @return what {@code exchange} returns
     */
    public static <T> T withFamily(NetlinkConnection connection, String name, Function<GenericFamily, T> exchange) {
        GenericFamily family = resolve(connection, name);
        try {
            return exchange.apply(family);
        } catch (NetlinkException e) {
            if (e.errno() != Errno.ENOENT) {
                throw e;
            }
            forget(connection, name);
            GenericFamily again;
            try {
                again = resolve(connection, name);
            } catch (NetlinkException gone) {
                gone.addSuppressed(e);
                throw gone;
            }
            if (again.id() == family.id()) {
                throw e;
            }
            return exchange.apply(again);
        }
    }

    private static Optional<GenericFamily> lookUp(NetlinkConnection connection, String name) {
        GenericFamilyView view = new GenericFamilyView();
        GenericFamily[] found = new GenericFamily[1];
        try {
            connection.request(new RequestEncoder() {
                @Override
                public void encode(MessageWriter w) {
                    int start = GenericNetlink.begin(w, Ctrl.GENL_ID_CTRL, Ctrl.CTRL_CMD_GETFAMILY, Ctrl.CTRL_VERSION, 0);
                    w.putAttrString(Ctrl.CTRL_ATTR_FAMILY_NAME, name);
                    w.endMessage(start);
                }

                @Override
                public String describe() {
                    return "CTRL_CMD_GETFAMILY " + name;
                }
            }, m -> {
                if (m.type() == Ctrl.GENL_ID_CTRL) {
                    found[0] = view.wrap(m).toGenericFamily();
                }
                return true;
            });
        } catch (NetlinkException e) {
            if (e.errno() == Errno.ENOENT) {
                return Optional.empty();
            }
            throw e;
        }
        if (found[0] != null) {
            GenericMessageNames.learn(found[0]);
        }
        return Optional.ofNullable(found[0]);
    }

    private static void encodeDump(MessageWriter w) {
        int start = GenericNetlink.begin(w, Ctrl.GENL_ID_CTRL, Ctrl.CTRL_CMD_GETFAMILY, Ctrl.CTRL_VERSION, 0);
        w.endMessage(start);
    }

    static void checkName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("family name must not be empty");
        }
        if (name.getBytes(StandardCharsets.UTF_8).length >= Ctrl.GENL_NAMSIZ || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("family name must be 1.." + (Ctrl.GENL_NAMSIZ - 1) + " bytes without NUL: " + name);
        }
    }
}
