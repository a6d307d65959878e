package io.jnetlink.generic;

import io.jnetlink.core.message.RawAttribute;

import java.util.List;
import java.util.Optional;

/**
 * A generic netlink message read without knowing its family: the family id, command, version and
 * its attributes as they came (for families this library does not model).
 *
 * @param familyId   {@code nlmsg_type}
 * @param command    {@code genlmsghdr.cmd}
 * @param version    {@code genlmsghdr.version}
 * @param attributes the top-level attributes, in order, nested ones as raw bytes
 */
public record GenericMessage(int familyId, int command, int version, List<RawAttribute> attributes) {
    /**
     * Copies.
     *
     * @param familyId the family id
     * @param command the command
     * @param version the version
     * @param attributes the attributes
     */
    public GenericMessage {
        attributes = List.copyOf(attributes);
    }

    /**
     * The first attribute of {@code type}.
     *
     * @param type the attribute type (without flag bits)
     * @return the attribute, or empty
     */
    public Optional<RawAttribute> attribute(int type) {
        return attributes.stream().filter(a -> a.type() == type).findFirst();
    }
}
