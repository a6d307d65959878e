package io.jnetlink.route.tc;

/** What a {@link TcEvents} subscription follows: a {@link Qdisc}, a {@link TrafficClass} or a {@link Filter}. */
public sealed interface TcObject permits Qdisc, TrafficClass, Filter {
    /** {@return the device's index} */
    int ifindex();

    /** {@return the kind, e.g. {@code "htb"}} */
    String kind();
}
