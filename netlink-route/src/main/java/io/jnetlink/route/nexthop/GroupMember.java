package io.jnetlink.route.nexthop;

/**
 * One member of a nexthop group ({@code group ID[/WEIGHT]}, {@code struct nexthop_grp}).
 *
 * @param id     the member nexthop's id
 * @param weight its weight, 1..256 (the wire holds weight - 1)
 */
public record GroupMember(long id, int weight) {
    /**
     * Checks the range of both values.
     *
     * @param id the member nexthop's id, 1..4294967295
     * @param weight its weight, 1..256
     */
    public GroupMember {
        if (id <= 0 || id > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("group member id must be between 1 and 4294967295: " + id);
        }
        if (weight < 1 || weight > 256) {
            throw new IllegalArgumentException("group member weight must be between 1 and 256: " + weight);
        }
    }

    /** Like {@code ip nexthop}: {@code "4,5"} (id 4, weight 5), or {@code "1"} for weight 1. */
    @Override
    public String toString() {
        return weight == 1 ? Long.toString(id) : id + "," + weight;
    }
}
