package io.jnetlink.route;

import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.route.wire.IfLink;

/**
 * {@code ip link add NAME type KIND …} for any kind, with the {@code IFLA_INFO_DATA} contents
 * given as raw bytes (already encoded attributes): the escape hatch for kinds the library has no
 * builder for. A kind the kernel does not know fails with EOPNOTSUPP, "Unknown device type".
 */
public final class LinkRawRequest extends LinkCreateRequest<LinkRawRequest> {
    private final String kind;
    private byte[] infoData;

    LinkRawRequest(String name, String kind) {
        super(name);
        this.kind = LinkChecks.kind(kind);
    }

    /**
     * The value of {@code IFLA_INFO_DATA}: the kind's attributes, each a 4-byte aligned
     * {@code struct nlattr} and value, as the kind's kernel module parses them.
     *
     * @param infoData the kind-specific {@code IFLA_INFO_DATA} payload
     * @return this request
     */
    public LinkRawRequest data(byte[] infoData) {
        if (infoData == null) {
            throw new IllegalArgumentException("info data must not be null");
        }
        if (infoData.length > 0xFFFF - 8) {
            throw new IllegalArgumentException("info data of " + infoData.length + " bytes does not fit an attribute");
        }
        this.infoData = infoData.clone();
        return this;
    }

    @Override
    String kind() {
        return kind;
    }

    @Override
    void encodeInfoData(MessageWriter w, Resolved resolved) {
        if (infoData != null) {
            w.putAttrBytes(IfLink.IFLA_INFO_DATA, infoData);
        }
    }
}
