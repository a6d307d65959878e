package io.jnetlink.netfilter.render;

import io.jnetlink.core.message.RawAttribute;
import io.jnetlink.netfilter.Family;
import io.jnetlink.netfilter.Hook;
import io.jnetlink.netfilter.NftChain;
import io.jnetlink.netfilter.NftObject;
import io.jnetlink.netfilter.NftRule;
import io.jnetlink.netfilter.NftSet;
import io.jnetlink.netfilter.NftTable;
import io.jnetlink.netfilter.Ruleset;
import io.jnetlink.netfilter.SetElement;
import io.jnetlink.netfilter.SetKeyType;
import io.jnetlink.netfilter.object.Durations;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Prints what the library read in {@code nft list ruleset} syntax, so it can be logged and compared
 * with nft's own listing: tables, stateful objects, named sets, chains and rules (each rule's
 * expressions turned back into nft statements, iptables-nft's compatibility matches and targets
 * into their translations). Interface indexes (in {@code dup … device}, {@code fwd to}) print through
 * a name look-up the caller gives, since the ruleset holds only numbers.
 */
public final class NftRenderer {
    private NftRenderer() {
    }

    /**
     * {@return the ruleset as {@code nft list ruleset} prints it; interface indexes as numbers}
     *
     * @param ruleset what {@code Nftables.list()} returned
     */
    public static String ruleset(Ruleset ruleset) {
        return ruleset(ruleset, Integer::toString);
    }

    /**
     * {@return the ruleset as {@code nft list ruleset} prints it}
     *
     * @param ruleset what {@code Nftables.list()} returned
     * @param ifnames the name of an interface index of the ruleset's namespace (for {@code dup}, {@code fwd})
     */
    public static String ruleset(Ruleset ruleset, IntFunction<String> ifnames) {
        StringBuilder s = new StringBuilder();
        for (NftTable t : ruleset.tables()) {
            s.append("table ").append(t.family().nftName()).append(' ').append(t.name()).append(" {\n");
            List<String> blocks = new ArrayList<>();
            for (NftObject o : ruleset.objects()) {
                if (o.family() == t.family() && o.table().equals(t.name())) {
                    blocks.add(block(o.typeName() + " " + o.name(), List.of(o.data().renderObject().split("\n"))));
                }
            }
            for (NftSet set : ruleset.sets()) {
                if (set.family() == t.family() && set.table().equals(t.name()) && !set.name().startsWith("__")) {
                    blocks.add(set(set));
                }
            }
            for (NftChain c : ruleset.chains()) {
                if (c.family() == t.family() && c.table().equals(t.name())) {
                    List<String> lines = new ArrayList<>();
                    if (c.isBase()) {
                        lines.add(chainDeclaration(c));
                    }
                    for (NftRule r : ruleset.rules(c.family(), c.table(), c.name())) {
                        lines.add(rule(r, ruleset, ifnames));
                    }
                    blocks.add(block("chain " + c.name(), lines));
                }
            }
            s.append(String.join("\n", blocks)).append("}\n");
        }
        return s.toString();
    }

    /**
     * {@return one rule's statements as {@code nft list chain} prints them, e.g. {@code tcp dport 22 accept}}
     *
     * @param rule the rule
     * @param context the ruleset it came from (for the elements of its anonymous sets)
     * @param ifnames the name of an interface index of its namespace
     */
    public static String rule(NftRule rule, Ruleset context, IntFunction<String> ifnames) {
        return new RuleRenderer(rule.family(), ifnames, name -> context.set(rule.family(), rule.table(), name).orElse(null))
                .render(rule.expressions());
    }

    private static String block(String header, List<String> lines) {
        StringBuilder s = new StringBuilder("\t").append(header).append(" {\n");
        for (String line : lines) {
            s.append("\t\t").append(line).append('\n');
        }
        return s.append("\t}\n").toString();
    }

    private static String chainDeclaration(NftChain c) {
        String hook = c.hook() != null ? c.hook().nftName() : "?";
        return "type " + c.type().nftName() + " hook " + hook + c.deviceName().map(d -> " device \"" + d + "\"").orElse("")
                + " priority " + priority(c.family(), c.hook(), c.priority()) + "; policy "
                + (c.policy() != null ? RuleRenderer.verdict(c.policy()) : "accept") + ";";
    }

    /** nft's standard priority names where they apply to the hook, with an offset of at most 10. */
    static String priority(Family family, Hook hook, int p) {
        String[] names = family == Family.NETDEV ? new String[] {"filter"} : new String[] {"raw", "mangle", "dstnat", "filter", "security", "srcnat"};
        int[] values = family == Family.NETDEV ? new int[] {0} : new int[] {-300, -150, -100, 0, 50, 100};
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals("dstnat") && hook != Hook.PREROUTING || names[i].equals("srcnat") && hook != Hook.POSTROUTING) {
                continue;
            }
            int off = p - values[i];
            if (off == 0) {
                return names[i];
            } else if (Math.abs(off) <= 10) {
                return names[i] + (off > 0 ? " + " : " - ") + Math.abs(off);
            }
        }
        return Integer.toString(p);
    }

    private static String set(NftSet set) {
        List<String> lines = new ArrayList<>();
        SetKeyType key = SetKeyType.ofId(set.keyType());
        String keyName = key != null ? key.nftName() : "0x" + Integer.toHexString(set.keyType());
        if (set.dataLength() > 0 || (set.flags() & 8) != 0) {
            SetKeyType data = SetKeyType.ofId(set.dataType());
            lines.add("type " + keyName + " : " + (data != null ? data.nftName() : set.dataType() == 0xffffff00 ? "verdict" : "0x"
                    + Integer.toHexString(set.dataType())));
        } else {
            lines.add("type " + keyName);
        }
        int size = descSize(set.otherAttributes());
        if (size > 0) {
            lines.add("size " + size);
        }
        List<String> flags = new ArrayList<>();
        String[] names = {"constant", "dynamic", "interval", "timeout"};
        int[] bits = {0x2, 0x20, 0x4, 0x10};
        for (int i = 0; i < bits.length; i++) {
            if ((set.flags() & bits[i]) != 0) {
                flags.add(names[i]);
            }
        }
        if (flags.equals(List.of("timeout")) && set.timeoutMs() > 0) {
            flags.clear(); // as nft 1.0.6 prints it: "timeout 1h" alone implies the flag (observed, not in its docs)
        }
        if (!flags.isEmpty()) {
            lines.add("flags " + String.join(",", flags));
        }
        if (set.timeoutMs() > 0) {
            lines.add("timeout " + Durations.render(set.timeoutMs()));
        }
        String elements = elements(set);
        if (!elements.isEmpty()) {
            lines.add("elements = { " + elements + " }");
        }
        return block(((set.flags() & 8) != 0 ? "map " : "set ") + set.name(), lines);
    }

    /** A named set's elements as nft prints them: sorted; an interval set's start/end pairs as prefixes or ranges. */
    private static String elements(NftSet set) {
        SetKeyType key = SetKeyType.ofId(set.keyType());
        Field.Kind kind = key == SetKeyType.IPV4_ADDR ? Field.Kind.IPV4 : key == SetKeyType.IPV6_ADDR ? Field.Kind.IPV6
                : key == SetKeyType.INET_SERVICE ? Field.Kind.PORT : Field.Kind.HEX;
        List<SetElement> sorted = new ArrayList<>(set.elements());
        sorted.sort((a, b) -> java.util.Arrays.compareUnsigned(a.key().bytes(), b.key().bytes()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            SetElement e = sorted.get(i);
            if ((e.flags() & 1) != 0) {
                continue; // an end, printed with its start
            }
            if (!set.interval()) {
                out.add(Values.format(kind, e.key()) + (e.verdict() != null ? " : " + RuleRenderer.verdict(e.verdict()) : ""));
                continue;
            }
            byte[] end = i + 1 < sorted.size() ? sorted.get(i + 1).key().bytes() : null;
            if (end == null) { // open to the top of the key space
                end = new byte[e.key().length()];
                java.util.Arrays.fill(end, (byte) 0xFF);
                out.add(Values.format(kind, e.key()) + "-" + Values.format(kind, io.jnetlink.netfilter.expr.NftData.of(end)));
            } else {
                out.add(Values.interval(kind, e.key().bytes(), end));
            }
        }
        return String.join(", ", out);
    }

    /** {@code NFTA_SET_DESC} → {@code NFTA_SET_DESC_SIZE}, kept raw by {@link NftSet}; 0 when absent. */
    private static int descSize(List<RawAttribute> others) {
        for (RawAttribute a : others) {
            if (a.type() == 9) { // NFTA_SET_DESC
                ByteBuffer b = ByteBuffer.wrap(a.value()).order(ByteOrder.nativeOrder());
                for (int at = 0; at + 8 <= b.limit(); at += (b.getShort(at) + 3) & ~3) {
                    if ((b.getShort(at + 2) & 0x3fff) == 1 && b.getShort(at) == 8) { // NFTA_SET_DESC_SIZE
                        return ByteBuffer.wrap(a.value()).order(ByteOrder.BIG_ENDIAN).getInt(at + 4);
                    }
                    if (b.getShort(at) < 4) {
                        break;
                    }
                }
            }
        }
        return 0;
    }
}
