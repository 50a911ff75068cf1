import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  ContactEmailError,
  PLACEHOLDER_CONTACT_EMAIL,
  resolveContactEmail,
} from "../../../src/lib/site/contact";
import { PLACEHOLDER_SITE_URL } from "../../../src/lib/site/site-url";
import { astroBuildInCi } from "../../support/refused-build";

describe("CONTACT_EMAIL (where readers send corrections and replies)", () => {
  it("a local build without it shows the placeholder, at the placeholder site's domain", () => {
    expect(resolveContactEmail({})).toBe(PLACEHOLDER_CONTACT_EMAIL);
    expect(resolveContactEmail({ CI: "false", CONTACT_EMAIL: " " })).toBe(
      PLACEHOLDER_CONTACT_EMAIL,
    );
    expect(PLACEHOLDER_CONTACT_EMAIL.endsWith(`@${new URL(PLACEHOLDER_SITE_URL).hostname}`)).toBe(
      true,
    );
  });

  it("a CI build without it, or with the placeholder, is refused with what to set", () => {
    for (const env of [{ CI: "true" }, { CI: "1", CONTACT_EMAIL: "" }]) {
      expect(() => resolveContactEmail(env)).toThrow(ContactEmailError);
      expect(() => resolveContactEmail(env)).toThrow(/CONTACT_EMAIL is not set.*CI/);
      expect(() => resolveContactEmail(env)).toThrow(/Fix: set CONTACT_EMAIL/);
    }
    expect(() =>
      resolveContactEmail({ CI: "true", CONTACT_EMAIL: PLACEHOLDER_CONTACT_EMAIL.toUpperCase() }),
    ).toThrow(/placeholder/);
  });

  it("takes one plain address (a mailto: prefix is dropped) and refuses anything else", () => {
    expect(
      resolveContactEmail({ CI: "true", CONTACT_EMAIL: " corrections@pow.example.net " }),
    ).toBe("corrections@pow.example.net");
    expect(resolveContactEmail({ CONTACT_EMAIL: "mailto:desk@pow.example.net" })).toBe(
      "desk@pow.example.net",
    );
    expect(resolveContactEmail({ CONTACT_EMAIL: "corrections@localhost" })).toBe(
      "corrections@localhost",
    );
    for (const bad of [
      "corrections",
      "corrections@",
      "@pow.example.net",
      "Desk <desk@pow.example.net>",
      "a@pow.example.net, b@pow.example.net",
      "desk@pow",
      "de sk@pow.example.net",
    ]) {
      expect(() => resolveContactEmail({ CONTACT_EMAIL: bad }), bad).toThrow(
        /is not one e-mail address/,
      );
    }
  });

  it("astro build refuses to start in CI without it (before any page is written)", () => {
    const run = astroBuildInCi({ SITE_URL: "http://localhost:4321" }, ["CONTACT_EMAIL"]);
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("CONTACT_EMAIL is not set");
    expect(run.wrote).toBe(false);
  }, 90_000);

  it("the deploy workflow passes it without a fallback and refuses to build without it", () => {
    interface Job {
      env?: Record<string, string>;
      steps?: { name?: string; if?: string; run?: string }[];
    }
    const deploy = parse(readFileSync(".github/workflows/deploy.yml", "utf8")) as {
      jobs: Record<string, Job>;
    };
    const build = deploy.jobs["build"];
    expect(build?.env?.["CONTACT_EMAIL"]).toBe("${{ vars.CONTACT_EMAIL }}");
    const refuse = build?.steps?.find((s) => s.if?.includes("env.CONTACT_EMAIL == ''"));
    expect(refuse?.run).toContain("exit 1");
    const names = (build?.steps ?? []).map((s) => s.name ?? "");
    expect(names.indexOf(refuse?.name ?? "")).toBeLessThan(
      names.findIndex((n) => n.startsWith("Build")),
    );
  });
});
