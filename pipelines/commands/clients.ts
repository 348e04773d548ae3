// `telisik clients create|revoke|list`: API clients in the ops store. The key is printed
// once, at creation; only its hash is stored. A DuckDB store is owned by one process, so
// with `telisik serve` running use the admin routes (/admin/clients) instead.
import type { Command } from 'commander';
import { generateApiKey, hashApiKey } from '../../api/auth/api-key.js';
import { DEFAULT_STORE, openOpsStore } from '../../api/store/open-store.js';
import type { OpsStore } from '../../api/store/ops-store.js';
import { CLIENT_ROLES, type ClientRole } from '../../api/store/records.js';

interface StoreOption {
  readonly store: string;
}

async function withStore<T>(location: string, work: (store: OpsStore) => Promise<T>): Promise<T> {
  let store: OpsStore;
  try {
    store = await openOpsStore(location);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/lock/i.test(message)) throw new Error(`${location} is in use (is \`telisik serve\` running?): ${message}`, { cause: err });
    throw err;
  }
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const storeOption = (command: Command): Command =>
  command.option('--store <location>', 'ops store: duckdb:PATH or postgres://...', process.env.TELISIK_STORE ?? DEFAULT_STORE);

export function register(program: Command): void {
  const clients = program.command('clients').description('manage API clients (keys and roles)');

  storeOption(
    clients
      .command('create')
      .description('create a client and print its API key (shown once)')
      .requiredOption('--name <name>', 'institution or channel, e.g. "Bank Digital Nusantara"')
      .requiredOption('--role <role>', `one of ${CLIENT_ROLES.join(', ')} (member_channel: the member app, consents and access log only)`),
  ).action(async (options: StoreOption & { name: string; role: string }) => {
    if (!CLIENT_ROLES.includes(options.role as ClientRole)) throw new Error(`--role must be one of ${CLIENT_ROLES.join(', ')}`);
    const key = generateApiKey();
    const client = await withStore(options.store, (store) =>
      store.createClient({ name: options.name, role: options.role as ClientRole, keyHash: hashApiKey(key) }),
    );
    console.log(`client ${client.id} (${client.role}) "${client.name}"`);
    console.log(`api key: ${key}`);
    console.log('Store the key now: only its hash is kept, it cannot be shown again.');
  });

  storeOption(
    clients.command('revoke').description('revoke a client; its key is refused from then on').argument('<id>', 'client id'),
  ).action(async (id: string, options: StoreOption) => {
    const client = await withStore(options.store, (store) => store.revokeClient(id));
    if (!client) throw new Error(`no client ${id}`);
    console.log(`client ${client.id} "${client.name}" revoked at ${client.revokedAt?.toISOString()}`);
  });

  storeOption(clients.command('list').description('list clients, revoked ones included')).action(async (options: StoreOption) => {
    const all = await withStore(options.store, (store) => store.listClients());
    if (all.length === 0) {
      console.log('no clients');
      return;
    }
    console.table(
      all.map((c) => ({
        id: c.id,
        name: c.name,
        role: c.role,
        created: c.createdAt.toISOString(),
        revoked: c.revokedAt?.toISOString() ?? '',
      })),
    );
  });
}
