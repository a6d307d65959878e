package io.jnetlink.route.nsid;

import io.jnetlink.core.NetNamespace;
import io.jnetlink.core.NetlinkConnection;
import io.jnetlink.core.NetlinkRequest;
import io.jnetlink.core.RequestEncoder;
import io.jnetlink.core.message.MessageWriter;
import io.jnetlink.core.message.Netlink;
import io.jnetlink.route.wire.NsidAttrs;

/**
 * {@code ip netns set NAME ID}: one {@code RTM_NEWNSID} that names namespace {@code NAME} (by fd,
 * {@code NETNSA_FD}, or by a process in it, {@code NETNSA_PID}) with id {@code ID} inside the
 * namespace the request runs in ({@code .in(ns)}, default the caller's); made by {@link NsIds#set}.
 * An id once set cannot be changed (EEXIST).
 */
public final class NsIdRequest extends NetlinkRequest<NsIdRequest, Void> implements RequestEncoder {
    private final NetNamespace target;
    private final int pid;
    private final int nsid;

    NsIdRequest(NetNamespace target, int pid, int nsid) {
        if (nsid < 0) {
            throw new IllegalArgumentException("nsid must be between 0 and 2147483647: " + nsid);
        }
        this.target = target;
        this.pid = pid;
        this.nsid = nsid;
    }

    @Override
    protected int protocol() {
        return Netlink.NETLINK_ROUTE;
    }

    @Override
    public Void apply(NetlinkConnection connection) {
        connection.request(this);
        return null;
    }

    /**
     * Writes the request (sequence 0, for the connection to fill in); the target namespace must
     * stay open until the kernel has answered.
     *
     * @param w the writer to append the message to
     */
    @Override
    public void encode(MessageWriter w) {
        int msg = w.beginMessage(NsidAttrs.RTM_NEWNSID, 0);
        w.reserve(NsidAttrs.HEADER_LENGTH);
        if (target != null) {
            w.putAttrU32(NsidAttrs.NETNSA_FD, target.fd());
        } else {
            w.putAttrU32(NsidAttrs.NETNSA_PID, pid);
        }
        w.putAttrU32(NsidAttrs.NETNSA_NSID, nsid);
        w.endMessage(msg);
    }

    @Override
    public String describe() {
        return "RTM_NEWNSID ip netns set " + (target != null ? target.name().orElse(target.toString()) : "pid " + pid) + " " + nsid;
    }
}
