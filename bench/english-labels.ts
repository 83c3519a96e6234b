// Hand labels for the English fixture articles in test/fixtures/ (written for this comparison):
// for each paragraph, as kutip numbers them after cleaning, the people and the places it names,
// as written there. A name inside an organisation's name ("Springfield City Council", "Oregon
// Fishing Board") is not labelled as a place; a dateline city is. The fixtures were written for
// kutip's own tests, so they flatter its rules: read the SQuAD figures beside these.

export interface ParagraphLabels {
  readonly people: readonly string[];
  readonly places: readonly string[];
}

export interface FixtureLabels {
  /** File name under test/fixtures/. */
  readonly file: string;
  /** Paragraph n (1-based) → its labels; a paragraph not listed names no one and no place. */
  readonly paragraphs: Readonly<Record<number, ParagraphLabels>>;
}

const none: readonly string[] = [];

export const FIXTURE_LABELS: readonly FixtureLabels[] = [
  {
    file: 'en-council-vote.txt',
    paragraphs: {
      2: { people: ['Diane Whitfield'], places: none },
      3: { people: ['Robert J. Ortega'], places: none },
      4: { people: ['Ortega'], places: none },
    },
  },
  {
    file: 'en-dates-2024-06-21-river-flood.txt',
    paragraphs: {
      1: { people: none, places: ['GREYFORD', 'Grey river'] },
      3: { people: ['Alan Pryce'], places: none },
    },
  },
  {
    file: 'en-harbour-strike.txt',
    paragraphs: {
      1: { people: none, places: ['LONDON', 'Felixstowe', 'Britain'] },
      2: { people: ['Sharon Graham'], places: none },
      3: { people: ['Alan McKinnon'], places: ['Britain', 'Rotterdam', 'Antwerp'] },
      4: { people: ['Graham'], places: none },
    },
  },
  {
    file: 'en-people-2024-05-20-tokyo-talks.txt',
    paragraphs: {
      1: { people: ['Yoko Kamikawa', 'Antony Blinken'], places: ['TOKYO', 'U.S.'] },
      2: { people: ['Blinken', 'Kamikawa'], places: none },
      3: { people: ['Kamikawa'], places: ['Seoul', 'Manila'] },
      4: { people: ['Rahm Emanuel'], places: ['U.S.', 'Japan'] },
      5: { people: ['Kim Jong Un'], places: ['North Korea'] },
      6: { people: ['Wang Wenbin'], places: ['China', 'Beijing', 'Asia'] },
    },
  },
  {
    file: 'en-places-2023-09-15-port-alder-strike.txt',
    paragraphs: {
      1: { people: none, places: ['Port Alder'] },
      2: { people: ['Maria Santos'], places: none },
      3: { people: ['Santos', 'Tom Reilly'], places: ['Kelsey Point'] },
      4: { people: ['Tina Kotek'], places: ['Port Alder'] },
      5: { people: none, places: ['Portland'] },
    },
  },
  {
    file: 'en-quotes-2024-03-14-harbour-talks.txt',
    paragraphs: {
      1: { people: none, places: ['Portmouth'] },
      2: { people: ['Daniel Reyes'], places: none },
      3: { people: ['Helen Marsh'], places: none },
      6: { people: ['Tom Baker'], places: none },
      8: { people: ['Sarah Quinn'], places: none },
    },
  },
];
