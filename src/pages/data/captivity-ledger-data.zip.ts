/** The whole data package (descriptor, changelog, every CSV) as one deterministic ZIP. */
import type { APIRoute } from "astro";
import { packageInput } from "../../components/site/packageInput";
import { packageZip } from "../../lib/site/package-files";

export const GET: APIRoute = () =>
  new Response(packageZip(packageInput()), {
    headers: { "Content-Type": "application/zip" },
  });
