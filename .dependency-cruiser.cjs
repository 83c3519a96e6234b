// The direction of kutip's imports, checked in CI (`npm run deps`, run by .ci/run):
//   text → extract → index → query → answer → render → bot
// Each rule's comment is what CI prints when it is broken.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle hides which module decides what: data flows one way (text → extract → index → query → answer → render).',
      from: {},
      to: { circular: true },
    },
    {
      name: 'discord-only-at-the-edge',
      severity: 'error',
      comment: 'Only bot/ (transports), render/ (Discord payloads) and commands/ may import discord.js: the core answers the console, kutip ask and tests with the same code.',
      from: { pathNot: '^(src/bot/|src/render/|commands/)' },
      to: { path: '^node_modules/discord\\.js/' },
    },
    {
      name: 'text-is-first',
      severity: 'error',
      comment: 'text/ (cleaning, sentences, the tokenizer, matching) is the first stage: it reads only the language tables.',
      from: { path: '^src/text/' },
      to: { path: '^src/(extract|index|query|answer|render|bot|load|cli|add|eval)/' },
    },
    {
      name: 'extract-reads-text',
      severity: 'error',
      comment: 'extract/ turns an Article into an Understanding from text/ and the language tables only; it knows nothing of the index, queries or answers.',
      from: { path: '^src/extract/' },
      to: { path: '^src/(index|query|answer|render|bot|load|cli|add|eval)/' },
    },
    {
      name: 'index-does-not-extract',
      severity: 'error',
      comment: 'index/ indexes what extract/ already understood; it never extracts, and knows nothing of queries or answers.',
      from: { path: '^src/index/' },
      to: { path: '^src/(extract|query|answer|render|bot|load|cli|add|eval)/' },
    },
    {
      name: 'query-reads-the-question-only',
      severity: 'error',
      comment: 'query/ reads what someone typed into a Query; it does not look at articles (index/, extract/) or answers.',
      from: { path: '^src/query/' },
      to: { path: '^src/(extract|index|answer|render|bot|load|cli|add|eval)/' },
    },
    {
      name: 'answer-never-extracts',
      severity: 'error',
      comment: 'answer/ looks things up in the Understanding and the index; it never imports extract/ (no extraction at query time), and it says what it found as data, never in words (render/).',
      from: { path: '^src/answer/' },
      to: { path: '^src/(extract|render|bot|load|cli|add|eval)/' },
    },
    {
      name: 'render-only-renders',
      severity: 'error',
      comment: 'render/ puts a Finding into words and payloads; it does not answer, query, extract or load.',
      from: { path: '^src/render/' },
      to: { path: '^src/(extract|query|answer|bot|load|cli|add|eval)/' },
    },
    {
      name: 'core-knows-no-transport',
      severity: 'error',
      comment: 'Nothing of the core (text, extract, index, query, answer, render, load) imports a transport (bot/) or a command-line front end (cli/).',
      from: { path: '^src/(text|extract|index|query|answer|render|load)/' },
      to: { path: '^src/(bot|cli)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.js'] },
  },
};
