// Calls to the gateway's read API; an error answer becomes a Problem with its title and detail.
export class Problem extends Error {
  constructor(status, title, detail) {
    super(`${title}: ${detail}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }
}

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => v != null && v !== '' && query.set(k, v));
  const url = `/api/v1${path}${query.size ? `?${query}` : ''}`;
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Problem(0, 'The gateway cannot be reached', `${url}: ${e.message}`);
  }
  if (response.ok) return response.json();
  let problem = {};
  try { problem = await response.json(); } catch (e) { /* not JSON */ }
  throw new Problem(response.status, problem.title || `HTTP ${response.status}`, problem.detail || url);
}

/** The time parameters of the current state: asOf and knownAt, when set. */
export const at = (state) => ({
  asOf: state.asOf,
  knownAt: state.knownAt ? `${state.knownAt}T23:59:59Z` : null,
});
