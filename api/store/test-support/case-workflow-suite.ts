// The fraud case workflow over every OpsStore implementation: status and assignment
// (open, assigned, closed with outcome), the history of actions, the case-view access log.
// The *.test.ts files beside the store call it once per database.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseTransitionError } from '../case-workflow.js';
import { StoreValueError, type OpsStore } from '../ops-store.js';

export interface WorkflowStoreUnderTest {
  readonly store: OpsStore;
  /** Raw SQL around the interface (PostgreSQL only; DuckDB rejects), to prove the database refuses changes to the logs. */
  raw(sql: string): Promise<unknown>;
  cleanup(): Promise<void>;
}

const caseId = (): string => `3171R${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}-UPCODING-${randomUUID().slice(0, 8)}`;

export function describeCaseWorkflow(name: string, open: () => Promise<WorkflowStoreUnderTest>): void {
  describe(`case workflow on ${name}`, () => {
    let t: WorkflowStoreUnderTest;
    let store: OpsStore;
    beforeAll(async () => {
      t = await open();
      store = t.store;
    });
    afterAll(async () => {
      await store?.close();
      await t?.cleanup();
    });

    it('takes a case from open to assigned to closed with its outcome, keeping every action in order', async () => {
      const id = caseId();
      expect(await store.getCaseState(id)).toBeNull();
      const assigned = await store.applyCaseAction({
        caseId: id,
        kind: 'assign',
        actor: 'lead',
        assignee: 'auditor-a',
        note: 'Ambil alih',
      });
      expect(assigned.state).toMatchObject({ caseId: id, status: 'assigned', assignee: 'auditor-a', outcomeId: null, updatedBy: 'lead' });
      expect(assigned.action).toMatchObject({ kind: 'assign', assignee: 'auditor-a', status: 'assigned', note: 'Ambil alih' });
      const outcome = await store.recordOutcome({
        caseId: id,
        claimIds: ['S1'],
        fraudType: 'UPCODING',
        verdict: 'confirmed',
        amountRecovered: 1_250_000,
        note: null,
        recordedBy: 'auditor-a',
      });
      const closed = await store.applyCaseAction({
        caseId: id,
        kind: 'close',
        actor: 'auditor-a',
        outcomeId: outcome.id,
        verdict: 'confirmed',
      });
      expect(closed.state).toMatchObject({ status: 'closed', assignee: 'auditor-a', outcomeId: outcome.id, verdict: 'confirmed' });
      expect(await store.getCaseState(id)).toEqual(closed.state);

      const reopened = await store.applyCaseAction({ caseId: id, kind: 'reopen', actor: 'lead', note: 'Bukti baru' });
      expect(reopened.state).toMatchObject({ status: 'assigned', assignee: 'auditor-a', outcomeId: null, verdict: null });
      const released = await store.applyCaseAction({ caseId: id, kind: 'unassign', actor: 'lead' });
      expect(released.state).toMatchObject({ status: 'open', assignee: null });

      const history = await store.listCaseActions(id);
      expect(history.map((a) => [a.kind, a.status])).toEqual([
        ['assign', 'assigned'],
        ['close', 'closed'],
        ['reopen', 'assigned'],
        ['unassign', 'open'],
      ]);
      expect(history[1]).toMatchObject({ outcomeId: outcome.id, verdict: 'confirmed', actor: 'auditor-a' });
      expect(history.every((a, i) => i === 0 || a.at.getTime() > (history[i - 1] as { at: Date }).at.getTime())).toBe(true);
    });

    it('refuses what the status does not allow, writing nothing', async () => {
      const id = caseId();
      await expect(store.applyCaseAction({ caseId: id, kind: 'close', actor: 'a' })).rejects.toBeInstanceOf(CaseTransitionError);
      await expect(store.applyCaseAction({ caseId: id, kind: 'unassign', actor: 'a' })).rejects.toBeInstanceOf(CaseTransitionError);
      await expect(store.applyCaseAction({ caseId: id, kind: 'reopen', actor: 'a' })).rejects.toBeInstanceOf(CaseTransitionError);
      await expect(store.applyCaseAction({ caseId: id, kind: 'assign', actor: 'a', assignee: null })).rejects.toBeInstanceOf(
        CaseTransitionError,
      );
      expect(await store.getCaseState(id)).toBeNull();
      expect(await store.listCaseActions(id)).toEqual([]);
      await store.applyCaseAction({ caseId: id, kind: 'close', actor: 'a', outcomeId: 'o1', verdict: 'not_fraud' });
      const refused = store.applyCaseAction({ caseId: id, kind: 'assign', actor: 'a', assignee: 'b' });
      await expect(refused).rejects.toThrow(/reopen/);
      expect((await store.getCaseState(id))?.status).toBe('closed');
      expect(await store.listCaseActions(id)).toHaveLength(1);
      await expect(store.applyCaseAction({ caseId: id, kind: 'reopen', actor: 'a', note: 'x\u0000y' })).rejects.toBeInstanceOf(
        StoreValueError,
      );
    });

    it('serialises concurrent actions on one case: one assignment wins, the history has both in order', async () => {
      const id = caseId();
      const results = await Promise.allSettled([
        store.applyCaseAction({ caseId: id, kind: 'assign', actor: 'a', assignee: 'auditor-a' }),
        store.applyCaseAction({ caseId: id, kind: 'assign', actor: 'b', assignee: 'auditor-b' }),
      ]);
      expect(results.every((r) => r.status === 'fulfilled')).toBe(true);
      const history = await store.listCaseActions(id);
      expect(history).toHaveLength(2);
      expect((await store.getCaseState(id))?.assignee).toBe(history[1]?.assignee);
    });

    it('lists case states by status and assignee', async () => {
      const [a, b, c] = [caseId(), caseId(), caseId()];
      const who = `auditor-${randomUUID()}`;
      await store.applyCaseAction({ caseId: a, kind: 'assign', actor: 'lead', assignee: who });
      await store.applyCaseAction({ caseId: b, kind: 'assign', actor: 'lead', assignee: who });
      await store.applyCaseAction({ caseId: b, kind: 'close', actor: who, outcomeId: 'o2', verdict: 'inconclusive' });
      await store.applyCaseAction({ caseId: c, kind: 'assign', actor: 'lead', assignee: 'someone-else' });
      expect((await store.listCaseStates({ assignee: who })).map((s) => s.caseId)).toEqual([b, a]);
      expect((await store.listCaseStates({ assignee: who, status: 'closed' })).map((s) => s.caseId)).toEqual([b]);
      expect((await store.listCaseStates({ status: 'assigned' })).map((s) => s.caseId)).toEqual(expect.arrayContaining([a, c]));
      await expect(store.listCaseStates({ limit: 0 })).rejects.toBeInstanceOf(StoreValueError);
      expect(await store.listCaseStates({ assignee: 'no\u0000one' })).toEqual([]);
    });

    it('logs every case view (who, which case, when), newest first, and the database refuses changes', async () => {
      const id = caseId();
      const first = await store.appendCaseView({ caseId: id, viewer: 'auditor-a', channel: 'workbench' });
      // three in one burst: stamped in call order, a microsecond apart within a millisecond
      const burst = await Promise.all([1, 2, 3].map(() => store.appendCaseView({ caseId: id, viewer: 'auditor-b', channel: 'api' })));
      const views = await store.listCaseViews({ caseId: id });
      expect(views).toHaveLength(4);
      expect(views.at(-1)).toMatchObject({ caseId: id, viewer: 'auditor-a', channel: 'workbench' });
      expect(views.map((v) => v.id)).toEqual([first, ...burst].map((v) => v.id).reverse());
      expect(views.every((v, i) => i === 0 || v.viewedAt.getTime() <= (views[i - 1] as { viewedAt: Date }).viewedAt.getTime())).toBe(true);
      expect(await store.listCaseViews({ caseId: id, viewer: 'auditor-a' })).toHaveLength(1);
      expect(await store.listCaseViews({ caseId: id, limit: 2 })).toHaveLength(2);
      await expect(store.appendCaseView({ caseId: id, viewer: 'x', channel: 'fax' as 'api' })).rejects.toThrow();
      expect(store).not.toHaveProperty('deleteCaseView');
      if (store.kind === 'postgres') {
        await expect(t.raw(`DELETE FROM fraud_case_views WHERE case_id = '${id}'`)).rejects.toThrow(/append-only/);
        await expect(t.raw('UPDATE fraud_case_actions SET note = NULL')).rejects.toThrow(/append-only/);
        expect(await store.listCaseViews({ caseId: id })).toHaveLength(4);
      }
    });
  });
}
