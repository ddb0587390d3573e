// Converts world-atlas's countries-110m.json (TopoJSON of Natural Earth's 1:110m admin-0 countries) into the
// compact ring list the chart's map panel reads (src/main/resources/dev/timeline/chart/world-110m.txt).
// Run through scripts/map-outlines, which fetches the pinned package; usage: node map-outlines.mjs IN.json OUT.txt
//
// Output, one line a ring: "NNN x,y dx,dy dx,dy ..." where NNN is the country's ISO 3166-1 numeric id (or "-" for
// the few Natural Earth units without one), x,y the first vertex as longitude,latitude in hundredths of a degree,
// and each next vertex as a difference from the one before; a ring that crosses the antimeridian runs past 180 or
// -180 and comes twice, 360 degrees apart. The closing vertex (equal to the first) is left out;
// vertices that round to their predecessor are dropped. Lines starting with '#' are comments.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output, origin] = process.argv.slice(2);
const topology = JSON.parse(readFileSync(input, 'utf8'));
const [sx, sy] = topology.transform.scale;
const [tx, ty] = topology.transform.translate;

// TopoJSON arcs are quantized and delta-encoded: undo both, once per arc
const arcs = topology.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});

function ring(indexes) {
  const points = [];
  for (const i of indexes) {
    const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
    arc.forEach((p, k) => { if (k > 0 || points.length === 0) points.push(p); });
  }
  return points;
}

// A ring that crosses the antimeridian (Fiji, Chukotka) jumps by about 360 degrees of longitude between two
// vertices. Such a ring is made continuous (longitudes past 180 or -180), and a copy shifted by 360 degrees follows,
// so that whichever side a view is on, clipping to it draws the right half. A ring that goes round a pole
// (Antarctica) is closed along the pole's parallel first.
function unwrapped(points) {
  let shift = 0;
  const out = [points[0]];
  for (let k = 1; k < points.length; k++) {
    const d = points[k][0] - points[k - 1][0];
    if (d > 180) shift -= 360;
    if (d < -180) shift += 360;
    out.push([points[k][0] + shift, points[k][1]]);
  }
  if (shift !== 0) {
    const pole = Math.min(...out.map(p => p[1])) < 0 ? -90 : 90;
    const last = out[out.length - 1];
    out.push([last[0], pole], [out[0][0], pole]);
  }
  const lons = out.map(p => p[0]);
  const rings = [out];
  if (Math.max(...lons) > 180) rings.push(out.map(([lon, lat]) => [lon - 360, lat]));
  if (Math.min(...lons) < -180) rings.push(out.map(([lon, lat]) => [lon + 360, lat]));
  return rings;
}

const lines = [];
let vertices = 0;
let countries = 0;
for (const g of topology.objects.countries.geometries) {
  const polygons = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  if (polygons.length === 0) continue;
  countries++;
  const id = g.id === undefined ? '-' : String(g.id);
  for (const polygon of polygons) {
    for (const r of polygon) {
      for (const q of unwrapped(ring(r))) {
        const kept = [];
        for (const p of q.map(([lon, lat]) => [Math.round(lon * 100), Math.round(lat * 100)])) {
          const last = kept[kept.length - 1];
          if (!last || last[0] !== p[0] || last[1] !== p[1]) kept.push(p);
        }
        while (kept.length > 1 && kept[0][0] === kept[kept.length - 1][0]
            && kept[0][1] === kept[kept.length - 1][1]) {
          kept.pop();
        }
        if (kept.length < 3) continue;
        vertices += kept.length;
        const cells = [kept[0].join(',')];
        for (let k = 1; k < kept.length; k++) {
          cells.push((kept[k][0] - kept[k - 1][0]) + ',' + (kept[k][1] - kept[k - 1][1]));
        }
        lines.push(id + ' ' + cells.join(' '));
      }
    }
  }
}

const header = [
  '# Country outlines for the chart\'s map panel: Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries',
  '# (public domain, naturalearthdata.com), as packaged in ' + origin + ' (countries-110m.json, ISC licence,',
  '# Copyright 2013-2019 Michael Bostock). Converted by scripts/map-outlines; do not edit by hand.',
  '# A line a ring: ISO 3166-1 numeric id, then lon,lat in 1/100 degree, then differences to the vertex before.',
  `# ${countries} countries, ${lines.length} rings, ${vertices} vertices.`,
];
writeFileSync(output, header.concat(lines).join('\n') + '\n');
console.log(`wrote ${output}: ${countries} countries, ${lines.length} rings, ${vertices} vertices`);
