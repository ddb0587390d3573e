package dev.timeline.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.timeline.model.EventType;
import dev.timeline.model.Role;
import dev.timeline.query.DateCondition;
import dev.timeline.query.Match;
import dev.timeline.query.Query;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/** The SQL of each filter, in both dialects: a data table of query parts and the condition they compile to. */
class SqlCompilerTest {

    private static final LocalDate MARCH = LocalDate.of(2023, 3, 1);
    private static final LocalDate END = LocalDate.of(2023, 3, 31);

    static Stream<Arguments> conditions() {
        return Stream.of(
                Arguments.of(Query.builder().date(new DateCondition(LocalDateRange.ofClosed(MARCH, END), Match.OVERLAPS)),
                        "(\"end\" IS NULL OR \"end\" >= DATE '2023-03-01') AND (\"start\" IS NULL OR \"start\" <= DATE '2023-03-31')",
                        "(`end` IS NULL OR `end` >= DATE '2023-03-01') AND (`start` IS NULL OR `start` <= DATE '2023-03-31')"),
                Arguments.of(Query.builder().date(new DateCondition(LocalDateRange.ofClosed(MARCH, END), Match.WITHIN)),
                        "\"start\" IS NOT NULL AND \"start\" >= DATE '2023-03-01' AND \"end\" IS NOT NULL AND \"end\" <= DATE '2023-03-31'",
                        "`start` IS NOT NULL AND `start` >= DATE '2023-03-01' AND `end` IS NOT NULL AND `end` <= DATE '2023-03-31'"),
                Arguments.of(Query.builder().date(DateCondition.certainlyBefore(LocalDateRange.ofClosed(MARCH, END))),
                        "\"end\" IS NOT NULL AND \"end\" <= DATE '2023-02-28'",
                        "`end` IS NOT NULL AND `end` <= DATE '2023-02-28'"),
                Arguments.of(Query.builder().date(new DateCondition(LocalDateRange.ofUnboundedEnd(MARCH), Match.OVERLAPS)),
                        "(\"end\" IS NULL OR \"end\" >= DATE '2023-03-01')",
                        "(`end` IS NULL OR `end` >= DATE '2023-03-01')"),
                Arguments.of(Query.builder().date(new DateCondition(LocalDateRange.of(MARCH, MARCH), Match.OVERLAPS)),
                        "FALSE", "FALSE"),
                Arguments.of(Query.builder().actors(Set.of("iran", "irgc")).roles(Set.of(Role.INITIATOR)),
                        "len(list_filter(\"actors\", lambda x: x.\"id\" IN ('iran', 'irgc') AND "
                                + "lower(replace(trim(coalesce(x.\"role\", 'participant')), '_', '-')) IN ('initiator'))) > 0",
                        "exists(`actors`, x -> x.`id` IN ('iran', 'irgc') AND "
                                + "lower(replace(trim(coalesce(x.`role`, 'participant')), '_', '-')) IN ('initiator'))"),
                Arguments.of(Query.builder().actors(Set.of("\u0000no actor of XYZ")), "FALSE", "FALSE"),
                Arguments.of(Query.builder().with(Set.of("o'brien")),
                        "len(list_filter(\"actors\", lambda x: x.\"id\" IN ('o''brien'))) > 0",
                        "exists(`actors`, x -> x.`id` IN ('o\\'brien'))"),
                Arguments.of(Query.builder().types(Set.of(EventType.ofAcled("Battles"))),
                        "lower(replace(trim(coalesce(\"type\", '')), '_', '-')) IN ('battles')",
                        "lower(replace(trim(coalesce(`type`, '')), '_', '-')) IN ('battles')"),
                Arguments.of(Query.builder().words(List.of("foreign minister")),
                        "(NOT (strlen(concat(coalesce(\"title\", ''), ' ', coalesce(\"summary\", ''))) = length(concat("
                                + "coalesce(\"title\", ''), ' ', coalesce(\"summary\", '')))) OR (contains(concat(' ', "
                                + "trim(lower(regexp_replace(concat(coalesce(\"title\", ''), ' ', coalesce(\"summary\", "
                                + "'')), '[^A-Za-z0-9]+', ' ', 'g'))), ' '), ' foreign minister ')))",
                        "(NOT (octet_length(concat(coalesce(`title`, ''), ' ', coalesce(`summary`, ''))) = char_length("
                                + "concat(coalesce(`title`, ''), ' ', coalesce(`summary`, '')))) OR (instr(concat(' ', "
                                + "trim(lower(regexp_replace(concat(coalesce(`title`, ''), ' ', coalesce(`summary`, "
                                + "'')), '[^A-Za-z0-9]+', ' '))), ' '), ' foreign minister ') > 0))"));
    }

    @ParameterizedTest
    @MethodSource("conditions")
    void eachFilterCompilesToItsCondition(Query.Builder query, String duckdb, String spark) {
        Plan plan = Plan.of(query.build());
        assertThat(SqlCompiler.where(plan, Dialect.DUCKDB)).isEqualTo(duckdb);
        assertThat(SqlCompiler.where(plan, Dialect.SPARK)).isEqualTo(spark);
    }

    @Test
    void theOrderIsTheNativeOrderAndReversesWhole() {
        assertThat(SqlCompiler.orderBy(Plan.of(Query.ALL), Dialect.DUCKDB))
                .isEqualTo("\"start\" ASC NULLS FIRST, \"end\" ASC NULLS LAST, \"date\" ASC, \"id\" ASC");
        assertThat(SqlCompiler.orderBy(Plan.of(Query.builder().descending(true).build()), Dialect.SPARK))
                .isEqualTo("`start` DESC NULLS LAST, `end` DESC NULLS FIRST, `date` DESC, `id` DESC");
    }

    @Test
    void theLimitIsInTheSqlOnlyWhenTheSqlIsExact() {
        Plan exact = Plan.of(Query.builder().actors(Set.of("iran")).limit(5).build());
        assertThat(exact.recheck()).isFalse();
        assertThat(SqlCompiler.sql(exact, Dialect.DUCKDB)).endsWith("\nLIMIT 5");
        for (Query.Builder text : List.of(Query.builder().words(List.of("embassy")), Query.builder().tags(Set.of("x")),
                Query.builder().places(List.of("IRN")), Query.builder().outlets(List.of("irna")),
                Query.builder().precision(dev.timeline.dates.Precision.DAY))) {
            Plan rechecked = Plan.of(text.limit(5).build());
            assertThat(rechecked.recheck()).isTrue();
            assertThat(rechecked.sqlLimit()).isZero();
            assertThat(SqlCompiler.sql(rechecked, Dialect.SPARK)).doesNotContain("LIMIT");
        }
    }

    @Test
    void noFilterIsAPlainOrderedSelect() {
        assertThat(SqlCompiler.sql(Plan.of(Query.ALL), Dialect.DUCKDB)).isEqualTo("SELECT \"id\", \"date\", \"start\", "
                + "\"end\", \"type\", \"title\", \"summary\", \"actors\", \"place\", \"fatalities\", \"sources\", "
                + "\"tags\"\nFROM events\nORDER BY \"start\" ASC NULLS FIRST, \"end\" ASC NULLS LAST, \"date\" ASC, "
                + "\"id\" ASC");
    }

    /** An ACLED input selects its raw cells instead of the contract's columns; conditions and order stay the same. */
    @Test
    void anotherSelectListKeepsTheConditionsAndTheOrder() {
        Plan plan = Plan.of(Query.builder().actors(Set.of("iran")).limit(3).build());
        String contract = SqlCompiler.sql(plan, Dialect.SPARK);
        String raw = SqlCompiler.sql(plan, Dialect.SPARK, "c0, c7, `id`");
        assertThat(raw).startsWith("SELECT c0, c7, `id`\nFROM events\n")
                .isEqualTo(SqlCompiler.reselect(contract, Dialect.SPARK, "c0, c7, `id`"))
                .endsWith(contract.substring(contract.indexOf("\nFROM events")));
        assertThat(SqlCompiler.reselect("SELECT * FROM events ORDER BY id", Dialect.SPARK, "c0"))
                .isEqualTo("SELECT * FROM events ORDER BY id");
    }

    /** The events relation has no dataset column: --dataset is refused by the SQL engines with one line. */
    @Test
    void datasetFilterIsRefusedNamingTheFilterAndTheEngines() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Plan.of(Query.builder().datasets(Set.of("acled")).build()))
                .isInstanceOf(dev.timeline.query.QueryException.class)
                .hasMessageContaining("--dataset").hasMessageContaining("duckdb").hasMessageContaining("spark");
    }
}
