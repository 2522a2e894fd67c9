import type { ScreeningHit } from './api.ts';

/** A vacancy's text with each screening hit marked, so the officer sees the words and their article in place. */
export function ScreenedText({ text, hits, describedBy }: { text: string; hits: readonly ScreeningHit[]; describedBy: (hit: ScreeningHit) => string }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const hit of [...hits].sort((a, b) => a.start - b.start)) {
    if (hit.start < at) continue;
    parts.push(text.slice(at, hit.start));
    parts.push(
      <mark key={`${hit.start}-${hit.end}`} className="screening-hit" title={describedBy(hit)}>
        {text.slice(hit.start, hit.end)}
      </mark>,
    );
    at = hit.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
