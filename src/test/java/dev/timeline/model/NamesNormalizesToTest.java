package dev.timeline.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Names#normalizesTo} against what it stands for, {@code normalize(name).equals(normal)}: seeded random
 * names from a small alphabet (letters of both cases, digits, punctuation, spaces, accents) against the normal
 * forms of other random names and of themselves. Rerun a failure with {@code -Dtimeline.seed=<seed>}.
 */
class NamesNormalizesToTest {

    private static final String ALPHABET = "aAbBzZ09 -_.()'\téÉßİ\u0301";

    @Test
    void agreesWithNormalizeOnRandomNames() {
        long seed = Long.getLong("timeline.seed", System.nanoTime());
        System.out.println("NamesNormalizesToTest seed=" + seed + " (rerun with -Dtimeline.seed=" + seed + ")");
        Random random = new Random(seed);
        int equal = 0;
        for (int i = 0; i < 200_000; i++) {
            String name = random(random);
            String other = random.nextInt(3) == 0 ? name : random(random);
            String normal = Names.normalize(other);
            boolean expected = Names.normalize(name).equals(normal);
            assertThat(Names.normalizesTo(name, normal)).as("seed %d: '%s' against '%s'", seed, name, normal)
                    .isEqualTo(expected);
            equal += expected ? 1 : 0;
        }
        assertThat(equal).as("both answers are exercised").isGreaterThan(10_000);
    }

    @Test
    void examples() {
        assertThat(Names.normalizesTo("Amir-Abdollahian", "amir abdollahian")).isTrue();
        assertThat(Names.normalizesTo("  Iran ", "iran")).isTrue();
        assertThat(Names.normalizesTo("Iran", "iraq")).isFalse();
        assertThat(Names.normalizesTo("Iran", "iran ")).isFalse();
        assertThat(Names.normalizesTo("Irán", "iran")).isTrue();
        assertThat(Names.normalizesTo("--", "")).isTrue();
        assertThat(Names.normalizesTo("a b", "ab")).isFalse();
    }

    private static String random(Random random) {
        StringBuilder b = new StringBuilder();
        int length = random.nextInt(7);
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
