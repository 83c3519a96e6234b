// Words the bot itself says on Discord, one table per language. Interaction locale `id` reads the
// Indonesian table; every other locale reads the English one.
import type { CommandName } from '../types.js';

export type Locale = 'id' | 'en';

export interface Labels {
  /** BCP 47 tag for dates. */
  readonly dateLocale: string;
  /** Embed title per command when the answer has no short value. */
  readonly titles: Readonly<Record<CommandName, string>>;
  readonly notFound: string;
  readonly source: string;
  readonly sources: string;
  /** Footer when citations did not fit: "3 more: ¶7, ¶9, ¶12". */
  readonly more: (count: number, paragraphs: string) => string;
  readonly error: (interactionId: string) => string;
  readonly cooldown: (seconds: number) => string;
  /** `article` is already escaped. */
  readonly unknownArticle: (article: string, interactionId: string) => string;
}

const en: Labels = {
  dateLocale: 'en-GB',
  titles: {
    who: 'Who', when: 'When', where: 'Where', quote: 'Quote', ask: 'Answer',
    search: 'Search', source: 'Source', help: 'Help',
  },
  notFound: 'Not in the article',
  source: 'Source',
  sources: 'Sources',
  more: (count, paragraphs) => `${count} more: ${paragraphs}`,
  error: (id) =>
    `Sorry, something went wrong on my side. Please try again; if it keeps happening, give the admin this interaction id: \`${id}\``,
  cooldown: (seconds) => `Please wait ${seconds} s before your next command.`,
  unknownArticle: (article, interactionId) =>
    `I have no article “${article}”. Pick one from the list the \`article\` option suggests. (interaction \`${interactionId}\`)`,
};

const id: Labels = {
  dateLocale: 'id-ID',
  titles: {
    who: 'Siapa', when: 'Kapan', where: 'Di mana', quote: 'Kutipan', ask: 'Jawaban',
    search: 'Pencarian', source: 'Sumber', help: 'Bantuan',
  },
  notFound: 'Tidak ada di artikel',
  source: 'Sumber',
  sources: 'Sumber',
  more: (count, paragraphs) => `${count} lagi: ${paragraphs}`,
  error: (interactionId) =>
    `Maaf, terjadi kesalahan di pihak saya. Silakan coba lagi; jika terus terjadi, berikan ID interaksi ini kepada admin: \`${interactionId}\``,
  cooldown: (seconds) => `Tunggu ${seconds} detik sebelum perintah berikutnya.`,
  unknownArticle: (article, interactionId) =>
    `Tidak ada artikel “${article}”. Pilih dari daftar yang disarankan opsi \`artikel\`. (interaksi \`${interactionId}\`)`,
};

export const LABELS: Readonly<Record<Locale, Labels>> = { id, en };

/** Discord's locale for Indonesian is `id`; everything else is answered in English. */
export function localeOf(discordLocale: string | null | undefined): Locale {
  return discordLocale === 'id' ? 'id' : 'en';
}
