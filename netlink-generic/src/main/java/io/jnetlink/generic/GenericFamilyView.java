package io.jnetlink.generic;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.generic.wire.Ctrl;

import java.util.ArrayList;
import java.util.List;

/**
 * The decoder of {@code nlctrl}'s {@code CTRL_CMD_NEWFAMILY} messages (replies to
 * {@code CTRL_CMD_GETFAMILY} and notifications). {@link #toGenericFamily()} is the only way to a
 * record. Reusable; valid only until the next receive.
 */
public final class GenericFamilyView {
    private final AttributeReader attrs = new AttributeReader();
    private final AttributeReader list = new AttributeReader();
    private final AttributeReader item = new AttributeReader();
    private MessageReader message;

    /**
     * Points the view at {@code message}.
     *
     * @param message a message of the nlctrl family, positioned at its header
     * @return this view
     */
    public GenericFamilyView wrap(MessageReader message) {
        this.message = message;
        return this;
    }

    /** {@return the {@code genlmsghdr.cmd}, e.g. {@code CTRL_CMD_NEWFAMILY} (1) or {@code CTRL_CMD_DELFAMILY} (2)} */
    public int command() {
        return GenericNetlink.command(message);
    }

    /**
     * Copies the family out of the receive buffer.
     *
     * @return the family
     * @throws NetlinkDecodeException if the message is malformed or lacks the family's name or id
     */
    public GenericFamily toGenericFamily() {
        GenericNetlink.attributes(message, attrs, 0);
        String name = null;
        int id = -1;
        int version = 0;
        int headerSize = 0;
        int maxAttribute = 0;
        List<GenericFamily.Operation> ops = new ArrayList<>();
        List<GenericFamily.MulticastGroup> groups = new ArrayList<>();
        List<RawAttribute> unknown = new ArrayList<>();
        while (attrs.next()) {
            switch (attrs.type()) {
                case Ctrl.CTRL_ATTR_FAMILY_ID -> id = attrs.u16();
                case Ctrl.CTRL_ATTR_FAMILY_NAME -> name = attrs.string();
                case Ctrl.CTRL_ATTR_VERSION -> version = attrs.u32();
                case Ctrl.CTRL_ATTR_HDRSIZE -> headerSize = attrs.u32();
                case Ctrl.CTRL_ATTR_MAXATTR -> maxAttribute = attrs.u32();
                case Ctrl.CTRL_ATTR_OPS -> readOps(ops);
                case Ctrl.CTRL_ATTR_MCAST_GROUPS -> readGroups(groups);
                default -> unknown.add(RawAttribute.copyOf(attrs));
            }
        }
        if (name == null || id < 0) {
            throw new NetlinkDecodeException("nlctrl family without " + (name == null ? "CTRL_ATTR_FAMILY_NAME" : "CTRL_ATTR_FAMILY_ID"),
                    message.offset());
        }
        if (headerSize < 0 || headerSize > 0xFFFF) {
            throw new NetlinkDecodeException("nlctrl family " + name + " with header size " + headerSize, message.offset());
        }
        return new GenericFamily(name, id, version, headerSize, maxAttribute, ops, groups, unknown);
    }

    private void readOps(List<GenericFamily.Operation> ops) {
        attrs.nested(list);
        while (list.next()) {
            list.nested(item);
            int id = 0;
            int flags = 0;
            while (item.next()) {
                if (item.type() == Ctrl.CTRL_ATTR_OP_ID) {
                    id = item.u32();
                } else if (item.type() == Ctrl.CTRL_ATTR_OP_FLAGS) {
                    flags = item.u32();
                }
            }
            ops.add(new GenericFamily.Operation(id, flags));
        }
    }

    private void readGroups(List<GenericFamily.MulticastGroup> groups) {
        attrs.nested(list);
        while (list.next()) {
            list.nested(item);
            String name = null;
            int id = -1;
            while (item.next()) {
                if (item.type() == Ctrl.CTRL_ATTR_MCAST_GRP_NAME) {
                    name = item.string();
                } else if (item.type() == Ctrl.CTRL_ATTR_MCAST_GRP_ID) {
                    id = item.u32();
                }
            }
            if (name == null || id < 0) {
                throw new NetlinkDecodeException("multicast group without name or id", list.offset());
            }
            groups.add(new GenericFamily.MulticastGroup(name, id));
        }
    }
}
