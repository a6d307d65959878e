package io.jnetlink.route;

import io.jnetlink.core.NetNamespace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The iproute2 oracle of the address, route, neighbour and rule integration tests: runs {@code ip}
 * inside a namespace and parses its {@code -j} output with a small JSON reader (objects become
 * maps, arrays lists, numbers longs, and true/false booleans).
 */
final class RouteIpTool {
    private RouteIpTool() {
    }

    /** Runs {@code ip ARGS} in {@code ns}; fails unless it exits 0; returns stdout. */
    static String ip(NetNamespace ns, String... args) {
        Result r = run(ns, args);
        if (r.exit != 0) {
            throw new AssertionError("ip " + String.join(" ", args) + " exited " + r.exit + ": " + r.err);
        }
        return r.out;
    }

    /** Runs {@code ip ARGS} in {@code ns} and returns exit code, stdout and stderr. */
    static Result run(NetNamespace ns, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add("ip");
        cmd.addAll(List.of(args));
        try {
            Process p = ns.start(new ProcessBuilder(cmd));
            byte[] out;
            byte[] err;
            try (InputStream o = p.getInputStream(); InputStream e = p.getErrorStream()) {
                out = o.readAllBytes();
                err = e.readAllBytes();
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("ip " + String.join(" ", args) + " did not finish");
            }
            return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not run ip " + String.join(" ", args), e);
        }
    }

    record Result(int exit, String out, String err) {
    }

    /** Runs {@code ip -j ARGS} in {@code ns} and parses the JSON array it prints (empty output: empty list). */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> json(NetNamespace ns, String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "-j";
        System.arraycopy(args, 0, all, 1, args.length);
        String text = ip(ns, all).trim();
        if (text.isEmpty()) {
            return List.of();
        }
        return (List<Map<String, Object>>) parse(text);
    }

    static Object parse(String text) {
        int[] at = {0};
        Object v = value(text, at);
        skip(text, at);
        if (at[0] != text.length()) {
            throw new IllegalArgumentException("trailing JSON at " + at[0] + ": " + text);
        }
        return v;
    }

    private static Object value(String s, int[] at) {
        skip(s, at);
        char c = s.charAt(at[0]);
        if (c == '{') {
            Map<String, Object> m = new LinkedHashMap<>();
            at[0]++;
            skip(s, at);
            if (s.charAt(at[0]) == '}') {
                at[0]++;
                return m;
            }
            while (true) {
                skip(s, at);
                String key = (String) value(s, at);
                skip(s, at);
                expect(s, at, ':');
                m.put(key, value(s, at));
                skip(s, at);
                if (s.charAt(at[0]) == ',') {
                    at[0]++;
                } else {
                    expect(s, at, '}');
                    return m;
                }
            }
        }
        if (c == '[') {
            List<Object> l = new ArrayList<>();
            at[0]++;
            skip(s, at);
            if (s.charAt(at[0]) == ']') {
                at[0]++;
                return l;
            }
            while (true) {
                l.add(value(s, at));
                skip(s, at);
                if (s.charAt(at[0]) == ',') {
                    at[0]++;
                } else {
                    expect(s, at, ']');
                    return l;
                }
            }
        }
        if (c == '"') {
            StringBuilder b = new StringBuilder();
            at[0]++;
            while (s.charAt(at[0]) != '"') {
                char ch = s.charAt(at[0]++);
                if (ch == '\\') {
                    char e = s.charAt(at[0]++);
                    switch (e) {
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        case 'u' -> {
                            b.append((char) Integer.parseInt(s.substring(at[0], at[0] + 4), 16));
                            at[0] += 4;
                        }
                        default -> b.append(e);
                    }
                } else {
                    b.append(ch);
                }
            }
            at[0]++;
            return b.toString();
        }
        if (s.startsWith("true", at[0])) {
            at[0] += 4;
            return Boolean.TRUE;
        }
        if (s.startsWith("false", at[0])) {
            at[0] += 5;
            return Boolean.FALSE;
        }
        if (s.startsWith("null", at[0])) {
            at[0] += 4;
            return null;
        }
        int start = at[0];
        while (at[0] < s.length() && "-0123456789.eE+".indexOf(s.charAt(at[0])) >= 0) {
            at[0]++;
        }
        return Long.parseLong(s.substring(start, at[0]));
    }

    private static void skip(String s, int[] at) {
        while (at[0] < s.length() && Character.isWhitespace(s.charAt(at[0]))) {
            at[0]++;
        }
    }

    private static void expect(String s, int[] at, char c) {
        if (s.charAt(at[0]) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + at[0] + ": " + s);
        }
        at[0]++;
    }

    /** {@code ip link add A type veth peer name B} inside {@code ns}, both ends up. */
    static void veth(NetNamespace ns, String a, String b) {
        ip(ns, "link", "add", a, "type", "veth", "peer", "name", b);
        ip(ns, "link", "set", a, "up");
        ip(ns, "link", "set", b, "up");
    }
}
