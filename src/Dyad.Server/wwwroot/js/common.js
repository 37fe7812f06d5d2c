// Shared by every page. Data from the API (article text, titles, names) is untrusted: it only ever
// reaches the page as textContent or an attribute value, never as HTML.
export function el(tag, attrs = {}, ...children) {
  const svg = ['svg', 'g', 'path', 'rect', 'circle', 'line', 'polyline', 'text', 'title'].includes(tag);
  const node = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    if (k === 'on') for (const [event, fn] of Object.entries(v)) node.addEventListener(event, fn);
    else node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

export async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

export function showError(where, error) {
  where.replaceChildren(el('p', { class: 'error' }, String(error.message || error)));
}

// The page's own filter boxes, read from and written back to the address bar so a view can be shared.
export function formParams(form) {
  const params = new URLSearchParams();
  for (const [k, v] of new FormData(form)) if (String(v).trim() !== '') params.set(k, String(v).trim());
  return params;
}

export function fillForm(form, params) {
  for (const [k, v] of params) if (form.elements[k]) form.elements[k].value = v;
}

export const quadNames = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

// One table row per stored event, linking to the page with its evidence.
export function eventRows(events) {
  return events.map(({ id, mentions, event: e }) => el('tr', {},
    el('td', {}, e.date ?? '-'),
    el('td', {}, `${e.source.name} (${e.source.code})`),
    el('td', {}, `${e.target.name} (${e.target.code})`),
    el('td', {}, `${e.cameo} ${e.cameo_name}`),
    el('td', {}, quadNames[e.quad_class]),
    el('td', {}, e.goldstein),
    el('td', {}, e.location ? e.location.name : ''),
    el('td', {}, mentions),
    el('td', {}, el('a', { href: `document.html?event=${encodeURIComponent(id)}`, class: 'evidence' }, e.sentence))));
}

export const eventHeader = () => el('tr', {}, ['date', 'source', 'target', 'event', 'quad class', 'Goldstein', 'place', 'reports', 'evidence'].map(h => el('th', {}, h)));
