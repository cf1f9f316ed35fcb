"use client";
import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Reloads the page's data every 2 s for as long as it is shown (while the story's work is pending). */
export function RefreshWhilePending({ everyMs = 2000 }: { everyMs?: number }) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), everyMs);
    return () => clearInterval(timer);
  }, [router, everyMs]);
  return null;
}
