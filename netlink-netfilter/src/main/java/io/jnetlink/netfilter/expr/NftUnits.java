package io.jnetlink.netfilter.expr;

/** Quantities as nft prints them (nftables' {@code get_rate}/{@code print_quota}). */
public final class NftUnits {
    private static final String[] BYTE_UNITS = {"bytes", "kbytes", "mbytes", "gbytes", "tbytes"};

    private NftUnits() {
    }

    /**
     * {@return {@code n} bytes in the largest unit that divides it, e.g. 104857600 → {@code 100 mbytes}}
     *
     * @param n a byte count
     */
    public static String bytes(long n) {
        int unit = 0;
        long v = n;
        while (v != 0 && v % 1024 == 0 && unit < BYTE_UNITS.length - 1) {
            v /= 1024;
            unit++;
        }
        return Long.toUnsignedString(v) + " " + BYTE_UNITS[unit];
    }

    /**
     * {@return a limit's unit in seconds as nft names it: 1 → second, 60 → minute…}
     *
     * @param seconds {@code NFTA_LIMIT_UNIT}
     */
    public static String timeUnit(long seconds) {
        if (seconds == 1) {
            return "second";
        } else if (seconds == 60) {
            return "minute";
        } else if (seconds == 3600) {
            return "hour";
        } else if (seconds == 86400) {
            return "day";
        } else if (seconds == 604800) {
            return "week";
        }
        return "error";
    }
}
