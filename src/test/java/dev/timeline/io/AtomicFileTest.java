package dev.timeline.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void commitReplacesTheTarget() throws IOException {
        Path target = dir.resolve("t.txt");
        Files.writeString(target, "old");
        try (AtomicFile file = AtomicFile.open(target)) {
            file.writer().write("new");
            assertThat(Files.readString(target)).isEqualTo("old");
            file.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(dir).isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    @Test
    void closingWithoutCommitLeavesTheTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("t.txt");
        Files.writeString(target, "old");
        try (AtomicFile file = AtomicFile.open(target)) {
            file.writer().write("half of the new text");
            file.writer().flush();
        }
        assertThat(Files.readString(target)).isEqualTo("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aNewTargetIsCreated() throws IOException {
        Path target = dir.resolve("fresh.txt");
        try (AtomicFile file = AtomicFile.open(target)) {
            file.writer().write("é");
            file.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("é");
    }

    @Test
    void keepsTheTargetsPermissions() throws IOException {
        Path target = dir.resolve("p.txt");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        try (AtomicFile file = AtomicFile.open(target)) {
            file.writer().write("new");
            file.commit();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-------");
    }

    @Test
    void followsASymbolicLinkAndKeepsIt() throws IOException {
        Path real = dir.resolve("real.txt");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
        try (AtomicFile file = AtomicFile.open(link)) {
            file.writer().write("new");
            file.commit();
        }
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
    }

    @Test
    void writesStraightToAFifoAndLeavesItAFifo() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        java.util.concurrent.CompletableFuture<String> reader = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return Files.readString(fifo);
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
        try (AtomicFile file = AtomicFile.open(fifo)) {
            file.writer().write("through the pipe");
            file.commit();
        }
        assertThat(reader.get(10, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void refusesADirectoryAndAMissingFolder() {
        assertThatThrownBy(() -> AtomicFile.open(dir)).hasMessageContaining("is a directory");
        assertThatThrownBy(() -> AtomicFile.open(dir.resolve("no/such.txt"))).hasMessageContaining("does not exist");
    }

    @Test
    void leftoversOfAKilledWriterAreRemovedByTheNextWrite() throws IOException {
        Path target = dir.resolve("t.csv");
        Files.writeString(target, "old");
        Path leftover = Files.writeString(dir.resolve(".t.csv.3f9a0c1d2e4b5a67.tmp"), "half");
        Path otherTargets = Files.writeString(dir.resolve(".other.csv.3f9a0c1d2e4b5a67.tmp"), "not ours");
        Path notATemporary = Files.writeString(dir.resolve(".t.csv.notes.tmp"), "not a temporary name");
        try (AtomicFile file = AtomicFile.open(target)) {
            assertThat(leftover).doesNotExist();
            file.writer().write("new");
            file.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(otherTargets).exists();
        assertThat(notATemporary).exists();
        assertThat(dir.resolve(".t.csv.lock")).as("the lock goes with the writer").doesNotExist();
    }

    @Test
    @SuppressWarnings("try")
    void theLockIsHeldWhileWritingAndReentrantForOneThread() throws Exception {
        Path target = dir.resolve("t.json");
        try (TargetLock outer = TargetLock.acquire(target, 1000); AtomicFile file = AtomicFile.open(target)) {
            assertThat(dir.resolve(".t.json.lock")).exists();
            java.util.concurrent.atomic.AtomicReference<Throwable> other = new java.util.concurrent.atomic.AtomicReference<>();
            Thread thread = new Thread(() -> {
                try {
                    TargetLock.acquire(target, 100).close();
                } catch (Throwable e) {
                    other.set(e);
                }
            });
            thread.start();
            thread.join();
            assertThat(other.get()).isInstanceOf(DataException.class)
                    .hasMessageContaining("another timeline process has been writing it");
            file.writer().write("x");
            file.commit();
        }
        assertThat(dir.resolve(".t.json.lock")).doesNotExist();
        TargetLock.acquire(target, 100).close();
    }

    @Test
    void aLockThatCannotBeCreatedSaysWhy() throws IOException {
        Path target = dir.resolve("t.json");
        Files.createDirectory(dir.resolve(".t.json.lock"));
        assertThatThrownBy(() -> AtomicFile.open(target)).isInstanceOf(DataException.class)
                .hasMessageContaining("cannot create its lock file .t.json.lock in " + dir)
                .hasMessageContaining("is a directory");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve(".t.json.lock"));
        }
    }
}
