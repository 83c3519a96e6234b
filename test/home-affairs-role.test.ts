// "home affairs minister" names the role written "Menteri Dalam Negeri": the two words of
// the English office are one role word of the table, not "home" plus an unsupported "affairs".
// Passages are written for these tests (invented people).
import { describe, expect, it } from 'vitest';
import { askText as ask } from './helpers/articles.js';

describe('the home affairs minister across languages', () => {
  it('English question, Indonesian article', () => {
    const text = 'Sindikat hoaks dibongkar\n\nMenteri Dalam Negeri Lorem Ipsum mengapresiasi polisi yang membongkar sindikat penyebar hoaks di Solo pada Jumat.';
    expect(ask(text, 'Who is the home affairs minister?', 'en')).toMatchObject({ found: true, value: expect.stringContaining('Lorem Ipsum') });
  });

  it('Indonesian question, English article: "dalam negeri" is one role, though "dalam" is a function word', () => {
    const text = 'Hoax ring broken up\n\nHome Affairs Minister Lorem Ipsum praised the police for breaking up the hoax ring in Solo on Friday.';
    expect(ask(text, 'Siapa menteri dalam negeri?', 'id')).toMatchObject({ found: true, value: expect.stringContaining('Lorem Ipsum') });
    expect(ask(text, 'Siapa menteri luar negeri?', 'id').found).toBe(false);
  });
});
