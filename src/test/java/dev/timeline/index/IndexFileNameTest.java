package dev.timeline.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The cache names an index file by the SHA-256 of the input's real path, computed by its own code (not the JCA's,
 * slow to set up on a cold JVM): the digest is the JDK's for every length around the padding's edges and for
 * paths of any characters, so an index made before keeps its name. Seeded; the seed is printed.
 */
class IndexFileNameTest {

    @Test
    void theDigestIsSha256ForEveryLengthAroundTheBlockEdges() throws Exception {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("IndexFileNameTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        MessageDigest jdk = MessageDigest.getInstance("SHA-256");
        for (int length = 0; length <= 300; length++) {
            byte[] message = new byte[length];
            random.nextBytes(message);
            assertThat(IndexCache.sha256(message)).as("length %d (seed %d)", length, seed)
                    .isEqualTo(jdk.digest(message));
        }
        assertThat(HexFormat.of().formatHex(IndexCache.sha256("abc".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void theFileIsNamedByTheFirstHalfOfThePathsDigest() throws Exception {
        Path folder = Path.of("/cache/timeline");
        for (String path : new String[] {"/data/events.jsonl", "/données/événements – 2023.jsonl", "/"}) {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            assertThat(IndexCache.at(folder).fileFor(Path.of(path)))
                    .isEqualTo(folder.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".tlix"));
        }
    }
}
