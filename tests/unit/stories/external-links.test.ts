import { mdxToJs, type MdxToJsResult } from "satteri";
import { describe, expect, it } from "vitest";
import { externalLinks, withNoreferrer } from "../../../src/lib/stories/external-links";

/** The compiled story, as the MDX integration compiles it with the site's hast plugin. */
const compiled = (body: string): string =>
  (mdxToJs(body, { hastPlugins: [externalLinks()] }) as MdxToJsResult).code;

describe("links to other websites in MDX", () => {
  it('get rel="noreferrer"; links within the site are left alone', () => {
    const code = compiled(
      "See [the Convention](https://www.icrc.org/en/doc/a) and [our data](/data/) and [a page](//example.net/x).\n",
    );
    const anchors = [...code.matchAll(/_components\.a, \{[^}]*\}/g)].map((m) => m[0]);
    expect(anchors).toHaveLength(3);
    expect(anchors[0]).toMatch(/rel: "noreferrer"/);
    expect(anchors[1]).not.toMatch(/rel:/);
    expect(anchors[2]).toMatch(/rel: "noreferrer"/);
  });

  it("keeps rel tokens already there and never repeats noreferrer", () => {
    expect(withNoreferrer("nofollow")).toEqual(["nofollow", "noreferrer"]);
    expect(withNoreferrer(["noreferrer"])).toEqual(["noreferrer"]);
    expect(withNoreferrer(undefined)).toEqual(["noreferrer"]);
  });
});
