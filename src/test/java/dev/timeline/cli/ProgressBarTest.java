package dev.timeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    @Test
    void drawsOnOneLineAndErasesItself() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), 0);
        bar.start("indexing events.jsonl", 200);
        bar.advance(100);
        assertThat(err.toString()).isEqualTo("\rtimeline: indexing events.jsonl [###############               ] 50%");
        bar.done();
        assertThat(err.toString()).endsWith("\r\033[K");
    }

    @Test
    void quickWorkShowsNothing() {
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err));
        bar.start("indexing events.jsonl", 200);
        bar.advance(200);
        bar.done();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void stderrOfATestIsNoTerminal() {
        assertThat(ProgressBar.stderrIsTerminal()).isFalse();
    }
}
