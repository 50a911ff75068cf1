import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/**
 * Runs `astro build` with CI=true and `env` on top of this process's environment, without the
 * variables named in `unset`, into an output folder that must stay absent. Returns the exit
 * status, the output, and whether anything was written: a refused build writes nothing.
 */
export function astroBuildInCi(
  env: NodeJS.ProcessEnv,
  unset: readonly string[],
): { status: number | null; output: string; wrote: boolean } {
  const full: NodeJS.ProcessEnv = {
    ...process.env,
    CI: "true",
    ASTRO_TELEMETRY_DISABLED: "1",
    ...env,
  };
  for (const name of unset) delete full[name];
  const out = join(mkdtempSync(join(tmpdir(), "refused-build-")), "dist");
  const run = spawnSync(
    process.execPath,
    [join("node_modules", "astro", "bin", "astro.mjs"), "build", "--outDir", out],
    { env: full, encoding: "utf8", timeout: 90_000 },
  );
  return { status: run.status, output: `${run.stdout}${run.stderr}`, wrote: existsSync(out) };
}
