package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.NetlinkException;
import io.jnetlink.netfilter.wire.IpsetAttrs;

/**
 * Names ipset's private error numbers ({@code enum ipset_errno}, 4096 and up), which no errno table
 * knows, with the text the {@code ipset} tool prints for them.
 */
final class IpsetErrors {
    private IpsetErrors() {
    }

    /** The exception with the ipset text as its kernel message, or {@code e} itself for a plain errno. */
    static NetlinkException named(NetlinkException e) {
        return named(e, 0);
    }

    /** As {@link #named(NetlinkException)}, worded for {@code command} ({@code IPSET_ERR_EXIST} means opposite things for add and del). */
    static NetlinkException named(NetlinkException e, int command) {
        String text = command == IpsetAttrs.IPSET_CMD_DEL && e.errno() == IpsetAttrs.IPSET_ERR_EXIST
                ? "Element cannot be deleted from the set: it's not added" : text(e.errno());
        if (text == null || e.kernelMessage().isPresent()) {
            return e;
        }
        NetlinkException named = NetlinkException.kernel(e.operation(), e.errno(), text, e.attributeOffset(), e.sequence());
        named.initCause(e);
        return named;
    }

    static String text(int errno) {
        return switch (errno) {
            case IpsetAttrs.IPSET_ERR_PROTOCOL -> "Kernel error received: ipset protocol error";
            case IpsetAttrs.IPSET_ERR_FIND_TYPE -> "Kernel error received: set type not supported";
            case IpsetAttrs.IPSET_ERR_MAX_SETS -> "Kernel error received: maximal number of sets reached";
            case IpsetAttrs.IPSET_ERR_BUSY -> "Set cannot be destroyed: it is in use by a kernel component";
            case IpsetAttrs.IPSET_ERR_EXIST_SETNAME2 -> "Set cannot be created/renamed: a set with the same name already exists";
            case IpsetAttrs.IPSET_ERR_TYPE_MISMATCH -> "The sets cannot be swapped: their type does not match";
            case IpsetAttrs.IPSET_ERR_EXIST -> "Element cannot be added to the set: it's already added";
            case IpsetAttrs.IPSET_ERR_INVALID_CIDR -> "The value of the CIDR parameter of the IP address is invalid";
            case IpsetAttrs.IPSET_ERR_INVALID_FAMILY -> "Protocol family not supported by the set type";
            case IpsetAttrs.IPSET_ERR_TIMEOUT -> "Timeout cannot be used: set was created without timeout support";
            case IpsetAttrs.IPSET_ERR_REFERENCED -> "Set cannot be destroyed: it is in use by a kernel component";
            case IpsetAttrs.IPSET_ERR_COUNTER -> "Packet/byte counters cannot be used: set was created without counter support";
            case IpsetAttrs.IPSET_ERR_COMMENT -> "Comment cannot be used: set was created without comment support";
            default -> errno >= IpsetAttrs.IPSET_ERR_PRIVATE ? "ipset error " + errno : null;
        };
    }
}
