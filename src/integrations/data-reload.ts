/**
 * `astro dev` only: when a file in data/ changes, the site forgets the loaded package and the
 * browser reloads, so a reporter sees an edit (or the validator's list of problems) without
 * restarting the server. Builds read data/ once and are not affected.
 */
import { relative, resolve, sep } from "node:path";
import type { AstroIntegration } from "astro";
import { dataDir, resetDataCache } from "../lib/data/index.ts";

export function dataReload(): AstroIntegration {
  return {
    name: "captivity-ledger:data-reload",
    hooks: {
      "astro:server:setup": ({ server, logger }) => {
        const dir = resolve(dataDir());
        server.watcher.add(dir);
        const changed = (file: string) => {
          const path = resolve(file);
          if (path !== dir && !path.startsWith(dir + sep)) return;
          // One memo for the whole process (src/lib/data/index.ts), so this resets it for the
          // pages too; the chart and source caches key on the package and follow.
          resetDataCache();
          // Astro keeps each route's getStaticPaths() results (the source pages' rows) until
          // the route's module changes: invalidating the server's modules makes it ask again.
          for (const environment of Object.values(server.environments)) {
            environment.moduleGraph.invalidateAll();
          }
          logger.info(`${relative(process.cwd(), path)} changed: pages now read the new data.`);
          server.ws.send({ type: "full-reload" });
        };
        for (const event of ["add", "change", "unlink"] as const) server.watcher.on(event, changed);
      },
    },
  };
}
