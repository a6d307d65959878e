package io.jnetlink.generic.ethtool;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.generic.GenericFamily;
import io.jnetlink.generic.GenericNetlink;

import static io.jnetlink.generic.ethtool.wire.EthtoolAttrs.*;

/** The request header every ethtool message starts with, and reading it back from replies. */
final class EthtoolMessages {
    private EthtoolMessages() {
    }

    /**
     * Begins an ethtool message with its header nest ({@code ETHTOOL_A_*_HEADER}): the device by
     * name, or none for a dump of every device.
     */
    static int begin(MessageWriter w, GenericFamily family, int command, int headerType, String device, int headerFlags) {
        int start = GenericNetlink.begin(w, family.id(), command, ETHTOOL_GENL_VERSION, 0);
        int header = w.beginNested(headerType);
        if (device != null) {
            w.putAttrString(ETHTOOL_A_HEADER_DEV_NAME, device);
        }
        if (headerFlags != 0) {
            w.putAttrU32(ETHTOOL_A_HEADER_FLAGS, headerFlags);
        }
        w.endNested(header);
        return start;
    }

    /** Checks a device name argument: {@code IllegalArgumentException} naming it. */
    static String device(String name) {
        return InterfaceNames.check(name, "device");
    }

    /** Where a reply's header says it is from. */
    record Device(int index, String name) {
    }

    /** Reads the header nest the reader is positioned on. */
    static Device header(AttributeReader headerAttr) {
        AttributeReader h = headerAttr.nested(new AttributeReader());
        int index = 0;
        String name = "";
        while (h.next()) {
            if (h.type() == ETHTOOL_A_HEADER_DEV_INDEX) {
                index = h.u32();
            } else if (h.type() == ETHTOOL_A_HEADER_DEV_NAME) {
                name = h.string();
            }
        }
        return new Device(index, name);
    }

    /** The attributes of an ethtool message (after {@code genlmsghdr}). */
    static AttributeReader attributes(MessageReader m, AttributeReader into) {
        return GenericNetlink.attributes(m, into, 0);
    }

    /** Fails when a reply has no header: every ethtool reply names its device. */
    static Device require(Device d, MessageReader m) {
        if (d == null) {
            throw new NetlinkDecodeException("ethtool reply without its device header", m.offset());
        }
        return d;
    }
}
