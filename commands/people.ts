// /people [about] [article] — the cast: names, roles, organisations, paragraphs, quotes; most prominent first.
import { answer } from '../src/core.js';
import { aboutOption, articleOf, articleOption, slashCommand, type Command } from '../src/bot/command.js';

export const people: Command = {
  data: slashCommand('people')
    .addStringOption(aboutOption({ en: 'Only the articles about this, e.g. a place or an event', id: 'Hanya artikel tentang ini, mis. sebuah tempat atau peristiwa' }))
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) => answer(library, { command: 'people', query: input.string('about') ?? '', ...articleOf(input), locale }),
};
