package io.jnetlink.generic;

import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.generic.wire.Ctrl;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A generic netlink family as {@code nlctrl} describes it ({@code genl ctrl get name NAME}):
 * its id (the {@code nlmsg_type} of its messages in this namespace's kernel), version, the
 * commands it accepts and its multicast groups.
 *
 * @param name         the family name, e.g. {@code "ethtool"}
 * @param id           the family id ({@code CTRL_ATTR_FAMILY_ID})
 * @param version      {@code CTRL_ATTR_VERSION}
 * @param headerSize   the family's own fixed header after {@code genlmsghdr} ({@code CTRL_ATTR_HDRSIZE}, mostly 0)
 * @param maxAttribute the highest attribute type ({@code CTRL_ATTR_MAXATTR})
 * @param operations   the commands ({@code CTRL_ATTR_OPS})
 * @param groups       the multicast groups ({@code CTRL_ATTR_MCAST_GROUPS})
 * @param unknown      attributes this version does not model (policies, …), kept raw
 */
public record GenericFamily(String name, int id, int version, int headerSize, int maxAttribute,
                            List<Operation> operations, List<MulticastGroup> groups, List<RawAttribute> unknown) {
    /**
     * Checks and copies.
     *
     * @param name the family name
     * @param id the family id
     * @param version the version
     * @param headerSize the family header size
     * @param maxAttribute the highest attribute type
     * @param operations the commands
     * @param groups the multicast groups
     * @param unknown unmodelled attributes
     */
    public GenericFamily {
        Objects.requireNonNull(name, "name");
        operations = List.copyOf(operations);
        groups = List.copyOf(groups);
        unknown = List.copyOf(unknown);
    }

    /**
     * The multicast group called {@code groupName}, e.g. ethtool's {@code "monitor"}.
     *
     * @param groupName the group's name
     * @return the group, or empty when the family has none of that name
     */
    public Optional<MulticastGroup> group(String groupName) {
        return groups.stream().filter(g -> g.name().equals(groupName)).findFirst();
    }

    /**
     * The command with id {@code command}.
     *
     * @param command the command id
     * @return the operation, or empty when the family does not list it
     */
    public Optional<Operation> operation(int command) {
        return operations.stream().filter(o -> o.id() == command).findFirst();
    }

    /**
     * One command of a family ({@code CTRL_ATTR_OP_ID}, {@code CTRL_ATTR_OP_FLAGS}).
     *
     * @param id    the command
     * @param flags its {@code GENL_*} capability flags
     */
    public record Operation(int id, int flags) {
        /** {@return whether it can be sent as a request ({@code GENL_CMD_CAP_DO}, "can doit")} */
        public boolean canDo() {
            return (flags & Ctrl.GENL_CMD_CAP_DO) != 0;
        }

        /** {@return whether it can be dumped ({@code GENL_CMD_CAP_DUMP}, "can dumpit")} */
        public boolean canDump() {
            return (flags & Ctrl.GENL_CMD_CAP_DUMP) != 0;
        }

        /** {@return whether it has an attribute policy ({@code GENL_CMD_CAP_HASPOL})} */
        public boolean hasPolicy() {
            return (flags & Ctrl.GENL_CMD_CAP_HASPOL) != 0;
        }

        /** {@return whether it needs {@code CAP_NET_ADMIN} ({@code GENL_ADMIN_PERM} or {@code GENL_UNS_ADMIN_PERM})} */
        public boolean needsAdmin() {
            return (flags & (Ctrl.GENL_ADMIN_PERM | Ctrl.GENL_UNS_ADMIN_PERM)) != 0;
        }
    }

    /**
     * A multicast group of a family ({@code CTRL_ATTR_MCAST_GRP_NAME}, {@code CTRL_ATTR_MCAST_GRP_ID}).
     *
     * @param name the group's name, e.g. {@code "monitor"}
     * @param id   the group id to join (global, like a family id)
     */
    public record MulticastGroup(String name, int id) {
        /**
         * Checks.
         *
         * @param name the group's name
         * @param id the group id
         */
        public MulticastGroup {
            Objects.requireNonNull(name, "name");
        }
    }
}
