// Workbench sessions and forms over real HTTP, without a browser: every page and form needs a
// session (GET is sent to sign-in, POST refused), sign-in sets one httpOnly SameSite=Strict
// signed cookie and never echoes the key, a tampered or revoked session is refused, every
// form needs the CSRF token of its own session, and redirects stay on this server.
import { tableFromArrays, tableToIPC } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../models/fraud/service.js';
import { generateApiKey, hashApiKey } from '../auth/api-key.js';
import type { FraudReadService } from '../routes/fraud/index.js';
import { startApi, type Harness } from '../test-support/harness.js';
import { workbenchRoutes } from './index.js';
import { localPath, newSession, parseSession, sessionValue } from './session.js';

const DETAIL: CaseDetail = {
  caseId: '3171R001-UPCODING',
  rank: 1,
  facilityId: '3171R001',
  province: '31',
  fraudType: 'UPCODING',
  claims: 1,
  amountAtRisk: 4_500_000.000001,
  expectedRecovery: 3_999_999.5,
  evidenceStrength: 'suspicious',
  reasons: [
    {
      kind: 'detector',
      fraudType: 'UPCODING',
      signal: 'severity_without_support',
      strength: 'suspicious',
      amountAtRisk: 4_500_000,
      claims: ['3171R0010324V000001'],
      relatedSep: [],
      en: 'Severity III <b>unsupported</b>',
      id: 'Severitas III <b>tanpa dukungan</b>',
    },
  ],
  claimList: [
    {
      nomorSep: '3171R0010324V000001',
      probability: 0.9,
      amountAtRisk: 4_500_000,
      expectedRecovery: 4_000_000,
      fraudTypes: ['UPCODING'],
      submitMonth: '2024-03-01',
    },
  ],
};
/** The worklist as the fake serves it: 60 cases, so it pages. */
const LIST = Array.from({ length: 60 }, (_, i) => ({
  ...DETAIL,
  caseId: `3171R${String(i + 100).padStart(3, '0')}-UPCODING`,
  facilityId: `3171R${String(i + 100).padStart(3, '0')}`,
  rank: i + 1,
}));
const fake: FraudReadService = {
  worklist: async (o) => (o.facilityId ? [DETAIL] : LIST),
  caseDetail: async (id) => (id === DETAIL.caseId ? DETAIL : null),
  export: async (o, format) =>
    format === 'arrow'
      ? arrowRows(o.facilityId ? [DETAIL] : LIST)
      : Buffer.from('case_id,nomor_sep\n3171R001-UPCODING,3171R0010324V000001\n'),
  providers: async () => [],
  scoreClaim: async () => {
    throw new Error('not used');
  },
};

/** The worklist's claim rows as the service exports them (Arrow IPC): one claim per case here. */
function arrowRows(cases: readonly CaseDetail[]): Buffer {
  return Buffer.from(
    tableToIPC(
      tableFromArrays({
        case_id: cases.map((c) => c.caseId),
        case_rank: Int32Array.from(cases.map((c) => c.rank)),
        rank_in_case: Int32Array.from(cases.map(() => 1)),
        nomor_sep: cases.map((c) => `${c.facilityId}0324V000001`),
        facility_id: cases.map((c) => c.facilityId),
        province_code: cases.map((c) => c.province),
        primary_type: cases.map((c) => c.fraudType),
        case_evidence: cases.map(() => 'suspicious'),
        amount_at_risk: Float64Array.from(cases.map((c) => c.amountAtRisk)),
        expected_recovery: Float64Array.from(cases.map((c) => c.expectedRecovery)),
      }),
      'file',
    ),
  );
}

/** A minimal cookie jar over fetch. */
class Browser {
  readonly jar = new Map<string, string>();
  constructor(private readonly base: string) {}
  async go(
    path: string,
    init: { method?: string; form?: Record<string, string>; headers?: Record<string, string> } = {},
  ): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers, cookie: [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (init.form) headers['content-type'] = 'application/x-www-form-urlencoded';
    const res = await fetch(`${this.base}${path}`, {
      method: init.method ?? (init.form ? 'POST' : 'GET'),
      headers,
      redirect: 'manual',
      ...(init.form ? { body: new URLSearchParams(init.form).toString() } : {}),
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const [name, ...value] = (pair ?? '').split('=');
      if (!name) continue;
      if (/Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) this.jar.delete(name);
      else this.jar.set(name, value.join('='));
    }
    return res;
  }
  /** The CSRF token of the page at `path`. */
  async token(path: string): Promise<string> {
    const res = await this.go(path);
    return /name="_csrf" value="([^"]+)"/.exec(await res.text())?.[1] ?? '';
  }
  async signIn(key: string): Promise<Response> {
    return this.go('/workbench/login', { form: { _csrf: await this.token('/workbench/login'), apiKey: key } });
  }
}

let h: Harness;
beforeAll(async () => {
  h = await startApi({
    rateLimit: false,
    routes: [workbenchRoutes({ store: () => h.store, service: () => fake, defaultCapacity: 20, secret: 'x'.repeat(40) })],
  });
});
afterAll(async () => {
  await h.close();
});

describe('workbench sessions', () => {
  it('sends every page to sign-in and refuses every form without a session', async () => {
    const routes = h.app.routeTable().filter((r) => r.url.startsWith('/workbench'));
    const open = ['/workbench/login', '/workbench/lang', '/workbench/assets/:file'];
    expect(routes.length).toBeGreaterThan(10);
    for (const r of routes.filter((x) => !open.includes(x.url) && x.method !== 'HEAD')) {
      const url = r.url.replace(':caseId', DETAIL.caseId);
      const res = await fetch(`${h.base}${url}`, { method: r.method, redirect: 'manual', headers: { 'x-api-key': h.keys.auditor } });
      if (r.method === 'GET') {
        expect(res.status, url).toBe(303);
        expect(res.headers.get('location'), url).toBe(`/workbench/login?next=${encodeURIComponent(url)}`);
      } else expect(res.status, `${r.method} ${url}`).toBe(401);
    }
  });

  it('signs an auditor in with a signed httpOnly SameSite=Strict cookie, never echoing the key', async () => {
    const b = new Browser(h.base);
    const res = await b.signIn(h.keys.auditor);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/workbench/cases');
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('telisik_wb='));
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/workbench/);
    expect(cookie).not.toContain(h.keys.auditor);
    const list = await b.go('/workbench/cases');
    expect(list.status).toBe(200);
    const page = await list.text();
    expect(page).toContain('Rp\u00a04.500.000');
    expect(page).toContain('Rp\u00a04.000.000');
    expect(page).not.toContain(h.keys.auditor);
    expect(list.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    expect(list.headers.get('cache-control')).toBe('no-store');
    const detail = await (await b.go(`/workbench/cases/${DETAIL.caseId}`)).text();
    expect(detail).toContain('Severitas III &lt;b&gt;tanpa dukungan&lt;/b&gt;');
    expect(h.rawLogs()).not.toContain(h.keys.auditor);
  });

  it('refuses a wrong key, a bank key and a tampered or revoked session', async () => {
    const b = new Browser(h.base);
    expect((await b.signIn(generateApiKey())).status).toBe(401);
    expect((await b.signIn(h.keys.bank)).status).toBe(403);
    expect(b.jar.has('telisik_wb')).toBe(false);

    const key = generateApiKey();
    const client = await h.store.createClient({ name: 'Auditor Sementara', role: 'auditor', keyHash: hashApiKey(key) });
    expect((await b.signIn(key)).status).toBe(303);
    expect((await b.go('/workbench/cases')).status).toBe(200);
    const signed = b.jar.get('telisik_wb') ?? '';
    b.jar.set('telisik_wb', signed.replace(/^[^.]+/, (await h.store.listClients()).find((c) => c.role === 'admin')?.id ?? 'x'));
    expect((await b.go('/workbench/cases')).status).toBe(303);
    b.jar.set('telisik_wb', signed);
    await h.store.revokeClient(client.id);
    expect((await b.go('/workbench/cases')).status).toBe(303);
  });

  it("needs the form's CSRF token of this session on every form", async () => {
    const b = new Browser(h.base);
    await b.signIn(h.keys.auditor);
    const token = await b.token(`/workbench/cases/${DETAIL.caseId}`);
    const other = new Browser(h.base);
    await other.signIn(h.keys.auditor);
    const otherToken = await other.token('/workbench/cases');
    const auditorId = (await h.store.listClients()).find((c) => c.name === 'test auditor')?.id ?? '';
    const forms: Array<[string, Record<string, string>]> = [
      [`/workbench/cases/${DETAIL.caseId}/assign`, { assignee: auditorId }],
      [`/workbench/cases/${DETAIL.caseId}/status`, { action: 'release' }],
      [`/workbench/cases/${DETAIL.caseId}/outcome`, { verdict: 'not_fraud' }],
      ['/workbench/lang', { lang: 'en' }],
      ['/workbench/logout', {}],
    ];
    for (const [path, form] of forms) {
      for (const bad of [{}, { _csrf: otherToken }, { _csrf: 'forged' }] as Array<Record<string, string>>) {
        const res = await b.go(path, { form: { ...form, ...bad } });
        expect(res.status, `${path} ${JSON.stringify(bad)}`).toBe(403);
        expect(await res.text()).toContain('CSRF_INVALID');
      }
    }
    expect(await h.store.listCaseActions(DETAIL.caseId)).toEqual([]);
    const ok = await b.go(`/workbench/cases/${DETAIL.caseId}/assign`, { form: { assignee: auditorId, _csrf: token } });
    expect(ok.status).toBe(303);
    expect((await h.store.getCaseState(DETAIL.caseId))?.assignee).toBe(auditorId);
  });

  it('pages a long worklist, keeping the filters in the paging links', async () => {
    const b = new Browser(h.base);
    await b.signIn(h.keys.auditor);
    const second = await (await b.go('/workbench/cases?fraudType=UPCODING&page=2')).text();
    const ranks = [...second.matchAll(/<td class="num">(\d+)<\/td>\s*<td><a href="\/workbench\/cases\//g)].map((m) => Number(m[1]));
    expect(ranks).toEqual(Array.from({ length: 25 }, (_, i) => i + 26));
    expect(second).toContain('href="/workbench/cases?fraudType=UPCODING&amp;page=1" rel="prev"');
    expect(second).toContain('href="/workbench/cases?fraudType=UPCODING&amp;page=3" rel="next"');
    const last = await (await b.go('/workbench/cases?page=99')).text();
    expect(last).toContain('Halaman 3 dari 3');
    expect((await b.go('/workbench/cases?page=0')).status).toBe(400);
    expect((await b.go('/workbench/cases?periodFrom=2024-13')).status).toBe(400);
  });

  it('keeps redirects on this server and reads sessions strictly', () => {
    for (const evil of ['//evil.example/x', 'https://evil.example', '/workbench//evil.example', '/elsewhere', '/workbench/\\evil', 42])
      expect(localPath(evil, '/workbench/cases')).toBe('/workbench/cases');
    expect(localPath('/workbench/cases?province=31', '/x')).toBe('/workbench/cases?province=31');
    const now = Date.UTC(2026, 11, 6);
    const s = newSession('abc-123', now);
    expect(parseSession(sessionValue(s), now + 1_000)).toEqual(s);
    expect(parseSession(sessionValue(s), s.expiresAt + 1)).toBeNull();
    expect(parseSession('abc.def', 0)).toBeNull();
  });
});
