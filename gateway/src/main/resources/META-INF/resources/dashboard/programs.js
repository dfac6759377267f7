// Programs (e.g. Stargate): commitment against planned, under-construction and energized MW.
import { get, at } from './api.js';
import { html, raw, num, usd } from './format.js';

export class ProgramsView {
  constructor(el) {
    this.el = el;
  }

  async update(state) {
    const programs = await get('/programs', at(state));
    this.el.innerHTML = html`<h1>Programs</h1>
      <p class="lead">What each program's contracts commit, against the capacity its sites plan, build and energize.</p>
      ${programs.length ? programs.map((p) => raw(card(p))) : raw('<p class="empty">No program on this date.</p>')}`;
  }

  live(region) {
    if (region.level === 'program' && !this.pending) {
      this.pending = setTimeout(() => { this.pending = null; this.update(this.state); }, 400);
    }
  }
}

function card(p) {
  const max = Math.max(p.committedMw, p.powerMw.planned, 1);
  const bar = (label, value, cls) => html`<li><span class="name">${label}</span>
    <span class="track"><span class="bar ${cls}" style="width:${(100 * value) / max}%"></span></span><span class="n">${num(value)} MW</span></li>`;
  return html`<section class="panel program" data-program="${p.name}" aria-labelledby="program-${p.name}">
    <h2 id="program-${p.name}">${p.name}</h2>
    <figure class="bars-chart"><figcaption>Committed vs built (MW)</figcaption><ul>
      ${raw(bar('Committed', p.committedMw, 'committed'))}
      ${raw(bar('Planned', p.powerMw.planned, 'planned'))}
      ${raw(bar('Under construction', p.powerMw.underConstruction, 'building'))}
      ${raw(bar('Energized', p.powerMw.energized, 'energized'))}
    </ul></figure>
    <dl class="facts">
      <div><dt>Committed value</dt><dd>${usd(p.committedUsd)}</dd></div>
      <div><dt>GPUs delivered</dt><dd>${num(p.gpus.delivered)} (${num(p.gpus.h100e)} H100e)</dd></div>
      <div><dt>Gap (committed − energized)</dt><dd data-figure="gapMw">${num(p.gapMw)} MW</dd></div>
      <div><dt>Countries</dt><dd>${p.countries.map((c) => raw(html`<a href="#/region/${c}">${c}</a> `))}</dd></div>
    </dl>
  </section>`;
}
