package io.jnetlink.examples;

import org.junit.jupiter.api.Test;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every {@code ```java} block of the README compiles against the library as it is (javac, on this test's
 * classpath): a renamed type or method fails here, naming the README line, not in a reader's editor. A block that
 * declares a class is a compilation unit; any other is a fragment, put in the body of a method of a class that
 * declares what the README's prose gives the fragments (the namespace {@code red}, a {@code long total}). An
 * ellipsis ({@code …}) in code stands for "more of the same" and compiles as a comment.
 */
class ReadmeJavaBlocksTest {
    /** The user-facing packages: a README example may use any of their public names without imports. */
    private static final String IMPORTS = String.join("\n",
            "import io.jnetlink.core.*;", "import io.jnetlink.core.event.*;", "import io.jnetlink.core.message.*;",
            "import io.jnetlink.core.net.*;", "import io.jnetlink.route.*;", "import io.jnetlink.netfilter.*;",
            "import io.jnetlink.diag.*;", "import io.jnetlink.junit.*;",
            "import java.net.*;", "import java.time.*;", "import java.util.*;", "");
    /** Fields the README's fragments use without declaring them (a local of the same name shadows one). */
    private static final String CONTEXT = "NetNamespace red; long total; ";

    /** One block: its text, the README line of its first code line, and the class name it compiles as. */
    record Block(String code, int firstLine, String className) {
    }

    @Test
    void shouldCompileEveryJavaBlockOfTheReadme() throws IOException {
        List<Block> blocks = javaBlocks(Files.readAllLines(readme(), StandardCharsets.UTF_8));
        assertTrue(blocks.size() >= 5, "the README's java blocks were found: " + blocks.size());
        List<String> errors = compile(blocks);
        assertEquals(List.of(), errors, "README.md java blocks that do not compile");
    }

    @Test
    void shouldNameTheReadmeLineOfABlockThatDoesNotCompile() {
        List<String> errors = compile(List.of(new Block("Links.list();\nLinks.nosuchMethod();\n", 40, "ReadmeBlock40")));
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("README.md line 41: "), errors.get(0));
    }

    /** The {@code ```java} blocks, each with the README line number of its first line. */
    static List<Block> javaBlocks(List<String> lines) {
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("```java")) {
                int first = i + 2; // 1-based number of the line after the fence
                StringBuilder code = new StringBuilder();
                for (i++; i < lines.size() && !lines.get(i).strip().startsWith("```"); i++) {
                    code.append(lines.get(i)).append('\n');
                }
                out.add(new Block(code.toString(), first, "ReadmeBlock" + first));
            }
        }
        return out;
    }

    /** Compiles every block; returns one line per error: "README.md line N: message". */
    static List<String> compile(List<Block> blocks) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK's compiler");
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<Source> sources = blocks.stream().map(Source::new).toList();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            Path out = Files.createTempDirectory("readme-blocks");
            List<String> options = List.of("-proc:none", "-d", out.toString(), "-classpath", classpath());
            javac.getTask(null, files, diagnostics, options, null, sources).call();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                Source s = d.getSource() instanceof Source src ? src : null;
                String where = s == null ? "README.md (" + d.getSource() + ")"
                        : "README.md line " + s.readmeLine(d.getLineNumber());
                errors.add(where + ": " + d.getMessage(null));
            }
        }
        return errors;
    }

    private static String classpath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    private static Path readme() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("README.md")) && Files.exists(dir.resolve("netlink-core"))) {
                return dir.resolve("README.md");
            }
        }
        throw new IllegalStateException("README.md of the project not found above " + Path.of("").toAbsolutePath());
    }

    /** A block as a compilation unit: the imports, then the class (a fragment wrapped in one), line offsets kept. */
    static final class Source extends SimpleJavaFileObject {
        private final Block block;
        private final String text;
        private final int headerLines;

        Source(Block block) {
            super(URI.create("string:///" + block.className() + ".java"), Kind.SOURCE);
            this.block = block;
            String code = withoutEllipses(block.code());
            boolean unit = code.lines().anyMatch(l -> l.matches("(public |final |abstract )*(class|record|interface) .*"));
            String header = IMPORTS + (unit ? "" : "class " + block.className() + " { " + CONTEXT
                    + "void run() throws Exception {\n");
            this.headerLines = (int) header.chars().filter(c -> c == '\n').count();
            this.text = header + code + (unit ? "" : "}}\n");
        }

        /** The README line of line {@code n} (1-based) of this source. */
        long readmeLine(long n) {
            return block.firstLine() + n - 1 - headerLines;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        /** {@code …} in code (not in a {@code //} comment) as a block comment; lines and columns unchanged in count. */
        private static String withoutEllipses(String code) {
            StringBuilder out = new StringBuilder();
            for (String line : code.split("\n", -1)) {
                int comment = line.indexOf("//");
                String c = comment < 0 ? line : line.substring(0, comment);
                out.append(c.replace("…", "/* … */")).append(comment < 0 ? "" : line.substring(comment)).append('\n');
            }
            return out.substring(0, out.length() - 1);
        }
    }
}
