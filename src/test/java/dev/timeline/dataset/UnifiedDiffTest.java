package dev.timeline.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void equalTextsHaveNoDiff() {
        assertThat(UnifiedDiff.of("f.json", "a\nb\n", "a\nb\n")).isEmpty();
    }

    @Test
    void aChangedLineWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n";
        assertThat(UnifiedDiff.of("f.json", before, after)).isEqualTo(
                "--- a/f.json\n+++ b/f.json\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    }

    @Test
    void aNewFileIsDiffedAgainstDevNullAsGitDoes() {
        assertThat(UnifiedDiff.of("new.json", null, "{\n}\n")).isEqualTo(
                "--- /dev/null\n+++ b/new.json\n@@ -0,0 +1,2 @@\n+{\n+}\n");
    }
}
