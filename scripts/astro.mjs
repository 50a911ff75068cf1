// Runs the Astro CLI (`node scripts/astro.mjs <command> [args]`) with Astro's telemetry off:
// editors and reporters may work from watched connections, and the project contacts no server
// it does not need. npm scripts call Astro through this file.
// Signals sent to this process (Ctrl-C, `kill`) are passed on to Astro, so stopping
// `npm run dev` never leaves an `astro dev` server running on its own. npm passes a signal to
// the `sh -c` it runs scripts in, and sh ends without passing it on: so when this process is
// orphaned (its parent has gone), it stops Astro the same way.
import { spawn } from "node:child_process";
import { constants } from "node:os";

const child = spawn("astro", process.argv.slice(2), {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
});

/** @type {NodeJS.Signals[]} */
const FORWARDED = ["SIGINT", "SIGTERM", "SIGHUP"];
for (const signal of FORWARDED) {
  process.on(signal, () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  });
}

const parent = process.ppid;
const orphanWatch = setInterval(() => {
  if (process.ppid !== parent && child.exitCode === null && child.signalCode === null) {
    child.kill("SIGTERM");
  }
}, 500);
orphanWatch.unref();

child.on("error", (error) => {
  console.error(`Could not start Astro: ${error.message}. Run \`npm install\` first.`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  // A child ended by a signal exits the shell way: 128 + the signal's number.
  process.exit(signal ? 128 + (constants.signals[signal] ?? 0) : (code ?? 1));
});
