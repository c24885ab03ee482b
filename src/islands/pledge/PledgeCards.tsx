import type { CardsPlan, FittedText } from '../../lib/pledge-sheet';
import { pageLabel } from '../../lib/paginate';
import type { PledgeSettings } from '../../schemas/pledge-settings';

interface Props {
  plan: CardsPlan;
  settings: PledgeSettings;
}

const fs = (t: FittedText) => `eck-fs-${t.size}`;

/** Individual pledge cards, 6 to an A4 page, with dashed lines to cut along. */
export function PledgeCards({ plan, settings }: Props) {
  const total = plan.pages.length;
  return (
    <>
      {plan.pages.map((cards, p) => (
        <article class="eck-sheet" aria-label={`承诺卡 ${pageLabel(p + 1, total)}`} key={p}>
          <div class="eck-sheet-body eck-cards">
            {cards.map((name, i) => (
              <div class="eck-pcard" key={i}>
                <p class={`eck-pcard-head eck-clip ${fs(plan.header)}`}>
                  {plan.header.text || <span class="eck-blank eck-blank--wide" />}
                </p>
                <p class={`eck-pcard-title eck-clip ${fs(plan.title)}`}>
                  {settings.title.trim() || '倡议书'}
                </p>
                <p class="eck-pcard-intro">我承诺：</p>
                <ol class="eck-pcard-items eck-clip">
                  {plan.items.map((item, n) => (
                    <li class={fs(item)} key={n}>
                      {item.text}
                    </li>
                  ))}
                </ol>
                <div class="eck-pcard-foot">
                  <p class="eck-pcard-sign">
                    <span class="eck-pcard-label">承诺人：</span>
                    {name ? (
                      <span class={`eck-pcard-name eck-clip ${fs(name)}`}>{name.text}</span>
                    ) : (
                      <span class="eck-blank eck-blank--fill" />
                    )}
                  </p>
                  <p class="eck-pcard-date">
                    日期：{settings.date.trim() || <span class="eck-blank" />}
                  </p>
                </div>
              </div>
            ))}
          </div>
        </article>
      ))}
    </>
  );
}
