// What is wrong with a DISCORD_TOKEN, said without repeating it. A bot token is three parts of
// letters, digits, `-` and `_` joined by dots (the bot's id, a timestamp, a signature), about 70
// characters in all. The messages name the mistake people make (a public key, a client secret or
// the application id pasted instead, a "Bot " prefix, quotes, a cut-off paste) and never a
// character of the value, nor its length.

const WHERE = 'copy it from the Developer Portal (your application → Bot → Reset Token)';

/** Shortest a real bot token is (Discord's are about 70 characters; 59 when the id is short). */
const MIN_LENGTH = 50;

/** Why `token` cannot be a bot token, or undefined when it looks like one. */
export function tokenProblem(token: string): string | undefined {
  if (/^bot\s/i.test(token.trim())) return `starts with "Bot ": set the token alone, without the prefix`;
  if (/^["'].*["']$/s.test(token.trim())) return 'is wrapped in quotes: set the token alone, without quotes';
  if (/\s/.test(token)) return `contains a space, tab or line break; a bot token has none: ${WHERE}`;
  if (/^[0-9a-f]{64}$/i.test(token)) return `looks like the application's public key (64 hex digits), not the bot token: ${WHERE}`;
  if (/^\d{17,20}$/.test(token)) return `looks like the application id (digits only), not the bot token: ${WHERE}`;
  if (/^[\w-]{32}$/.test(token)) return `looks like the OAuth2 client secret (32 characters, no dots), not the bot token: ${WHERE}`;
  if (token.length < MIN_LENGTH) return `is too short to be a bot token (they are about 70 characters; was it cut off?): ${WHERE}`;
  const parts = token.split('.');
  if (parts.length !== 3) {
    return `must be three parts separated by dots, but has ${parts.length === 1 ? 'no dot' : `${parts.length} parts`}: ${WHERE}`;
  }
  if (parts.some((part) => part === '')) return `has an empty part between its dots: ${WHERE}`;
  if (parts.some((part) => !/^[\w-]+$/.test(part))) return `holds characters a bot token never has (only letters, digits, - and _ between the dots): ${WHERE}`;
  return undefined;
}
