/**
 * Random name picker (随机点名) over the slide. The roster is the one the pledge sheet keeps on
 * this device (src/stores/pledge-settings.ts), split by src/lib/split-names.ts; pasted once, it
 * serves both. Each draw calls someone not yet called this round (src/lib/present/name-picker.ts);
 * groups ("第 3 组") are drawn the same way.
 */
import {
  drawNext,
  groupLabel,
  maxGroups,
  newPicker,
  type PickerState,
} from '../../../lib/present/name-picker';
import { splitNames } from '../../../lib/split-names';
import { parseNumber } from '../../../lib/parse-number';
import { $pledgeSave, $pledgeSettings, setPledgeText } from '../../../stores/pledge-settings';
import type { Tool, ToolHost } from '../tools';
import { panelTool } from './kit';

export function createTool(host: ToolHost): Tool {
  const doc = host.layer.ownerDocument;
  const {
    panel,
    $,
    tool: makeTool,
  } = panelTool(host, {
    className: 'eck-picker',
    label: '随机点名',
    html: `
    <p class="eck-picker-result" data-picker-result aria-live="polite">？</p>
    <p class="eck-picker-count" data-picker-count></p>
    <div class="eck-tool-row">
      <button type="button" data-picker="draw">抽一个</button>
      <button type="button" data-picker-mode="names" aria-pressed="true">点名字</button>
      <button type="button" data-picker-mode="groups" aria-pressed="false">点小组</button>
      <label for="eck-picker-groups">组数</label>
      <input id="eck-picker-groups" type="text" inputmode="numeric" size="3" value="6" autocomplete="off"
        aria-describedby="eck-picker-error" />
      <button type="button" data-picker="restart">重新开始</button>
      <button type="button" data-tool-close>关闭点名</button>
    </div>
    <p id="eck-picker-error" class="eck-tool-error" data-picker-error role="alert"></p>
    <details class="eck-picker-roster">
      <summary>全班名单（与承诺书共用，只保存在这台设备上）</summary>
      <label for="eck-picker-names">每行一个名字，或用逗号、顿号、空格分开：</label>
      <textarea id="eck-picker-names" rows="4" data-picker-names></textarea>
      <button type="button" data-picker="save">保存名单</button>
      <span data-picker-roster-note role="status"></span>
    </details>`,
  });
  const result = $<HTMLElement>('[data-picker-result]');
  const countLine = $<HTMLElement>('[data-picker-count]');
  const groupsInput = $<HTMLInputElement>('#eck-picker-groups');
  const error = $<HTMLElement>('[data-picker-error]');
  const namesBox = $<HTMLTextAreaElement>('[data-picker-names]');
  const rosterNote = $<HTMLElement>('[data-picker-roster-note]');
  const roster = $<HTMLDetailsElement>('details');

  let mode: 'names' | 'groups' = 'names';
  let names: string[] = [];
  let groups = 6;
  let picker: PickerState = newPicker(0);
  let last = '';

  const size = () => (mode === 'names' ? names.length : groups);

  function restart() {
    picker = newPicker(size());
    last = '';
    render();
  }

  function render() {
    result.textContent = last || '？';
    const unit = mode === 'names' ? '人' : '组';
    countLine.textContent = size()
      ? `本轮已点 ${picker.called.length} / ${size()} ${unit}`
      : '还没有名单：请在下面的“全班名单”里粘贴名字，保存后就可以点名。';
    for (const b of panel.querySelectorAll('[data-picker-mode]')) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-picker-mode') === mode));
    }
    host.changed();
  }

  function readRoster(text: string) {
    const list = splitNames(text);
    const changed = list.names.join('\n') !== names.join('\n');
    names = list.names;
    rosterNote.textContent = list.duplicates.length
      ? `共 ${names.length} 人；重名：${list.duplicates.join('、')}（各点一次）`
      : `共 ${names.length} 人`;
    if (changed && mode === 'names') restart();
  }

  // The picker lives as long as the page: no unsubscribe needed.
  $pledgeSettings.subscribe((s) => {
    if (doc.activeElement !== namesBox) namesBox.value = s.namesText;
    readRoster(s.namesText);
  });
  $pledgeSave.subscribe((s) => {
    if (s.kind === 'failed' || s.kind === 'held') {
      rosterNote.textContent =
        '名单没能保存在这台设备上（存储已满、被禁止或原来的数据已损坏），关掉页面后要重新粘贴。';
    }
  });

  function draw() {
    if (mode === 'groups') {
      const r = parseNumber(groupsInput.value, {
        label: '组数',
        min: 2,
        max: maxGroups,
        integer: true,
      });
      groupsInput.setAttribute('aria-invalid', String(!r.ok));
      error.textContent = r.ok ? '' : r.error;
      if (!r.ok || r.value === null) return;
      if (r.value !== groups) {
        groups = r.value;
        restart();
      }
    }
    const d = drawNext(picker, Math.random);
    if (!d) {
      render();
      roster.open = true;
      return;
    }
    picker = d.state;
    last = mode === 'names' ? (names[d.pick] ?? '') : groupLabel(d.pick);
    render();
  }

  panel.addEventListener('click', (e) => {
    const b = (e.target as Element).closest<HTMLButtonElement>('button');
    if (!b) return;
    const m = b.dataset['pickerMode'];
    if (m === 'names' || m === 'groups') {
      mode = m;
      error.textContent = '';
      restart();
    } else if (b.dataset['picker'] === 'draw') draw();
    else if (b.dataset['picker'] === 'restart') restart();
    else if (b.dataset['picker'] === 'save') setPledgeText('namesText', namesBox.value);
  });

  return makeTool(render, {
    status: () =>
      panel.hidden ? null : `点名：${last || '还没抽'}（已点 ${picker.called.length} / ${size()}）`,
  });
}
