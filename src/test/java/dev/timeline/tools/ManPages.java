package dev.timeline.tools;

import dev.timeline.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Build tool (run by Maven at package time): writes one AsciiDoc man page per command, from the same command line
 * {@code main} builds, into the folder given; Asciidoctor then turns them into troff.
 */
public final class ManPages {

    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        PrintWriter quiet = new PrintWriter(OutputStream.nullOutputStream());
        CommandLine timeline = Main.commandLine(quiet, quiet, Map.of());
        timeline.getCommandSpec().removeSubcommand("__complete"); // internal, hidden from help too
        File outdir = new File(args[0]);
        if (!outdir.isDirectory() && !outdir.mkdirs()) {
            throw new IOException("cannot create " + outdir);
        }
        int code = ManPageGenerator.generateManPage(outdir, null, new boolean[0], true, timeline.getCommandSpec());
        if (code != 0) {
            throw new IOException("the man page generator failed with exit code " + code);
        }
    }
}
