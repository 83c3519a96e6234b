// /when's since-record check across languages: a date after "terparah sejak" / "the worst since" is
// an earlier event's, unless the event asked is written after it ("…, ketika badai menerjang").
// That event is read in the words the article writes ("storm" is "badai" there: other-language.ts
// termsAsWritten), not in the question's own. Passages are written for this test.
import { describe, expect, it } from 'vitest';
import { answer } from '../src/core.js';
import { libraryFromText } from './helpers/articles.js';

const indonesian = libraryFromText('Banjir rendam Jakarta\n\nJakarta dilanda banjir terparah sejak Februari 2020, ketika badai menerjang kota itu.\n\nRibuan warga mengungsi ke masjid dan sekolah.\n', 'id', '2025-03-04');
const english = libraryFromText('Floods swamp Jakarta\n\nJakarta was hit by the worst floods since February 2020, when a storm swept the city.\n\nThousands of residents fled to mosques and schools.\n', 'en', '2025-03-04');

describe('the earlier event named after "since", asked in the other language', () => {
  it('an English question of an Indonesian article', () => {
    expect(answer(indonesian, { command: 'when', query: 'When was the storm?', locale: 'en' })).toMatchObject({ found: true, value: 'Februari 2020' });
    // The floods themselves are not dated by the record they beat.
    expect(answer(indonesian, { command: 'when', query: 'When were the floods?', locale: 'en' }).value).not.toBe('Februari 2020');
  });

  it('an Indonesian question of an English article', () => {
    expect(answer(english, { command: 'when', query: 'Kapan badai?', locale: 'id' })).toMatchObject({ found: true, value: 'February 2020' });
    expect(answer(english, { command: 'when', query: 'Kapan banjir?', locale: 'id' }).value).not.toBe('February 2020');
  });
});
