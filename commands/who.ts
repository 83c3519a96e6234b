// /who query — a person: full name, role, and the paragraphs that name them.
import { answer } from '../src/core.js';
import { articleOf, articleOption, queryOption, slashCommand, type Command } from '../src/bot/command.js';
import { suggestPeople } from '../src/bot/suggest.js';

export const who: Command = {
  data: slashCommand('who')
    .addStringOption(queryOption({ en: 'A name or a question, e.g. a surname', id: 'Nama atau pertanyaan, mis. nama belakang' }, true))
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) =>
    answer(library, { command: 'who', query: input.string('query') ?? '', ...articleOf(input), locale }),
  suggest: { query: suggestPeople },
};
