// Which addresses kutip may fetch from. An address is judged by its bytes, never by how it is
// spelt: an IPv4 address inside IPv6 (mapped, compatible, NAT64, 6to4) is judged as the IPv4
// address it carries. Everything but the public internet is refused.
import { isIP } from 'node:net';

export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'reserved'
  | 'metadata'
  | 'invalid';

type Range = readonly [prefix: string, bits: number, kind: AddressKind];

/** Cloud metadata services: refused by name and by address, whatever range they sit in. */
const METADATA_ADDRESSES = ['169.254.169.254', '169.254.170.2', '100.100.100.200', '168.63.129.16', 'fd00:ec2::254'];
const METADATA_NAMES = new Set(['metadata', 'metadata.google.internal', 'metadata.goog', 'metadata.azure.com', 'instance-data', 'instance-data.ec2.internal']);

const V4: readonly Range[] = [
  ['0.0.0.0', 8, 'unspecified'],
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'cgnat'],
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'],
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'reserved'],
  ['192.0.2.0', 24, 'reserved'],
  ['192.88.99.0', 24, 'reserved'],
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'reserved'],
  ['198.51.100.0', 24, 'reserved'],
  ['203.0.113.0', 24, 'reserved'],
  ['224.0.0.0', 4, 'multicast'],
  ['255.255.255.255', 32, 'broadcast'],
  ['240.0.0.0', 4, 'reserved'],
];

const V6: readonly Range[] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['100::', 64, 'reserved'],
  ['2001::', 32, 'reserved'], // Teredo: carries an obfuscated IPv4 address
  ['2001:10::', 28, 'reserved'],
  ['2001:db8::', 32, 'reserved'],
  ['3fff::', 20, 'reserved'],
  ['fc00::', 7, 'private'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'private'],
  ['ff00::', 8, 'multicast'],
];

/** IPv6 prefixes that carry an IPv4 address, and the byte at which it starts. */
const EMBEDDED: readonly (readonly [prefix: string, bits: number, at: number])[] = [
  ['::ffff:0:0', 96, 12], // IPv4-mapped
  ['::', 96, 12], // IPv4-compatible (deprecated)
  ['::ffff:0:0:0', 96, 12], // IPv4-translated
  ['64:ff9b::', 96, 12], // NAT64
  ['64:ff9b:1::', 48, 12], // local-use NAT64
  ['2002::', 16, 2], // 6to4
];

function v4Bytes(ip: string): number[] {
  return ip.split('.').map(Number);
}

/** 16 bytes of an IPv6 address (zone id dropped, a dotted IPv4 tail read as its 4 bytes). */
function v6Bytes(ip: string): number[] {
  let text = ip.replace(/%.*$/, '');
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (tail) {
    const [a, b, c, d] = v4Bytes(tail[1]!) as [number, number, number, number];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, rest] = text.split('::') as [string, string | undefined];
  const groups = (s: string | undefined): string[] => (s === undefined || s === '' ? [] : s.split(':'));
  const h = groups(head);
  const t = groups(rest);
  const all = rest === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
  return all.flatMap((g) => {
    const n = parseInt(g, 16);
    return [n >> 8, n & 0xff];
  });
}

function inRange(bytes: readonly number[], prefix: readonly number[], bits: number): boolean {
  for (let i = 0; i < bits; i += 8) {
    const take = Math.min(8, bits - i);
    const mask = (0xff << (8 - take)) & 0xff;
    if (((bytes[i / 8]! ^ prefix[i / 8]!) & mask) !== 0) return false;
  }
  return true;
}

const v4Ranges = V4.map(([p, bits, kind]) => ({ bytes: v4Bytes(p), bits, kind }));
const v6Ranges = V6.map(([p, bits, kind]) => ({ bytes: v6Bytes(p), bits, kind }));
const embedded = EMBEDDED.map(([p, bits, at]) => ({ bytes: v6Bytes(p), bits, at }));
const metadata = new Set(METADATA_ADDRESSES.map((a) => (a.includes(':') ? v6Bytes(a) : v4Bytes(a)).join('.')));

function classifyV4(bytes: readonly number[]): AddressKind {
  if (metadata.has(bytes.join('.'))) return 'metadata';
  return v4Ranges.find((r) => inRange(bytes, r.bytes, r.bits))?.kind ?? 'public';
}

function classifyV6(bytes: readonly number[]): AddressKind {
  // :: and ::1 sit inside the IPv4-compatible prefix: judge them first.
  const own = v6Ranges.find((r) => r.bits === 128 && inRange(bytes, r.bytes, r.bits));
  if (own) return own.kind;
  const carrier = embedded.find((e) => inRange(bytes, e.bytes, e.bits));
  if (carrier) return classifyV4(bytes.slice(carrier.at, carrier.at + 4));
  if (metadata.has(bytes.join('.'))) return 'metadata';
  return v6Ranges.find((r) => inRange(bytes, r.bytes, r.bits))?.kind ?? 'public';
}

/** What kind of address this is: 'public' is the only kind kutip fetches from. */
export function classifyAddress(ip: string): AddressKind {
  const bare = ip.replace(/^\[|\]$/g, '');
  const family = isIP(bare.replace(/%.*$/, ''));
  if (family === 4) return classifyV4(v4Bytes(bare));
  if (family === 6) return classifyV6(v6Bytes(bare));
  return 'invalid';
}

/** A host name that names a cloud metadata service (the address is checked as well). */
export function isMetadataName(host: string): boolean {
  return METADATA_NAMES.has(host.toLowerCase().replace(/\.$/, ''));
}

export interface AddressPolicy {
  /** Tests only (KUTIP_FETCH_ALLOW_LOOPBACK=1): loopback addresses are allowed too. */
  readonly allowLoopback?: boolean;
}

/** The kind that refuses this address, or undefined when kutip may connect to it. */
export function refusal(ip: string, policy: AddressPolicy = {}): AddressKind | undefined {
  const kind = classifyAddress(ip);
  if (kind === 'public') return undefined;
  if (kind === 'loopback' && policy.allowLoopback === true) return undefined;
  return kind;
}
