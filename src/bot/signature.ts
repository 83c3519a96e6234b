// Discord signs every interaction it POSTs: X-Signature-Ed25519 is the Ed25519 signature, in hex,
// of X-Signature-Timestamp followed by the raw body, made with the application's private key; the
// application's public key (Developer Portal → General Information) verifies it. node's own crypto
// does the work; the key arrives as 32 raw bytes in hex, which node takes once wrapped in an SPKI
// DER header.
// https://discord.com/developers/docs/interactions/overview#setting-up-an-endpoint-validating-security-request-headers
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** DER of SubjectPublicKeyInfo { AlgorithmIdentifier { id-Ed25519 }, BIT STRING (32 bytes follow) }. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** How far a timestamp may be from our clock, either way, before a request is refused as a replay. */
export const SIGNATURE_MAX_AGE_MS = 5 * 60 * 1000;

/** The public key from its 64 hex digits. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!/^[0-9a-fA-F]{64}$/.test(hex)) throw new Error('an Ed25519 public key is 64 hex digits');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

export type SignatureProblem = 'missing' | 'malformed' | 'stale' | 'bad';

/**
 * Why the signature headers do not hold, or undefined when they do. The clock check (`stale`) and the
 * shape checks come before the body is read; call again with the body for the signature itself.
 */
export function checkSignatureHeaders(
  signature: string | undefined,
  timestamp: string | undefined,
  nowMs: number,
): SignatureProblem | undefined {
  if (signature === undefined || timestamp === undefined) return 'missing';
  if (!/^[0-9a-fA-F]{128}$/.test(signature) || !/^\d{1,12}$/.test(timestamp)) return 'malformed';
  if (Math.abs(nowMs - Number(timestamp) * 1000) > SIGNATURE_MAX_AGE_MS) return 'stale';
  return undefined;
}

/** Whether `signature` (hex) signs `timestamp` + `body` under `key`. Headers already checked. */
export function verifySignature(key: KeyObject, signature: string, timestamp: string, body: Buffer): boolean {
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
  } catch {
    return false;
  }
}
