package io.jnetlink.core.message;

/**
 * What a protocol module tells core about its message types, so that traces and errors name them
 * (e.g. {@code RTM_NEWLINK}, {@code NFT_MSG_NEWRULE}) and decode their attributes. Core holds no
 * knowledge of any family; each module registers its own with {@link MessageFamilies#register}.
 */
public interface MessageFamily {
    /**
     * {@return the netlink protocol these types belong to, e.g. {@link Netlink#NETLINK_ROUTE}}
     */
    int protocol();

    /**
     * Names a message type.
     *
     * @param type {@code nlmsg_type}
     * @return its name, e.g. {@code RTM_NEWLINK}, or null if the type is not this family's
     */
    String typeName(int type);

    /**
     * The fixed header between {@code nlmsghdr} and the attributes.
     *
     * @param type {@code nlmsg_type}
     * @return its length in bytes, or -1 if the type is not this family's
     */
    int fixedHeaderLength(int type);
}
