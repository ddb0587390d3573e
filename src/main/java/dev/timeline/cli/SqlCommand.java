package dev.timeline.cli;

import dev.timeline.engine.Dialect;
import dev.timeline.engine.Plan;
import dev.timeline.engine.SqlCompiler;
import dev.timeline.query.EventStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code timeline sql}: the SQL a query compiles to, over the relation {@code events}, for another engine. */
@Command(name = "sql", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Print the SQL a query compiles to (DuckDB or Spark), over a relation named events.",
        description = {"The same filters as list; names are resolved against the input, as list does. The relation "
                    + "has the columns id, date, start, end (DATE; NULL when open), type, title, summary, actors, "
                    + "place, fatalities, sources, tags: what export --format parquet writes.",
            "Dates, actors, roles, --with and types are exact in SQL. Tags, places, sources and --text compare "
                    + "normalised text, exact for ASCII values; rows with other text pass, and timeline checks "
                    + "them again (and applies --limit after that check), as the comment lines say."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  timeline sql --dialect duckdb --data events.parquet --actor Iran --in 2023-Q1",
            "  timeline sql --dialect spark --data events.jsonl --with Azerbaijan --role initiator"})
final class SqlCommand implements Callable<Integer> {

    @ParentCommand
    TimelineCommand root;

    @Spec
    CommandSpec spec;

    @Mixin
    FilterOptions filters;

    @Option(names = "--dialect", paramLabel = "DIALECT", order = 1,
            description = {"SQL dialect: duckdb (default) or spark.", "Example: --dialect spark"})
    Dialect dialect = Dialect.DUCKDB;

    @Override
    public Integer call() {
        EventStore store = root.store(filters.dayHint());
        Plan plan = Plan.of(filters.select(store).query());
        // the SQL quotes text from the data (actor ids): escaped for a terminal like any other output
        PrintWriter out = Output.forPerson(spec.commandLine().getOut(), null, root.stdoutIsTerminal(), false);
        if (plan.recheck()) {
            out.println("-- a pre-filter: tags, places, sources, --text and --precision are checked again on the rows"
                    + (plan.limit() > 0 ? "; --limit " + plan.limit() + " applies after that check" : ""));
        }
        out.println(SqlCompiler.sql(plan, dialect) + ";");
        out.flush();
        return ExitCode.OK;
    }
}
