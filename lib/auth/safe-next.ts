// Where to send someone after signing in: only a path on this site.

/** Safe local path to come back to after signing in. */
export function safeNext(next: string | null | undefined): string {
  // browsers drop tabs and line breaks and read "\\" as "/": "/\t/evil.example" is "//evil.example"
  if (!next || !next.startsWith("/") || [...next].some((c) => c <= "\u001f" || c === "\u007f" || c === "\\") || next.startsWith("//")) return "/";
  const base = "http://parallax.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return "/";
  }
  return url.origin === base ? url.pathname + url.search + url.hash : "/";
}
