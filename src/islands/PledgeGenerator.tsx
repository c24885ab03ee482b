import { useMemo, useState } from 'preact/hooks';
import { useStore } from '@nanostores/preact';
import { useMounted } from './use-mounted';
import { planCards, planClassSheet } from '../lib/pledge-sheet';
import { splitNames } from '../lib/split-names';
import { parseNumber } from '../lib/parse-number';
import {
  defaultPledgeSettings,
  pledgeLayoutLabels,
  pledgeLayouts,
  pledgeLimits,
  signerModeLabels,
  signerModes,
} from '../schemas/pledge-settings';
import {
  $pledgeNotice,
  $pledgeSave,
  $pledgeSettings,
  dismissPledgeNotice,
  PLEDGE_SETTINGS_KEY,
  releasePledgeDamaged,
  resetPledgeSettings,
  setPledgeOption,
  setPledgeText,
} from '../stores/pledge-settings';
import { DeviceNotice } from './DeviceNotice';
import { ItemEditor } from './pledge/ItemEditor';
import { ClassSheet } from './pledge/ClassSheet';
import { PledgeCards } from './pledge/PledgeCards';

const blankCountRule = {
  label: '空白签名行数',
  unit: '行',
  integer: true,
  max: pledgeLimits.blankCount,
} as const;

interface TextFieldProps {
  id: string;
  label: string;
  field: 'school' | 'className' | 'title' | 'date';
  value: string;
  placeholder?: string;
}

function TextField({ id, label, field, value, placeholder }: TextFieldProps) {
  return (
    <div class="eck-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={value}
        placeholder={placeholder}
        maxLength={pledgeLimits[field]}
        onInput={(e) => setPledgeText(field, e.currentTarget.value)}
      />
    </div>
  );
}

/** The pledge sheet generator: settings on the left, A4 preview that prints as it looks. */
export default function PledgeGenerator() {
  const mounted = useMounted();
  const stored = useStore($pledgeSettings);
  const settings = mounted ? stored : defaultPledgeSettings;
  const notice = useStore($pledgeNotice);
  const save = useStore($pledgeSave);
  const [countText, setCountText] = useState<string | null>(null);
  const [countError, setCountError] = useState<string | null>(null);

  const nameList = useMemo(() => splitNames(settings.namesText), [settings.namesText]);
  const sheet = useMemo(
    () => (settings.layout === 'sheet' ? planClassSheet(settings) : null),
    [settings],
  );
  const cards = useMemo(
    () => (settings.layout === 'cards' ? planCards(settings) : null),
    [settings],
  );
  const tooLong = sheet?.tooLong ?? cards?.tooLong ?? [];
  const pageCount = sheet?.pages.length ?? cards?.pages.length ?? 0;

  const commitCount = (text: string) => {
    const r = parseNumber(text, blankCountRule);
    if (!r.ok) {
      setCountError(r.error);
      return;
    }
    setCountError(null);
    setCountText(null);
    setPledgeOption('blankCount', r.value ?? 0);
  };

  return (
    <div class="eck-pledge-generator">
      <section class="eck-print-hidden eck-settings" aria-labelledby="eck-settings-title">
        <h2 id="eck-settings-title">设置</h2>
        {mounted && (
          <DeviceNotice
            what="设置"
            save={save}
            notice={notice}
            rawFileName={`${PLEDGE_SETTINGS_KEY}-原来的数据.txt`}
            onDismiss={dismissPledgeNotice}
            onRelease={releasePledgeDamaged}
          />
        )}
        <div class="eck-field-grid">
          <TextField
            id="eck-school"
            label="学校"
            field="school"
            value={settings.school}
            placeholder="例如：阳光小学"
          />
          <TextField
            id="eck-class"
            label="班级"
            field="className"
            value={settings.className}
            placeholder="例如：四年三班"
          />
          <TextField id="eck-title" label="标题" field="title" value={settings.title} />
          <TextField
            id="eck-date"
            label="日期（不填则留空线手写）"
            field="date"
            value={settings.date}
            placeholder="例如：2026 年 11 月 30 日"
          />
        </div>

        <ItemEditor items={settings.items} />

        <fieldset class="eck-field eck-choice">
          <legend>版式</legend>
          {pledgeLayouts.map((l) => (
            <label key={l}>
              <input
                type="radio"
                name="eck-layout"
                value={l}
                checked={settings.layout === l}
                onChange={() => setPledgeOption('layout', l)}
              />
              {pledgeLayoutLabels[l]}
            </label>
          ))}
        </fieldset>

        <fieldset class="eck-field eck-choice">
          <legend>签名</legend>
          {signerModes.map((m) => (
            <label key={m}>
              <input
                type="radio"
                name="eck-signers"
                value={m}
                checked={settings.signers === m}
                onChange={() => setPledgeOption('signers', m)}
              />
              {signerModeLabels[m]}
            </label>
          ))}
        </fieldset>

        {settings.signers === 'names' ? (
          <div class="eck-field">
            <label for="eck-names">学生名单</label>
            <p class="eck-hint" id="eck-names-hint">
              从花名册或表格里复制粘贴。名字之间用换行、顿号、逗号、空格或 Tab
              分开都可以；前面的序号会自动去掉。
            </p>
            <textarea
              id="eck-names"
              rows={8}
              value={settings.namesText}
              maxLength={pledgeLimits.namesText}
              aria-describedby="eck-names-hint eck-names-count eck-names-dupes"
              onInput={(e) => setPledgeText('namesText', e.currentTarget.value)}
            />
            <p id="eck-names-count" class="eck-hint">
              共 {nameList.names.length} 个名字。
            </p>
            <p id="eck-names-dupes" class="eck-field-warning">
              {nameList.duplicates.length > 0 &&
                `有重复的名字：${nameList.duplicates.join('、')}。如果确实是两位同学，可以保留；否则请删去一个。`}
            </p>
          </div>
        ) : (
          <div class="eck-field">
            <label for="eck-blank-count">空白签名行数（0–{pledgeLimits.blankCount}）</label>
            <input
              id="eck-blank-count"
              type="text"
              inputMode="numeric"
              value={countText ?? String(settings.blankCount)}
              aria-invalid={countError ? 'true' : undefined}
              aria-describedby="eck-blank-count-error"
              onInput={(e) => setCountText(e.currentTarget.value)}
              onBlur={(e) => commitCount(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.isComposing) commitCount(e.currentTarget.value);
              }}
            />
            <p id="eck-blank-count-error" class="eck-field-error">
              {countError}
            </p>
          </div>
        )}

        {tooLong.length > 0 && (
          <p class="eck-field-warning" role="status">
            这些文字太长，缩到最小也放不下，打印时会被截掉：{tooLong.join('、')}。请改短一些。
          </p>
        )}

        <div class="eck-actions">
          <button
            type="button"
            class="eck-button eck-button--primary"
            onClick={() => window.print()}
          >
            打印（共 {pageCount} 页 A4）
          </button>
          <button
            type="button"
            class="eck-button"
            onClick={() => {
              if (window.confirm('恢复默认设置？学校、班级、名单等都会清空。'))
                resetPledgeSettings();
            }}
          >
            恢复默认
          </button>
        </div>
        <p class="eck-hint">
          设置只保存在这台设备的浏览器里。打印时请选择 A4 纸、缩放
          100%（“实际大小”），并关闭“页眉和页脚”。
        </p>
      </section>

      <section class="eck-preview" aria-labelledby="eck-preview-title">
        <h2 id="eck-preview-title" class="eck-print-hidden">
          打印预览（{pageCount} 页）
        </h2>
        <div
          class="eck-sheets-scroll"
          tabIndex={0}
          role="region"
          aria-label="A4 打印预览，可左右滚动"
        >
          <div class="eck-sheets">
            {sheet && <ClassSheet plan={sheet} settings={settings} />}
            {cards && <PledgeCards plan={cards} settings={settings} />}
          </div>
        </div>
      </section>
    </div>
  );
}
