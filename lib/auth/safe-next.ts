// Where to send someone after signing in: only a path on this site.

/** Safe local path to come back to after signing in. */
export function safeNext(next: string | null | undefined): string {
  // browsers drop tabs and line breaks and read "\\" as "/": "/\t/evil.example" is "//evil.example"
  if (!next || !next.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(next) || next.startsWith("//")) return "/";
  const base = "http://parallax.invalid";
  let url: URL;
  try {
    url = new URL(next, base);
  } catch {
    return "/";
  }
  return url.origin === base ? url.pathname + url.search + url.hash : "/";
}
