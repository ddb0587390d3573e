package dev.timeline.cli;

import dev.timeline.extract.Anchor;
import dev.timeline.extract.Article;
import dev.timeline.extract.Dateline;
import dev.timeline.extract.Extraction;
import dev.timeline.extract.ExtractionWriter;
import dev.timeline.extract.Extractor;
import dev.timeline.extract.InputException;
import dev.timeline.extract.InputText;
import dev.timeline.model.Actor;
import dev.timeline.io.AtomicFile;
import dev.timeline.io.DataException;
import dev.timeline.dataset.DatasetReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timeline extract FILE}: the dated events of an article, as drafts to review. */
@Command(name = "extract", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Find the dated events of an article: temporal expressions, citations, draft events.",
        description = {"Read an article (plain text, a saved HTML page, or TimeML .tml), find every temporal "
                + "expression and resolve it against the publication date to EDTF without inventing precision, "
                + "read the parenthesised citations, and propose a draft event for each sentence that dates "
                + "something, with the actors it names (resolved against --actors) and a confidence.",
            "The publication date is --published, else a TimeML file's DCT, else a dateline the text states; "
                + "without one the command stops and asks for it (exit 2)."},
        footerHeading = "%nExamples:%n", footer = {
            "  timeline extract article.txt --published 2023-04 --actors data/caucasus.json",
            "  timeline extract page.html --format dataset -o drafts.json",
            "  timeline extract doc.tml --format timex"})
final class ExtractCommand implements Callable<Integer> {

    /** Larger inputs are refused: an article is kilobytes; a whole corpus belongs in a loop. */
    static final int MAX_BYTES = 20 * 1024 * 1024;

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = {"The article: UTF-8 text, HTML or TimeML; '-' "
            + "reads stdin.", "Example: timeline extract article.txt"})
    String file;

    @Option(names = "--published", paramLabel = "EDTF", description = {"The article's publication date: YYYY, "
            + "YYYY-MM or YYYY-MM-DD.", "Example: --published 2023-04"})
    String published;

    @Option(names = "--actors", paramLabel = "DATASET", description = {"Resolve the names the text gives against "
            + "this dataset's actors (by name and alias: Tehran is Iran).", "Example: --actors data/caucasus.json"})
    Path actors;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormConverter.class,
            description = {"table (default), json (drafts, citations, proposed actors), dataset (a dataset of "
                    + "draft events that validate accepts) or timex (one JSON line per temporal expression).",
                "Example: --format dataset"})
    ExtractionWriter.Form format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = {"Write to FILE instead of stdout; "
            + "the file is replaced atomically.", "Example: -o drafts.json"})
    Path output;

    @Option(names = "--outlet", paramLabel = "NAME", description = {"The article's outlet: the first source of "
            + "every draft.", "Example: --outlet 'Eurasia Daily Monitor'"})
    String outlet;

    @Option(names = "--title", paramLabel = "TEXT", description = {"The article's title.", "Example: --title "
            + "'Azerbaijani-Iranian Tensions Disrupt the South Caucasus'"})
    String title;

    @Override
    public Integer call() throws IOException {
        Anchor given = null;
        if (published != null) {
            try {
                given = Anchor.parse(published);
            } catch (IllegalArgumentException e) {
                throw TimelineException.usage("--published: " + e.getMessage() + ", e.g. --published 2023-04");
            }
        }
        List<Actor> known = actors == null ? List.of() : DatasetReader.read(actors).actors();
        String name = file.equals("-") ? "<stdin>" : file;
        InputText input;
        try {
            input = InputText.read(read(), name);
        } catch (InputException e) {
            throw TimelineException.data(name + ": " + e.getMessage(), e);
        }
        Extractor extractor = new Extractor(known);
        Anchor anchor = given;
        if (anchor == null && input.dct() != null) {
            try {
                anchor = Anchor.parse(input.dct());
            } catch (IllegalArgumentException e) {
                throw TimelineException.data(name + ": the TimeML DCT " + e.getMessage(), e);
            }
        }
        if (anchor == null) {
            anchor = Dateline.find(input.text(), extractor.tagger());
        }
        if (anchor == null) {
            throw TimelineException.usage(name + " states no publication date: give it with --published (YYYY, "
                    + "YYYY-MM or YYYY-MM-DD), e.g. --published 2023-04");
        }
        Extraction extraction = extractor.extract(input.text(), new Article(outlet, title, anchor));
        String datasetName = title != null ? title : file.equals("-") ? "stdin" : Path.of(file).getFileName()
                .toString();
        PrintWriter out = spec.commandLine().getOut();
        if (extraction.timexes().isEmpty() && extraction.citations().isEmpty()) {
            spec.commandLine().getErr().println("timeline: no dates found in " + name);
            if (format == ExtractionWriter.Form.TABLE) {
                return ExitCode.OK;
            }
        }
        int width = root.width(output == null || output.toString().equals("-"));
        if (output == null || output.toString().equals("-")) {
            ExtractionWriter.write(extraction, format, known, datasetName, width, out);
            out.flush();
        } else {
            try (AtomicFile target = AtomicFile.open(output)) {
                ExtractionWriter.write(extraction, format, known, datasetName, width, target.writer());
                target.commit();
            } catch (IOException e) {
                throw TimelineException.data("cannot write " + output + ": " + e.getMessage(), e);
            }
        }
        return ExitCode.OK;
    }

    /** The input's bytes, refusing more than {@link #MAX_BYTES}. */
    private byte[] read() {
        if (file.equals("-")) {
            try {
                return readLimited(System.in, "<stdin>");
            } catch (IOException e) {
                throw DataException.reading("<stdin>", e);
            }
        }
        Path path = Path.of(file);
        if (Files.isDirectory(path)) {
            throw TimelineException.usage(file + " is a folder: expected an article file");
        }
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                throw tooBig(file, size);
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readLimited(in, file);
            }
        } catch (IOException e) {
            throw DataException.reading(file, e);
        }
    }

    private static byte[] readLimited(InputStream in, String name) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        long total = 0;
        for (int n; (n = in.read(chunk)) > 0;) {
            total += n;
            if (total > MAX_BYTES) {
                throw tooBig(name, total);
            }
            buffer.write(chunk, 0, n);
        }
        return buffer.toByteArray();
    }

    private static TimelineException tooBig(String name, long size) {
        return TimelineException.data(String.format(Locale.ROOT, "%s is %s%.1f MB: extract reads articles of up to "
                + "%d MB; split the text", name, size > MAX_BYTES ? "over " : "", size / 1048576.0,
                MAX_BYTES / 1048576), null);
    }

    static final class FormConverter implements picocli.CommandLine.ITypeConverter<ExtractionWriter.Form> {
        @Override
        public ExtractionWriter.Form convert(String text) {
            for (ExtractionWriter.Form f : ExtractionWriter.Form.values()) {
                if (f.name().equalsIgnoreCase(text)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + text + "' is not an extract format: "
                    + "expected table, json, dataset or timex");
        }
    }
}
