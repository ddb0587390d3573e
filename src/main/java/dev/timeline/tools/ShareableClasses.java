package dev.timeline.tools;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A build step (run by Maven after the jar is shaded): marks the classes of picocli, which is compiled for Java 5
 * (class file version 49), as Java 6 (version 50), so that class-data sharing archives them. JDK 17 refuses to
 * archive pre-Java-6 classes, and picocli's ~180 classes then cost about 50 ms of every start. The bytecode is
 * unchanged and valid for version 50: Java 6 class files may omit stack map frames, and the JVM verifies such
 * classes with the type-inferring verifier, as it does for version 49.
 *
 * <p>Usage: {@code ShareableClasses JAR PACKAGE-PREFIX...}
 */
public final class ShareableClasses {

    private static final int JAVA_5 = 49;
    private static final int JAVA_6 = 50;

    private ShareableClasses() {
    }

    public static void main(String[] args) throws IOException {
        Path jar = Path.of(args[0]).toAbsolutePath();
        List<String> prefixes = List.of(args).subList(1, args.length);
        int changed = 0;
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            for (String prefix : prefixes) {
                Path root = zip.getPath("/" + prefix);
                if (!Files.isDirectory(root)) {
                    continue;
                }
                try (Stream<Path> files = Files.walk(root)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                        byte[] bytes = Files.readAllBytes(file);
                        if (bytes.length > 8 && (bytes[0] & 0xff) == 0xca && (bytes[1] & 0xff) == 0xfe
                                && bytes[6] == 0 && bytes[7] == JAVA_5) {
                            bytes[7] = JAVA_6;
                            Files.write(file, bytes);
                            changed++;
                        }
                    }
                }
            }
        }
        System.out.println("ShareableClasses: " + changed + " classes marked Java 6 in " + jar.getFileName());
    }
}
