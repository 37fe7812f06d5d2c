// The dyad view: two actors' relations over time, both directions, and the events behind any bar.
import { el, api, showError, formParams, fillForm, eventRows, eventHeader } from './common.js';

const form = document.getElementById('pick');
const charts = document.getElementById('charts');
const table = document.getElementById('events');
const picked = document.getElementById('picked');
const actorList = document.getElementById('actors');

// A name ("NATO", "russia") or a code (IGOWSTNAT, RUSGOV): an actor whose code or name is exactly
// what was typed wins; otherwise what looks like a code is taken as one, and anything else is the best match.
async function codeOf(text) {
  const found = await api(`/api/actors?q=${encodeURIComponent(text)}&limit=1`);
  const typed = text.toUpperCase();
  if (found.length && (found[0].code === typed || found[0].name.toUpperCase() === typed)) return found[0].code;
  if (/^[A-Z]{3,}$/.test(typed)) return typed;
  if (!found.length) throw new Error(`no actor called '${text}'`);
  return found[0].code;
}

// The dates a series period covers, as the events filter wants them.
function periodRange(period, by) {
  if (by === 'day') return [period, period];
  if (by === 'month') return [period.slice(0, 7), period.slice(0, 7)];
  if (by === 'year') return [period.slice(0, 4), period.slice(0, 4)];
  const end = new Date(period + 'T00:00:00Z');
  end.setUTCDate(end.getUTCDate() + 6);
  return [period, end.toISOString().slice(0, 10)];
}

function drawDirection(points, source, target, by) {
  const width = 900, height = 220, pad = 36;
  const periods = [...new Set(points.map(p => p.period))].sort();
  const mine = new Map(points.filter(p => p.source === source).map(p => [p.period, p]));
  const max = Math.max(1, ...[...mine.values()].map(p => p.events));
  const step = (width - 2 * pad) / Math.max(1, periods.length);
  const y = n => height - pad - (n / max) * (height - 2 * pad);
  const gy = g => height - pad - ((g + 10) / 20) * (height - 2 * pad);
  const svg = el('svg', { class: 'chart', viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'data-direction': `${source}-${target}` });
  svg.append(el('text', { x: pad, y: 16 }, `${source} → ${target}`));
  svg.append(el('line', { x1: pad, x2: width - pad, y1: height - pad, y2: height - pad, stroke: '#999' }));
  svg.append(el('text', { x: 2, y: pad }, String(max)), el('text', { x: 2, y: height - pad }, '0'));
  const line = [];
  periods.forEach((period, i) => {
    const x = pad + i * step;
    if (i % Math.ceil(periods.length / 12) === 0) svg.append(el('text', { x, y: height - 12, 'font-size': 11 }, period));
    const p = mine.get(period);
    if (!p) return;
    let base = 0;
    [[1, p.verbal_cooperation], [2, p.material_cooperation], [3, p.verbal_conflict], [4, p.material_conflict]].forEach(([quad, n]) => {
      if (n === 0) return;
      const bar = el('rect', {
        class: `bar q${quad}`, x: x + 1, width: Math.max(2, step - 2), y: y(base + n), height: y(base) - y(base + n),
        'data-period': period, 'data-quad': quad,
        on: { click: () => showEvents(source, target, period, by, quad) },
      }, el('title', {}, `${period}: ${n} events, quad class ${quad}`));
      svg.append(bar);
      base += n;
    });
    line.push(`${x + step / 2},${gy(p.goldstein_mean)}`);
  });
  svg.append(el('polyline', { class: 'goldstein', points: line.join(' ') }));
  return svg;
}

async function showEvents(source, target, period, by, quad) {
  const [from, to] = periodRange(period, by);
  picked.textContent = `${source} → ${target}, ${period} (${by}), quad class ${quad}`;
  try {
    const page = await api(`/api/events?source=${encodeURIComponent(source)}&target=${encodeURIComponent(target)}&from=${from}&to=${to}&quad=${quad}&limit=200`);
    table.replaceChildren(eventHeader(), ...eventRows(page.events));
  } catch (e) { showError(table, e); }
}

async function show(event) {
  event?.preventDefault();
  const params = formParams(form);
  history.replaceState(null, '', `?${params}`);
  try {
    const [a, b] = await Promise.all([codeOf(params.get('a')), codeOf(params.get('b'))]);
    const query = new URLSearchParams({ a, b, by: params.get('by') || 'month' });
    for (const k of ['from', 'to']) if (params.get(k)) query.set(k, params.get(k));
    const series = await api(`/api/series?${query}`);
    if (series.points.length === 0) { charts.replaceChildren(el('p', { class: 'muted' }, `No dated events between ${a} and ${b}.`)); return; }
    charts.replaceChildren(drawDirection(series.points, a, b, series.by), drawDirection(series.points, b, a, series.by));
  } catch (e) { showError(charts, e); }
}

async function suggest(input) {
  if (input.value.trim().length < 2) return;
  const found = await api(`/api/actors?q=${encodeURIComponent(input.value)}&limit=10`);
  actorList.replaceChildren(...found.map(a => el('option', { value: a.code }, a.name)));
}

form.addEventListener('submit', show);
for (const name of ['a', 'b']) form.elements[name].addEventListener('input', e => suggest(e.target).catch(() => {}));
const initial = new URLSearchParams(location.search);
fillForm(form, initial);
if (initial.get('a') && initial.get('b')) show();
