// Runs the Astro CLI (`node scripts/astro.mjs <command> [args]`) with Astro's telemetry off:
// editors and reporters may work from watched connections, and the project contacts no server
// it does not need. npm scripts call Astro through this file.
import { spawnSync } from "node:child_process";

const result = spawnSync("astro", process.argv.slice(2), {
  stdio: "inherit",
  shell: process.platform === "win32",
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" },
});
if (result.error) {
  console.error(`Could not start Astro: ${result.error.message}. Run \`npm install\` first.`);
}
process.exit(result.status ?? 1);
