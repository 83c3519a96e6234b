// npm run register: puts the slash commands on Discord. On DISCORD_GUILD_ID when set (instant, for
// development), else globally. Reads what is registered, shows the difference, and PUTs only when
// something changed, so running it twice changes nothing. `-- --dry-run` shows without PUTting.
import { REST, Routes, type APIApplicationCommand, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { DEFAULT_API_URL, type Config } from '../config.js';

type Wanted = RESTPostAPIApplicationCommandsJSONBody;
type Json = unknown;

export interface CommandChange {
  readonly name: string;
  readonly change: 'added' | 'changed' | 'removed' | 'unchanged';
  /** For `changed`: the top-level fields that differ. */
  readonly fields?: readonly string[];
}

/** Fields compared on both sides; the rest (ids, versions …) are Discord's. */
const COMPARED = ['type', 'name', 'name_localizations', 'description', 'description_localizations', 'options'];
/** Fields Discord fills in with its defaults when we leave them out: compared only when we set them. */
const COMPARED_IF_SET = ['default_member_permissions', 'nsfw', 'contexts', 'integration_types', 'dm_permission'];

/** Drops what means "not set" (null, false, empty) and sorts keys, so equal definitions compare equal. */
function canonical(value: Json): Json {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, Json> = {};
  for (const key of Object.keys(value).sort()) {
    const v = canonical((value as Record<string, Json>)[key]);
    // A message command has no description: Discord reads it back as "".
    const empty = v === null || v === undefined || v === false || v === '' || (Array.isArray(v) && v.length === 0) ||
      (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);
    if (!empty) out[key] = v;
  }
  return out;
}

function differingFields(current: Record<string, Json>, wanted: Record<string, Json>): string[] {
  const fields = [...COMPARED, ...COMPARED_IF_SET.filter((f) => wanted[f] !== undefined)];
  return fields.filter(
    (f) => JSON.stringify(canonical({ v: current[f] ?? (f === 'type' ? 1 : null) })) !==
      JSON.stringify(canonical({ v: wanted[f] ?? (f === 'type' ? 1 : null) })),
  );
}

/** What a PUT of `wanted` would do to `current`, in the order of `wanted`, then removals. */
export function diffCommands(current: readonly APIApplicationCommand[], wanted: readonly Wanted[]): CommandChange[] {
  const byName = new Map(current.map((c) => [c.name, c]));
  const changes: CommandChange[] = wanted.map((w) => {
    const existing = byName.get(w.name);
    if (!existing) return { name: w.name, change: 'added' };
    const fields = differingFields(existing as unknown as Record<string, Json>, w as unknown as Record<string, Json>);
    return fields.length > 0 ? { name: w.name, change: 'changed', fields } : { name: w.name, change: 'unchanged' };
  });
  const names = new Set(wanted.map((w) => w.name));
  for (const c of current) if (!names.has(c.name)) changes.push({ name: c.name, change: 'removed' });
  return changes;
}

export interface RegisterOptions {
  readonly config: Config & { readonly token: string; readonly clientId: string };
  readonly commands: readonly Wanted[];
  readonly dryRun?: boolean;
  readonly print?: (line: string) => void;
}

/** Registers `commands`; returns what changed. */
export async function register({ config, commands, dryRun = false, print = console.log }: RegisterOptions): Promise<CommandChange[]> {
  const rest = new REST({ version: '10', api: config.apiUrl }).setToken(config.token);
  const route = config.guildId
    ? Routes.applicationGuildCommands(config.clientId, config.guildId)
    : Routes.applicationCommands(config.clientId);
  const where = config.guildId ? `server ${config.guildId}` : 'all servers (global; may take up to an hour to show)';
  const via = config.apiUrl === DEFAULT_API_URL ? '' : ` via ${config.apiUrl}`;

  // Without with_localizations Discord leaves the localization dictionaries out, and every run would differ.
  const query = new URLSearchParams({ with_localizations: 'true' });
  const current = (await rest.get(route, { query })) as APIApplicationCommand[];
  const changes = diffCommands(current, commands);
  const pending = changes.filter((c) => c.change !== 'unchanged');
  print(`Slash commands for application ${config.clientId} on ${where}${via}: ${current.length} registered, ${commands.length} defined.`);
  for (const c of changes) {
    if (c.change === 'added') print(`  + /${c.name} (new)`);
    if (c.change === 'changed') print(`  ~ /${c.name} (${c.fields?.join(', ')})`);
    if (c.change === 'removed') print(`  - /${c.name} (no longer defined)`);
  }
  if (pending.length === 0) {
    print(`Up to date: ${commands.length} commands, nothing changed.`);
    return changes;
  }
  if (dryRun) {
    print(`Dry run: ${pending.length} change(s) not sent.`);
    return changes;
  }
  await rest.put(route, { body: commands });
  print(`Registered ${commands.length} commands: ${pending.length} change(s) applied.`);
  return changes;
}
