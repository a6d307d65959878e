package io.jnetlink.netfilter.conntrack.expect;

import io.jnetlink.core.NetlinkDecodeException;
import io.jnetlink.core.message.AttributeReader;
import io.jnetlink.core.message.MessageReader;
import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.netfilter.conntrack.ConntrackTuple;
import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;

import java.util.ArrayList;
import java.util.List;

/**
 * <em>The</em> decoder of an expectation ({@code IPCTNL_MSG_EXP_NEW} of {@code conntrack -L expect},
 * or an {@code EXP_NEW}/{@code EXP_DELETE} notification of {@code conntrack -E expect}): a reusable
 * flyweight. {@link #wrap} checks every attribute once, so {@link #toExpectation()} never throws.
 */
public final class ExpectationView {
    private final AttributeReader top = new AttributeReader();
    private final AttributeReader inner = new AttributeReader();
    private final AttributeReader deeper = new AttributeReader();
    private MessageReader message;
    private int family;
    private long timeout;
    private long id;
    private int zone;
    private long flags;
    private int helperAt;
    private int masterAt;
    private int tupleAt;
    private int maskAt;

    /**
     * Points this view at {@code m} and checks it whole.
     *
     * @param m an expectation message, positioned at its header
     * @return this view
     * @throws NetlinkDecodeException when the message is malformed or lacks a tuple
     */
    public ExpectationView wrap(MessageReader m) {
        m.requirePayload(NfGenMsg.NFGENMSG_LENGTH, "nfgenmsg");
        message = m;
        family = m.payloadU8(NfGenMsg.FAMILY_OFFSET);
        timeout = id = flags = 0;
        zone = 0;
        helperAt = masterAt = tupleAt = maskAt = -1;
        for (m.attributes(top, NfGenMsg.NFGENMSG_LENGTH); top.next(); ) {
            switch (top.type()) {
                case CtnlAttrs.CTA_EXPECT_MASTER -> masterAt = checkTuple();
                case CtnlAttrs.CTA_EXPECT_TUPLE -> tupleAt = checkTuple();
                case CtnlAttrs.CTA_EXPECT_MASK -> maskAt = checkTuple();
                case CtnlAttrs.CTA_EXPECT_TIMEOUT -> timeout = Integer.toUnsignedLong(top.u32Be());
                case CtnlAttrs.CTA_EXPECT_ID -> id = Integer.toUnsignedLong(top.u32Be());
                case CtnlAttrs.CTA_EXPECT_ZONE -> zone = top.u16Be();
                case CtnlAttrs.CTA_EXPECT_FLAGS -> flags = Integer.toUnsignedLong(top.u32Be());
                case CtnlAttrs.CTA_EXPECT_HELP_NAME -> helperAt = top.offset();
                default -> {
                }
            }
        }
        if (masterAt < 0 || tupleAt < 0 || maskAt < 0) {
            throw new NetlinkDecodeException("expectation without its master, tuple or mask", m.offset());
        }
        return this;
    }

    /** {@return AF_INET (2) or AF_INET6 (10)} */
    public int family() {
        return family;
    }

    /** {@return {@code CTA_EXPECT_TIMEOUT} in seconds} */
    public long timeoutSeconds() {
        return timeout;
    }

    /** {@return {@code CTA_EXPECT_ID}} */
    public long id() {
        return id;
    }

    /** {@return {@code CTA_EXPECT_ZONE}, 0 for the default zone} */
    public int zone() {
        return zone;
    }

    /** {@return {@code CTA_EXPECT_FLAGS}} */
    public long flags() {
        return flags;
    }

    /** {@return the expectation as an immutable record; unmodelled attributes kept raw} */
    public Expectation toExpectation() {
        ConntrackTuple master = null, tuple = null, mask = null;
        String helper = "";
        List<RawAttribute> others = new ArrayList<>();
        for (message.attributes(top, NfGenMsg.NFGENMSG_LENGTH); top.next(); ) {
            int at = top.offset();
            switch (top.type()) {
                case CtnlAttrs.CTA_EXPECT_MASTER, CtnlAttrs.CTA_EXPECT_TUPLE, CtnlAttrs.CTA_EXPECT_MASK -> {
                    ConntrackTuple t = ConntrackTuple.decode(top, inner, deeper);
                    if (at == masterAt) {
                        master = t;
                    } else if (at == tupleAt) {
                        tuple = t;
                    } else if (at == maskAt) {
                        mask = t;
                    }
                }
                case CtnlAttrs.CTA_EXPECT_HELP_NAME -> helper = at == helperAt ? top.string() : helper;
                case CtnlAttrs.CTA_EXPECT_TIMEOUT, CtnlAttrs.CTA_EXPECT_ID, CtnlAttrs.CTA_EXPECT_ZONE,
                     CtnlAttrs.CTA_EXPECT_FLAGS -> {
                }
                default -> others.add(RawAttribute.copyOf(top));
            }
        }
        return new Expectation(family, master, tuple, mask, timeout, id, helper, zone, flags, others);
    }

    private int checkTuple() {
        ConntrackTuple.check(top, inner, deeper);
        return top.offset();
    }
}
