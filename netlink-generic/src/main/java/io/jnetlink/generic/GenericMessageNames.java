package io.jnetlink.generic;

import io.jnetlink.core.message.MessageFamilies;
import io.jnetlink.core.message.MessageFamily;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.generic.wire.Ctrl;
import io.jnetlink.generic.wire.GenlMsgHeader;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names generic netlink messages for {@code -Djnetlink.trace=true}: a family id is only known
 * once resolved, so every resolution adds its id here ({@code GENL ethtool}); nlctrl's id is fixed.
 * Ids are per kernel (not per namespace): one map serves every connection.
 */
final class GenericMessageNames implements MessageFamily {
    private static final GenericMessageNames INSTANCE = new GenericMessageNames();
    private final Map<Integer, GenericFamily> byId = new ConcurrentHashMap<>();

    private GenericMessageNames() {
    }

    /** Registers the names once; later resolutions add their ids. */
    static void learn(GenericFamily family) {
        MessageFamilies.register(INSTANCE);
        INSTANCE.byId.put(family.id(), family);
    }

    static void register() {
        MessageFamilies.register(INSTANCE);
    }

    @Override
    public int protocol() {
        return Netlink.NETLINK_GENERIC;
    }

    @Override
    public String typeName(int type) {
        if (type == Ctrl.GENL_ID_CTRL) {
            return "GENL nlctrl";
        }
        GenericFamily f = byId.get(type);
        return f == null ? null : "GENL " + f.name();
    }

    @Override
    public int fixedHeaderLength(int type) {
        if (type == Ctrl.GENL_ID_CTRL) {
            return GenlMsgHeader.LENGTH;
        }
        GenericFamily f = byId.get(type);
        return f == null ? -1 : GenlMsgHeader.LENGTH + f.headerSize();
    }
}
