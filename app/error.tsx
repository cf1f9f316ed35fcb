"use client";

import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-lg py-16 text-center">
      <p className="text-sm font-medium text-rose-700">Something went wrong</p>
      <h1 className="mt-2 text-2xl font-semibold">This page could not be shown</h1>
      <p className="mt-2 text-stone-600">
        The server hit an error while preparing it. Nothing you stored was lost. Try again, and if it keeps
        happening, report the reference below.
      </p>
      {error.digest ? <p className="mt-3 font-mono text-xs text-stone-500">Reference: {error.digest}</p> : null}
      <div className="mt-6 flex justify-center gap-3">
        <button type="button" onClick={reset} className="rounded-md bg-indigo-700 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-800">Try again</button>
        <Link href="/" className="rounded-md border border-stone-300 px-4 py-2 text-sm font-medium hover:bg-stone-100">Back to stories</Link>
      </div>
    </div>
  );
}
