// Formatting and HTML helpers shared by the views.
const NUMBER = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const WHOLE = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const COMPACT = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export const num = (v) => (v == null ? '—' : NUMBER.format(v));
export const whole = (v) => (v == null ? '—' : WHOLE.format(v));
export const pct = (v) => (v == null ? '—' : `${NUMBER.format(v * 100)} %`);
export const usd = (v) => (v == null ? '—' : `$${COMPACT.format(v)}`);

export function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) =>
    ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** A tagged template that escapes every value except arrays of already built HTML (raw). */
export function html(strings, ...values) {
  return strings.reduce((out, s, i) => {
    const v = values[i - 1];
    const text = v instanceof Raw ? v.text : Array.isArray(v) ? v.map((x) => (x instanceof Raw ? x.text : esc(x))).join('') : esc(v);
    return out + text + s;
  });
}

class Raw {
  constructor(text) { this.text = text; }
}
export const raw = (text) => new Raw(text);

/** Sets an element's text; when it changed, highlights it briefly. */
export function setFigure(el, text) {
  if (!el || el.textContent === text) return;
  const first = el.textContent === '';
  el.textContent = text;
  if (!first) flash(el);
}

export function flash(el) {
  el.classList.remove('changed');
  void el.offsetWidth; // restart the animation
  el.classList.add('changed');
}

export const titleCase = (s) => String(s ?? '').toLowerCase().replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
