// better-auth needs a secret in production. When none is set, generate one
// once into a git-ignored .env so sessions survive restarts.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export function ensureAuthSecret(root) {
  if (process.env.BETTER_AUTH_SECRET) return;
  const envFile = path.join(root, ".env");
  const existing = fs.existsSync(envFile) ? fs.readFileSync(envFile, "utf8") : "";
  const m = /^BETTER_AUTH_SECRET=(.+)$/m.exec(existing);
  if (m) {
    process.env.BETTER_AUTH_SECRET = m[1].trim();
    return;
  }
  const secret = crypto.randomBytes(32).toString("hex");
  fs.appendFileSync(envFile, `${existing && !existing.endsWith("\n") ? "\n" : ""}BETTER_AUTH_SECRET=${secret}\n`);
  process.env.BETTER_AUTH_SECRET = secret;
}
