"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";

interface Open {
  groupId: string;
  outlet: string;
  x: number;
  y: number;
}

/**
 * Actions for a matrix cell, opened by clicking it: the comparison the cell summarises, and a
 * flag for review. One listener on the table instead of links in every cell keeps a large
 * matrix's page light; keyboard users reach the same actions through each row's link.
 */
export function CellMenu({ storyId, outlets, mayFlag, children }: { storyId: string; outlets: string[]; mayFlag: boolean; children: React.ReactNode }) {
  const [open, setOpen] = useState<Open | null>(null);
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    menu.current?.querySelector("a")?.focus();
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent ? e.key === "Escape" : !menu.current?.contains(e.target as Node)) setOpen(null);
    };
    document.addEventListener("keydown", close);
    document.addEventListener("mousedown", close);
    return () => {
      document.removeEventListener("keydown", close);
      document.removeEventListener("mousedown", close);
    };
  }, [open]);
  const onClick = (e: React.MouseEvent) => {
    const cell = (e.target as HTMLElement).closest("td");
    const row = cell?.closest("tr");
    if (!cell || !row?.dataset.group || (e.target as HTMLElement).closest("a")) return;
    const outlet = outlets[cell.cellIndex - 1];
    if (outlet === undefined) return;
    setOpen({ groupId: row.dataset.group, outlet, x: Math.min(e.clientX, window.innerWidth - 260), y: e.clientY + 8 });
  };
  return (
    <div onClick={onClick}>
      {children}
      {open ? (
        <div
          ref={menu}
          role="menu"
          aria-label={`${open.outlet}: actions`}
          style={{ left: open.x, top: open.y }}
          className="fixed z-50 w-64 rounded-lg border border-stone-200 bg-white p-2 text-sm shadow-lg"
        >
          <p className="px-2 pb-1 text-xs text-stone-500">{open.outlet}</p>
          <Link role="menuitem" href={`/stories/${storyId}/groups/${open.groupId}`} className="block rounded px-2 py-1.5 text-indigo-700 hover:bg-stone-100">
            Open the comparison
          </Link>
          {mayFlag ? (
            <Link role="menuitem" href={`/review/flag?story=${storyId}&target=group:${open.groupId}`} className="block rounded px-2 py-1.5 text-indigo-700 hover:bg-stone-100">
              Flag for review
            </Link>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
