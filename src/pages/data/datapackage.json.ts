/** The package descriptor, exactly as in data/datapackage.json. */
import type { APIRoute } from "astro";
import { packageInput } from "../../components/site/packageInput";

export const GET: APIRoute = () =>
  new Response(packageInput().descriptorText, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
