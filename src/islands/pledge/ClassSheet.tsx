import type { ClassSheetPlan, FittedText, SignatureSlot } from '../../lib/pledge-sheet';
import { pageLabel } from '../../lib/paginate';
import type { PledgeSettings } from '../../schemas/pledge-settings';

interface Props {
  plan: ClassSheetPlan;
  settings: PledgeSettings;
}

const fs = (t: FittedText) => `eck-fs-${t.size}`;

/** Text, or a line to write on when it is empty. */
function OrBlank({ text, wide = false }: { text: string; wide?: boolean }) {
  return text.trim() ? (
    <>{text}</>
  ) : (
    <span class={wide ? 'eck-blank eck-blank--wide' : 'eck-blank'} />
  );
}

function Slot({ slot }: { slot: SignatureSlot | null }) {
  return (
    <>
      <td class="eck-sign-no">{slot?.number ?? ''}</td>
      <td class="eck-sign-name">
        {slot?.name && <div class={`eck-sign-name-text ${fs(slot.name)}`}>{slot.name.text}</div>}
      </td>
      <td class="eck-sign-sig" />
    </>
  );
}

/** The class pledge: pledge and signatures on page 1, signatures continued on further pages. */
export function ClassSheet({ plan, settings }: Props) {
  const total = plan.pages.length;
  const heading = [settings.school, settings.className].filter((s) => s.trim()).join(' · ');
  return (
    <>
      {plan.pages.map((rows, i) => (
        <article class="eck-sheet eck-class-sheet" aria-label={pageLabel(i + 1, total)} key={i}>
          <div class="eck-sheet-body">
            {i === 0 ? (
              <header class="eck-pledge">
                <p class={`eck-pledge-school eck-clip ${fs(plan.school)}`}>
                  <OrBlank text={settings.school} wide />
                </p>
                <h3 class={`eck-pledge-title ${fs(plan.title)}`}>
                  {settings.title.trim() || '倡议书'}
                </h3>
                <p class="eck-pledge-meta eck-clip">
                  <span>
                    班级：
                    <OrBlank text={settings.className} />
                  </span>
                  <span>
                    日期：
                    <OrBlank text={settings.date} />
                  </span>
                </p>
                <div class="eck-pledge-box">
                  <p class="eck-pledge-intro">我们郑重承诺，从今天做起，从身边的小事做起：</p>
                  <ol class="eck-pledge-items">
                    {plan.items.map((item, n) => (
                      <li class={fs(item)} key={n}>
                        {item.text}
                      </li>
                    ))}
                  </ol>
                  <p class="eck-pledge-closing">用真诚的心、勤劳的手，让我们的地球家园更加美丽。</p>
                </div>
              </header>
            ) : (
              <header class="eck-running-head">
                <p class="eck-running-school">{heading || ' '}</p>
                <p class="eck-running-title">{settings.title.trim() || '倡议书'}（签名续）</p>
              </header>
            )}
            {rows.length > 0 && (
              <table class="eck-sign-table">
                <colgroup>
                  <col class="eck-col-no" />
                  <col class="eck-col-name" />
                  <col class="eck-col-sig" />
                  <col class="eck-col-no" />
                  <col class="eck-col-name" />
                  <col class="eck-col-sig" />
                </colgroup>
                <thead>
                  <tr>
                    <th scope="col" class="eck-th-no">
                      序号
                    </th>
                    <th scope="col">姓名</th>
                    <th scope="col">签名</th>
                    <th scope="col" class="eck-th-no">
                      序号
                    </th>
                    <th scope="col">姓名</th>
                    <th scope="col">签名</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row, r) => (
                    <tr key={r}>
                      {row.map((slot, c) => (
                        <Slot slot={slot} key={c} />
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            <p class="eck-sheet-footer">{pageLabel(i + 1, total)}</p>
          </div>
        </article>
      ))}
    </>
  );
}
