package io.jnetlink.diag;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the filter expressions of {@code ss(8)} into a {@link SocketFilter}: {@code sport}/{@code dport}
 * with {@code = == != > >= < <=} (or {@code eq ne gt ge lt le}) and {@code :PORT}; {@code src}/{@code dst}
 * {@code ADDRESS[/LEN][:PORT]} (IPv6 in brackets); {@code fwmark = MARK[/MASK]}; {@code dev = INDEX};
 * {@code and}/{@code &&}, {@code or}/{@code ||}, {@code not}/{@code !}, parentheses, and
 * juxtaposition as {@code and}. {@code or} binds loosest and both associate to the left, as in ss.
 */
final class FilterParser {
    private final String text;
    private final List<String> tokens;
    private int at;

    private FilterParser(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    static SocketFilter parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expression must not be empty");
        }
        FilterParser p = new FilterParser(text);
        SocketFilter f = p.or();
        if (p.at < p.tokens.size()) {
            throw p.error("unexpected '" + p.tokens.get(p.at) + "'");
        }
        return f;
    }

    private static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) {
            int start = 0;
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (c == '(' || c == ')') {
                    if (i > start) {
                        out.add(word.substring(start, i));
                    }
                    out.add(String.valueOf(c));
                    start = i + 1;
                }
            }
            if (start < word.length()) {
                out.add(word.substring(start));
            }
        }
        return out;
    }

    private SocketFilter or() {
        SocketFilter f = and();
        while (peekIs("or", "||", "|")) {
            at++;
            f = f.or(and());
        }
        return f;
    }

    private SocketFilter and() {
        SocketFilter f = unary();
        while (at < tokens.size() && !peekIs("or", "||", "|", ")")) {
            if (peekIs("and", "&&", "&")) {
                at++;
            }
            f = f.and(unary());
        }
        return f;
    }

    private SocketFilter unary() {
        if (peekIs("not", "!")) {
            at++;
            return unary().not();
        }
        if (peekIs("(")) {
            at++;
            SocketFilter f = or();
            expect(")");
            return f;
        }
        String word = next("a condition");
        return switch (word) {
            case "sport", "dport" -> port(word.equals("sport") ? SocketFilter.Side.SOURCE : SocketFilter.Side.DESTINATION);
            case "src", "dst" -> host(word.equals("src") ? SocketFilter.Side.SOURCE : SocketFilter.Side.DESTINATION);
            case "fwmark" -> mark();
            case "dev" -> device();
            default -> throw error("unknown condition '" + word + "'");
        };
    }

    private SocketFilter port(SocketFilter.Side side) {
        SocketFilter.Comparison comparison = switch (next("an operator")) {
            case "=", "==", "eq" -> SocketFilter.Comparison.EQ;
            case "!=", "ne", "neq" -> SocketFilter.Comparison.NE;
            case ">=", "ge", "geq" -> SocketFilter.Comparison.GE;
            case "<=", "le", "leq" -> SocketFilter.Comparison.LE;
            case ">", "gt" -> SocketFilter.Comparison.GT;
            case "<", "lt" -> SocketFilter.Comparison.LT;
            default -> throw error("bad port operator '" + tokens.get(at - 1) + "'");
        };
        String port = next("a port");
        return new SocketFilter.Port(side, comparison, number(port.startsWith(":") ? port.substring(1) : port, 0xFFFF));
    }

    private SocketFilter host(SocketFilter.Side side) {
        if (peekIs("=", "==")) {
            at++;
        }
        String value = next("an address");
        String address = value;
        int port = -1;
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            if (close < 0) {
                throw error("unclosed '[' in '" + value + "'");
            }
            address = value.substring(1, close);
            String rest = value.substring(close + 1);
            if (!rest.isEmpty()) {
                port = portSuffix(rest, value);
            }
        } else if (value.indexOf(':') >= 0) {
            if (value.indexOf(':') != value.lastIndexOf(':')) {
                throw error("write an IPv6 address in brackets: '" + value + "'");
            }
            address = value.substring(0, value.indexOf(':'));
            port = portSuffix(value.substring(value.indexOf(':')), value);
        }
        return new SocketFilter.Host(side, FilterChecks.prefix(address, "expression"), port);
    }

    private int portSuffix(String suffix, String value) {
        if (!suffix.startsWith(":") || suffix.length() == 1) {
            throw error("bad port in '" + value + "'");
        }
        return number(suffix.substring(1), 0xFFFF);
    }

    private SocketFilter mark() {
        if (peekIs("=", "==", "eq")) {
            at++;
        }
        String value = next("a mark");
        int slash = value.indexOf('/');
        long mark = number(slash < 0 ? value : value.substring(0, slash), 0xFFFF_FFFFL);
        long mask = slash < 0 ? 0xFFFF_FFFFL : number(value.substring(slash + 1), 0xFFFF_FFFFL);
        return new SocketFilter.Mark(mark, mask);
    }

    private SocketFilter device() {
        if (peekIs("=", "==", "eq")) {
            at++;
        }
        return new SocketFilter.Device((int) number(next("an interface index"), Integer.MAX_VALUE));
    }

    private long number(String s, long max) {
        try {
            long v = s.startsWith("0x") || s.startsWith("0X") ? Long.parseLong(s.substring(2), 16) : Long.parseLong(s);
            if (v < 0 || v > max) {
                throw error("'" + s + "' is out of range 0.." + max);
            }
            return v;
        } catch (NumberFormatException e) {
            throw error("'" + s + "' is not a number");
        }
    }

    private int number(String s, int max) {
        return (int) number(s, (long) max);
    }

    private boolean peekIs(String... words) {
        if (at >= tokens.size()) {
            return false;
        }
        for (String w : words) {
            if (tokens.get(at).equals(w)) {
                return true;
            }
        }
        return false;
    }

    private String next(String what) {
        if (at >= tokens.size()) {
            throw error("ends where " + what + " was expected");
        }
        return tokens.get(at++);
    }

    private void expect(String token) {
        if (!peekIs(token)) {
            throw error("'" + token + "' expected");
        }
        at++;
    }

    private IllegalArgumentException error(String why) {
        return new IllegalArgumentException("expression " + why + ": " + text);
    }
}
