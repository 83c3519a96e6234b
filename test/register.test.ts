import type { APIApplicationCommand } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { commands } from '../commands/index.js';
import { diffCommands, register } from '../src/bot/register.js';
import { DiscordStandIn } from './discord-standin.js';

const wanted = commands.map((c) => c.data);
const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GsTaNd.unit-not-a-real-token';
const APP = '109876543210987654';
const GUILD = '209876543210987654';

/** As Discord returns a registered command: ids, version and defaults added. */
const registered = (data: (typeof wanted)[number]): APIApplicationCommand =>
  ({
    ...data,
    id: '1',
    application_id: APP,
    version: '2',
    // Discord's defaults, where the definition sets none.
    default_member_permissions: data.default_member_permissions ?? null,
    nsfw: false,
    contexts: data.contexts ?? null,
    integration_types: [0],
    options: data.options?.map((o) => ({ ...o, required: o.required || undefined })),
  }) as unknown as APIApplicationCommand;

describe('diffCommands', () => {
  it('sees nothing to do when Discord holds the same definitions with its own fields added', () => {
    expect(diffCommands(wanted.map(registered), wanted).every((c) => c.change === 'unchanged')).toBe(true);
  });

  it('names added, changed (with the fields) and removed commands', () => {
    const current = wanted.slice(1).map(registered);
    current[0] = { ...current[0]!, description: 'old words' };
    current.push({ ...registered(wanted[0]!), name: 'retired' });
    const changes = diffCommands(current, wanted);
    expect(changes.filter((c) => c.change !== 'unchanged')).toEqual([
      { name: wanted[0]!.name, change: 'added' },
      { name: wanted[1]!.name, change: 'changed', fields: ['description'] },
      { name: 'retired', change: 'removed' },
    ]);
  });
});

describe('register against the stand-in', () => {
  it('PUTs on the first run, only GETs on the second, and goes global without a guild', async () => {
    const standIn = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD, lifetimeMs: 20_000 });
    try {
      const lines: string[] = [];
      const base = { token: TOKEN, clientId: APP, apiUrl: standIn.apiUrl, articlesDir: 'x', logLevel: 'info', cooldownSeconds: 0 } as const;
      await register({ config: { ...base, guildId: GUILD }, commands: wanted, print: (l) => lines.push(l) });
      await register({ config: { ...base, guildId: GUILD }, commands: wanted, print: (l) => lines.push(l) });
      await register({ config: base, commands: wanted, dryRun: true, print: (l) => lines.push(l) });
      expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
        `GET /applications/${APP}/guilds/${GUILD}/commands`,
        `PUT /applications/${APP}/guilds/${GUILD}/commands`,
        `GET /applications/${APP}/guilds/${GUILD}/commands`,
        `GET /applications/${APP}/commands`,
      ]);
      expect(lines.filter((l) => l.startsWith('Up to date'))).toHaveLength(1);
      expect(lines.at(-1)).toBe(`Dry run: ${wanted.length} change(s) not sent.`);
      expect(lines.join('\n')).not.toContain(TOKEN);
    } finally {
      await standIn.close();
    }
  });
});
