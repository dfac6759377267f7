// The world choropleth: Natural Earth 110m countries (TopoJSON, ids ISO 3166-1 alpha-2), drawn in
// the Equal Earth projection as SVG; each country with figures is a link to its region page.
import { esc, num, pct } from './format.js';

export const METRICS = {
  hosted: { label: 'Hosted H100e', value: (r) => r.sovereignty.hostedH100e, format: num, share: false },
  controlled: { label: 'Controlled H100e', value: (r) => r.sovereignty.controlledH100e, format: num, share: false },
  energized: { label: 'Energized MW', value: (r) => r.powerMw.energized, format: num, share: false },
  sovereignShare: { label: 'Sovereign share', value: (r) => r.sovereignty.sovereignShare, format: pct, share: true },
  supplyDependency: { label: 'Supply dependency', value: (r) => r.sovereignty.supplyDependency, format: pct, share: true },
};
// Blues from light to dark; every step is ≥ 3:1 against the no-data grey's neighbours.
const RAMP = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c', '#08306b'];
const NO_DATA = '#ececec';
const WIDTH = 960;
const HEIGHT = 470;

let shapes; // [{code, name, d}] once loaded

async function loadShapes() {
  if (shapes) return shapes;
  const topo = await (await fetch('/dashboard/world-110m.json')).json();
  const arcs = decodeArcs(topo);
  shapes = topo.objects.countries.geometries.map((g) => ({
    code: g.id,
    name: g.properties.name,
    d: (g.type === 'Polygon' ? [g.arcs] : g.arcs).map((polygon) => polygon.map((ring) => ringPath(ring, arcs)).join('')).join(''),
  }));
  return shapes;
}

function decodeArcs(topo) {
  const [sx, sy] = topo.transform.scale;
  const [tx, ty] = topo.transform.translate;
  return topo.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/**
 * A ring as SVG path data. A ring that crosses the antimeridian (Russia, Fiji) is drawn with
 * continuous longitudes, once more shifted by 360°, and clipped to the map's outline.
 */
function ringPath(ring, arcs) {
  const points = [];
  ring.forEach((index, i) => {
    const arc = index < 0 ? arcs[~index].slice().reverse() : arcs[index];
    points.push(...(i === 0 ? arc : arc.slice(1)));
  });
  let previous = points[0][0];
  const unwrapped = points.map(([lon, lat]) => {
    let x = lon;
    while (x - previous > 180) x -= 360;
    while (previous - x > 180) x += 360;
    previous = x;
    return [x, lat];
  });
  const path = (shift) => `M${unwrapped.map(([lon, lat]) => project(lon + shift, lat).map((v) => v.toFixed(1)).join(',')).join('L')}Z`;
  const lons = unwrapped.map(([lon]) => lon);
  if (Math.max(...lons) > 180) return path(0) + path(-360);
  if (Math.min(...lons) < -180) return path(0) + path(360);
  return path(0);
}

/** The outline of the world in the projection: the meridians ±180°. */
function outline() {
  const lats = Array.from({ length: 37 }, (_, i) => -90 + i * 5);
  const edge = (lon, list) => list.map((lat) => project(lon, lat).map((v) => v.toFixed(1)).join(','));
  return `M${[...edge(-180, lats), ...edge(180, lats.slice().reverse())].join('L')}Z`;
}

// Equal Earth (Šavrič, Patterson, Jenny 2018).
const A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796, M = Math.sqrt(3) / 2;
function project(lon, lat) {
  const l = (lon * Math.PI) / 180;
  const theta = Math.asin(M * Math.sin((lat * Math.PI) / 180));
  const t2 = theta * theta, t6 = t2 * t2 * t2;
  const x = (l * Math.cos(theta)) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
  const y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  return [WIDTH / 2 + x * 175, HEIGHT / 2 - y * 175];
}

/** Class breaks: shares in fixed steps; amounts in steps of powers of ten above the smallest. */
function breaks(metric, values) {
  if (metric.share) return [0.2, 0.4, 0.6, 0.8, 0.95];
  const positive = values.filter((v) => v > 0);
  if (!positive.length) return [1, 10, 100, 1000, 10000];
  const max = Math.max(...positive);
  const top = Math.ceil(Math.log10(max));
  return [top - 5, top - 4, top - 3, top - 2, top - 1].map((e) => 10 ** e);
}

function color(value, edges) {
  if (value == null) return NO_DATA;
  let i = 0;
  while (i < edges.length && value >= edges[i]) i++;
  return RAMP[i];
}

export class WorldMap {
  constructor(el) {
    this.el = el;
  }

  async draw(regions, metricName) {
    const metric = METRICS[metricName] || METRICS.hosted;
    const all = await loadShapes();
    const values = regions.map(metric.value);
    const edges = breaks(metric, values);
    const byCode = new Map(regions.map((r) => [r.code, r]));
    const paths = all.map((s) => {
      const region = byCode.get(s.code);
      if (!region) {
        return `<path d="${s.d}" fill="${NO_DATA}" data-code="${esc(s.code || '')}"><title>${esc(s.name)}: no data</title></path>`;
      }
      const v = metric.value(region);
      const label = `${region.name}: ${metric.label} ${metric.format(v)}`;
      return `<a href="#/region/${esc(region.code)}" aria-label="${esc(label)}" data-code="${esc(region.code)}"
        data-value="${v}"><path d="${s.d}" fill="${color(v, edges)}"/></a>`;
    });
    this.el.innerHTML = `
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" class="map" role="group" aria-label="World map of ${esc(metric.label)} by country">
        <defs><clipPath id="sphere"><path d="${outline()}"/></clipPath></defs>
        <path d="${outline()}" fill="#f7fbff" stroke="#c9d3dd"/>
        <g clip-path="url(#sphere)">${paths.join('')}</g>
      </svg>
      <div class="tip" hidden></div>
      <ul class="legend" aria-label="Legend">
        <li><span style="background:${NO_DATA}"></span>no data</li>
        ${RAMP.map((c, i) => `<li><span style="background:${c}"></span>${i === 0 ? '<' : '≥'} ${metric.format(edges[i === 0 ? 0 : i - 1])}</li>`).join('')}
      </ul>`;
    this.bindTips(byCode, metric);
  }

  bindTips(byCode, metric) {
    const tip = this.el.querySelector('.tip');
    const show = (event) => {
      const link = event.target.closest('a[data-code]');
      if (!link) { tip.hidden = true; return; }
      const r = byCode.get(link.dataset.code);
      tip.innerHTML = `<strong>${esc(r.name)}</strong><br>${esc(metric.label)}: ${metric.format(metric.value(r))}
        <br>Hosted ${num(r.sovereignty.hostedH100e)} · controlled ${num(r.sovereignty.controlledH100e)} H100e
        <br>Energized ${num(r.powerMw.energized)} MW · sovereign ${pct(r.sovereignty.sovereignShare)}`;
      tip.hidden = false;
      const box = this.el.getBoundingClientRect();
      const target = event.clientX != null ? event : link.getBoundingClientRect();
      const x = (event.clientX ?? target.left) - box.left;
      const y = (event.clientY ?? target.top) - box.top;
      tip.style.left = `${Math.min(x + 12, box.width - 220)}px`;
      tip.style.top = `${y + 12}px`;
    };
    const svg = this.el.querySelector('svg');
    svg.addEventListener('mousemove', show);
    svg.addEventListener('focusin', show);
    svg.addEventListener('mouseleave', () => { tip.hidden = true; });
    svg.addEventListener('focusout', () => { tip.hidden = true; });
  }

  /** Re-colours one country after a live change (a redraw keeps the breaks right). */
  async update(regions, metricName, changedCode) {
    await this.draw(regions, metricName);
    const changed = this.el.querySelector(`a[data-code="${CSS.escape(changedCode)}"] path`);
    if (changed) changed.classList.add('changed');
  }
}
