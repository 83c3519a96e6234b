// Discord's limits, in one table. Every payload the bot builds is cut to fit these.
// https://discord.com/developers/docs/resources/message#embed-object-embed-limits
// https://discord.com/developers/docs/interactions/application-commands
export const LIMITS = {
  /** Message content. */
  content: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  /** Sum of title, description, field names and values, footer text and author name of all embeds. */
  embedTotal: 6000,
  /** Autocomplete: at most this many choices … */
  choices: 25,
  /** … each with a name and a string value of 1 to 100 characters. */
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  optionName: 32,
  optionDescription: 100,
  /** Longest string option a user can type. */
  optionString: 6000,
  /** Time to acknowledge an interaction before it expires (error 10062). */
  acknowledgeMs: 3000,
  /** Time after acknowledging during which the reply can still be edited or followed up. */
  interactionTokenMs: 15 * 60 * 1000,
} as const;
