// freMTPL2 benchmark (DOMAIN.md section 7): first `telisik train --family poisson` as a whole
// process against R's glm in the same run (train-vs-r.ts), then the homogeneous model, GLM1
// and CANN fitted by the toolkit on the papers' learning set, out-of-sample Poisson deviance
// against the published figures, with fit times. Seeds: FREMTPL2_CANN_SEEDS (comma list,
// default 1,2,3; `none` skips the CANN); networks per nagging predictor: FREMTPL2_CANN_MEMBERS.
import { averagePoissonDeviance, POISSON_DEVIANCE_REPORT_SCALE } from '../../models/metrics/deviance.js';
import { lorenzGini, orderedLorenzCurve } from '../../models/metrics/lorenz.js';
import { cannInputs, cannLayout, fitCann, predictCann, predictEta } from '../../models/families/cann/index.js';
import { FREMTPL2_PUBLISHED, fitFremtpl2Glm1, fremtpl2SpecPath } from '../../models/families/poisson/fremtpl2.js';
import { glmLinearPredictor, logExposure, predictPoissonGlm } from '../../models/families/poisson/glm.js';
import { buildDesign, designRows, fitPreprocessing } from '../../models/spec/design.js';
import { loadSpec } from '../../models/spec/load.js';
import type { BenchFigures } from './summary.js';
import { trainVersusR } from './train-vs-r.js';

const DEFAULT_SEEDS = [1, 2, 3];
/**
 * Networks per nagging predictor. Single networks scatter by ~0.05 (31.52 to 31.67 on six);
 * three members gave 31.510 and 31.496 on seeds 1 and 2, too close to the published 31.50
 * to call, so five.
 */
const DEFAULT_MEMBERS = 5;
/** Progress line every this many epochs. */
const PROGRESS_EVERY_EPOCHS = 5;

const dev = (obs: Float64Array, pred: Float64Array): number => POISSON_DEVIANCE_REPORT_SCALE * averagePoissonDeviance(obs, pred);
const fmt = (v: number | undefined, digits = 5): string => (v === undefined ? '' : v.toFixed(digits));

interface Row {
  readonly model: string;
  readonly published?: number;
  readonly inSample?: number;
  readonly outOfSample: number;
  readonly seconds?: number;
  readonly note?: string;
}

function printTable(rows: readonly Row[]): void {
  const header = ['model', 'published out', 'ours in-sample', 'ours out-of-sample', 'fit s', 'note'];
  const cells = rows.map((r) => [r.model, fmt(r.published), fmt(r.inSample), fmt(r.outOfSample), fmt(r.seconds, 1), r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]): string =>
    c.map((v, i) => (i === 0 || i === 5 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
}

export async function run(): Promise<BenchFigures> {
  const seedList = process.env['FREMTPL2_CANN_SEEDS'] ?? DEFAULT_SEEDS.join(',');
  const seeds = seedList === 'none' ? [] : seedList.split(',').map(Number);
  const members = Number(process.env['FREMTPL2_CANN_MEMBERS'] ?? DEFAULT_MEMBERS);
  console.log("telisik train --family poisson as a whole process, beside R's glm:");
  const vsR = await trainVersusR();
  const figures = {
    train_s: Number(vsR.telisikSeconds.toFixed(2)),
    train_cpu_s: Number(vsR.telisikCpuSeconds.toFixed(2)),
    r_glm_process_s: vsR.rSeconds === null ? 'none' : Number(vsR.rSeconds.toFixed(2)),
    r_glm_fit_s: vsR.rFitSeconds === null ? 'none' : Number(vsR.rFitSeconds.toFixed(2)),
    train_share_of_r: vsR.share === null ? 'none' : Number(vsR.share.toFixed(3)),
    ...(vsR.baselineSeconds === null ? {} : { baseline_train_s: Number(vsR.baselineSeconds.toFixed(2)) }),
    ...(vsR.baselineShare === null ? {} : { baseline_share_of_r: Number(vsR.baselineShare.toFixed(3)) }),
  };
  const bench = await fitFremtpl2Glm1();
  const { learn, test, glm } = bench;
  console.log(
    `data: ${bench.learnRows.length} learning / ${bench.testRows.length} test rows; load ${(bench.timings.loadMs / 1000).toFixed(1)} s, design ${(bench.timings.designMs / 1000).toFixed(1)} s`,
  );
  console.log(
    `GLM1: ${glm.coefficients.length + 1} parameters, IRLS ${glm.iterations} iterations, ${(bench.timings.fitMs / 1000).toFixed(2)} s${vsR.rFitSeconds === null ? '' : ` (R glm() ${vsR.rFitSeconds.toFixed(1)} s in this run)`}`,
  );

  // Homogeneous model: one frequency, claims / exposure on the learning set.
  const frequency = learn.counts.reduce((a, b) => a + b, 0) / learn.exposure.reduce((a, b) => a + b, 0);
  const rows: Row[] = [
    {
      model: 'homogeneous',
      published: FREMTPL2_PUBLISHED.homogeneous.outOfSample,
      inSample: dev(
        learn.counts,
        learn.exposure.map((e) => e * frequency),
      ),
      outOfSample: dev(
        test.counts,
        test.exposure.map((e) => e * frequency),
      ),
    },
  ];
  const glmTest = predictPoissonGlm(glm, test.design, test.exposure);
  rows.push({
    model: 'GLM1 (IRLS)',
    published: FREMTPL2_PUBLISHED.glm1.outOfSample,
    inSample: dev(learn.counts, predictPoissonGlm(glm, learn.design, learn.exposure)),
    outOfSample: dev(test.counts, glmTest),
    seconds: bench.timings.fitMs / 1000,
    note: `published in-sample ${FREMTPL2_PUBLISHED.glm1.inSample}`,
  });

  const glmFigures = {
    ...figures,
    glm1_out_of_sample: Number(rows[1]?.outOfSample.toFixed(5)),
    glm1_fit_s: Number((bench.timings.fitMs / 1000).toFixed(2)),
  };
  if (seeds.length === 0) {
    console.log('\nfreMTPL2 average Poisson deviance, units of 10^-2 (CANN skipped: FREMTPL2_CANN_SEEDS=none)');
    printTable(rows);
    return glmFigures;
  }
  const netSpec = await loadSpec(fremtpl2SpecPath('cann'));
  const netDesign = buildDesign(
    bench.table,
    netSpec,
    fitPreprocessing(bench.table, netSpec, { coding: 'one-hot', scaling: 'min-max' }, bench.learnRows),
  );
  const netLearn = designRows(netDesign, bench.learnRows);
  const netTest = designRows(netDesign, bench.testRows);
  const etaLearn = glmLinearPredictor(glm, learn.design, logExposure(learn.exposure));
  const etaTest = glmLinearPredictor(glm, test.design, logExposure(test.exposure));

  // Each seed fits the nagging predictor: `members` networks with their own initialisation,
  // hold-out and minibatches, averaged into one network. Every member is also scored on its
  // own before it joins, so the single-network figure is reported beside the ensemble's.
  const netLayout = cannLayout(netLearn);
  const testInputs = cannInputs(netTest, netLayout, etaTest);
  const perSeed: Row[] = [];
  const singles: Row[] = [];
  const acrossSeeds = new Float64Array(test.counts.length);
  for (const seed of seeds) {
    const t0 = performance.now();
    const fit = await fitCann(
      { design: netLearn, glmEta: etaLearn, counts: learn.counts },
      {
        seed,
        members,
        onEpoch: (e, member) => {
          if (e.epoch % PROGRESS_EVERY_EPOCHS !== 0) return;
          const seconds = ((performance.now() - t0) / 1000).toFixed(0);
          console.log(
            `  CANN seed ${seed} network ${member} epoch ${e.epoch}: validation deviance ${fmt(POISSON_DEVIANCE_REPORT_SCALE * e.validationDeviance)} (${seconds} s)`,
          );
        },
        onMember: (m, model) => {
          const eta = predictEta(model, testInputs, netLayout);
          singles.push({
            model: `    seed ${seed} network ${m.member}`,
            outOfSample: dev(test.counts, eta.map(Math.exp)),
            note: `best epoch ${m.bestEpoch}/${m.history.length}, before balance correction`,
          });
        },
      },
    );
    const seconds = (performance.now() - t0) / 1000;
    const predTest = predictCann(fit, netTest, etaTest);
    predTest.forEach((p, i) => (acrossSeeds[i] = acrossSeeds[i]! + p / seeds.length));
    perSeed.push({
      model: `  CANN seed ${seed}`,
      inSample: dev(learn.counts, predictCann(fit, netLearn, etaLearn)),
      outOfSample: dev(test.counts, predTest),
      seconds,
      note: `${members} networks, best epochs ${fit.members.map((m) => m.bestEpoch).join('/')}, balance ${fit.balance.ratioBeforeCorrection.toFixed(4)} -> ${fit.balance.ratio.toFixed(6)}`,
    });
    fit.model.dispose();
  }
  const mean = (rs: readonly Row[], k: 'inSample' | 'outOfSample' | 'seconds'): number =>
    rs.reduce((s, r) => s + (r[k] ?? 0), 0) / rs.length;
  rows.push({
    model: `CANN (nagging of ${members}) mean of ${seeds.length} seeds`,
    published: FREMTPL2_PUBLISHED.cann1.outOfSample,
    inSample: mean(perSeed, 'inSample'),
    outOfSample: mean(perSeed, 'outOfSample'),
    seconds: mean(perSeed, 'seconds'),
    note: `target <= 31.50, aim < ${FREMTPL2_PUBLISHED.bestPublished.outOfSample} (best published, PBM3)`,
  });
  rows.push(...perSeed);
  rows.push({
    model: `single network, mean of ${singles.length}`,
    published: FREMTPL2_PUBLISHED.cann1.outOfSample,
    outOfSample: mean(singles, 'outOfSample'),
    note: 'each network scored alone',
  });
  rows.push(...singles);
  rows.push({ model: `all ${seeds.length * members} networks (mean prediction)`, outOfSample: dev(test.counts, acrossSeeds) });
  console.log('\nfreMTPL2 average Poisson deviance, units of 10^-2');
  printTable(rows);

  const exposureTest = test.exposure;
  const gGlm = lorenzGini(
    orderedLorenzCurve(
      test.counts,
      exposureTest,
      glmTest.map((p, i) => p / exposureTest[i]!),
    ),
  );
  const gCann = lorenzGini(
    orderedLorenzCurve(
      test.counts,
      exposureTest,
      acrossSeeds.map((p, i) => p / exposureTest[i]!),
    ),
  );
  console.log(`\nordered Lorenz Gini on the test set (premium = exposure): GLM1 ${gGlm.toFixed(4)}, all networks ${gCann.toFixed(4)}`);
  return { ...glmFigures, cann_out_of_sample: Number(mean(perSeed, 'outOfSample').toFixed(5)) };
}
