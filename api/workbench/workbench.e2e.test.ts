// The audit workbench end to end in headless Chromium over a small real published fraud run:
// a wrong key and a bank key are refused; an auditor signs in, filters the worklist, opens a
// case, sees its evidence and network, assigns it and records an outcome, and the precision
// page counts it; every form needs its CSRF token; axe-core finds no serious or critical
// violation, at desktop width and at 360 px, where nothing scrolls sideways but tables.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { PublishedCaseEvidence } from '../../models/fraud/case-view.js';
import { publishedFraudRun, type PublishedFraudRun } from '../fuzz/test-support/published-fraud.js';
import { fraudRoutes } from '../routes/fraud/index.js';
import { startApi, type Harness } from '../test-support/harness.js';
import { workbenchRoutes } from './index.js';
import { axeViolations, chromiumAvailable, launchBrowser, seriousOrCritical, type Browser } from './test-support/browser.js';

const available = chromiumAvailable();
/** Where screenshots for the README go when asked for (TELISIK_WORKBENCH_SCREENSHOTS=docs). */
const SHOTS = process.env.TELISIK_WORKBENCH_SCREENSHOTS;

describe.skipIf(!available)('audit workbench in headless Chromium', () => {
  let run: PublishedFraudRun;
  let evidence: PublishedCaseEvidence;
  let h: Harness;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    // the fuzz's published run (built once for the vitest run, read only here)
    run = await publishedFraudRun();
    evidence = await PublishedCaseEvidence.open(join(run.dir, 'fraud'));
    h = await startApi({
      rateLimit: false,
      routes: [
        fraudRoutes({ store: () => h.store, service: () => run.service, defaultCapacity: 20 }),
        workbenchRoutes({ store: () => h.store, service: () => run.service, evidence: () => evidence, defaultCapacity: 20 }),
      ],
    });
    browser = await launchBrowser();
    page = await browser.context.newPage();
    // anything the page itself complains about (a CSP refusal, a script error) fails the test at the end
    // (the refused sign-ins answer 401 and 403 on purpose)
    page.on('console', (m) => {
      if (m.type() === 'error' && !/status of 40[13] /.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  }, 600_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
    evidence?.close();
    await run?.close();
  });

  const signIn = async (key: string): Promise<void> => {
    await page.goto(`${h.base}/workbench/cases`);
    await page.waitForURL(/\/workbench\/login\?next=/);
    await page.fill('#apiKey', key);
    await page.click('form[action="/workbench/login"] button[type=submit]');
  };
  const noSeriousViolations = async (label: string): Promise<void> => {
    const bad = seriousOrCritical(await axeViolations(page));
    expect(bad, `${label}: ${JSON.stringify(bad)}`).toEqual([]);
  };

  it('refuses a wrong key and a bank key, and never puts a key in a URL', async () => {
    await signIn('tlk_not-a-key-anyone-has');
    expect(await page.locator('#signin-error').textContent()).toMatch(/tidak dikenal/);
    expect(page.url()).toMatch(/\/workbench\/login$/);
    await signIn(h.keys.bank);
    expect(await page.locator('#signin-error').textContent()).toMatch(/bukan milik auditor/);
    expect((await browser.context.cookies()).map((c) => c.name)).not.toContain('telisik_wb');
    // an API key in a header opens no page either: pages go by session only
    const direct = await fetch(`${h.base}/workbench/cases`, { headers: { 'x-api-key': h.keys.auditor }, redirect: 'manual' });
    expect(direct.status).toBe(303);
    expect(direct.headers.get('location')).toMatch(/^\/workbench\/login/);
    await noSeriousViolations('sign-in page');
  });

  it('signs an auditor in with an httpOnly SameSite=Strict session and shows the worklist in rupiah', async () => {
    await signIn(h.keys.auditor);
    await page.waitForURL(/\/workbench\/cases$/);
    const session = (await browser.context.cookies()).find((c) => c.name === 'telisik_wb');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/workbench' });
    expect(session?.value).not.toContain(h.keys.auditor);
    expect(await page.locator('h1').textContent()).toBe('Daftar kerja');
    expect(await page.locator('.capacity').textContent()).toMatch(/Kapasitas: 20 kasus/);
    const rows = page.locator('table.cases tbody tr');
    expect(await rows.count()).toBe(20);
    const amounts = await page.locator('table.cases tbody td.num').allTextContents();
    const rupiahCells = amounts.filter((a) => a.startsWith('Rp'));
    expect(rupiahCells.length).toBe(40);
    for (const a of rupiahCells) expect(a.replace(/\s/g, ' ')).toMatch(/^Rp \d{1,3}(\.\d{3})*$/);
    expect(await page.locator('table.cases .chip-open').count()).toBe(20);
    await noSeriousViolations('worklist');
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/workbench-worklist.png` });
  });

  it('filters the worklist by fraud type and by status, keeping the filters in the exports', async () => {
    const firstType = await page.locator('table.cases tbody tr').first().locator('td').nth(3).textContent();
    const typeCode = (await page.locator('table.cases tbody tr a').first().textContent())?.split('-').slice(1).join('-') ?? '';
    await page.selectOption('#f-type', typeCode);
    await page.click('form.filters button[type=submit]');
    await page.waitForURL(new RegExp(`fraudType=${typeCode}`));
    const types = await page.locator('table.cases tbody tr td:nth-child(4)').allTextContents();
    expect(types.length).toBeGreaterThan(0);
    expect(new Set(types)).toEqual(new Set([firstType]));
    expect(await page.locator('a[href*="/workbench/cases/export"]').first().getAttribute('href')).toContain(`fraudType=${typeCode}`);
    const csv = await page.request.get(`${h.base}/workbench/cases/export?fraudType=${typeCode}&format=csv`);
    expect(csv.status()).toBe(200);
    const lines = (await csv.text()).trim().split('\n');
    expect(lines[0]).toMatch(/^case_id,/);
    expect(lines.slice(1).every((l) => (l.startsWith('"') ? l.includes(`-${typeCode}`) : l.split(',')[0]?.endsWith(`-${typeCode}`)))).toBe(
      true,
    );
    const parquet = await page.request.get(`${h.base}/workbench/cases/export?fraudType=${typeCode}&format=parquet`);
    expect((await parquet.body()).subarray(0, 4).toString()).toBe('PAR1');
    // a status nobody has yet: an empty list, said in words
    await page.goto(`${h.base}/workbench/cases?status=closed`);
    expect(await page.locator('.notice').textContent()).toMatch(/Tidak ada kasus/);
    await page.goto(`${h.base}/workbench/cases`);
  });

  let caseUrl = '';
  it('opens a case with its reasons, evidence per claim, related claims, contributions and the network drawn', async () => {
    caseUrl = (await page.locator('table.cases tbody tr a').first().getAttribute('href')) ?? '';
    await page.click(`a[href="${caseUrl}"]`);
    await page.waitForURL(new RegExp(caseUrl));
    expect(await page.locator('h1').textContent()).toContain(decodeURIComponent(caseUrl.split('/').at(-1) ?? ''));
    expect(await page.locator('.summary .chip').first().textContent()).toMatch(/Pasti|Mencurigakan|Model/);
    const reasons = await page.locator('ol.reasons > li').allTextContents();
    expect(reasons.length).toBeGreaterThan(0);
    expect(new Set(reasons).size).toBe(reasons.length);
    const claims = page.locator('article.claim');
    expect(await claims.count()).toBeGreaterThan(0);
    const first = await claims.first().textContent();
    expect(first).toMatch(/Kunci peserta/);
    expect(first).toMatch(/INA-CBG/);
    expect(first).toMatch(/Rp\s\d/);
    await page.waitForSelector('#network[data-drawn]');
    expect(Number(await page.locator('#network').getAttribute('data-drawn'))).toBeGreaterThan(1);
    expect(await page.locator('#network canvas').count()).toBeGreaterThan(0);
    await noSeriousViolations('case page');
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/workbench-case.png` });
      await page.locator('.network-figure').screenshot({ path: `${SHOTS}/workbench-network.png` });
    }
    const views = await h.store.listCaseViews({ caseId: decodeURIComponent(caseUrl.split('/').at(-1) ?? '') });
    expect(views[0]).toMatchObject({ channel: 'workbench' });
  });

  it('assigns the case and records an outcome; the case closes and the precision page counts it', async () => {
    const caseId = decodeURIComponent(caseUrl.split('/').at(-1) ?? '');
    await page.click('form[action$="/assign"] button[type=submit]');
    await page.waitForURL(/saved=1/);
    expect(await page.locator('.summary .chip-assigned').count()).toBe(1);
    await page.check('input[name="verdict"][value="confirmed"]');
    await page.fill('#amount', '1250000');
    await page.fill('#outcome-note', 'Klaim ganda terbukti; <b>dikembalikan</b>');
    await page.click('form[action$="/outcome"] button[type=submit]');
    await page.waitForURL(/saved=1/);
    expect(await page.locator('.summary .chip-closed').count()).toBe(1);
    expect(await page.locator('ol.history').textContent()).toMatch(/ditutup dengan hasil/);
    // the note is shown as text, never as markup
    expect(await page.locator('ol.history b').count()).toBe(0);
    const outcomes = await h.store.listOutcomes({ caseId });
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ verdict: 'confirmed', amountRecovered: 1_250_000 });
    expect((await h.store.getCaseState(caseId))?.status).toBe('closed');
    await page.goto(`${h.base}/workbench/precision`);
    const table = await page.locator('#precision-table').textContent();
    expect(table).toMatch(/100%/);
    expect(table?.replace(/\s/g, ' ')).toMatch(/Rp 1\.250\.000/);
    await noSeriousViolations('precision page');
  });

  it('refuses every form without its CSRF token, or with a token of another session, writing nothing', async () => {
    const forms: Array<{ action: string; fields: Record<string, string> }> = [];
    for (const url of [caseUrl.replace(/\?.*/, ''), '/workbench/cases']) {
      await page.goto(`${h.base}${url}`);
      // reopen makes the assign form appear again on the case page
      forms.push(
        ...((await page.evaluate(`[...document.querySelectorAll('form[method="post"]')].map((f) => ({
        action: f.getAttribute('action') || '', fields: Object.fromEntries([...new FormData(f).entries()].map(([k, v]) => [k, String(v)])) }))`)) as typeof forms),
      );
    }
    const actions = new Set(forms.map((f) => f.action.replace(/\/cases\/[^/]+\//, '/cases/:id/')));
    expect([...actions].sort()).toEqual(
      expect.arrayContaining(['/workbench/lang', '/workbench/logout', '/workbench/cases/:id/outcome', '/workbench/cases/:id/status']),
    );
    expect(forms.every((f) => typeof f.fields['_csrf'] === 'string' && f.fields['_csrf'].length > 10)).toBe(true);
    const outcomesBefore = (await h.store.listOutcomes({})).length;
    const actionsBefore = (await h.store.listCaseStates({})).length;
    for (const f of forms) {
      const { _csrf: _token, ...rest } = f.fields;
      const fields = { ...rest, verdict: 'not_fraud', assignee: rest['assignee'] ?? 'x' };
      const missing = await page.request.post(`${h.base}${f.action}`, { form: fields, maxRedirects: 0 });
      expect(missing.status(), `${f.action} without a token`).toBe(403);
      expect(await missing.text()).toMatch(/CSRF_INVALID/);
      const forged = await page.request.post(`${h.base}${f.action}`, { form: { ...fields, _csrf: 'forged-token-value' }, maxRedirects: 0 });
      expect(forged.status(), `${f.action} with a forged token`).toBe(403);
    }
    // a token from the signed-out sign-in page is not good for the session's forms
    const signedOut = await fetch(`${h.base}/workbench/login`);
    const token = /name="_csrf" value="([^"]+)"/.exec(await signedOut.text())?.[1] ?? '';
    const cross = await page.request.post(`${h.base}${caseUrl.replace(/\?.*/, '')}/outcome`, {
      form: { _csrf: token, verdict: 'not_fraud' },
      maxRedirects: 0,
    });
    expect(cross.status()).toBe(403);
    expect((await h.store.listOutcomes({})).length).toBe(outcomesBefore);
    expect((await h.store.listCaseStates({})).length).toBe(actionsBefore);
  });

  it('switches to English and back', async () => {
    await page.goto(`${h.base}/workbench/cases`);
    await page.click('form[action="/workbench/lang"] button');
    await page.waitForURL(/\/workbench\/cases$/);
    expect(await page.locator('h1').textContent()).toBe('Worklist');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.click('form[action="/workbench/lang"] button');
    expect(await page.locator('h1').textContent()).toBe('Daftar kerja');
  });

  it('is usable at 360 px: no sideways scroll of the page, no serious accessibility violation', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const url of ['/workbench/cases', caseUrl.replace(/\?.*/, ''), '/workbench/precision']) {
      await page.goto(`${h.base}${url}`);
      const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
      expect(overflow, `${url} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(0);
      await noSeriousViolations(`${url} at 360 px`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('reports the weight of a first load of the worklist and of a case', async () => {
    const firstLoad = async (path: string) => {
      const fresh = await browser.context.newPage();
      const cdp = await browser.context.newCDPSession(fresh);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      let bytes = 0;
      let requests = 0;
      cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
        bytes += e.encodedDataLength;
        requests += 1;
      });
      await fresh.goto(`${h.base}${path}`, { waitUntil: 'load' });
      // the paint entry may land just after load: wait for it (buffered), up to a few seconds
      const fcp = (await fresh.evaluate(`new Promise((resolve) => {
        new PerformanceObserver((list) => { const e = list.getEntriesByName('first-contentful-paint')[0]; if (e) resolve(e.startTime); }).observe({ type: 'paint', buffered: true });
        setTimeout(() => resolve(null), 5000);
      })`)) as number | null;
      await fresh.close();
      console.log(
        `workbench first load of ${path}: ${requests} requests, ${bytes} bytes transferred, first contentful paint ${fcp === null ? 'n/a' : `${Math.round(fcp)} ms`} (loopback)`,
      );
      return { bytes, requests };
    };
    const list = await firstLoad('/workbench/cases');
    expect(list.requests).toBeGreaterThan(0);
    // the worklist loads no graph library: a modest laptop on a slow link gets a light page
    expect(list.bytes).toBeLessThan(50_000);
    const one = await firstLoad(caseUrl.replace(/\?.*/, ''));
    // cytoscape comes precompressed (brotli), on the case page only
    expect(one.bytes).toBeLessThan(250_000);
    expect(problems).toEqual([]);
  });
});
