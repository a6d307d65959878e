package io.jnetlink.route;

import io.jnetlink.route.wire.RtMsg;

/**
 * Who installed a route ({@code rtm_protocol}, {@code ip route add … proto static}); {@link Route#protocol()} returns
 * one of these or any other 0..255 (routing daemons pick their own, e.g. 186 for BGP).
 */
public final class RouteProtocol {
    /** {@code unspec} ({@code RTPROT_UNSPEC}). */
    public static final int UNSPEC = RtMsg.RTPROT_UNSPEC;
    /** {@code redirect} ({@code RTPROT_REDIRECT}): installed by an ICMP redirect. */
    public static final int REDIRECT = RtMsg.RTPROT_REDIRECT;
    /** {@code kernel} ({@code RTPROT_KERNEL}): installed by the kernel, e.g. the prefix route of an address. */
    public static final int KERNEL = RtMsg.RTPROT_KERNEL;
    /** {@code boot} ({@code RTPROT_BOOT}): what {@code ip route add} and {@link Routes#add} use by default. */
    public static final int BOOT = RtMsg.RTPROT_BOOT;
    /** {@code static} ({@code RTPROT_STATIC}): installed by an administrator. */
    public static final int STATIC = RtMsg.RTPROT_STATIC;

    private RouteProtocol() {
    }
}
