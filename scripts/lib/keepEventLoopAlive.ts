// Imported first by the tsx scripts that load the Payload config. On a cold tsx cache the event loop
// can run empty while that import is still being compiled, and Node then exits with code 13
// ("unsettled top-level await") before printing anything: seen on fresh clones. A ref'd timer keeps
// the loop alive; each script ends with process.exit.
setInterval(() => {}, 60_000)
