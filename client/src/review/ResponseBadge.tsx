/** Tiếp thu / Giải trình / Không tiếp thu: the colour helps, the word carries the meaning. */
import type { ResponseKind } from '../../../shared/threads.js';
import { useT } from '../i18n/context.js';

export function ResponseBadge({ kind }: { kind: ResponseKind }) {
  const t = useT();
  return (
    <span className="response-badge" data-kind={kind} data-testid="response-badge">
      {t(`review.response.${kind}`)}
    </span>
  );
}
