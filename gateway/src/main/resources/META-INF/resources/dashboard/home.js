// The home view: world figures, the choropleth and the sovereignty ranking (bars and a sortable table).
import { get, at } from './api.js';
import { html, raw, num, pct, setFigure, flash } from './format.js';
import { WorldMap, METRICS } from './map.js';

const COLUMNS = [
  { key: 'rank', label: 'Rank', value: (r) => r.rank },
  { key: 'name', label: 'Region', value: (r) => r.name },
  { key: 'hosted', label: 'Hosted H100e', value: (r) => r.sovereignty.hostedH100e, format: num },
  { key: 'controlled', label: 'Controlled H100e', value: (r) => r.sovereignty.controlledH100e, format: num },
  { key: 'sovereignShare', label: 'Sovereign share', value: (r) => r.sovereignty.sovereignShare, format: pct },
  { key: 'supplyDependency', label: 'Supply dependency', value: (r) => r.sovereignty.supplyDependency, format: pct },
];

export class HomeView {
  constructor(el, app) {
    this.el = el;
    this.app = app;
    el.innerHTML = html`
      <h1>Where the world's AI compute is, and who controls it</h1>
      <section class="world" aria-label="World totals" id="world"></section>
      <section aria-labelledby="map-title" class="panel">
        <div class="panel-head">
          <h2 id="map-title">World map</h2>
          <label>Colour by <select id="metric">${raw(Object.entries(METRICS).map(([k, m]) => `<option value="${k}">${m.label}</option>`).join(''))}</select></label>
        </div>
        <div id="map" class="map-wrap"></div>
      </section>
      <section aria-labelledby="ranking-title" class="panel">
        <div class="panel-head">
          <h2 id="ranking-title">Sovereignty ranking</h2>
          <fieldset class="switch"><legend>Level</legend>
            <label><input type="radio" name="level" value="country"> Countries</label>
            <label><input type="radio" name="level" value="bloc"> Blocs</label>
          </fieldset>
        </div>
        <div id="ranking"></div>
      </section>`;
    this.map = new WorldMap(el.querySelector('#map'));
    el.querySelector('#metric').addEventListener('change', (e) => app.set({ metric: e.target.value }));
    el.querySelectorAll('input[name=level]').forEach((input) =>
      input.addEventListener('change', () => app.set({ level: input.value })));
  }

  async update(state) {
    const metric = state.metric || 'hosted';
    const level = state.level || 'country';
    this.el.querySelector('#metric').value = metric;
    this.el.querySelector(`input[name=level][value=${level}]`).checked = true;
    const [countries, ranking] = await Promise.all([
      get('/capacity/regions', { level: 'country', ...at(state) }),
      get('/capacity/sovereignty', { level, ...at(state) }),
    ]);
    this.state = state;
    this.countries = countries.regions;
    this.ranking = ranking.regions;
    this.world = countries.world;
    this.renderWorld();
    await this.map.draw(this.countries, metric);
    this.renderRanking();
  }

  renderWorld() {
    const w = this.world || {};
    const items = [
      ['sites', 'Sites', w.sites ? num(w.sites.announced + w.sites.underConstruction + w.sites.operational) : '—'],
      ['plannedMw', 'Planned MW', num(w.powerMw?.planned)],
      ['energizedMw', 'Energized MW', num(w.powerMw?.energized)],
      ['gpus', 'GPUs delivered', num(w.gpus?.delivered)],
      ['h100e', 'H100-equivalents', num(w.gpus?.h100e)],
    ];
    const box = this.el.querySelector('#world');
    if (!box.children.length) {
      box.innerHTML = items.map(([k, label]) => `<div class="figure"><span class="label">${label}</span><span class="value" data-world="${k}"></span></div>`).join('');
    }
    items.forEach(([k, , value]) => setFigure(box.querySelector(`[data-world=${k}]`), value));
  }

  renderRanking() {
    const state = this.state;
    const sort = COLUMNS.find((c) => c.key === state.sort) || COLUMNS[0];
    const dir = state.dir === 'desc' ? -1 : 1;
    const rows = [...this.ranking].sort((a, b) => {
      const x = sort.value(a), y = sort.value(b);
      return (typeof x === 'string' ? x.localeCompare(y) : x - y) * dir || a.rank - b.rank;
    });
    const max = Math.max(1, ...rows.map((r) => Math.max(r.sovereignty.hostedH100e, r.sovereignty.controlledH100e)));
    const box = this.el.querySelector('#ranking');
    if (!rows.length) {
      box.innerHTML = '<p class="empty">No region has figures on this date.</p>';
      return;
    }
    box.innerHTML = html`
      <div class="table-wrap"><table class="ranking">
        <caption>Regions ranked by hosted H100-equivalents; bars: hosted (dark) and controlled (light)</caption>
        <thead><tr>${COLUMNS.map((c) => raw(html`<th scope="col" aria-sort="${c === sort ? (dir > 0 ? 'ascending' : 'descending') : 'none'}">
          <button type="button" data-sort="${c.key}">${c.label}</button></th>`))}<th scope="col">Hosted vs controlled</th></tr></thead>
        <tbody>${rows.map((r) => raw(html`<tr data-code="${r.code}">
          <td>${r.rank}</td>
          <th scope="row"><a href="#/region/${r.code}">${r.name}</a></th>
          ${COLUMNS.slice(2).map((c) => raw(html`<td class="n" data-col="${c.key}" data-value="${c.value(r)}">${c.format(c.value(r))}</td>`))}
          <td class="bars" aria-hidden="true"><span class="bar hosted" style="width:${(100 * r.sovereignty.hostedH100e) / max}%"></span><span class="bar controlled" style="width:${(100 * r.sovereignty.controlledH100e) / max}%"></span></td>
        </tr>`))}</tbody>
      </table></div>`;
    box.querySelectorAll('button[data-sort]').forEach((b) => b.addEventListener('click', () => {
      const same = state.sort === b.dataset.sort || (!state.sort && b.dataset.sort === 'rank');
      this.app.set({ sort: b.dataset.sort, dir: same && state.dir !== 'desc' ? 'desc' : 'asc' }, { focus: `button[data-sort=${b.dataset.sort}]` });
    }));
  }

  /** A live change of one region (current date only). */
  live(region) {
    if (region.code === 'WORLD') {
      this.world = region;
      this.renderWorld();
      return;
    }
    const level = this.state.level || 'country';
    if (region.level === 'country') {
      upsert(this.countries, region);
      this.map.update(this.countries, this.state.metric || 'hosted', region.code);
    }
    if (region.level === level) {
      const before = JSON.stringify(this.ranking.find((r) => r.code === region.code)?.sovereignty);
      upsert(this.ranking, { code: region.code, name: region.name, sovereignty: region.sovereignty });
      this.ranking.sort((a, b) => b.sovereignty.hostedH100e - a.sovereignty.hostedH100e || a.code.localeCompare(b.code));
      this.ranking.forEach((r, i) => { r.rank = i + 1; });
      this.renderRanking();
      if (before !== JSON.stringify(region.sovereignty)) {
        this.el.querySelectorAll(`#ranking tr[data-code="${CSS.escape(region.code)}"] td`).forEach(flash);
      }
    }
  }
}

function upsert(list, item) {
  const i = list.findIndex((r) => r.code === item.code);
  if (i >= 0) list[i] = { ...list[i], ...item };
  else list.push(item);
}
