// The map: countries from world-atlas TopoJSON (no tile server exists offline), one dot per place
// with events, sized by how many.
import { el, api, showError, formParams, fillForm } from './common.js';

const form = document.getElementById('filters');
const holder = document.getElementById('map');
const status = document.getElementById('status');
const picked = document.getElementById('picked');
const width = 960, height = 480;
// Equirectangular: plain, and honest about where the points are.
const project = ([lon, lat]) => [(lon + 180) / 360 * width, (90 - lat) / 180 * height];

// A ring that crosses the antimeridian (Russia, Fiji) would be drawn straight across the map;
// it is lifted there and starts again on the other side.
function ringPath(ring) {
  return ring.map((p, i) => `${i && Math.abs(p[0] - ring[i - 1][0]) < 180 ? 'L' : 'M'}${project(p).map(v => v.toFixed(1)).join(',')}`).join('') + 'Z';
}

function countryPath(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.map(rings => rings.map(ringPath).join('')).join('');
}

async function drawWorld() {
  const world = await (await fetch('vendor/countries-110m.json')).json();
  const countries = window.topojson.feature(world, world.objects.countries).features;
  return el('svg', { class: 'map', viewBox: `0 0 ${width} ${height}`, role: 'img' },
    countries.filter(c => c.geometry).map(c => el('path', { class: 'land', d: countryPath(c.geometry) }, el('title', {}, c.properties.name))));
}

async function load(svg) {
  const params = formParams(form);
  history.replaceState(null, '', `?${params}`);
  params.set('limit', 1000);
  svg.querySelectorAll('.spot').forEach(s => s.remove());
  try {
    const page = await api(`/api/events?${params}`);
    const places = new Map();
    for (const { id, event: e } of page.events) {
      if (!e.location || e.location.lat === null || e.location.lon === null) continue;
      const key = `${e.location.lat},${e.location.lon}`;
      if (!places.has(key)) places.set(key, { name: e.location.name, lat: e.location.lat, lon: e.location.lon, ids: [] });
      places.get(key).ids.push(id);
    }
    for (const p of places.values()) {
      const [x, y] = project([p.lon, p.lat]);
      svg.append(el('circle', { class: 'spot', cx: x, cy: y, r: 2 + Math.sqrt(p.ids.length) * 1.5,
        on: { click: () => { picked.replaceChildren(`${p.name}: `, ...p.ids.slice(0, 20).flatMap(id => [el('a', { href: `document.html?event=${id}` }, `event ${id}`), ' '])); } } },
        el('title', {}, `${p.name}: ${p.ids.length} events`)));
    }
    status.textContent = `${places.size} places from ${page.events.length} events${page.next_offset !== null ? ' (first 1000 shown; narrow the filters)' : ''}`;
  } catch (e) { showError(status, e); }
}

const svg = await drawWorld().catch(e => { showError(holder, e); return null; });
if (svg) {
  holder.replaceChildren(svg);
  form.addEventListener('submit', e => { e.preventDefault(); load(svg); });
  fillForm(form, new URLSearchParams(location.search));
  load(svg);
}
