// A region's page: figures, sovereignty breakdowns, sites, contracts and the timeline.
import { get, at } from './api.js';
import { html, raw, num, pct, usd, setFigure, titleCase } from './format.js';
import { bars, timeline } from './charts.js';

const FIGURES = [
  ['hostedH100e', 'Hosted H100e', (r) => num(r.sovereignty.hostedH100e)],
  ['controlledH100e', 'Controlled H100e', (r) => num(r.sovereignty.controlledH100e)],
  ['sovereignShare', 'Sovereign share', (r) => pct(r.sovereignty.sovereignShare)],
  ['supplyDependency', 'Supply dependency', (r) => pct(r.sovereignty.supplyDependency)],
  ['plannedMw', 'Planned MW', (r) => num(r.powerMw.planned)],
  ['underConstructionMw', 'Under construction MW', (r) => num(r.powerMw.underConstruction)],
  ['energizedMw', 'Energized MW', (r) => num(r.powerMw.energized)],
  ['gpus', 'GPUs delivered', (r) => num(r.gpus.delivered)],
  ['sites', 'Sites (announced / building / operational)', (r) => `${r.sites.announced} / ${r.sites.underConstruction} / ${r.sites.operational}`],
  ['contracts', 'Contracts', (r) => `${r.contracts.count} · ${usd(r.contracts.valueUsd)}`],
  ['worldShare', 'World share of H100e', (r) => pct(r.worldShare.h100e)],
];
const FIRST_DAY = '2016-01-01';

export class RegionView {
  constructor(el, app, code) {
    this.el = el;
    this.app = app;
    this.code = code;
  }

  async update(state) {
    this.state = state;
    const day = state.asOf || new Date().toISOString().slice(0, 10);
    const [region, sites, contracts, line] = await Promise.all([
      get(`/capacity/regions/${encodeURIComponent(this.code)}`, at(state)),
      get(`/capacity/regions/${encodeURIComponent(this.code)}/sites`, { asOf: state.asOf }),
      get(`/capacity/regions/${encodeURIComponent(this.code)}/contracts`, { asOf: state.asOf }),
      get('/capacity/timeline', { region: this.code, from: FIRST_DAY, to: day, step: 'quarter', knownAt: at(state).knownAt }),
    ]);
    if (!this.el.querySelector('#figures')) this.skeleton(region);
    this.region = region;
    this.renderFigures();
    this.renderLists(sites.sites, contracts.contracts);
    await timeline(this.el.querySelector('#timeline'), line.points);
  }

  skeleton(region) {
    this.el.innerHTML = html`
      <p class="crumbs"><a href="#/">World</a> › ${titleCase(region.level)}</p>
      <h1>${region.name} <span class="code">${region.code}</span></h1>
      <section aria-label="Figures" id="figures" class="figures">
        ${FIGURES.map(([k, label]) => raw(html`<div class="figure"><span class="label">${label}</span><span class="value" data-figure="${k}"></span></div>`))}
      </section>
      <section class="panel" aria-labelledby="breakdowns-title"><h2 id="breakdowns-title">Who controls it, whose chips</h2><div id="breakdowns" class="breakdowns"></div></section>
      <section class="panel" aria-labelledby="timeline-title"><h2 id="timeline-title">Timeline</h2><div id="timeline" class="timeline"></div></section>
      <section class="panel" aria-labelledby="sites-title"><h2 id="sites-title">Sites</h2><div id="sites"></div></section>
      <section class="panel" aria-labelledby="contracts-title"><h2 id="contracts-title">Contracts</h2><div id="contracts"></div></section>
      ${this.state.knownAt ? raw('<p class="note">Sites and contracts are listed as the ledger knows them now, on the date chosen.</p>') : ''}`;
  }

  renderFigures() {
    FIGURES.forEach(([k, , value]) => setFigure(this.el.querySelector(`[data-figure=${k}]`), value(this.region)));
    const s = this.region.sovereignty;
    this.el.querySelector('#breakdowns').innerHTML = [
      bars('Hosted here, by controller country', s.hostedByControllerCountry),
      bars('Hosted here, by chip vendor country', s.hostedByVendorCountry),
      bars('Controlled from here, by host country', s.controlledByHostCountry),
    ].join('');
  }

  renderLists(sites, contracts) {
    this.el.querySelector('#sites').innerHTML = sites.length ? html`<div class="table-wrap"><table>
      <caption>Sites located in ${this.region.name}, largest planned capacity first</caption>
      <thead><tr><th scope="col">Site</th><th scope="col">Status</th><th scope="col">Planned MW</th><th scope="col">Energized MW</th><th scope="col">GPUs</th><th scope="col">H100e</th><th scope="col">Operator</th></tr></thead>
      <tbody>${sites.map((s) => raw(html`<tr data-site="${s.siteId}"><th scope="row"><a href="#/site/${s.siteId}">${s.name}</a></th>
        <td>${titleCase(s.status)}</td><td class="n">${num(s.plannedMw)}</td><td class="n">${num(s.energizedMw)}</td>
        <td class="n">${num(s.gpus.delivered)}</td><td class="n">${num(s.gpus.h100e)}</td><td>${s.operator?.name ?? ''}</td></tr>`))}</tbody>
    </table></div>` : '<p class="empty">No site on this date.</p>';
    this.el.querySelector('#contracts').innerHTML = contracts.length ? html`<div class="table-wrap"><table>
      <caption>Contracts counting in ${this.region.name}, largest value first</caption>
      <thead><tr><th scope="col">Contract</th><th scope="col">Kind</th><th scope="col">Parties</th><th scope="col">Value</th><th scope="col">Committed MW</th><th scope="col">Signed</th></tr></thead>
      <tbody>${contracts.map((c) => raw(html`<tr data-contract="${c.contractId}"><th scope="row"><a href="#/contract/${c.contractId}">${c.title}</a></th>
        <td>${titleCase(c.kind)}</td><td>${c.parties.map((p) => `${p.name} (${p.country}, ${p.role.toLowerCase()})`).join('; ')}</td>
        <td class="n">${usd(c.valueUsd)}</td><td class="n">${num(c.committedMw)}</td><td>${c.signedOn}</td></tr>`))}</tbody>
    </table></div>` : '<p class="empty">No contract on this date.</p>';
  }

  live(region) {
    if (region.code !== this.code) return;
    this.region = region;
    this.renderFigures();
    clearTimeout(this.refresh);
    this.refresh = setTimeout(() => this.update(this.state).catch((e) => this.app.problem(e)), 400);
  }
}
