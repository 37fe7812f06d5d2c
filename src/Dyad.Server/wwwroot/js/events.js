// The event table: the filters of `dyad events`, paged, with the same filters exported as CSV.
import { api, showError, formParams, fillForm, eventRows, eventHeader } from './common.js';

const form = document.getElementById('filters');
const table = document.getElementById('events');
const status = document.getElementById('status');
const csv = document.getElementById('csv');
const pageSize = 50;
let offset = 0;

async function load() {
  const params = formParams(form);
  history.replaceState(null, '', `?${params}${offset ? `&offset=${offset}` : ''}`);
  csv.href = `/api/export?format=csv&${params}`;
  params.set('limit', pageSize);
  params.set('offset', offset);
  try {
    const page = await api(`/api/events?${params}`);
    table.replaceChildren(eventHeader(), ...eventRows(page.events));
    status.textContent = page.events.length ? `events ${offset + 1}–${offset + page.events.length}` : 'no events match';
    document.getElementById('next').disabled = page.next_offset === null;
    document.getElementById('prev').disabled = offset === 0;
  } catch (e) { showError(table, e); }
}

form.addEventListener('submit', e => { e.preventDefault(); offset = 0; load(); });
document.getElementById('next').addEventListener('click', () => { offset += pageSize; load(); });
document.getElementById('prev').addEventListener('click', () => { offset = Math.max(0, offset - pageSize); load(); });
const initial = new URLSearchParams(location.search);
offset = Number(initial.get('offset')) || 0;
initial.delete('offset');
fillForm(form, initial);
load();
