// The evidence of one event: each article's report, its sentence with the source, target and
// trigger marked, and the codes and rule the coder gave it.
import { el, api, showError, quadNames } from './common.js';

const holder = document.getElementById('reports');

// Splits the sentence at the span offsets; every piece goes in as text, marked pieces inside <mark>.
function markedSentence(sentence, spans) {
  const out = el('p', { class: 'sentence' });
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping spans: the first one wins
    out.append(sentence.slice(at, s.start), el('mark', { class: s.role, title: s.role }, sentence.slice(s.start, s.end)));
    at = s.end;
  }
  out.append(sentence.slice(at));
  return out;
}

function report(r) {
  const e = r.event;
  const facts = [
    ['document', `${e.doc} (${r.host})`],
    ['source', `${e.source.name} ${e.source.code} ← “${e.source.text}”`],
    ['target', `${e.target.name} ${e.target.code} ← “${e.target.text}”`],
    ['CAMEO', `${e.cameo} ${e.cameo_name} (Goldstein ${e.goldstein}, ${quadNames[e.quad_class]})`],
    ['PLOVER', [e.plover.type, e.plover.mode, e.plover.context].filter(Boolean).join(' / ')],
    ['date', `${e.date ?? '-'}${e.reported ? ` (reported ${e.reported})` : ''}`],
    ['place', e.location ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ''}` : '-'],
    ['quantity', e.quantity ? `${e.quantity.count ?? ''} ${e.quantity.what ?? ''}` : '-'],
    ['modality', e.modality],
    ['trigger', `“${e.trigger.text}”`],
    ['rule', e.rule],
    ['confidence', e.confidence],
  ];
  return el('section', { class: 'report' },
    el('h3', {}, `Report ${r.report_id}`),
    el('p', {}, el('a', { href: `article.html?doc=${encodeURIComponent(r.doc_key)}` }, 'Read the article with its actors and triggers marked')),
    markedSentence(r.evidence.sentence, r.evidence.spans),
    el('dl', {}, facts.flatMap(([k, v]) => [el('dt', {}, k), el('dd', {}, String(v))])));
}

const id = new URLSearchParams(location.search).get('event');
if (!id) holder.replaceChildren(el('p', { class: 'muted' }, 'Open an event from the dyad view, the event table or the map.'));
else {
  try {
    const data = await api(`/api/events/${encodeURIComponent(id)}`);
    document.title = `Dyad: event ${data.id}`;
    holder.replaceChildren(el('h2', {}, `Event ${data.id}: ${data.reports.length} report(s)`), ...data.reports.map(report));
  } catch (e) { showError(holder, e); }
}
