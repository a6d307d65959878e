package io.jnetlink.route;

/**
 * A port range of a policy-routing rule ({@code struct fib_rule_port_range}): {@code sport 1000-2000}
 * or, with {@code start == end}, {@code dport 80}.
 *
 * @param start the first port, 1..65535
 * @param end   the last port, {@code start}..65535
 */
public record PortRange(int start, int end) {
    /**
     * Checks the range as {@code ip rule} does.
     *
     * @param start the first port, 1..65535
     * @param end   the last port, {@code start}..65535
     * @throws IllegalArgumentException when a port is out of range or {@code end < start}
     */
    public PortRange {
        if (start < 1 || start > 0xFFFF || end < start || end > 0xFFFF) {
            throw new IllegalArgumentException("port range must be 1..65535 with start <= end: " + start + "-" + end);
        }
    }

    /** {@code "80"} or {@code "1000-2000"}, as {@code ip rule} prints it. */
    @Override
    public String toString() {
        return start == end ? Integer.toString(start) : start + "-" + end;
    }
}
