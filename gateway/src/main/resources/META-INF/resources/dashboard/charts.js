// Charts: horizontal bars in HTML (readable by screen readers) and the timeline with uPlot, which
// is loaded on first use from its Maven webjar.
import { html, raw, num, esc } from './format.js';

// Version-less: quarkus-web-dependency-locator maps it to the webjar on the classpath.
const UPLOT = '/webjars/uplot/dist';
let uplotLoading;

function loadUplot() {
  if (!uplotLoading) {
    uplotLoading = new Promise((resolve, reject) => {
      const css = document.createElement('link');
      css.rel = 'stylesheet';
      css.href = `${UPLOT}/uPlot.min.css`;
      document.head.append(css);
      const script = document.createElement('script');
      script.src = `${UPLOT}/uPlot.iife.min.js`;
      script.onload = () => resolve(window.uPlot);
      script.onerror = () => reject(new Error('uPlot could not be loaded'));
      document.head.append(script);
    });
  }
  return uplotLoading;
}

/** Bars of a {key: amount} map, largest first, with the amounts written out. */
export function bars(title, amounts, nameOf = (k) => k, unit = 'H100e') {
  const entries = Object.entries(amounts || {}).sort((a, b) => b[1] - a[1]);
  const total = entries.reduce((s, [, v]) => s + v, 0);
  if (!entries.length) return html`<figure class="bars-chart"><figcaption>${title}</figcaption><p class="empty">None.</p></figure>`;
  const max = Math.max(...entries.map(([, v]) => v), 1);
  return html`<figure class="bars-chart"><figcaption>${title}</figcaption><ul>
    ${entries.map(([k, v]) => raw(html`<li><span class="name">${nameOf(k)}</span>
      <span class="track"><span class="bar" style="width:${(100 * v) / max}%"></span></span>
      <span class="n">${num(v)} ${unit} (${num((100 * v) / (total || 1))} %)</span></li>`))}
  </ul></figure>`;
}

/** The timeline of a region: planned and energized MW (left axis), H100e (right axis). */
export async function timeline(el, points) {
  const uPlot = await loadUplot();
  const x = points.map((p) => Date.parse(p.date) / 1000);
  const planned = points.map((p) => p.figures.powerMw.planned);
  const energized = points.map((p) => p.figures.powerMw.energized);
  const h100e = points.map((p) => p.figures.gpus.h100e);
  el.innerHTML = '';
  const width = Math.max(280, el.clientWidth || 600);
  const chart = new uPlot({
    width,
    height: 260,
    series: [
      {},
      { points: { show: false }, label: 'Planned MW', stroke: '#6b6b6b', dash: [6, 4], width: 2, scale: 'mw' },
      { points: { show: false }, label: 'Energized MW', stroke: '#b35806', width: 2, scale: 'mw' },
      { points: { show: false }, label: 'H100e', stroke: '#08519c', width: 2, scale: 'h100e' },
    ],
    axes: [
      {},
      { scale: 'mw', label: 'MW', size: 70 },
      { scale: 'h100e', label: 'H100e', side: 1, size: 80, grid: { show: false } },
    ],
  }, [x, planned, energized, h100e], el);
  el.insertAdjacentHTML('beforeend', html`<details><summary>Timeline as a table</summary>
    <div class="table-wrap"><table><thead><tr><th scope="col">Date</th><th scope="col">Planned MW</th><th scope="col">Energized MW</th><th scope="col">H100e</th></tr></thead>
    <tbody>${points.map((p, i) => raw(`<tr><td>${esc(p.date)}</td><td class="n">${num(planned[i])}</td><td class="n">${num(energized[i])}</td><td class="n">${num(h100e[i])}</td></tr>`))}</tbody></table></div></details>`);
  return chart;
}
