import { useMemo, useState } from 'preact/hooks';
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
import {
  EditorPanel,
  PrintActions,
  PrintPreview,
  TextAreaField,
  TextInput,
  useDeviceValue,
} from './printable/EditorParts';
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

function TextField({ field, ...rest }: TextFieldProps) {
  return (
    <TextInput
      {...rest}
      maxLength={pledgeLimits[field]}
      onInput={(value) => setPledgeText(field, value)}
    />
  );
}

/** The pledge sheet generator: settings on the left, A4 preview that prints as it looks. */
export default function PledgeGenerator() {
  const { mounted, value: settings } = useDeviceValue($pledgeSettings, defaultPledgeSettings);
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
      <EditorPanel
        id="eck-settings-title"
        heading="设置"
        mounted={mounted}
        device={{
          what: '设置',
          $save: $pledgeSave,
          $notice: $pledgeNotice,
          rawFileName: `${PLEDGE_SETTINGS_KEY}-原来的数据.txt`,
          onDismiss: dismissPledgeNotice,
          onRelease: releasePledgeDamaged,
        }}
      >
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
          <TextAreaField
            id="eck-names"
            label="学生名单"
            hint="从花名册或表格里复制粘贴。名字之间用换行、顿号、逗号、空格或 Tab 分开都可以；前面的序号会自动去掉。"
            rows={8}
            value={settings.namesText}
            maxLength={pledgeLimits.namesText}
            describedBy={['eck-names-count', 'eck-names-dupes']}
            onInput={(value) => setPledgeText('namesText', value)}
          >
            <p id="eck-names-count" class="eck-hint">
              共 {nameList.names.length} 个名字。
            </p>
            <p id="eck-names-dupes" class="eck-field-warning">
              {nameList.duplicates.length > 0 &&
                `有重复的名字：${nameList.duplicates.join('、')}。如果确实是两位同学，可以保留；否则请删去一个。`}
            </p>
          </TextAreaField>
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

        <PrintActions
          printLabel={<>打印（共 {pageCount} 页 A4）</>}
          resetLabel="恢复默认"
          resetQuestion="恢复默认设置？学校、班级、名单等都会清空。"
          onReset={resetPledgeSettings}
        />
        <p class="eck-hint">
          设置只保存在这台设备的浏览器里。打印时请选择 A4 纸、缩放
          100%（“实际大小”），并关闭“页眉和页脚”。
        </p>
      </EditorPanel>

      <PrintPreview
        id="eck-preview-title"
        heading={<>打印预览（{pageCount} 页）</>}
        class="eck-preview"
      >
        {sheet && <ClassSheet plan={sheet} settings={settings} />}
        {cards && <PledgeCards plan={cards} settings={settings} />}
      </PrintPreview>
    </div>
  );
}
