// DuckDB's counts for the corpus queries that DuckDbCountsIT checks timeline against (and that
// BigInputCorpusTest keeps as numbers): the same filters as timeline's --from/--to/--in and --actor, written as
// SQL over the real ACLED and GDELT files, read in place.
// Grouped counts (UCDP GED and ICEWS per column value, points per file) print as "name:value<TAB>count".
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
const UCDP = `read_csv('${C}/ucdp-ged/ged231-sample-uncertainUCDP.csv', all_varchar = true)`;
// The UCDP GED codebook's date_prec, as timeline maps it: the day when the bounds agree; the month (4) or the year
// (5) when the bounds lie inside one; else the interval date_start/date_end
const ucdpSpan = `WITH u AS (SELECT *, date_start::DATE AS a, date_end::DATE AS b FROM ${UCDP}), v AS (SELECT *,
  CASE WHEN a = b THEN 'day' WHEN date_prec = '4' AND date_trunc('month', a) = date_trunc('month', b) THEN 'month'
    WHEN date_prec = '5' AND year(a) = year(b) THEN 'year' ELSE 'interval' END AS shape FROM u)
  SELECT *, CASE shape WHEN 'month' THEN date_trunc('month', a)::DATE WHEN 'year' THEN date_trunc('year', a)::DATE
    ELSE a END AS s,
  CASE shape WHEN 'month' THEN last_day(a) WHEN 'year' THEN make_date(year(a), 12, 31) ELSE b END AS e FROM v`;
const ICEWS = `read_csv('${C}/icews/events.2018.sample.first3000.tab', delim = '\t', header = true, all_varchar = true,
  quote = '', escape = '', nullstr = 'NA')`;
// a point: both coordinates given and not 0,0 (the geocoders' placeholder)
const point = (lat, lon) => `${lat} IS NOT NULL AND ${lon} IS NOT NULL AND NOT (${lat}::DOUBLE = 0 AND ${lon}::DOUBLE = 0)`;
Object.assign(queries, {
  'ucdp-all': `SELECT count(*) FROM ${UCDP}`,
  'ucdp-2020': `SELECT count(*) FROM (${ucdpSpan}) WHERE s <= DATE '2020-12-31' AND e >= DATE '2020-01-01'`,
  'ucdp-1995-04': `SELECT count(*) FROM (${ucdpSpan}) WHERE s <= DATE '1995-04-30' AND e >= DATE '1995-04-15'`,
  'ucdp-azerbaijan': `SELECT count(*) FROM ${UCDP} WHERE side_a = 'Government of Azerbaijan' OR side_b = 'Government of Azerbaijan'`,
  'ucdp-afghanistan': `SELECT count(*) FROM ${UCDP} WHERE side_a = 'Government of Afghanistan' OR side_b = 'Government of Afghanistan'`,
  'ucdp-best': `SELECT sum(best::INTEGER) FROM ${UCDP}`,
  'icews-all': `SELECT count(*) FROM ${ICEWS}`,
  'icews-day': `SELECT count(*) FROM ${ICEWS} WHERE "Event Date" = '2018-06-01'`,
  'icews-azerbaijan': `SELECT count(*) FROM ${ICEWS} WHERE "Source Country" = 'Azerbaijan' OR "Target Country" = 'Azerbaijan'
    OR lower("Source Name") = 'azerbaijan' OR lower("Target Name") = 'azerbaijan'`,
});
const grouped = {
  'ucdp-prec': `SELECT date_prec, count(*) FROM ${UCDP} GROUP BY 1`,
  'ucdp-shape': `SELECT shape, count(*) FROM (${ucdpSpan}) GROUP BY 1`,
  'ucdp-violence': `SELECT type_of_violence, count(*) FROM ${UCDP} GROUP BY 1`,
  'ucdp-country': `SELECT country, count(*) FROM ${UCDP} GROUP BY 1`,
  'icews-root': `SELECT substr("CAMEO Code", 1, 2), count(*) FROM ${ICEWS} GROUP BY 1`,
  'icews-quad': `SELECT CASE WHEN r <= 5 THEN 1 WHEN r <= 9 THEN 2 WHEN r <= 14 THEN 3 ELSE 4 END, count(*)
    FROM (SELECT substr("CAMEO Code", 1, 2)::INTEGER AS r FROM ${ICEWS}) GROUP BY 1`,
  'icews-country': `SELECT coalesce("Country", ''), count(*) FROM ${ICEWS} GROUP BY 1`,
  points: `SELECT 'ucdp', count(*) FROM ${UCDP} WHERE ${point('latitude', 'longitude')}
    UNION ALL SELECT 'icews', count(*) FROM ${ICEWS} WHERE ${point('"Latitude"', '"Longitude"')}
    UNION ALL SELECT 'acled-afghanistan', count(*) FROM read_csv('${C}/${AFG}', all_varchar = true) WHERE ${point('latitude', 'longitude')}
    UNION ALL SELECT 'acled-armenia', count(*) FROM read_csv('${C}/${ARM}', all_varchar = true)
      WHERE event_date NOT LIKE '#%' AND ${point('latitude', 'longitude')}
    UNION ALL SELECT 'gdelt2', count(*) FROM read_csv('${C}/${G2}', delim = '\t', header = false, all_varchar = true,
      quote = '', null_padding = true) WHERE ${point('column56', 'column57')}
    UNION ALL SELECT 'gdelt1', count(*) FROM read_csv('${C}/${G1}', delim = '\t', header = false, all_varchar = true,
      quote = '', null_padding = true) WHERE ${point('column53', 'column54')}`,
};
const db = await DuckDBInstance.create(':memory:', { threads: '2' });
const connection = await db.connect();
for (const [name, sql] of Object.entries(queries)) {
  const reader = await connection.runAndReadAll(sql);
  console.log(`${name}\t${reader.getRows()[0][0]}`);
}
for (const [name, sql] of Object.entries(grouped)) {
  const reader = await connection.runAndReadAll(sql);
  for (const [key, count] of reader.getRows()) {
    console.log(`${name}:${key}\t${count}`);
  }
}
