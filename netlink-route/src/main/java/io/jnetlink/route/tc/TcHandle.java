package io.jnetlink.route.tc;

import io.jnetlink.route.wire.TcMsg;

/**
 * Traffic-control handles ({@code major:minor}, 16 bits each, hexadecimal) as {@code tc} reads and
 * prints them: {@code "1:"} is major 1 (a qdisc), {@code "1:10"} is class 0x10 of qdisc 1,
 * {@code root} and {@code ingress} are the special parents.
 */
public final class TcHandle {
    /** {@code TC_H_ROOT}: the parent of a root qdisc. */
    public static final int ROOT = TcMsg.TC_H_ROOT;
    /** {@code TC_H_INGRESS} (= {@code TC_H_CLSACT}): the parent of an ingress or clsact qdisc. */
    public static final int INGRESS = TcMsg.TC_H_INGRESS;
    /** {@code ffff:fff2}: the ingress hook of an ingress/clsact qdisc ({@code tc filter … ingress}). */
    public static final int INGRESS_HOOK = TcMsg.make(INGRESS, TcMsg.TC_H_MIN_INGRESS);
    /** {@code ffff:fff3}: the egress hook of a clsact qdisc ({@code tc filter … egress}). */
    public static final int EGRESS_HOOK = TcMsg.make(INGRESS, TcMsg.TC_H_MIN_EGRESS);
    /** {@code ffff:}: the handle ingress and clsact qdiscs get. */
    public static final int INGRESS_QDISC = 0xFFFF0000;

    private TcHandle() {
    }

    /**
     * Parses {@code "MAJ:MIN"}, {@code "MAJ:"}, {@code "root"}, {@code "ingress"}, {@code "clsact"},
     * {@code "egress"} or {@code "none"} (hexadecimal parts, like {@code get_tc_classid}).
     *
     * @param text the handle
     * @param what the argument's name for the error message
     * @return the 32-bit handle
     * @throws IllegalArgumentException if it does not parse
     */
    public static int parse(String text, String what) {
        if (text == null) {
            throw new IllegalArgumentException(what + " must not be null");
        }
        switch (text) {
            case "root" -> {
                return ROOT;
            }
            case "ingress", "clsact" -> {
                return INGRESS;
            }
            case "none" -> {
                return 0;
            }
            default -> {
            }
        }
        int colon = text.indexOf(':');
        try {
            if (colon < 0) {
                // like tc: a bare number is the major with minor 0 for qdiscs ("handle 1")
                return major(Integer.parseInt(text, 16), what, text) << 16;
            }
            int maj = colon == 0 ? 0 : major(Integer.parseInt(text.substring(0, colon), 16), what, text);
            String min = text.substring(colon + 1);
            int minor = min.isEmpty() ? 0 : major(Integer.parseInt(min, 16), what, text);
            return (maj << 16) | minor;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be MAJ:MIN in hexadecimal (e.g. 1:10): " + text);
        }
    }

    /**
     * Formats a handle as {@code tc} prints a class id ({@code print_tc_classid}): {@code "1:"}, {@code "1:10"},
     * {@code ":10"}, {@code "root"}, {@code "none"} (0), {@code "ffff:fff1"}.
     *
     * @param handle the handle
     * @return the text
     */
    public static String format(int handle) {
        if (handle == ROOT) {
            return "root";
        }
        if (handle == 0) {
            return "none";
        }
        int maj = handle >>> 16;
        int min = handle & 0xFFFF;
        return (maj == 0 ? "" : Integer.toHexString(maj)) + ":" + (min == 0 ? "" : Integer.toHexString(min));
    }

    /**
     * {@code TC_H_MAKE(maj << 16, min)}.
     *
     * @param major 0..0xffff
     * @param minor 0..0xffff
     * @return the handle
     */
    public static int of(int major, int minor) {
        if (major < 0 || major > 0xFFFF || minor < 0 || minor > 0xFFFF) {
            throw new IllegalArgumentException("handle parts must be 0..ffff: " + major + ":" + minor);
        }
        return (major << 16) | minor;
    }

    private static int major(int v, String what, String text) {
        if (v < 0 || v > 0xFFFF) {
            throw new IllegalArgumentException(what + " parts must be 0..ffff: " + text);
        }
        return v;
    }
}
