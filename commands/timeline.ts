// /timeline [about] [article] — every dated event, in order of its date, each with its paragraph.
import { answer } from '../src/core.js';
import { aboutOption, articleOf, articleOption, slashCommand, type Command } from '../src/bot/command.js';

export const timeline: Command = {
  data: slashCommand('timeline')
    .addStringOption(aboutOption({ en: 'Only the articles about this, e.g. a place or a treaty', id: 'Hanya artikel tentang ini, mis. sebuah tempat atau perjanjian' }))
    .addStringOption(articleOption)
    .toJSON(),
  run: (library, input, locale) => answer(library, { command: 'timeline', query: input.string('about') ?? '', ...articleOf(input), locale }),
};
