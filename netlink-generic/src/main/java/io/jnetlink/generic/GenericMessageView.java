package io.jnetlink.generic;

import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;

import java.util.ArrayList;
import java.util.List;

/** The decoder of any generic netlink message into a {@link GenericMessage}. Valid until the next receive. */
public final class GenericMessageView {
    private final AttributeReader attrs = new AttributeReader();
    private MessageReader message;
    private int familyHeaderLength;

    /**
     * Points the view at a message.
     *
     * @param message            the message, positioned at its header
     * @param familyHeaderLength the family's own fixed header ({@link GenericFamily#headerSize()}), skipped
     * @return this view
     */
    public GenericMessageView wrap(MessageReader message, int familyHeaderLength) {
        this.message = message;
        this.familyHeaderLength = familyHeaderLength;
        return this;
    }

    /**
     * Copies the message out of the receive buffer.
     *
     * @return the record
     * @throws io.jnetlink.core.NetlinkDecodeException if the message is malformed
     */
    public GenericMessage toGenericMessage() {
        GenericNetlink.attributes(message, attrs, familyHeaderLength);
        List<RawAttribute> list = new ArrayList<>();
        while (attrs.next()) {
            list.add(RawAttribute.copyOf(attrs));
        }
        return new GenericMessage(message.type(), GenericNetlink.command(message), GenericNetlink.version(message), list);
    }
}
