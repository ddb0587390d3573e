package dev.timeline.tools;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step (run by Maven after the jar is shaded): makes the classes of picocli, which is compiled for Java 5
 * (class file version 49, no stack map frames), shareable by class-data sharing and the AOT cache. It computes their
 * stack map frames (ASM, which runs only here: it is not in the jar) and marks them as Java 6 (version 50). Without
 * frames the JVM verifies them with the old, type-inferring verifier, and JDK 17's AppCDS and JDK 25's AOT cache
 * both skip such classes ("Verified with old verifier"): 70 classes, CommandLine among them, were then parsed and
 * verified from the jar on every start. Version 50 keeps the old verifier as the fallback: should a computed frame
 * be wrong, the JVM verifies the class the old way instead of failing. A class ASM cannot rewrite (none today) is
 * only marked as version 50, as before.
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
        int framed = 0;
        int marked = 0;
        try (FileSystem zip = FileSystems.newFileSystem(URI.create("jar:" + jar.toUri()), Map.of())) {
            List<Path> classes = new ArrayList<>();
            for (String prefix : prefixes) {
                Path root = zip.getPath("/" + prefix);
                if (Files.isDirectory(root)) {
                    try (Stream<Path> files = Files.walk(root)) {
                        files.filter(f -> f.toString().endsWith(".class")).forEach(classes::add);
                    }
                }
            }
            for (Path file : classes) {
                byte[] bytes = Files.readAllBytes(file);
                if (bytes.length <= 8 || (bytes[0] & 0xff) != 0xca || (bytes[1] & 0xff) != 0xfe || bytes[6] != 0
                        || bytes[7] != JAVA_5) {
                    continue;
                }
                byte[] rewritten;
                try {
                    rewritten = withFrames(bytes, zip);
                    framed++;
                } catch (RuntimeException e) {
                    rewritten = bytes;
                    rewritten[7] = JAVA_6;
                    marked++;
                }
                Files.write(file, rewritten);
            }
        }
        System.out.println("ShareableClasses: " + framed + " classes given stack map frames and marked Java 6, "
                + marked + " only marked, in " + jar.getFileName());
    }

    /** The class as version 50 with stack map frames, computed against the jar's classes and the JDK's. */
    static byte[] withFrames(byte[] bytes, FileSystem zip) {
        ClassReader reader = new ClassReader(bytes);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return commonSuperClass(a, b, zip);
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                    String[] interfaces) {
                super.visit(Opcodes.V1_6, access, name, signature, superName, interfaces);
            }
        }, 0);
        return writer.toByteArray();
    }

    /** As ASM's default, but reading class files (the jar's, then the JDK's) instead of loading classes. */
    static String commonSuperClass(String a, String b, FileSystem zip) {
        if (isInterface(a, zip) || isInterface(b, zip)) {
            return "java/lang/Object";
        }
        List<String> supersOfA = new ArrayList<>();
        for (String c = a; c != null; c = superName(c, zip)) {
            supersOfA.add(c);
        }
        for (String c = b; c != null; c = superName(c, zip)) {
            if (supersOfA.contains(c)) {
                return c;
            }
        }
        return "java/lang/Object";
    }

    private static boolean isInterface(String name, FileSystem zip) {
        return (read(name, zip).getAccess() & Opcodes.ACC_INTERFACE) != 0;
    }

    private static String superName(String name, FileSystem zip) {
        return read(name, zip).getSuperName();
    }

    private static ClassReader read(String name, FileSystem zip) {
        try {
            Path inJar = zip.getPath("/" + name + ".class");
            if (Files.exists(inJar)) {
                return new ClassReader(Files.readAllBytes(inJar));
            }
            try (InputStream in = ClassLoader.getSystemResourceAsStream(name + ".class")) {
                if (in == null) {
                    throw new IllegalStateException("no class file for " + name);
                }
                return new ClassReader(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
