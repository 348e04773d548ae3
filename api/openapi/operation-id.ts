// Operation ids derived from the route, so every operation has one without each route
// file naming it: a verb from the method (or from a trailing action segment such as
// `revoke`), then the path's words, singular where the path names one item.
// GET /runs -> listRuns, GET /runs/{id} -> getRun, POST /runs -> createRun,
// POST /admin/clients/{id}/revoke -> revokeAdminClient. A route that names its own
// (`schema.operationId`) keeps it.

/** Trailing path segments that are the operation itself rather than a resource. */
const ACTION_SEGMENTS: ReadonlySet<string> = new Set(['revoke', 'score', 'export', 'promote', 'rollback', 'cancel']);
/** Plural-looking words that name one thing (a GET of them is a `get`, not a `list`). */
const SINGULAR_WORDS: ReadonlySet<string> = new Set(['metrics', 'status', 'analytics', 'access']);

const isParam = (segment: string): boolean => segment.startsWith(':') || segment.startsWith('{');

function pascal(segment: string): string {
  return segment
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

function singular(word: string): string {
  if (SINGULAR_WORDS.has(word) || word.endsWith('ss') || !word.endsWith('s')) return word;
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}

const isPlural = (word: string): boolean => singular(word) !== word;

/** The operation id for a Fastify route (`:param` or `{param}` path templates). */
export function operationIdFor(method: string, url: string): string {
  const segments = url.split('/').filter(Boolean);
  let verb: string;
  const last = segments[segments.length - 1] ?? '';
  const action = !isParam(last) && ACTION_SEGMENTS.has(last) && segments.length > 1;
  if (action) {
    verb = last;
    segments.pop();
  } else if (method === 'GET') verb = !isParam(last) && isPlural(last) ? 'list' : 'get';
  else if (method === 'POST') verb = 'create';
  else if (method === 'PUT') verb = 'replace';
  else if (method === 'PATCH') verb = 'update';
  else verb = method.toLowerCase();
  // A word followed by a parameter names one item of it; a POST to a collection creates one.
  const words = segments.flatMap((segment, i) => {
    if (isParam(segment)) return [];
    const itemFollows = i + 1 < segments.length && isParam(segments[i + 1]!);
    const created = verb === 'create' && i === segments.length - 1;
    return [pascal(itemFollows || created ? singular(segment) : segment)];
  });
  return `${verb}${words.join('')}` || verb;
}
