// `telisik models`: the model registry from the command line. List products, show one
// (champion, challenger, versions, history, the champion's headline metrics), register a
// bundle (verified and copied in), promote the challenger, roll back to the previous champion.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { verifyBundle } from '../../models/bundle/bundle-io.js';
import { ModelRegistry } from '../../models/bundle/registry.js';
import type { ProductRegistry } from '../../models/bundle/registry.js';
import { readdir } from 'node:fs/promises';

interface RegistryOption {
  readonly registry: string;
}

function registryOf(o: RegistryOption): ModelRegistry {
  if (!o.registry) throw new Error('--registry <dir> (or TELISIK_MODELS_REGISTRY) is required');
  return new ModelRegistry(resolve(o.registry));
}

function describeState(s: ProductRegistry): string {
  return `${s.product}: champion ${s.champion ?? '(none)'}, challenger ${s.challenger ?? '(none)'}, ${s.versions.length} version${s.versions.length === 1 ? '' : 's'}`;
}

/** Products in a registry folder (folders holding a registry.json), sorted. */
export async function listProducts(registry: ModelRegistry): Promise<ProductRegistry[]> {
  const entries = await readdir(registry.root, { withFileTypes: true }).catch(() => []);
  const states = await Promise.all(entries.filter((e) => e.isDirectory()).map((e) => registry.state(e.name).catch(() => null)));
  return states.filter((s): s is ProductRegistry => s !== null && s.versions.length > 0).sort((a, b) => a.product.localeCompare(b.product));
}

/** The lines `models show` prints. */
export async function showProduct(registry: ModelRegistry, product: string): Promise<string[]> {
  const s = await registry.state(product);
  if (s.versions.length === 0) throw new Error(`model registry ${registry.root}: nothing registered as ${product}`);
  const lines = [describeState(s)];
  if (s.champion) {
    const { manifest } = await verifyBundle(await registry.bundleDir(product, 'champion'));
    lines.push(
      `  champion family ${manifest.family}, spec "${manifest.featureSpec.name}", trained ${manifest.createdAt} on ${manifest.trainingData.rows} rows, code ${manifest.codeVersion}`,
    );
    const headline = (manifest.metrics as { headline?: Record<string, unknown> } | null)?.headline ?? {};
    for (const [k, v] of Object.entries(headline).slice(0, 8))
      lines.push(`    ${k}: ${typeof v === 'number' && !Number.isInteger(v) ? v.toPrecision(5) : String(v)}`);
  }
  lines.push('  history:');
  for (const e of s.history)
    lines.push(`    ${e.at} ${e.action} ${e.version}${e.previousChampion ? ` (champion before: ${e.previousChampion})` : ''}`);
  return lines;
}

export function register(program: Command): void {
  const models = program.command('models').description('model registry: list, show, register, promote, roll back');
  const withRegistry = (c: Command): Command =>
    c.option('--registry <dir>', 'model registry folder', process.env.TELISIK_MODELS_REGISTRY ?? process.env.TELISIK_CREDIT_REGISTRY);
  withRegistry(models.command('list').description('products with their champion and challenger')).action(async (o: RegistryOption) => {
    const all = await listProducts(registryOf(o));
    if (all.length === 0) console.log('no models registered');
    for (const s of all) console.log(describeState(s));
  });
  withRegistry(
    models.command('show').description('one product: champion metrics, versions, history').argument('<name>', 'product name'),
  ).action(async (name: string, o: RegistryOption) => {
    for (const line of await showProduct(registryOf(o), name)) console.log(line);
  });
  withRegistry(
    models
      .command('register')
      .description('verify a bundle and add it (champion if the first, else challenger)')
      .argument('<name>', 'product name')
      .argument('<bundle>', 'bundle folder'),
  ).action(async (name: string, bundle: string, o: RegistryOption) => {
    console.log(describeState(await registryOf(o).register(name, resolve(bundle))));
  });
  withRegistry(models.command('promote').description('the challenger becomes champion').argument('<name>', 'product name')).action(
    async (name: string, o: RegistryOption) => {
      console.log(describeState(await registryOf(o).promote(name)));
    },
  );
  withRegistry(
    models.command('rollback').description('put back the champion the current one replaced').argument('<name>', 'product name'),
  ).action(async (name: string, o: RegistryOption) => {
    console.log(describeState(await registryOf(o).rollback(name)));
  });
}
