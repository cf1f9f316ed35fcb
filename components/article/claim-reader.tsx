"use client";

import Link from "next/link";
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from "react";
import type { ClaimKind } from "@/lib/analysis/types";

export interface ReaderGroup {
  id: string;
  label: string;
  href: string;
  consensus: string | null;
  departs: boolean | null;
  readingCount: number;
  articleCount: number;
}

export interface ReaderClaim {
  key: string;
  kind: ClaimKind;
  kindLabel: string;
  cue: string;
  headline: string;
  text: string;
  details: { label: string; value: string }[];
  groups: ReaderGroup[];
  /** where to flag it for review, when the reader may */
  flagHref: string | null;
}

export interface ReaderKind {
  kind: ClaimKind;
  label: string;
  cue: string;
  count: number;
}

interface Active {
  key: string;
  el: HTMLElement;
  pinned: boolean;
}

/**
 * Wraps the server-rendered body: a legend whose entries switch kinds on and
 * off, and one card showing the claim under the pointer or keyboard focus.
 * Enter (or a click) pins the card and moves focus into it; Escape returns.
 */
export function ClaimReader({ claims, kinds, children }: { claims: Record<string, ReaderClaim>; kinds: ReaderKind[]; children: React.ReactNode }) {
  const [hidden, setHidden] = useState<Set<ClaimKind>>(new Set());
  const [active, setActive] = useState<Active | null>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);
  const boxRef = useRef<HTMLDivElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const hideTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancelHide = () => {
    if (hideTimer.current) clearTimeout(hideTimer.current);
    hideTimer.current = null;
  };
  const scheduleHide = useCallback(() => {
    cancelHide();
    hideTimer.current = setTimeout(() => setActive((a) => (a?.pinned ? a : null)), 250);
  }, []);

  const markOf = (t: EventTarget | null): HTMLElement | null => {
    const el = t instanceof Element ? t.closest<HTMLElement>("mark[data-claim]") : null;
    if (!el || !boxRef.current?.contains(el)) return null;
    const kind = el.dataset.kind as ClaimKind;
    return hidden.has(kind) ? null : el;
  };

  // keep tab order in step with the legend: switched-off kinds are not tab stops
  useEffect(() => {
    boxRef.current?.querySelectorAll<HTMLElement>("mark[data-claim][data-first]").forEach((m) => {
      m.tabIndex = hidden.has(m.dataset.kind as ClaimKind) ? -1 : 0;
    });
  }, [hidden]);

  // mark the active highlight and place the card under it
  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    box.querySelectorAll("mark[data-active]").forEach((m) => m.removeAttribute("data-active"));
    if (!active) {
      setPos(null);
      return;
    }
    box.querySelectorAll<HTMLElement>(`mark[data-claim="${CSS.escape(active.key)}"]`).forEach((m) => m.setAttribute("data-active", ""));
    const b = box.getBoundingClientRect();
    const rects = active.el.getClientRects();
    const last = rects[rects.length - 1] ?? active.el.getBoundingClientRect();
    const first = rects[0] ?? last;
    const width = Math.min(352, b.width);
    const left = Math.max(0, Math.min((rects.length > 1 ? first.left : last.left) - b.left, b.width - width));
    setPos({ top: last.bottom - b.top + 8, left });
  }, [active]);

  useEffect(() => {
    if (active?.pinned) cardRef.current?.focus();
  }, [active]);

  // A link to #claim-<key> marks its claim: :target does not follow client-side
  // navigation, so the attribute carries the highlight, and focus shows its card.
  useEffect(() => {
    const mark = () => {
      const box = boxRef.current;
      if (!box) return;
      box.querySelectorAll("mark[data-target]").forEach((m) => m.removeAttribute("data-target"));
      const id = decodeURIComponent(window.location.hash.slice(1));
      if (!id.startsWith("claim-")) return;
      const el = document.getElementById(id);
      if (!el || !box.contains(el)) return;
      el.setAttribute("data-target", "");
      el.scrollIntoView({ block: "center" });
      el.focus({ preventScroll: true });
    };
    mark();
    window.addEventListener("hashchange", mark);
    return () => window.removeEventListener("hashchange", mark);
  }, []);

  const toggle = (kind: ClaimKind) => {
    setHidden((h) => {
      const n = new Set(h);
      if (n.has(kind)) n.delete(kind);
      else n.add(kind);
      return n;
    });
    setActive(null);
  };

  const claim = active ? claims[active.key] : null;
  const bodyClass = ["claim-body relative", ...[...hidden].map((k) => `hide-${k}`)].join(" ");

  return (
    <div>
      <div role="group" aria-label="Claim kinds shown" className="mb-4 flex flex-wrap items-center gap-2 border-b border-stone-200 pb-4 text-sm">
        <span className="mr-1 text-xs font-medium uppercase tracking-wide text-stone-600">Highlight</span>
        {kinds.map((k) => {
          const on = !hidden.has(k.kind);
          return (
            <button
              key={k.kind}
              type="button"
              aria-pressed={on}
              onClick={() => toggle(k.kind)}
              className={`inline-flex items-center gap-1.5 rounded-full border px-2.5 py-1 transition-colors ${on ? "border-stone-300 bg-white text-stone-900 shadow-sm" : "border-dashed border-stone-300 bg-stone-50 text-stone-600"}`}
            >
              <span className="claim-swatch" data-kind={on ? k.kind : undefined} aria-hidden>{k.cue}</span>
              <span className={on ? "" : "line-through"}>{k.label}</span>
              <span className="tabular-nums text-stone-600">{k.count}</span>
            </button>
          );
        })}
        <span className="ml-auto hidden text-xs text-stone-600 md:inline">Hover or Tab to a highlight · Enter to open</span>
      </div>
      <div
        ref={boxRef}
        className={bodyClass}
        // mousemove, not mouseover: a page that scrolls under a resting pointer must not steal the focused claim's card
        onMouseMove={(e) => {
          const el = markOf(e.target);
          if (!el) return;
          cancelHide();
          setActive((a) => (a?.pinned || (a && a.el === el) ? a : { key: el.dataset.claim!, el, pinned: false }));
        }}
        onMouseLeave={scheduleHide}
        onFocus={(e) => {
          const el = markOf(e.target);
          if (!el) return;
          cancelHide();
          setActive({ key: el.dataset.claim!, el, pinned: false });
        }}
        onBlur={(e) => {
          if (cardRef.current?.contains(e.relatedTarget as Node)) return;
          if (markOf(e.relatedTarget)) return;
          setActive((a) => (a?.pinned ? a : null));
        }}
        onClick={(e) => {
          const el = markOf(e.target);
          if (!el || (e.target instanceof Element && e.target.closest("a"))) return;
          setActive({ key: el.dataset.claim!, el, pinned: true });
        }}
        onKeyDown={(e) => {
          const el = markOf(e.target);
          if (el && (e.key === "Enter" || e.key === " ")) {
            e.preventDefault();
            setActive({ key: el.dataset.claim!, el, pinned: true });
          } else if (e.key === "Escape") {
            setActive(null);
          }
        }}
      >
        {children}
        {claim && active ? (
          <div
            ref={cardRef}
            role="dialog"
            aria-modal="false"
            aria-label={`Claim details: ${claim.headline}`}
            tabIndex={-1}
            data-testid="claim-card"
            onMouseEnter={cancelHide}
            onMouseLeave={() => !active.pinned && scheduleHide()}
            onKeyDown={(e) => {
              if (e.key === "Escape") {
                e.stopPropagation();
                const el = active.el;
                setActive(null);
                el.focus();
              }
            }}
            onBlur={(e) => {
              if (!e.currentTarget.contains(e.relatedTarget as Node) && !markOf(e.relatedTarget)) setActive(null);
            }}
            style={{ top: pos?.top ?? 0, left: pos?.left ?? 0, visibility: pos ? "visible" : "hidden" }}
            className="absolute z-20 w-[22rem] max-w-full rounded-lg border border-stone-200 bg-white p-4 text-sm leading-snug shadow-lg ring-1 ring-black/5 outline-none"
          >
            <div className="mb-2 flex items-center gap-2">
              <span className="claim-swatch" data-kind={claim.kind} aria-hidden>{claim.cue}</span>
              <span className="font-semibold text-stone-900">{claim.headline}</span>
              <span className="ml-auto font-mono text-xs text-stone-600">{claim.key}</span>
            </div>
            <dl className="grid grid-cols-[6.5rem_1fr] gap-x-3 gap-y-1">
              {claim.details.map((d) => (
                <div key={d.label} className="contents">
                  <dt className="text-stone-600">{d.label}</dt>
                  <dd className="text-stone-900">{d.value}</dd>
                </div>
              ))}
            </dl>
            <div className="mt-3 border-t border-stone-100 pt-3">
              <p className="mb-1.5 text-xs font-medium uppercase tracking-wide text-stone-600">Compared in</p>
              {claim.groups.length ? (
                <ul className="space-y-1.5">
                  {claim.groups.map((g) => (
                    <li key={g.id}>
                      <Link href={g.href} className="font-medium text-indigo-700 underline-offset-2 hover:underline">{g.label}</Link>
                      <span className="block text-xs text-stone-600">
                        {g.articleCount} article{g.articleCount === 1 ? "" : "s"} · {g.readingCount} reading{g.readingCount === 1 ? "" : "s"} ·{" "}
                        {g.departs === null ? "no majority reading" : g.departs ? <strong className="font-semibold text-rose-700">departs from consensus</strong> : "matches consensus"}
                      </span>
                    </li>
                  ))}
                </ul>
              ) : (
                <p className="text-stone-600">Not in any comparison group.</p>
              )}
            </div>
            {claim.flagHref ? (
              <p className="mt-3 border-t border-stone-100 pt-3">
                <Link href={claim.flagHref} className="font-medium text-indigo-700 underline-offset-2 hover:underline">Flag for review →</Link>
              </p>
            ) : null}
            {active.pinned ? <p className="mt-3 text-xs text-stone-600">Esc to return to the text</p> : null}
          </div>
        ) : null}
      </div>
    </div>
  );
}
