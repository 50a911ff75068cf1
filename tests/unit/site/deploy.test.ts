import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  PLACEHOLDER_SITE_URL,
  SiteUrlError,
  resolveSiteUrl,
  siteOrPlaceholder,
} from "../../../src/lib/site/site-url";
import { astroBuildInCi } from "../../support/refused-build";

describe("SITE_URL", () => {
  it("a local build without it gets the placeholder", () => {
    expect(resolveSiteUrl({})).toBe(`${PLACEHOLDER_SITE_URL}/`);
    expect(resolveSiteUrl({ CI: "false", SITE_URL: "" })).toBe(`${PLACEHOLDER_SITE_URL}/`);
    expect(siteOrPlaceholder(undefined).href).toBe(`${PLACEHOLDER_SITE_URL}/`);
  });

  it("a CI build without it is refused, with what to set", () => {
    for (const env of [{ CI: "true" }, { CI: "1", SITE_URL: "  " }]) {
      expect(() => resolveSiteUrl(env)).toThrow(SiteUrlError);
      expect(() => resolveSiteUrl(env)).toThrow(/SITE_URL is not set.*CI/);
      expect(() => resolveSiteUrl(env)).toThrow(/Fix: set SITE_URL/);
    }
  });

  it("a CI build with the placeholder itself is refused", () => {
    expect(() => resolveSiteUrl({ CI: "true", SITE_URL: PLACEHOLDER_SITE_URL })).toThrow(
      /placeholder/,
    );
  });

  it("takes a real address, and refuses one that is not a bare http(s) origin", () => {
    expect(resolveSiteUrl({ CI: "true", SITE_URL: "https://pow.example.net" })).toBe(
      "https://pow.example.net/",
    );
    expect(() => resolveSiteUrl({ SITE_URL: "pow.example.net" })).toThrow(/not an address/);
    expect(() => resolveSiteUrl({ SITE_URL: "ftp://pow.example.net" })).toThrow(/https:\/\//);
    expect(() => resolveSiteUrl({ SITE_URL: "https://u.github.io/repo/" })).toThrow(
      /root of its domain/,
    );
  });

  it("astro build refuses to start in CI without it (before any page is written)", () => {
    const run = astroBuildInCi({}, ["SITE_URL"]);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("SITE_URL is not set");
    expect(run.wrote).toBe(false);
  }, 90_000);

  it("the placeholder address is written once, in src/lib/site/site-url.ts", () => {
    const host = new URL(PLACEHOLDER_SITE_URL).host;
    const files = ["astro.config.mjs", ".ci/run", "package.json"];
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    for (const dir of ["src", "scripts", ".github"]) walk(dir);
    const copies = files.filter(
      (f) =>
        f !== join("src", "lib", "site", "site-url.ts") &&
        /example\.org/.test(readFileSync(f, "utf8")),
    );
    expect(copies, `use PLACEHOLDER_SITE_URL instead of writing ${host} again`).toEqual([]);
  });
});

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    {
      if?: string;
      needs?: string | string[];
      env?: Record<string, string>;
      steps?: { uses?: string; run?: string; with?: Record<string, unknown> }[];
    }
  >;
}

describe("deploy workflow", () => {
  const deploy = parse(readFileSync(".github/workflows/deploy.yml", "utf8")) as Workflow;
  const test = parse(readFileSync(".github/workflows/test.yml", "utf8")) as Workflow & {
    name: string;
  };

  it("runs only after the test workflow, never on a bare push", () => {
    expect(Object.keys(deploy.on)).toEqual(["workflow_run"]);
    expect(deploy.on["workflow_run"]).toMatchObject({
      workflows: [test.name],
      types: ["completed"],
      branches: ["main"],
    });
  });

  it("builds only a successful test run of a push to this repository", () => {
    const cond = deploy.jobs["build"]?.if ?? "";
    expect(cond).toContain("github.event.workflow_run.conclusion == 'success'");
    expect(cond).toContain("github.event.workflow_run.event == 'push'");
    expect(cond).toContain("head_repository.full_name == github.repository");
    expect(deploy.jobs["deploy"]?.needs).toBe("build");
  });

  it("checks out the tested commit with its whole history", () => {
    const checkout = deploy.jobs["build"]?.steps?.find((s) =>
      s.uses?.startsWith("actions/checkout"),
    );
    expect(checkout?.with).toMatchObject({
      ref: "${{ github.event.workflow_run.head_sha }}",
      "fetch-depth": 0,
    });
  });

  it("the test gate also checks out the whole history, as the deploy build does", () => {
    const checkout = test.jobs["test"]?.steps?.find((s) => s.uses?.startsWith("actions/checkout"));
    expect(checkout?.with).toMatchObject({ "fetch-depth": 0 });
  });

  it("passes SITE_URL without a fallback, so a missing variable stops the build", () => {
    expect(deploy.jobs["build"]?.env?.["SITE_URL"]).toBe("${{ vars.SITE_URL }}");
    expect(deploy.jobs["build"]?.env?.["CI"]).toBe("true");
  });
});

describe("data pull request workflow", () => {
  const dataPr = parse(readFileSync(".github/workflows/data-pr.yml", "utf8")) as Workflow;
  const runs = (dataPr.jobs["data"]?.steps ?? []).map((s) => s.run ?? "");

  it("generates the contract from the pull request's datapackage.json before validating", () => {
    const generate = runs.findIndex((r) => r.trim() === "npm run gen:contract");
    const validate = runs.findIndex((r) => r.trim() === "npm run check:data");
    expect(generate).toBeGreaterThan(-1);
    expect(validate).toBeGreaterThan(generate);
  });
});
