// Preloaded into a bot process by the reliability tests (`node --import ./test/helpers/inject-faults.mjs
// dist/app/main.js`): each SIGUSR2 injects the next fault named in KUTIP_TEST_FAULTS (comma-separated),
// from outside any handler, carrying the configuration (token included) as a careless error would.
//   throw   an exception nobody catches (thrown from a timer)
//   reject  a promise rejection nobody handles
// Test-only; nothing in src/ knows about it.
const faults = (process.env.KUTIP_TEST_FAULTS ?? '').split(',').filter(Boolean);
const config = { token: process.env.DISCORD_TOKEN, apiUrl: process.env.DISCORD_API_URL };

process.on('SIGUSR2', () => {
  const fault = faults.shift();
  const err = Object.assign(new Error(`injected fault: ${fault}`), { config });
  if (fault === 'throw') setTimeout(() => { throw err; }, 0);
  if (fault === 'reject') void Promise.reject(err);
});
