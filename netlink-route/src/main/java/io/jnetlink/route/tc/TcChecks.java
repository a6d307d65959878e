package io.jnetlink.route.tc;

/** Argument checks shared by the tc requests and option records. */
final class TcChecks {
    /** {@code IFNAMSIZ}-like bound on a kind's length ({@code TCA_KIND} is at most 16 bytes with its NUL). */
    private static final int MAX_KIND = 15;

    private TcChecks() {
    }

    /** Whether {@code kind} is a kind name: 1..15 printable ASCII characters without spaces. */
    static boolean isKind(String kind) {
        return kind != null && !kind.isEmpty() && kind.length() <= MAX_KIND && kind.chars().allMatch(c -> c > 32 && c < 127);
    }

    static String kind(String kind) {
        if (!isKind(kind)) {
            throw new IllegalArgumentException("kind must be 1.." + MAX_KIND + " printable characters: " + kind);
        }
        return kind;
    }

    static long u32(long v, String what) {
        return TcUnits.u32(v, what);
    }

    static long positive(long v, String what) {
        if (v <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + v);
        }
        return v;
    }

    static int range(int v, int min, int max, String what) {
        if (v < min || v > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ": " + v);
        }
        return v;
    }

    /** A percentage 0..100 as netem's u32 probability: {@code rint(percent / 100 * UINT32_MAX)} ({@code get_percent}). */
    static long probability(double percent, String what) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException(what + " must be a percentage 0..100: " + percent);
        }
        return (long) Math.rint(percent / 100.0 * 4294967295.0);
    }

    /** The percentage a u32 probability stands for. */
    static double percent(long probability) {
        return probability * 100.0 / 4294967295.0;
    }
}
