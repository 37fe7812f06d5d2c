// A stored article with every event coded from it: the text with each source, target and trigger
// marked where the coder found it, and the events with their codes and rules. Article text is
// untrusted: it only ever goes into the page as text nodes.
import { el, api, showError } from './common.js';

const holder = document.getElementById('article');

// Marks from all reports, in text order; where two overlap, the one that starts first wins.
function markedText(text, reports) {
  const spans = reports.flatMap(r => [
    { ...r.event.source, role: 'source', id: r.event_id },
    { ...r.event.target, role: 'target', id: r.event_id },
    { start: r.event.trigger.start, end: r.event.trigger.end, role: 'trigger', id: r.event_id },
  ]).filter(s => s.start >= 0 && s.end <= text.length && s.start < s.end).sort((a, b) => a.start - b.start);
  const out = el('div', { class: 'article-text' });
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue;
    out.append(text.slice(at, s.start), el('mark', { class: s.role, title: `${s.role} of event ${s.id}` }, text.slice(s.start, s.end)));
    at = s.end;
  }
  out.append(text.slice(at));
  return out;
}

function eventRow(r) {
  const e = r.event;
  return el('li', {},
    el('a', { href: `document.html?event=${encodeURIComponent(r.event_id)}` }, `${e.source.code} → ${e.target.code}`),
    ` CAMEO ${e.cameo} ${e.cameo_name}, PLOVER ${e.plover.type}, ${e.date ?? 'no date'}, ${e.modality}, rule ${e.rule}`);
}

const key = new URLSearchParams(location.search).get('doc');
if (!key) holder.replaceChildren(el('p', { class: 'muted' }, 'Open an article from an event\'s evidence.'));
else {
  try {
    const d = await api(`/api/documents/${encodeURIComponent(key)}`);
    document.title = `Dyad: ${d.title ?? d.doc}`;
    holder.replaceChildren(
      el('h2', {}, d.title ?? d.doc),
      el('p', { class: 'muted' }, [d.doc, d.published, d.url].filter(Boolean).join(' · ')),
      markedText(d.text, d.reports),
      el('h3', {}, `${d.reports.length} event report(s)`),
      el('ul', {}, d.reports.map(eventRow)));
  } catch (e) { showError(holder, e); }
}
