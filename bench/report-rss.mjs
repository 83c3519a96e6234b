// Preloaded into a measured process (node --import): prints its peak resident memory at exit.
process.on('exit', () => {
  process.stderr.write(`\nKUTIP_BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
