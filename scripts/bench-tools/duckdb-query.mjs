// DuckDB side of scripts/bench: the same query as `timeline export --from FROM --to TO --actor NAME --format csv`,
// over JSON Lines (read_json) or ACLED CSV (read_csv), 2 threads, rows written as CSV (id first) to stdout.
// usage: node duckdb-query.mjs jsonl|acled FILE FROM TO ACTOR
import { DuckDBInstance } from '@duckdb/node-api';

const [format, file, from, to, actor] = process.argv.slice(2);
const lit = (s) => "'" + s.replaceAll("'", "''") + "'";
const wanted = lit(actor.toLowerCase());
let sql;
if (format === 'jsonl') {
  sql = `SELECT id, date, "start", "end", type, title, summary
    FROM read_json(${lit(file)}, format = 'newline_delimited')
    WHERE "start" <= DATE ${lit(to)} AND "end" >= DATE ${lit(from)}
      AND list_contains(list_transform(actors, a -> lower(a.name)), ${wanted})
    ORDER BY "start", "end", date, id`;
} else {
  const assoc = (c) => `list_contains(list_transform(string_split(coalesce(${c}, ''), ';'), x -> lower(trim(x))), ${wanted})`;
  sql = `WITH t AS (
      SELECT *,
        CASE time_precision WHEN 2 THEN event_date - 3 WHEN 3 THEN date_trunc('month', event_date)::DATE
          ELSE event_date END AS s,
        CASE time_precision WHEN 2 THEN event_date + 3 WHEN 3 THEN last_day(event_date) ELSE event_date END AS e
      FROM read_csv(${lit(file)}, header = true, types = {'event_date': 'DATE', 'time_precision': 'INTEGER'}))
    SELECT event_id_cnty AS id, s, e, event_type, sub_event_type, actor1, actor2, notes FROM t
    WHERE s <= DATE ${lit(to)} AND e >= DATE ${lit(from)}
      AND (lower(actor1) = ${wanted} OR lower(actor2) = ${wanted} OR ${assoc('assoc_actor_1')} OR ${assoc('assoc_actor_2')})
    ORDER BY s, e, id`;
}
const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await instance.connect();
const reader = await connection.runAndReadAll(sql);
const columns = reader.columnNames();
const rows = reader.getRowsJS();
const cell = (v) => {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? '"' + s.replaceAll('"', '""') + '"' : s;
};
let out = columns.join(',') + '\n';
for (const row of rows) {
  out += row.map(cell).join(',') + '\n';
}
process.stdout.write(out);
