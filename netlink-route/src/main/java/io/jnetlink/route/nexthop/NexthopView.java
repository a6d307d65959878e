package io.jnetlink.route.nexthop;

import io.jnetlink.route.internal.Encaps;
import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.route.wire.NhMsg;
import io.jnetlink.route.wire.NhaAttrs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reusable flyweight over one {@code RTM_NEWNEXTHOP}/{@code RTM_DELNEXTHOP} message: the one
 * decoder of nexthop objects. {@link #wrap} checks every attribute it decodes, so the accessors
 * never fail; the scalar accessors allocate nothing. Valid only until the next receive.
 */
public final class NexthopView {
    private final AttributeReader attrs = new AttributeReader();
    private final AttributeReader inner = new AttributeReader();
    private ByteBuffer buffer;
    private int header;
    private long id;
    private int oif;
    private int gateway;
    private int gatewayLength;
    private boolean blackhole;
    private boolean fdb;
    private int group;
    private int groupLength;
    private int groupType;
    private int encapType;

    /**
     * Points the view at {@code message}.
     *
     * @param message a nexthop message
     * @return this view
     * @throws NetlinkDecodeException when the header or an attribute is malformed, or {@code NHA_ID} is missing
     */
    public NexthopView wrap(MessageReader message) {
        message.requirePayload(NhMsg.LENGTH, "nhmsg");
        buffer = message.buffer();
        header = message.payloadOffset();
        id = -1;
        oif = groupType = 0;
        gateway = group = -1;
        gatewayLength = groupLength = 0;
        blackhole = fdb = false;
        encapType = -1;
        message.attributes(attrs, NhMsg.LENGTH);
        while (attrs.next()) {
            switch (attrs.type()) {
                case NhaAttrs.NHA_ID -> id = attrs.u32AsLong();
                case NhaAttrs.NHA_OIF -> oif = attrs.u32();
                case NhaAttrs.NHA_GATEWAY -> {
                    if (attrs.valueLength() != 4 && attrs.valueLength() != 16) {
                        throw new NetlinkDecodeException("NHA_GATEWAY has " + attrs.valueLength() + " bytes, neither 4 nor 16",
                                attrs.offset());
                    }
                    gateway = attrs.valueOffset();
                    gatewayLength = attrs.valueLength();
                }
                case NhaAttrs.NHA_BLACKHOLE -> blackhole = true;
                case NhaAttrs.NHA_FDB -> fdb = true;
                case NhaAttrs.NHA_GROUP -> {
                    if (attrs.valueLength() % NhaAttrs.GRP_LENGTH != 0) {
                        throw new NetlinkDecodeException("NHA_GROUP of " + attrs.valueLength()
                                + " bytes is not a whole number of nexthop_grp", attrs.offset());
                    }
                    group = attrs.valueOffset();
                    groupLength = attrs.valueLength();
                }
                case NhaAttrs.NHA_GROUP_TYPE -> groupType = attrs.u16();
                case NhaAttrs.NHA_ENCAP_TYPE -> encapType = attrs.u16();
                case NhaAttrs.NHA_ENCAP -> {
                    attrs.nested(inner);
                    while (inner.next()) {
                        // framing checked here, so toNexthop() reads it without surprises
                    }
                }
                case NhaAttrs.NHA_RES_GROUP -> {
                    attrs.nested(inner);
                    while (inner.next()) {
                        checkResilient();
                    }
                }
                default -> {
                }
            }
        }
        if (id < 0) {
            throw new NetlinkDecodeException("nexthop message has no NHA_ID", message.offset());
        }
        return this;
    }

    private void checkResilient() {
        switch (inner.type()) {
            case NhaAttrs.NHA_RES_GROUP_BUCKETS -> inner.u16();
            case NhaAttrs.NHA_RES_GROUP_IDLE_TIMER, NhaAttrs.NHA_RES_GROUP_UNBALANCED_TIMER -> inner.u32();
            case NhaAttrs.NHA_RES_GROUP_UNBALANCED_TIME -> inner.u64();
            default -> {
            }
        }
    }

    /** {@return {@code NHA_ID}} */
    public long id() {
        return id;
    }

    /** {@return {@code nh_family}} */
    public int family() {
        return buffer.get(header + NhMsg.FAMILY_OFFSET) & 0xFF;
    }

    /** {@return {@code nh_scope}} */
    public int scope() {
        return buffer.get(header + NhMsg.SCOPE_OFFSET) & 0xFF;
    }

    /** {@return {@code nh_protocol}} */
    public int protocol() {
        return buffer.get(header + NhMsg.PROTOCOL_OFFSET) & 0xFF;
    }

    /** {@return {@code nh_flags} ({@code RTNH_F_*})} */
    public int flags() {
        return buffer.getInt(header + NhMsg.FLAGS_OFFSET);
    }

    /** {@return {@code NHA_OIF}, 0 when absent} */
    public int outputIndex() {
        return oif;
    }

    /** {@return whether {@code NHA_BLACKHOLE} is present} */
    public boolean isBlackhole() {
        return blackhole;
    }

    /** {@return whether {@code NHA_FDB} is present} */
    public boolean isFdb() {
        return fdb;
    }

    /** {@return the number of group members, 0 for a single nexthop} */
    public int groupSize() {
        return groupLength / NhaAttrs.GRP_LENGTH;
    }

    /**
     * The id of group member {@code i}.
     *
     * @param i 0..groupSize()-1
     * @return the member's nexthop id
     */
    public long groupMemberId(int i) {
        return Integer.toUnsignedLong(buffer.getInt(member(i) + NhaAttrs.GRP_ID_OFFSET));
    }

    /**
     * The weight of group member {@code i} (1..256).
     *
     * @param i 0..groupSize()-1
     * @return the member's weight
     */
    public int groupMemberWeight(int i) {
        return (buffer.get(member(i) + NhaAttrs.GRP_WEIGHT_OFFSET) & 0xFF) + 1;
    }

    private int member(int i) {
        if (i < 0 || i >= groupSize()) {
            throw new IndexOutOfBoundsException("group member " + i + " of " + groupSize());
        }
        return group + i * NhaAttrs.GRP_LENGTH;
    }

    /** {@return {@code NHA_GROUP_TYPE} (0 multipath, 1 resilient)} */
    public int groupType() {
        return groupType;
    }

    /** {@return {@code NHA_ENCAP_TYPE}, or -1 when absent} */
    public int encapType() {
        return encapType;
    }

    /** {@return whether {@code NHA_GATEWAY} is present} */
    public boolean hasGateway() {
        return gateway >= 0;
    }

    /** {@return {@code NHA_GATEWAY}, or null; allocates} */
    public InetAddress gateway() {
        if (gateway < 0) {
            return null;
        }
        byte[] b = new byte[gatewayLength];
        buffer.get(gateway, b);
        try {
            return InetAddress.getByAddress(b);
        } catch (UnknownHostException impossible) {
            throw new AssertionError(impossible);
        }
    }

    /** {@return a record copy of the message} */
    public Nexthop toNexthop() {
        List<GroupMember> members = new ArrayList<>();
        for (int i = 0; i < groupSize(); i++) {
            long member = groupMemberId(i);
            if (member > 0) { // id 0 is never a nexthop: leave it out rather than fail
                members.add(new GroupMember(member, groupMemberWeight(i)));
            }
        }
        ResilientGroup resilient = null;
        Encap encap = null;
        List<RawAttribute> other = new ArrayList<>();
        attrs.rewind();
        while (attrs.next()) {
            switch (attrs.type()) {
                case NhaAttrs.NHA_ID, NhaAttrs.NHA_OIF, NhaAttrs.NHA_GATEWAY, NhaAttrs.NHA_BLACKHOLE, NhaAttrs.NHA_FDB,
                     NhaAttrs.NHA_GROUP, NhaAttrs.NHA_GROUP_TYPE, NhaAttrs.NHA_ENCAP_TYPE -> {
                }
                case NhaAttrs.NHA_RES_GROUP -> resilient = resilient();
                case NhaAttrs.NHA_ENCAP -> encap = Encaps.read(encapType, attrs, inner);
                default -> other.add(RawAttribute.copyOf(attrs));
            }
        }
        return new Nexthop(id, family(), scope(), protocol(), flags(), Optional.ofNullable(gateway()), oif, blackhole, fdb,
                members, groupType, Optional.ofNullable(resilient), Optional.ofNullable(encap), other);
    }

    private ResilientGroup resilient() {
        int buckets = 0;
        long idle = 0;
        long unbalancedTimer = 0;
        long unbalancedTime = 0;
        attrs.nested(inner);
        while (inner.next()) {
            switch (inner.type()) {
                case NhaAttrs.NHA_RES_GROUP_BUCKETS -> buckets = inner.u16();
                case NhaAttrs.NHA_RES_GROUP_IDLE_TIMER -> idle = inner.u32AsLong();
                case NhaAttrs.NHA_RES_GROUP_UNBALANCED_TIMER -> unbalancedTimer = inner.u32AsLong();
                case NhaAttrs.NHA_RES_GROUP_UNBALANCED_TIME -> unbalancedTime = inner.u64();
                default -> {
                }
            }
        }
        return new ResilientGroup(buckets, idle, unbalancedTimer, unbalancedTime);
    }
}
