package io.jnetlink.netfilter;

/**
 * Base chain priorities, nft's named ones included ({@code nft(8)} "PRIORITY"): for ip, ip6 and
 * inet {@code raw} -300, {@code mangle} -150, {@code dstnat} -100, {@code filter} 0,
 * {@code security} 50, {@code srcnat} 100; for bridge {@code dstnat} -300, {@code filter} -200,
 * {@code out} 100, {@code srcnat} 300. A name may carry an offset: {@code "srcnat + 10"}.
 */
public final class Priority {
    private Priority() {
    }

    /** {@code NF_IP_PRI_RAW}. */
    public static final int RAW = -300;
    /** {@code NF_IP_PRI_MANGLE}. */
    public static final int MANGLE = -150;
    /** {@code NF_IP_PRI_NAT_DST}. */
    public static final int DSTNAT = -100;
    /** {@code NF_IP_PRI_FILTER}. */
    public static final int FILTER = 0;
    /** {@code NF_IP_PRI_SECURITY}. */
    public static final int SECURITY = 50;
    /** {@code NF_IP_PRI_NAT_SRC}. */
    public static final int SRCNAT = 100;

    /**
     * Parses a priority: a number ({@code "-150"}) or a name with an optional offset
     * ({@code "srcnat"}, {@code "filter - 5"}) for {@code family}.
     *
     *
     * @param text a number or a name with an optional offset
     * @param family the family, which decides the named values
     * @return the numeric priority
     * @throws IllegalArgumentException for an unknown name, a name the family lacks, or a bad number
     */
    public static int parse(String text, Family family) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("priority must not be empty");
        }
        String t = text.trim();
        if (t.matches("-?\\d{1,10}")) {
            long v = Long.parseLong(t);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("priority out of range: " + text);
            }
            return (int) v;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([a-z]+)\\s*(?:([+-])\\s*(\\d{1,9}))?").matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("priority must be a number or a name such as srcnat or filter + 10: " + text);
        }
        int base = named(m.group(1), family);
        int offset = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return "-".equals(m.group(2)) ? base - offset : base + offset;
    }

    /**
     * {@return the value of a named priority in {@code family}}
     *
     * @param name the priority name ({@code filter}, {@code srcnat}, ...)
     * @param family the family, which decides the named values
     */
    public static int named(String name, Family family) {
        if (family == Family.BRIDGE) {
            switch (name) {
                case "dstnat":
                    return -300;
                case "filter":
                    return -200;
                case "out":
                    return 100;
                case "srcnat":
                    return 300;
                default:
                    throw new IllegalArgumentException("priority name " + name
                            + " does not exist in family bridge (dstnat, filter, out, srcnat)");
            }
        }
        boolean inetLike = family == Family.IP || family == Family.IP6 || family == Family.INET;
        switch (name) {
            case "filter":
                return FILTER;
            case "raw":
            case "mangle":
            case "dstnat":
            case "security":
            case "srcnat":
                if (!inetLike) {
                    throw new IllegalArgumentException("priority name " + name + " does not exist in family " + family);
                }
                return switch (name) {
                    case "raw" -> RAW;
                    case "mangle" -> MANGLE;
                    case "dstnat" -> DSTNAT;
                    case "security" -> SECURITY;
                    default -> SRCNAT;
                };
            default:
                throw new IllegalArgumentException("unknown priority name " + name
                        + " (raw, mangle, dstnat, filter, security, srcnat)");
        }
    }
}
