package io.jnetlink.route;

import io.jnetlink.route.wire.IfAddrMsgEncoder;
import io.jnetlink.route.wire.IfAddrMsg;
import io.jnetlink.route.wire.Rtnl;
import io.jnetlink.core.Errno;
import io.jnetlink.core.NetlinkBatchException;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.core.net.InterfaceNames;
import io.jnetlink.core.net.IpAddresses;

/**
 * {@code ip addr flush dev NAME [-4|-6]}: deletes every address of one interface, made by
 * {@link Addresses#flush}. Addresses are listed, then deleted in one batch; since deleting a
 * primary IPv4 address takes its secondaries with it, that repeats until none is left.
 * {@link #apply()} returns how many addresses were deleted.
 */
public final class AddressFlushRequest extends NetlinkRequest<AddressFlushRequest, Integer> {
    private static final int MAX_ROUNDS = 16;
    /** {@code EADDRNOTAVAIL}. */
    private static final int EADDRNOTAVAIL = 99;
    private final String dev;
    private int family;

    AddressFlushRequest(String dev) {
        this.dev = InterfaceNames.check(dev, "dev");
    }

    /**
     * {@code -4}: IPv4 addresses only.
     *
     * @return this request
     */
    public AddressFlushRequest ipv4() {
        this.family = IpAddresses.AF_INET;
        return this;
    }

    /**
     * {@code -6}: IPv6 addresses only.
     *
     * @return this request
     */
    public AddressFlushRequest ipv6() {
        this.family = IpAddresses.AF_INET6;
        return this;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public Integer apply(NetlinkConnection connection) {
        int index = LinkIndexes.resolve(connection, dev);
        MessageWriter batch = new MessageWriter(4096);
        int deleted = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            batch.reset();
            int[] count = {0};
            AddressQuery query = new AddressQuery().dev(dev);
            if (family == IpAddresses.AF_INET) {
                query.ipv4();
            } else if (family == IpAddresses.AF_INET6) {
                query.ipv6();
            }
            query.forEach(connection, view -> {
                encodeDelete(batch, view, index);
                count[0]++;
            });
            if (count[0] == 0) {
                return deleted;
            }
            int failed = 0;
            try {
                connection.batch(Rtnl.typeName(Rtnl.RTM_DELADDR) + " (flush dev " + dev + ")", batch);
            } catch (NetlinkBatchException e) {
                for (NetlinkBatchException.Failure f : e.failures()) {
                    // gone already: a secondary removed with its primary
                    if (f.error().errno() != EADDRNOTAVAIL && f.error().errno() != Errno.ENOENT) {
                        throw e;
                    }
                    failed++;
                }
            }
            deleted += count[0] - failed;
        }
        return deleted;
    }

    /** An {@code RTM_DELADDR} for the address the view is at: its header and local/peer address. */
    private static void encodeDelete(MessageWriter w, AddressView view, int index) {
        int msg = w.beginMessage(Rtnl.RTM_DELADDR, 0);
        IfAddrMsgEncoder.write(w, view.family(), view.prefixLength(), 0, view.scope(), index);
        byte[] a = new byte[view.family() == IpAddresses.AF_INET6 ? 16 : 4];
        int n = view.copyAddress(a);
        w.putAttrBytes(IfAddrMsg.IFA_LOCAL, a, 0, n);
        w.endMessage(msg);
    }
}
