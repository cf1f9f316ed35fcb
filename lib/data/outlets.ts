import "server-only";
import type { Prisma } from "../../generated/prisma/client";

type Tx = Prisma.TransactionClient;

export function domainOf(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "").toLowerCase() || null;
  } catch {
    return null;
  }
}

/** Finds the outlet by domain, else by name (case-insensitive), else creates it. */
export async function ensureOutlet(tx: Tx, name: string | null, url: string | null): Promise<string | null> {
  const domain = domainOf(url);
  const label = name?.trim() || domain;
  if (!label) return null;
  if (domain) {
    const byDomain = await tx.outlet.findUnique({ where: { domain } });
    if (byDomain) return byDomain.id;
  }
  const all = await tx.outlet.findMany({ select: { id: true, name: true, domain: true } });
  const byName = all.find((o) => o.name.toLowerCase() === label.toLowerCase());
  if (byName) {
    if (domain && !byName.domain) await tx.outlet.update({ where: { id: byName.id }, data: { domain } });
    return byName.id;
  }
  const created = await tx.outlet.create({ data: { name: label, domain } });
  return created.id;
}
