package io.jnetlink.route.testkit;

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
 * The iproute2 oracle of the bridge, nexthop, nsid and link-kind integration tests: runs
 * {@code ip}/{@code bridge} inside a namespace, and parses {@code -j} output (objects become
 * maps, arrays lists, integers longs).
 */
public final class Cli {
    private Cli() {
    }

    /** Runs {@code command} in {@code ns}; fails unless it exits 0; returns stdout. */
    public static String run(NetNamespace ns, String... command) {
        try {
            Process p = ns.start(new ProcessBuilder(command));
            String out;
            String err;
            try (InputStream o = p.getInputStream(); InputStream e = p.getErrorStream()) {
                out = new String(o.readAllBytes(), StandardCharsets.UTF_8);
                err = new String(e.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError(String.join(" ", command) + " did not finish");
            }
            if (p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " exited " + p.exitValue() + ": " + err);
            }
            return out;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError("could not run " + String.join(" ", command), e);
        }
    }

    /** Runs {@code command} (which must print JSON, e.g. {@code bridge -j fdb show}) and parses it. */
    public static Object json(NetNamespace ns, String... command) {
        String text = run(ns, command).trim();
        return text.isEmpty() ? List.of() : new Parser(text).value();
    }

    /** {@link #json} for commands that print an array of objects. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> objects(NetNamespace ns, String... command) {
        return (List<Map<String, Object>>) json(ns, command);
    }

    /** A small JSON reader: enough for iproute2's output. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Object value() {
            skip();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                skip();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                do {
                    skip();
                    String key = (String) value();
                    skip();
                    i++; // ':'
                    m.put(key, value());
                    skip();
                } while (s.charAt(i++) == ',');
                return m;
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                skip();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                do {
                    l.add(value());
                    skip();
                } while (s.charAt(i++) == ',');
                return l;
            }
            if (c == '"') {
                StringBuilder b = new StringBuilder();
                for (i++; s.charAt(i) != '"'; i++) {
                    if (s.charAt(i) == '\\') {
                        i++;
                    }
                    b.append(s.charAt(i));
                }
                i++;
                return b.toString();
            }
            int start = i;
            while (i < s.length() && ",}] \n\t\r".indexOf(s.charAt(i)) < 0) {
                i++;
            }
            String word = s.substring(start, i);
            return switch (word) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                case "null" -> null;
                default -> word.contains(".") ? (Object) Double.parseDouble(word) : (Object) Long.parseLong(word);
            };
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
