// The dashboard shell: state in the URL (#/route?asOf=…&knownAt=…), the time controls, the views
// and the live stream.
import { html } from './format.js';
import { HomeView } from './home.js';
import { RegionView } from './region.js';
import { ProgramsView } from './programs.js';
import { LedgerView } from './ledger.js';

const FIRST_DAY = Date.UTC(2016, 0, 1);
const DAY_MS = 86_400_000;
const today = () => new Date().toISOString().slice(0, 10);
const dayIndex = (date) => Math.round((Date.parse(date) - FIRST_DAY) / DAY_MS);
const dateOf = (index) => new Date(FIRST_DAY + index * DAY_MS).toISOString().slice(0, 10);

const main = document.getElementById('view');
const slider = document.getElementById('asof');
const sliderLabel = document.getElementById('asof-label');
const knownAt = document.getElementById('knownat');
const liveStatus = document.getElementById('live');

let view;
let viewKey;
let renderCount = 0;

function parse() {
  const [path, query = ''] = location.hash.replace(/^#/, '').split('?');
  const params = Object.fromEntries(new URLSearchParams(query));
  const parts = path.split('/').filter(Boolean);
  return { route: parts[0] || 'home', id: parts[1] ? decodeURIComponent(parts[1]) : null, ...params };
}

function hashOf(state) {
  const { route, id, ...params } = state;
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v != null && v !== ''));
  const path = route === 'home' ? '/' : `/${route}${id ? `/${encodeURIComponent(id)}` : ''}`;
  return `#${path}${query.size ? `?${query}` : ''}`;
}

const app = {
  state: parse(),
  /** Changes part of the state (and the URL); the views follow. */
  set(changes, options = {}) {
    const next = { ...app.state, ...changes };
    Object.keys(next).forEach((k) => next[k] == null && delete next[k]);
    history.replaceState(null, '', hashOf(next));
    app.state = next;
    return render(options);
  },
  /** Opens another view (path like /region/US), keeping the time controls. */
  go(path) {
    const [route, id] = path.split('/').filter(Boolean);
    const { asOf, knownAt: known } = app.state;
    location.hash = hashOf({ route: route || 'home', id: id ? decodeURIComponent(id) : null, asOf, knownAt: known });
  },
  problem(error) {
    showProblem(error);
  },
};

function showProblem(error) {
  const box = document.createElement('div');
  box.className = 'problem';
  box.setAttribute('role', 'alert');
  box.innerHTML = html`<strong>${error.title || 'Error'}</strong> <span>${error.detail || error.message}</span>`;
  main.querySelector('.problem')?.remove();
  main.prepend(box);
}

function makeView(state) {
  switch (state.route) {
    case 'region': return new RegionView(main, app, state.id.toUpperCase());
    case 'programs': return new ProgramsView(main, app);
    case 'site': return new LedgerView(main, 'sites', state.id);
    case 'contract': return new LedgerView(main, 'contracts', state.id);
    default: return new HomeView(main, app);
  }
}

async function render(options = {}) {
  const state = app.state;
  const mine = ++renderCount;
  syncControls(state);
  const key = `${state.route}/${state.id ?? ''}`;
  if (key !== viewKey) {
    viewKey = key;
    main.innerHTML = '<p class="loading">Loading…</p>';
    view = makeView(state);
    document.querySelectorAll('[data-nav]').forEach((a) =>
      a.toggleAttribute('aria-current', a.dataset.nav === state.route));
  }
  main.setAttribute('aria-busy', 'true');
  try {
    await view.update(state);
    view.state = state;
    if (mine === renderCount) main.querySelector('.problem')?.remove();
    if (options.focus) main.querySelector(options.focus)?.focus();
  } catch (error) {
    if (mine === renderCount) {
      if (main.querySelector('.loading')) main.innerHTML = '';
      showProblem(error);
    }
  } finally {
    if (mine === renderCount) {
      main.setAttribute('aria-busy', 'false');
      document.body.dataset.rendered = String(mine);
    }
  }
}

function syncControls(state) {
  const max = dayIndex(today());
  slider.max = String(max);
  slider.value = String(state.asOf ? dayIndex(state.asOf) : max);
  const label = state.asOf ? state.asOf : 'today (live)';
  sliderLabel.textContent = label;
  slider.setAttribute('aria-valuetext', label);
  knownAt.max = today();
  knownAt.value = state.knownAt || '';
  const past = state.asOf || state.knownAt;
  document.body.classList.toggle('past', Boolean(past));
  if (past) liveStatus.textContent = 'live updates paused (past view)';
  else if (stream?.readyState === EventSource.OPEN) liveStatus.textContent = '● live';
}

let sliderTimer;
slider.addEventListener('input', () => {
  const index = Number(slider.value);
  const asOf = index >= Number(slider.max) ? null : dateOf(index);
  sliderLabel.textContent = asOf || 'today (live)';
  clearTimeout(sliderTimer);
  sliderTimer = setTimeout(() => app.set({ asOf }), 150);
});
document.getElementById('today').addEventListener('click', () => app.set({ asOf: null, knownAt: null }));
knownAt.addEventListener('change', () => app.set({ knownAt: knownAt.value || null }));
document.getElementById('time').addEventListener('submit', (e) => e.preventDefault());
// In-page links keep the date and knownAt of the current view.
document.addEventListener('click', (event) => {
  const link = event.target.closest('a[href^="#/"]');
  if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  app.go(link.getAttribute('href').slice(1));
});
window.addEventListener('hashchange', () => {
  app.state = parse();
  render().then(() => main.focus({ preventScroll: true }));
});

// Live: one EventSource; the browser resumes with Last-Event-ID. When the stream is refused
// (the service down), it is reopened after a growing pause.
let stream;
let retry = 1000;
function connect() {
  stream = new EventSource('/api/v1/capacity/stream');
  stream.onopen = () => {
    retry = 1000;
    if (!app.state.asOf && !app.state.knownAt) liveStatus.textContent = '● live';
  };
  stream.addEventListener('region', (event) => {
    if (app.state.asOf || app.state.knownAt || !view?.state) return;
    view.live(JSON.parse(event.data));
  });
  stream.onerror = () => {
    liveStatus.textContent = 'reconnecting…';
    if (stream.readyState === EventSource.CLOSED) {
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 30_000);
    }
  };
}

// A page left open in the back/forward cache would keep its stream, and browsers open only six
// connections per server: close it on leaving, reopen on coming back.
window.addEventListener('pagehide', () => stream.close());
window.addEventListener('pageshow', (event) => event.persisted && connect());

render();
connect();
