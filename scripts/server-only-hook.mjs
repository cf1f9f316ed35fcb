// A module resolve hook for scripts/serve.ts: the server's own code outside Next's bundles (the page
// cache's key, lib/http/signed-in-page-key.ts) imports lib/ modules marked "server-only", which
// resolve to the package's server build here as they do in Next's server bundles.
export async function resolve(specifier, context, nextResolve) {
  return nextResolve(specifier, specifier === "server-only" ? { ...context, conditions: [...context.conditions, "react-server"] } : context);
}
