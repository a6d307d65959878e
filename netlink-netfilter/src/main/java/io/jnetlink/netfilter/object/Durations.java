package io.jnetlink.netfilter.object;

/** nft's time format ({@code time_print} of nftables' datatype.c): {@code 1d2h3m4s5ms}, zero parts left out. */
public final class Durations {
    private Durations() {
    }

    /**
     * {@return {@code ms} as nft prints a time, e.g. 5000 → {@code 5s}, 90000 → {@code 1m30s}}
     *
     * @param ms milliseconds, at least 0
     */
    public static String render(long ms) {
        long[] sizes = {86_400_000L, 3_600_000L, 60_000L, 1000L, 1L};
        String[] units = {"d", "h", "m", "s", "ms"};
        StringBuilder s = new StringBuilder();
        long rest = ms;
        for (int i = 0; i < sizes.length; i++) {
            long n = rest / sizes[i];
            rest %= sizes[i];
            if (n > 0) {
                s.append(n).append(units[i]);
            }
        }
        return s.isEmpty() ? "0s" : s.toString();
    }
}
