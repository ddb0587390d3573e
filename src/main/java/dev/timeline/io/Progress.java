package dev.timeline.io;


/** Told how long work goes on (bytes read), so that a terminal can show a bar. Called from any thread. */
public interface Progress {

    /** No progress shown. */
    Progress NONE = new Progress() {
        @Override
        public void start(String what, long total) {
        }

        @Override
        public void advance(long amount) {
        }

        @Override
        public void done() {
        }
    };

    /** Work on {@code what} begins; {@code total} units (bytes) are expected. */
    void start(String what, long total);

    /** {@code amount} more units are done. */
    void advance(long amount);

    /** The work ended (also when it failed). */
    void done();
}
