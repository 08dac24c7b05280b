/** Perspectives grouped by side, each group under its side's name (the heading is its section's, ClaimDetails.tsx). */
import { DATASET_LANGUAGE, type Perspective, type Viewpoint } from '@/lib/data/schema';
import { SourceLink } from './SourceLink';
import { t, viewpointText } from '@/lib/i18n/strings';

export function Perspectives({ perspectives }: { perspectives: Perspective[] }) {
  const bySide = new Map<Viewpoint, Perspective[]>();
  for (const p of perspectives) bySide.set(p.viewpoint, [...(bySide.get(p.viewpoint) ?? []), p]);
  return (
    <section aria-label={t.perspectives()}>
      {[...bySide].map(([side, items]) => (
        <section key={side} class="side-group" aria-label={viewpointText(side)}>
          <h4>{viewpointText(side)}</h4>
          <ul class="perspectives" lang={DATASET_LANGUAGE}>
            {items.map((p, i) => (
              <li key={i} class="perspective">
                <p class="speaker">{p.speaker}</p>
                <p>
                  {p.summary} <SourceLink source={p.source} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
