#!/usr/bin/env node
// Converts the Census cartographic boundary files, as packaged in npm us-atlas, into the
// tracker's committed reference data and map geometry:
//
//   node tools/census/convert.mjs            (from the repository root; needs node and npm)
//
// src/main/resources/reference/census-jurisdictions.tsv  every state, DC, territory and county
//     equivalent: geoid, kind, state_code, name, slug, ocd_id (loaded by migration V62)
// src/main/resources/reference/census-shapes.tsv  Albers outlines as SVG path data:
//     level (state, county, county-detail, borders), geoid, bounding box, d
// src/main/resources/reference/us-atlas-LICENSE.txt  the licence of us-atlas (ISC)
//
// It runs at development time only: the app never fetches anything. The package versions
// are pinned, so a run gives the same files again; a new vintage is a new version here and a
// new migration (an applied migration is never edited).
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const US_ATLAS = 'us-atlas@3.0.1';
const TOOLS = ['topojson-client@3.1.0', 'topojson-simplify@3.0.3', 'd3-geo@3.1.1'];
const OUT = 'src/main/resources/reference';

// Simplification, in square pixels of the 975 x 610 Albers frame (planar triangle area):
// the national maps must fit a page well under 300 KB with 3,142 linked counties; a state's
// own map is drawn larger, so its counties keep more detail.
const NATIONAL_MIN_AREA = Number(process.env.NATIONAL_MIN_AREA ?? 2);
const DETAIL_MIN_AREA = Number(process.env.DETAIL_MIN_AREA ?? 0.05);
const NATIONAL_STEP = 1; // coordinates rounded to whole pixels
const DETAIL_STEP = 0.1; // and to a tenth of a pixel on a state's map
const FINEST_STEP = 0.01; // for the few counties smaller than that (Falls Church, Virginia)

function main() {
const work = mkdtempSync(join(tmpdir(), 'census-'));
try {
  execFileSync('npm', ['install', '--silent', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts',
    '--prefix', work, US_ATLAS, ...TOOLS], { stdio: 'inherit' });
  const require = createRequire(join(work, 'package.json'));
  const client = require('topojson-client');
  const simplify = require('topojson-simplify');
  const atlas = join(work, 'node_modules', 'us-atlas');
  const read = (name) => JSON.parse(readFileSync(join(atlas, name), 'utf8'));

  const geographic = read('counties-10m.json');
  writeFileSync(join(OUT, 'census-jurisdictions.tsv'), jurisdictionsTsv(geographic));
  copyFileSync(join(atlas, 'LICENSE'), join(OUT, 'us-atlas-LICENSE.txt'));

  const albers = simplify.presimplify(read('counties-albers-10m.json'));
  const lines = ['level\tgeoid\tx0\ty0\tx1\ty1\td'];
  const national = simplify.simplify(albers, NATIONAL_MIN_AREA);
  const detail = simplify.simplify(albers, DETAIL_MIN_AREA);
  const full = simplify.simplify(albers, 0);
  lines.push(...shapes(client, [national], 'states', 'state', NATIONAL_STEP));
  // A county too small to survive the national simplification (an independent city of
  // Virginia) is drawn from the finer geometry rather than left out.
  lines.push(...shapes(client, [national, detail, full], 'counties', 'county', NATIONAL_STEP, DETAIL_STEP, FINEST_STEP));
  // State borders drawn over the county map (one path, not a link).
  const borders = client.mesh(national, national.objects.states, (a, b) => a !== b);
  lines.push(['borders', '', '', '', '', '', path(borders.coordinates.map((l) => [l]), NATIONAL_STEP, false)].join('\t'));
  lines.push(...shapes(client, [detail, full], 'counties', 'county-detail', DETAIL_STEP, FINEST_STEP));
  lines.push(...caribbean(client, require('d3-geo'), geographic));
  writeFileSync(join(OUT, 'census-shapes.tsv'), lines.join('\n') + '\n');
  console.log(`wrote ${OUT}/census-jurisdictions.tsv, census-shapes.tsv, us-atlas-LICENSE.txt`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
}

// --- reference rows -----------------------------------------------------------------------

// FIPS state code -> USPS code, for every state, DC and territory us-atlas holds.
const USPS = {
  '01': 'AL', '02': 'AK', '04': 'AZ', '05': 'AR', '06': 'CA', '08': 'CO', '09': 'CT', '10': 'DE', '11': 'DC',
  '12': 'FL', '13': 'GA', '15': 'HI', '16': 'ID', '17': 'IL', '18': 'IN', '19': 'IA', '20': 'KS', '21': 'KY',
  '22': 'LA', '23': 'ME', '24': 'MD', '25': 'MA', '26': 'MI', '27': 'MN', '28': 'MS', '29': 'MO', '30': 'MT',
  '31': 'NE', '32': 'NV', '33': 'NH', '34': 'NJ', '35': 'NM', '36': 'NY', '37': 'NC', '38': 'ND', '39': 'OH',
  '40': 'OK', '41': 'OR', '42': 'PA', '44': 'RI', '45': 'SC', '46': 'SD', '47': 'TN', '48': 'TX', '49': 'UT',
  '50': 'VT', '51': 'VA', '53': 'WA', '54': 'WV', '55': 'WI', '56': 'WY',
  '60': 'AS', '66': 'GU', '69': 'MP', '72': 'PR', '78': 'VI',
};
const TERRITORIES = new Set(['60', '66', '69', '72', '78']);

// Alaska's county equivalents by kind (Census 2017): the rest are boroughs.
const ALASKA_CENSUS_AREAS = new Set(['02016', '02050', '02070', '02105', '02158', '02180', '02198', '02240',
  '02261', '02290']);
const ALASKA_CITY_AND_BOROUGH = new Set(['02110', '02220', '02275', '02282']);
const ALASKA_MUNICIPALITY = new Set(['02020', '02230']);

// The Census name of a county equivalent (its NAMELSAD) from the base name us-atlas gives,
// and the OCD division type, or null when the division has no OCD id of its own (DC's and
// Guam's county equivalents are the district and the territory themselves) or none we know.
function county(geoid, base) {
  const state = geoid.slice(0, 2);
  const code = Number(geoid.slice(2));
  if (geoid === '11001') return { name: 'District of Columbia', ocd: null };
  if (geoid === '66010') return { name: 'Guam', ocd: null };
  if (geoid === '32510') return { name: 'Carson City', ocd: null };
  if (state === '51' && code >= 510) return { name: `${base} city`, ocd: ['borough', `${base} city`] };
  if ((state === '24' || state === '29') && code >= 510) return { name: `${base} city`, ocd: null };
  if (state === '22') return { name: `${base} Parish`, ocd: ['parish', base] };
  if (state === '02') {
    if (ALASKA_CENSUS_AREAS.has(geoid)) return { name: `${base} Census Area`, ocd: ['censusarea', base] };
    if (ALASKA_CITY_AND_BOROUGH.has(geoid)) return { name: `${base} City and Borough`, ocd: ['borough', base] };
    if (ALASKA_MUNICIPALITY.has(geoid)) return { name: `${base} Municipality`, ocd: ['borough', base] };
    return { name: `${base} Borough`, ocd: ['borough', base] };
  }
  if (state === '72') return { name: `${base} Municipio`, ocd: ['municipio', base] };
  if (state === '78') return { name: `${base} Island`, ocd: null };
  if (state === '69') return { name: `${base} Municipality`, ocd: null };
  if (state === '60') return { name: `${base} District`, ocd: null };
  return { name: `${base} County`, ocd: ['county', base] };
}

// OCD's rule for a division name: lower case, spaces to underscores, periods dropped,
// apostrophes to tildes; letters with accents and hyphens kept ("st_mary~s", "doña_ana").
function ocdName(text) {
  return text.toLowerCase().replace(/\./g, '').replace(/['’]/g, '~').trim().split(/\s+/).join('_');
}

// The tracker's slug rule (Slugs.of): accents dropped, anything else a dash; apostrophes
// vanish so "Prince George's" reads prince-georges.
function slug(text) {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/['’]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/(^-|-$)/g, '');
}

function stateOcd(fips) {
  const code = USPS[fips].toLowerCase();
  if (fips === '11') return 'ocd-division/country:us/district:dc';
  return `ocd-division/country:us/${TERRITORIES.has(fips) ? 'territory' : 'state'}:${code}`;
}

function jurisdictionsTsv(topology) {
  const rows = [];
  for (const g of topology.objects.states.geometries) {
    const kind = g.id === '11' ? 'FEDERAL_DISTRICT' : TERRITORIES.has(g.id) ? 'TERRITORY' : 'STATE';
    rows.push([g.id, kind, USPS[g.id], g.properties.name, slug(g.properties.name), stateOcd(g.id)]);
  }
  for (const g of topology.objects.counties.geometries) {
    const fips = g.id.slice(0, 2);
    const { name, ocd } = county(g.id, g.properties.name);
    const ocdId = ocd && `${stateOcd(fips)}/${ocd[0]}:${ocdName(ocd[1])}`;
    rows.push([g.id, 'COUNTY', USPS[fips], name, `${slug(name)}-${USPS[fips].toLowerCase()}`, ocdId ?? '']);
  }
  rows.sort((a, b) => a[0].length - b[0].length || a[0].localeCompare(b[0]));
  for (const key of [0, 4, 5]) {
    const seen = new Set();
    for (const r of rows) {
      if (r[key] && seen.has(r[key])) throw new Error(`duplicate ${r[key]}`);
      seen.add(r[key]);
    }
  }
  return ['geoid\tkind\tstate_code\tname\tslug\tocd_id', ...rows.map((r) => r.join('\t'))].join('\n') + '\n';
}

// --- map geometry -------------------------------------------------------------------------

// Puerto Rico and the U.S. Virgin Islands, which the Albers USA outlines leave out, drawn in
// an inset at the frame's lower right, east of Florida, on a conic equal-area projection of
// the same scale as the lower 48 (as d3-composite-projections' geoAlbersUsaTerritories does).
// The app projects a city's coordinates there with the same parameters (AlbersUsa.CARIBBEAN).
// Guam, the Northern Mariana Islands and American Samoa stay off the map (in its table only).
const CARIBBEAN = { rotate: [66, 0], center: [0.1, 18.2], parallels: [8, 18], scale: 1300, translate: [937, 594] };

function caribbean(client, d3, geographic) {
  const projection = d3.geoConicEqualArea().rotate(CARIBBEAN.rotate).center(CARIBBEAN.center)
    .parallels(CARIBBEAN.parallels).scale(CARIBBEAN.scale).translate(CARIBBEAN.translate);
  const inset = (g) => ['72', '78'].includes(g.id.slice(0, 2));
  const projected = (g, object) => {
    const f = client.feature(geographic, g);
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return polygons.map((rings) => rings.map((ring) => ring.map((point) => projection(point))));
  };
  const out = [];
  for (const g of geographic.objects.states.geometries.filter(inset)) {
    const polygons = projected(g);
    out.push(['state', g.id, ...bounds(polygons).map((v) => v.toFixed(1)), path(polygons, DETAIL_STEP, true)].join('\t'));
  }
  for (const level of ['county', 'county-detail']) {
    for (const g of geographic.objects.counties.geometries.filter(inset)) {
      const polygons = projected(g);
      const d = path(polygons, DETAIL_STEP, true) || path(polygons, FINEST_STEP, true);
      out.push([level, g.id, ...bounds(polygons).map((v) => v.toFixed(1)), d].join('\t'));
    }
  }
  return out;
}

// One line per shape, from the first topology (coarsest first) in which it keeps an area.
function shapes(client, topologies, object, level, ...steps) {
  const out = [];
  const geometries = topologies[0].objects[object].geometries;
  geometries.forEach((g0, i) => {
    for (const [t, topology] of topologies.entries()) {
      const f = client.feature(topology, topology.objects[object].geometries[i]);
      if (!f.geometry) continue;
      const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
      const s = steps[Math.min(t, steps.length - 1)];
      const d = path(polygons, s, true);
      if (!d) continue;
      out.push([level, g0.id, ...bounds(polygons).map((v) => v.toFixed(1)), d].join('\t'));
      return;
    }
    // Falls Church, Virginia is a line, not an area, in us-atlas itself: no shape to draw.
    console.warn(`${level} ${g0.id} (${g0.properties.name}) has no area in us-atlas: left off the map`);
  });
  return out;
}

function bounds(polygons) {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) for (const ring of rings) for (const [x, y] of ring) {
    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
  }
  return [x0, y0, x1, y1];
}

// SVG path data with relative coordinates rounded to the step: each point is rounded
// absolutely first, so neighbouring shapes share their vertices exactly and no error adds up.
function path(polygons, step, closed) {
  const scale = Math.round(1 / step);
  let d = '';
  let px = 0;
  let py = 0;
  for (const rings of polygons) {
    for (const ring of rings) {
      const pts = [];
      for (const [x, y] of ring) {
        const q = [Math.round(x * scale), Math.round(y * scale)];
        const last = pts[pts.length - 1];
        if (!last || last[0] !== q[0] || last[1] !== q[1]) pts.push(q);
      }
      if (closed && pts.length > 1 && pts[0][0] === pts[pts.length - 1][0] && pts[0][1] === pts[pts.length - 1][1]) pts.pop();
      if (pts.length < (closed ? 3 : 2)) continue;
      // The first move is absolute, so shapes can be drawn one after another in one path.
      d += d ? 'm' + pair(pts[0][0] - px, pts[0][1] - py, scale) : 'M' + pair(pts[0][0], pts[0][1], scale);
      let [cx, cy] = pts[0];
      let first = true;
      for (const [x, y] of pts.slice(1)) {
        d += (first ? 'l' : sep(x - cx)) + pair(x - cx, y - cy, scale);
        first = false;
        cx = x; cy = y;
      }
      if (closed) d += 'z';
      // After z the current point is the ring's start; after an open line, its end.
      [px, py] = closed ? pts[0] : [cx, cy];
    }
  }
  return d;
}

function num(v, scale) {
  if (scale === 1) return String(v);
  const s = (v / scale).toFixed(String(scale).length - 1).replace(/\.?0+$/, '');
  return s.replace(/^(-?)0\./, '$1.');
}
function pair(dx, dy, scale) {
  const b = num(dy, scale);
  return num(dx, scale) + (b.startsWith('-') ? '' : ' ') + b;
}
function sep(dx) {
  return dx < 0 ? '' : ' ';
}

main();
