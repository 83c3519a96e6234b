// The stand-in referees like Discord; these tests keep it honest, with a bare WebSocket and fetch.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { DiscordStandIn } from './discord-standin.js';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.GsTaNd.unit-not-a-real-token';
const APP = '109876543210987654';
const GUILD = '209876543210987654';

interface Frame {
  op: number;
  t?: string;
  s?: number;
  d?: unknown;
}

/** A bare gateway client that collects frames. */
function connect(url: string) {
  const socket = new WebSocket(`${url}?v=10&encoding=json`);
  const frames: Frame[] = [];
  let notify = () => {};
  socket.on('message', (raw) => {
    frames.push(JSON.parse(String(raw)) as Frame);
    notify();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const next = (predicate: (f: Frame) => boolean) =>
    new Promise<Frame>((resolve) => {
      const check = () => {
        const frame = frames.find(predicate);
        if (frame) resolve(frame);
      };
      notify = check;
      check();
    });
  socket.on('error', () => {});
  const opened = new Promise((resolve) => socket.once('open', resolve));
  const send = (frame: Frame) => void opened.then(() => socket.send(JSON.stringify(frame)));
  return { socket, frames, next, send, closed };
}

describe('DiscordStandIn', () => {
  let standIn: DiscordStandIn;
  const api = (path: string, init: RequestInit = {}) =>
    fetch(`${standIn.apiUrl}/v10${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  const bot = { authorization: `Bot ${TOKEN}` };

  beforeEach(async () => {
    standIn = await DiscordStandIn.start({ token: TOKEN, applicationId: APP, guildId: GUILD, lifetimeMs: 20_000 });
  });
  afterEach(() => standIn.close());

  it('wants the bot token on REST and hands out its own gateway URL', async () => {
    expect((await api('/gateway/bot')).status).toBe(401);
    const gateway = (await (await api('/gateway/bot', { headers: bot })).json()) as { url: string; shards: number };
    expect(gateway).toMatchObject({ url: standIn.gatewayUrl, shards: 1 });
    expect(standIn.requests.map((r) => [r.path, r.authorized, r.status])).toEqual([
      ['/gateway/bot', false, 401],
      ['/gateway/bot', true, 200],
    ]);
  });

  it('greets, identifies, acknowledges heartbeats, and closes 4004 on a wrong token', async () => {
    const good = connect(standIn.gatewayUrl);
    expect((await good.next((f) => f.op === 10)).d).toEqual({ heartbeat_interval: 41_250 });
    good.send({ op: 2, d: { token: TOKEN, intents: 1, properties: {} } });
    const ready = await good.next((f) => f.t === 'READY');
    expect(ready.d).toMatchObject({ resume_gateway_url: standIn.gatewayUrl, application: { id: APP } });
    expect((await good.next((f) => f.t === 'GUILD_CREATE')).d).toMatchObject({ id: GUILD });
    good.send({ op: 1, d: 2 });
    await good.next((f) => f.op === 11);
    expect(standIn.identifies).toEqual([{ token: '[token]', intents: 1, properties: {} }]);

    const bad = connect(standIn.gatewayUrl);
    bad.send({ op: 2, d: { token: 'wrong', intents: 1, properties: {} } });
    expect(await bad.closed).toBe(4004);
    good.socket.close();
  });

  it('resumes a dropped session and replays what it missed', async () => {
    const first = connect(standIn.gatewayUrl);
    first.send({ op: 2, d: { token: TOKEN, intents: 1, properties: {} } });
    const ready = await first.next((f) => f.t === 'READY');
    standIn.dropGateway();
    await first.closed;
    const second = connect(standIn.gatewayUrl);
    second.send({ op: 6, d: { token: TOKEN, session_id: (ready.d as { session_id: string }).session_id, seq: ready.s } });
    expect((await second.next((f) => f.t === 'GUILD_CREATE')).s).toBe(2);
    expect((await second.next((f) => f.t === 'RESUMED')).s).toBe(3);
    second.socket.close();
  });

  it('referees interaction callbacks: limits, one acknowledgement, unknown interactions, edits', async () => {
    const gateway = connect(standIn.gatewayUrl);
    gateway.send({ op: 2, d: { token: TOKEN, intents: 1, properties: {} } });
    await gateway.next((f) => f.t === 'GUILD_CREATE');
    const sent = standIn.chatInput({ command: 'who', options: { query: 'Lavrov' }, locale: 'id' });
    const create = await gateway.next((f) => f.t === 'INTERACTION_CREATE');
    expect(create.d).toMatchObject({ id: sent.id, token: sent.token, locale: 'id', data: { name: 'who', options: [{ name: 'query', type: 3, value: 'Lavrov' }] } });

    const callback = `/interactions/${sent.id}/${sent.token}/callback`;
    const post = (path: string, body: unknown) => api(path, { method: 'POST', body: JSON.stringify(body) });
    const tooLong = { type: 4, data: { embeds: [{ description: 'x'.repeat(4097) }] } };
    expect(await (await post(callback, tooLong)).json()).toMatchObject({ code: 50035 });
    expect((await post(callback, { type: 5, data: { flags: 0 } })).status).toBe(204);
    expect(await (await post(callback, { type: 4, data: { content: 'again' } })).json()).toMatchObject({ code: 40060 });
    expect(await (await post(`/interactions/1/${sent.token}/callback`, { type: 4 })).json()).toMatchObject({ code: 10062 });

    const edit = await api(`/webhooks/${APP}/${sent.token}/messages/@original`, { method: 'PATCH', body: JSON.stringify({ content: 'done' }) });
    expect(await edit.json()).toMatchObject({ content: 'done', author: { bot: true } });
    expect((await standIn.editOf(sent)).body).toEqual({ content: 'done' });
    gateway.socket.close();
  });

  it('answers intercepted requests with the canned response until released', async () => {
    const release = standIn.intercept((r) =>
      r.path === '/gateway/bot' ? { status: 429, body: { message: 'You are being rate limited.', retry_after: 0.1, global: false } } : undefined,
    );
    expect((await api('/gateway/bot', { headers: bot })).status).toBe(429);
    release();
    expect((await api('/gateway/bot', { headers: bot })).status).toBe(200);
  });
});
