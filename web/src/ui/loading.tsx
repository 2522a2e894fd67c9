/** Announced politely while a page's data loads; the `loading` class lets tests wait for it to go. */
export function Loading({ label }: { label: string }) {
  return (
    <p className="loading" role="status">
      {label}
    </p>
  );
}
