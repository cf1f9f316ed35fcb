import { nestSegments, segmentBody, type SegmentNode } from "@/lib/ui/claim-segments";
import { KIND_CUE } from "@/lib/ui/claim-details";
import type { ClaimKind } from "@/lib/analysis/types";

export interface BodyClaim {
  key: string;
  kind: ClaimKind;
  start: number;
  end: number;
}

function Nodes({ nodes, kinds }: { nodes: SegmentNode[]; kinds: Map<string, ClaimKind> }) {
  return (
    <>
      {nodes.map((n) => {
        if (n.type === "text") return <span key={`t${n.start}`}>{n.text}</span>;
        const kind = kinds.get(n.key) ?? "action";
        return (
          <mark
            key={`${n.key}@${n.start}`}
            className="claim"
            data-claim={n.key}
            data-kind={kind}
            data-cue={KIND_CUE[kind]}
            data-first={n.first ? "" : undefined}
            id={n.first ? `claim-${n.key}` : undefined}
            tabIndex={n.first ? 0 : -1}
            aria-describedby={n.first ? `claim-desc-${n.key}` : undefined}
          >
            <Nodes nodes={n.children} kinds={kinds} />
          </mark>
        );
      })}
    </>
  );
}

/** The cleaned body as paragraphs with claims as nested, focusable highlights. */
export function ClaimBody({ body, claims }: { body: string; claims: BodyClaim[] }) {
  const { segments, dropped } = segmentBody(body, claims);
  const paragraphs = nestSegments(segments);
  const kinds = new Map(claims.map((c) => [c.key, c.kind]));
  return (
    <>
      {paragraphs.map((nodes, i) => (
        <p key={i} className="mb-4 last:mb-0">
          <Nodes nodes={nodes} kinds={kinds} />
        </p>
      ))}
      {dropped.length ? (
        <p className="mt-4 text-xs text-stone-600">
          {dropped.length} claim{dropped.length === 1 ? "" : "s"} could not be placed in the text ({dropped.map((d) => d.key).join(", ")}).
        </p>
      ) : null}
    </>
  );
}
