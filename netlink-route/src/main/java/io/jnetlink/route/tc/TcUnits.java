package io.jnetlink.route.tc;

import java.util.Locale;

/**
 * Rates and sizes written as {@code tc} takes them ({@code tc(8)} "PARAMETERS"): {@code 10mbit},
 * {@code 1gbit}, {@code 125kbps}, {@code 15k}, {@code 32kbit}. Rates come out in bytes per second,
 * sizes in bytes.
 */
public final class TcUnits {
    private TcUnits() {
    }

    /**
     * Parses a rate like {@code tc}'s {@code get_rate64}: a number with {@code bit}, {@code kbit},
     * {@code mbit}, {@code gbit}, {@code tbit} (powers of 1000), {@code kibit}… (powers of 1024), or
     * {@code bps}, {@code kbps}, {@code mbps}, {@code gbps} (bytes); a bare number is bits per second.
     *
     * @param text the rate, e.g. {@code "10mbit"}
     * @param what the argument's name for the error message
     * @return bytes per second
     * @throws IllegalArgumentException if it does not parse or is not positive
     */
    public static long rate(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must be a rate such as 10mbit: " + text);
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        int i = numberEnd(t);
        double value = number(t, i, what, text);
        String unit = t.substring(i);
        double bits;
        switch (unit) {
            case "", "bit" -> bits = value;
            case "kbit" -> bits = value * 1e3;
            case "mbit" -> bits = value * 1e6;
            case "gbit" -> bits = value * 1e9;
            case "tbit" -> bits = value * 1e12;
            case "kibit" -> bits = value * 1024;
            case "mibit" -> bits = value * 1024 * 1024;
            case "gibit" -> bits = value * 1024 * 1024 * 1024;
            case "bps" -> bits = value * 8;
            case "kbps" -> bits = value * 8e3;
            case "mbps" -> bits = value * 8e6;
            case "gbps" -> bits = value * 8e9;
            default -> throw new IllegalArgumentException(what + " has an unknown unit '" + unit + "': " + text);
        }
        long bytes = (long) (bits / 8);
        if (bytes <= 0) {
            throw new IllegalArgumentException(what + " must be at least 8bit: " + text);
        }
        return bytes;
    }

    /**
     * Parses a size like {@code tc}'s {@code get_size}: a number of bytes with {@code b}, {@code k}/{@code kb},
     * {@code m}/{@code mb}, {@code g}/{@code gb} (powers of 1024) or {@code kbit}, {@code mbit}, {@code gbit}
     * (powers of 1024 bits).
     *
     * @param text the size, e.g. {@code "15k"}
     * @param what the argument's name for the error message
     * @return bytes
     * @throws IllegalArgumentException if it does not parse or is negative
     */
    public static long size(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " must be a size such as 15k: " + text);
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        int i = numberEnd(t);
        double value = number(t, i, what, text);
        double bytes;
        switch (t.substring(i)) {
            case "", "b" -> bytes = value;
            case "k", "kb" -> bytes = value * 1024;
            case "m", "mb" -> bytes = value * 1024 * 1024;
            case "g", "gb" -> bytes = value * 1024 * 1024 * 1024;
            case "kbit" -> bytes = value * 1024 / 8;
            case "mbit" -> bytes = value * 1024 * 1024 / 8;
            case "gbit" -> bytes = value * 1024 * 1024 * 1024 / 8;
            default -> throw new IllegalArgumentException(what + " has an unknown unit '" + t.substring(i) + "': " + text);
        }
        if (bytes > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(what + " must fit 32 bits: " + text);
        }
        return (long) bytes;
    }

    /**
     * Formats bytes per second as {@code tc} prints a rate ({@code sprint_rate}): {@code "10Mbit"}.
     *
     * @param bytesPerSecond the rate
     * @return the text
     */
    public static String formatRate(long bytesPerSecond) {
        double bits = bytesPerSecond * 8.0;
        String[] units = {"bit", "Kbit", "Mbit", "Gbit", "Tbit"};
        int u = 0;
        while (bits >= 1000 && u < units.length - 1 && bits / 1000 == Math.rint(bits / 1000)) {
            bits /= 1000;
            u++;
        }
        return (bits == Math.rint(bits) ? Long.toString((long) bits) : Double.toString(bits)) + units[u];
    }

    static long u32(long v, String what) {
        if (v < 0 || v > 0xFFFFFFFFL) {
            throw new IllegalArgumentException(what + " must be 0..4294967295: " + v);
        }
        return v;
    }

    private static int numberEnd(String t) {
        int i = 0;
        while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.')) {
            i++;
        }
        return i;
    }

    private static double number(String t, int end, String what, String text) {
        try {
            double v = Double.parseDouble(t.substring(0, end));
            if (v < 0 || Double.isNaN(v) || Double.isInfinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must start with a number: " + text);
        }
    }
}
