package io.jnetlink.netfilter.ipset;

import io.jnetlink.core.net.IpAddresses;
import io.jnetlink.netfilter.wire.IpsetAttrs;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;

/**
 * Prints sets the way {@code ipset save} does ({@code create …} and {@code add …} lines), so what the
 * library read can be logged, diffed and fed to {@code ipset restore}.
 */
public final class IpSetSave {
    private IpSetSave() {
    }

    /**
     * {@code ipset save} of {@code sets}: per set one {@code create} line, then one {@code add} line per member.
     *
     * @param sets the sets, e.g. from {@link IpSets#save()}
     * @return the text, each line ending in a newline
     */
    public static String render(List<IpSet> sets) {
        StringBuilder out = new StringBuilder();
        for (IpSet set : sets) {
            out.append(createLine(set)).append('\n');
            for (IpSetEntry e : set.entries()) {
                out.append(addLine(set.name(), e)).append('\n');
            }
        }
        return out.toString();
    }

    /**
     * The {@code create} line of {@code set}, as {@code ipset save} prints it.
     *
     * @param set the set (its header)
     * @return the line, without a newline
     */
    public static String createLine(IpSet set) {
        StringBuilder b = new StringBuilder("create ").append(set.name()).append(' ').append(set.typeName());
        if (set.family() == IpsetAttrs.NFPROTO_IPV4 || set.family() == IpsetAttrs.NFPROTO_IPV6) {
            b.append(" family ").append(set.family() == IpsetAttrs.NFPROTO_IPV4 ? "inet" : "inet6");
        }
        option(b, "hashsize", set.hashSize());
        option(b, "maxelem", set.maxElem());
        if (set.portFrom() >= 0) {
            b.append(" range ").append(set.portFrom()).append('-').append(set.portTo());
        }
        option(b, "size", set.size());
        option(b, "timeout", set.timeout());
        if (set.counters()) {
            b.append(" counters");
        }
        if (set.comment()) {
            b.append(" comment");
        }
        option(b, "bucketsize", set.bucketSize());
        if (set.initval() >= 0) {
            b.append(String.format(Locale.ROOT, " initval 0x%08x", set.initval()));
        }
        return b.toString();
    }

    /**
     * The {@code add} line of one member, as {@code ipset save} prints it.
     *
     * @param setName the set's name
     * @param e       the member
     * @return the line, without a newline
     */
    public static String addLine(String setName, IpSetEntry e) {
        StringBuilder b = new StringBuilder("add ").append(setName).append(' ').append(element(e));
        option(b, "timeout", e.timeout());
        if (e.packets() >= 0) {
            b.append(" packets ").append(e.packets());
        }
        if (e.bytes() >= 0) {
            b.append(" bytes ").append(e.bytes());
        }
        if (e.comment() != null) {
            b.append(" comment \"").append(e.comment()).append('"');
        }
        return b.toString();
    }

    /**
     * The element as {@code ipset} writes it: {@code 10.0.0.0/8,udp:53}, {@code 10.0.0.10,tcp:80,192.168.0.0/16},
     * {@code 10.0.0.1,icmp:echo-request}, {@code 1080}, {@code 00:11:22:33:44:55}…
     *
     * @param e the member
     * @return its text
     */
    public static String element(IpSetEntry e) {
        StringBuilder b = new StringBuilder();
        appendAddress(b, e.address(), e.prefix());
        if (e.port() >= 0) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(e.protocol() >= 0 ? IpSetPorts.format(e.protocol(), e.port()) : Integer.toString(e.port()));
        }
        if (e.address2() != null) {
            b.append(',');
            appendAddress(b, e.address2(), e.prefix2());
        }
        if (e.mac() != null) {
            b.append(e.mac().toUpperCase(Locale.ROOT));
        }
        if (e.member() != null) {
            b.append(e.member());
        }
        return b.toString();
    }

    /** {@code ADDRESS[/LENGTH]}: ipset leaves out a host prefix length. */
    private static void appendAddress(StringBuilder b, InetAddress address, int prefix) {
        if (address == null) {
            return;
        }
        b.append(IpAddresses.format(address));
        int host = address instanceof Inet4Address ? 32 : 128;
        if (prefix >= 0 && prefix != host) {
            b.append('/').append(prefix);
        }
    }

    private static void option(StringBuilder b, String name, long value) {
        if (value >= 0) {
            b.append(' ').append(name).append(' ').append(value);
        }
    }
}
