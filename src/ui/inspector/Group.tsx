import type { ReactNode } from 'react';

/** A titled block of fields; the title is a heading, so screen reader users can jump between blocks. */
export function Group({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <section className="sf-inspector__group">
      {title !== undefined && <h3 className="sf-inspector__group-title">{title}</h3>}
      {children}
    </section>
  );
}
