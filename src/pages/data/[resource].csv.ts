/** Each dataset's CSV, exactly the validated file in data/. */
import type { APIRoute, GetStaticPaths } from "astro";
import { loadPackage } from "../../lib/data";

export const getStaticPaths = (() =>
  Object.values(loadPackage().resources).map((resource) => ({
    params: { resource: resource.name },
    props: { csvText: resource.csvText },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { csvText: string }).csvText, {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
