package io.jnetlink.route;

/**
 * The user ids a policy-routing rule matches ({@code uidrange START-END}, {@code struct fib_rule_uid_range}).
 *
 * @param start the first uid, 0..4294967295
 * @param end   the last uid, {@code start}..4294967295
 */
public record UidRange(long start, long end) {
    /**
     * Checks the range.
     *
     * @param start the first uid, 0..4294967295
     * @param end   the last uid, {@code start}..4294967295
     * @throws IllegalArgumentException when a uid is out of range or {@code end < start}
     */
    public UidRange {
        if (start < 0 || start > 0xFFFFFFFFL || end < start || end > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("uid range must be 0..4294967295 with start <= end: " + start + "-" + end);
        }
    }

    /** {@code "1000-2000"}, as {@code ip rule} prints it. */
    @Override
    public String toString() {
        return start + "-" + end;
    }
}
