// DuckDB's counts for the corpus queries that DuckDbCountsIT checks timeline against (and that
// BigInputCorpusTest keeps as numbers): the same filters as timeline's --from/--to/--in and --actor, written as
// SQL over the real ACLED and GDELT files, read in place.
// usage: node duckdb-counts.mjs CORPORA-DIR    (prints "name<TAB>count" lines)
import { DuckDBInstance } from '@duckdb/node-api';

const C = process.argv[2];
// time_precision 2: the week around the day; 3: the month (timeline's ACLED mapping)
const span = (d) => `
  CASE time_precision WHEN '2' THEN ${d} - 3 WHEN '3' THEN date_trunc('month', ${d})::DATE ELSE ${d} END AS s,
  CASE time_precision WHEN '2' THEN ${d} + 3 WHEN '3' THEN last_day(${d}) ELSE ${d} END AS e`;
// --actor NAME: an actor named so (case ignored) as actor1, actor2 or one of the ';'-separated assoc actors
const actor = (x) => `(lower(trim(actor1)) = '${x}' OR lower(trim(actor2)) = '${x}'
  OR list_contains(list_transform(string_split(coalesce(assoc_actor_1, ''), ';'), y -> lower(trim(y))), '${x}')
  OR list_contains(list_transform(string_split(coalesce(assoc_actor_2, ''), ';'), y -> lower(trim(y))), '${x}'))`;
const acled = (file, day, where) => `WITH t AS (SELECT *, ${span(day)} FROM read_csv('${C}/${file}', all_varchar = true)
  WHERE event_date NOT LIKE '#%') SELECT count(*) FROM t WHERE ${where}`;
const gdelt = (file, where) => `SELECT count(*) FROM read_csv('${C}/${file}', delim = '\t', header = false,
  all_varchar = true, quote = '', null_padding = true) WHERE ${where}`;
// --actor NAME on GDELT: Actor1Name/Actor2Name, or their CAMEO country code's country
const gdeltActor = (name, code) => `(lower(column06) = '${name}' OR column07 = '${code}' OR lower(column16) = '${name}'
  OR column17 = '${code}')`;
const AFG = 'acled-afghanistan-2020-03/ACLED.csv';
const ARM = 'acled-armenia-hdx/conflict_data_arm.first-records.csv';
const GLOBAL = 'acled-global-2020-05/acled.first-records.csv';
const SUBSET = 'acled-global-2020-05/acled.caucasus-iran-turkey-subset.csv';
const G2 = 'gdelt/20191024143000.export.CSV';
const G1 = 'gdelt/gdelt-v1-sample-events.tsv';
const queries = {
  'afghanistan-taliban': acled(AFG, "strptime(event_date, '%d %B %Y')::DATE",
    `s <= DATE '2020-03-15' AND e >= DATE '2020-03-10' AND ${actor('taliban')}`),
  'armenia-war': acled(ARM, 'event_date::DATE', `s <= DATE '2020-11-10' AND e >= DATE '2020-09-27'`),
  'armenia-protesters-2019': acled(ARM, 'event_date::DATE',
    `s <= DATE '2019-12-31' AND e >= DATE '2019-01-01' AND ${actor('protesters (armenia)')}`),
  'global-taliban': acled(GLOBAL, "strptime(event_date, '%-d-%b-%y')::DATE",
    `s <= DATE '2020-05-03' AND e >= DATE '2020-05-01' AND ${actor('taliban')}`),
  'subset-azerbaijan-forces': acled(SUBSET, "strptime(event_date, '%-d-%b-%y')::DATE",
    actor('military forces of azerbaijan (2003-)')),
  'gdelt2-iran': gdelt(G2, gdeltActor('iran', 'IRN')),
  'gdelt2-day': gdelt(G2, `column01 = '20191024'`),
  'gdelt1-1982': gdelt(G1, `column01 LIKE '1982%'`),
  'gdelt1-united-states': gdelt(G1, gdeltActor('united states', 'USA')),
};
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await db.connect();
for (const [name, sql] of Object.entries(queries)) {
  const reader = await connection.runAndReadAll(sql);
  console.log(`${name}\t${reader.getRows()[0][0]}`);
}
