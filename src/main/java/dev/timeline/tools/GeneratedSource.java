package dev.timeline.tools;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * What the build-time code generators share (the picocli model, {@code cli.CommandModelSource}; the bundled
 * dataset, {@link BundledDatasetSource}): writing a source file atomically, compiling it into the classes
 * directory, and Java string literals.
 */
public final class GeneratedSource {

    private GeneratedSource() {
    }

    /**
     * Writes {@code source} as class {@code name} of {@code pkg} under {@code sources} (replacing it atomically) and
     * compiles it into {@code classes}, with the build's class path.
     */
    public static void writeAndCompile(Path sources, String pkg, String name, String source, Path classes)
            throws IOException {
        Path file = sources.resolve(pkg.replace('.', '/') + "/" + name + ".java");
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), name, ".tmp");
        Files.writeString(tmp, source, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        compile(file, classes);
    }

    private static void compile(Path file, Path classes) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringBuilder classPath = new StringBuilder(classes.toString());
        for (ClassLoader l = GeneratedSource.class.getClassLoader(); l != null; l = l.getParent()) {
            if (l instanceof URLClassLoader urls) {
                for (URL url : urls.getURLs()) {
                    classPath.append(File.pathSeparator).append(location(url));
                }
            }
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.append(File.pathSeparator).append(entry);
        }
        int code = javac.run(null, null, null, "--release", "17", "-XDstringConcat=inline", "-proc:none",
                "-Xlint:all", "-Werror", "-nowarn", "-encoding", "UTF-8", "-cp", classPath.toString(), "-d",
                classes.toString(), file.toString());
        if (code != 0) {
            throw new IllegalStateException("javac failed on " + file);
        }
    }

    private static String location(URL url) {
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code s} as a Java string literal (ASCII only: the rest as escapes), or {@code null}. */
    public static String literal(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
