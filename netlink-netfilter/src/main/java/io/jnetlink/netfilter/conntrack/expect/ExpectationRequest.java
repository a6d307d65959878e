package io.jnetlink.netfilter.conntrack.expect;

import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.netfilter.conntrack.ConntrackTuple;
import io.jnetlink.netfilter.wire.CtnlAttrs;
import io.jnetlink.netfilter.wire.NfGenMsg;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * {@code conntrack -I expect}: creates an expectation ({@code IPCTNL_MSG_EXP_NEW}) on a master
 * connection that has a helper (the kernel answers {@code ENOENT} "master conntrack not found"
 * otherwise). Setters check their argument; {@link #apply} sends.
 *
 * <pre>{@code
 * Expectations.create(master, expected, mask).timeout(100).in(ns).apply();
 * }</pre>
 */
public final class ExpectationRequest extends NetlinkRequest<ExpectationRequest, Void> {
    private final ConntrackTuple master;
    private final ConntrackTuple tuple;
    private final ConntrackTuple mask;
    private long timeout = -1;
    private int zone = -1;
    private String helper;

    ExpectationRequest(ConntrackTuple master, ConntrackTuple tuple, ConntrackTuple mask) {
        this.master = Objects.requireNonNull(master, "master");
        this.tuple = Objects.requireNonNull(tuple, "tuple");
        this.mask = Objects.requireNonNull(mask, "mask");
        // the kernel takes the mask's addresses and ports only (its protocol number is ignored)
        if (tuple.family() != master.family() || mask.family() != master.family()) {
            throw new IllegalArgumentException("tuple and mask must be of the master's family: " + tuple + " / " + mask);
        }
    }

    /**
     * Seconds the expectation waits for its connection ({@code conntrack -I expect -t 100}); required.
     * A kernel helper's expect policy replaces it (the ftp helper: 300 s).
     *
     * @param seconds 1..0xffffffff
     * @return this request
     */
    public ExpectationRequest timeout(long seconds) {
        if (seconds < 1 || seconds > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("timeout must be 1..4294967295 seconds: " + seconds);
        }
        this.timeout = seconds;
        return this;
    }

    /**
     * The master's conntrack zone ({@code conntrack -w 3}).
     *
     * @param zone 0..65535
     * @return this request
     */
    public ExpectationRequest zone(int zone) {
        if (zone < 0 || zone > 65535) {
            throw new IllegalArgumentException("zone must be 0..65535: " + zone);
        }
        this.zone = zone;
        return this;
    }

    /**
     * A userspace helper's name ({@code CTA_EXPECT_HELP_NAME}, as conntrackd's helpers send it); the
     * kernel then needs no helper on the master.
     *
     * @param name the helper's name, 1..15 bytes
     * @return this request
     */
    public ExpectationRequest helper(String name) {
        Objects.requireNonNull(name, "helper");
        int length = name.getBytes(StandardCharsets.UTF_8).length;
        if (length < 1 || length > 15) {
            throw new IllegalArgumentException("helper name must be 1..15 bytes: \"" + name + "\"");
        }
        this.helper = name;
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_NETFILTER;
    }

    @Override
    public Void apply(NetlinkConnection c) {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout is required to create an expectation (conntrack -I expect -t SECONDS)");
        }
        c.request("IPCTNL_MSG_EXP_NEW " + tuple + " master " + master, this::encode);
        return null;
    }

    /** The message, in {@code conntrack -I expect}'s attribute order (tuple, master, mask, timeout). */
    void encode(MessageWriter w) {
        int start = NfGenMsg.begin(w, NfGenMsg.NFNL_SUBSYS_CTNETLINK_EXP, CtnlAttrs.IPCTNL_MSG_EXP_NEW,
                Netlink.NLM_F_CREATE | Netlink.NLM_F_EXCL, master.family(), 0);
        tuple.encode(w, CtnlAttrs.CTA_EXPECT_TUPLE);
        master.encode(w, CtnlAttrs.CTA_EXPECT_MASTER);
        mask.encode(w, CtnlAttrs.CTA_EXPECT_MASK);
        w.putAttrU32Be(CtnlAttrs.CTA_EXPECT_TIMEOUT, (int) timeout);
        if (zone >= 0) {
            w.putAttrU16Be(CtnlAttrs.CTA_EXPECT_ZONE, zone);
        }
        if (helper != null) {
            w.putAttrString(CtnlAttrs.CTA_EXPECT_HELP_NAME, helper);
        }
        w.endMessage(start);
    }
}
