// Site and contract pages: their current state and their audit trail (every event, its source and confidence).
import { get } from './api.js';
import { html, raw, num, usd, titleCase } from './format.js';

export class LedgerView {
  constructor(el, kind, id) {
    this.el = el;
    this.kind = kind; // 'sites' or 'contracts'
    this.id = id;
  }

  async update() {
    const base = `/${this.kind}/${encodeURIComponent(this.id)}`;
    const [item, trail] = await Promise.all([get(base), get(`${base}/events`)]);
    this.el.innerHTML = html`
      <p class="crumbs"><a href="#/">World</a> › ${this.kind === 'sites' ? 'Site' : 'Contract'}</p>
      ${raw(this.kind === 'sites' ? site(item) : contract(item))}
      <section class="panel" aria-labelledby="trail-title"><h2 id="trail-title">Audit trail</h2>
      <div class="table-wrap"><table class="trail"><caption>Every event of this ${this.kind === 'sites' ? 'site' : 'contract'}, oldest first</caption>
        <thead><tr><th scope="col">#</th><th scope="col">Event</th><th scope="col">Business date</th><th scope="col">Recorded</th><th scope="col">Source</th><th scope="col">Confidence</th><th scope="col">By</th></tr></thead>
        <tbody>${trail.map((e) => raw(row(e)))}</tbody></table></div></section>`;
  }

  live() {}
}

function row(e) {
  const d = e.data || {};
  const date = d.occurredOn ?? Object.entries(d).find(([k, v]) => k.endsWith('On') && v)?.[1];
  const type = e.type.replace(/^io\.gigawatt\.(site|contract)\./, '').replace(/\.v\d+$/, '');
  const source = /^https?:\/\//.test(d.source || '') ? raw(html`<a href="${d.source}" rel="noopener noreferrer">${new URL(d.source).host}</a>`) : d.source || '—';
  return html`<tr><td>${e.version}</td><td>${titleCase(type.replace(/-/g, ' '))}</td><td>${date ?? '—'}</td>
    <td>${(e.recordedAt || '').replace('T', ' ').slice(0, 19)}</td><td>${source}</td>
    <td><span class="confidence ${String(d.confidence).toLowerCase()}">${titleCase(d.confidence)}</span></td><td>${e.metadata?.actor ?? ''}</td></tr>`;
}

function site(s) {
  const where = [s.location?.locality, s.location?.subdivision, s.location?.country].filter(Boolean);
  return html`<h1>${s.name}</h1>
    <dl class="facts">
      <div><dt>Status</dt><dd>${titleCase(s.status)}</dd></div>
      <div><dt>Where</dt><dd>${where.join(', ')} · <a href="#/region/${s.location?.country}">${s.location?.country}</a>${s.location?.subdivision ? raw(html` · <a href="#/region/${s.location.subdivision}">${s.location.subdivision}</a>`) : ''}</dd></div>
      <div><dt>Program</dt><dd>${s.program || '—'}</dd></div>
      <div><dt>Operator / owner</dt><dd>${s.operator?.name} (${s.operator?.country}) / ${s.owner?.name} (${s.owner?.country})</dd></div>
      <div><dt>Planned MW</dt><dd>${num(s.plannedCapacityMw)}</dd></div>
      <div><dt>Energized MW</dt><dd>${num(s.energizedMw)}</dd></div>
      <div><dt>Announced</dt><dd>${s.announcedOn}</dd></div>
    </dl>`;
}

function contract(c) {
  const t = c.terms || {};
  return html`<h1>${t.title || c.contractId}</h1>
    <dl class="facts">
      <div><dt>Status</dt><dd>${titleCase(c.status)}${c.terminatedOn ? ` on ${c.terminatedOn}` : ''}</dd></div>
      <div><dt>Kind</dt><dd>${titleCase(t.kind)}</dd></div>
      <div><dt>Parties</dt><dd>${(t.parties || []).map((p) => `${p.name} (${p.country}, ${p.role.toLowerCase()})`).join('; ')}</dd></div>
      <div><dt>Value</dt><dd>${usd(t.valueUsd)}</dd></div>
      <div><dt>Committed MW</dt><dd>${num(t.committedMw)}</dd></div>
      <div><dt>GPUs delivered</dt><dd>${num(c.gpusDelivered)}</dd></div>
      <div><dt>Sites</dt><dd>${(t.siteIds || []).map((id) => raw(html`<a href="#/site/${id}">${id.slice(0, 8)}…</a> `))}</dd></div>
      <div><dt>Signed</dt><dd>${t.signedOn || '—'}</dd></div>
    </dl>`;
}
