import { useEffect, useRef, useState } from 'preact/hooks';
import { pledgeLimits } from '../../schemas/pledge-settings';
import {
  addPledgeItem,
  movePledgeItem,
  removePledgeItem,
  setPledgeItem,
} from '../../stores/pledge-settings';

interface Props {
  items: readonly string[];
}

/**
 * Pledge items: edit in place; add, remove and reorder with buttons (touch) or with
 * Alt+↑ / Alt+↓ in a field (keyboard). Focus follows the item that moved.
 */
export function ItemEditor({ items }: Props) {
  const inputs = useRef<(HTMLInputElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);
  // Where focus goes once the list has re-rendered with the change (the store updates the
  // list a moment after the click).
  const [pendingFocus, setPendingFocus] = useState<{ index: number; before: readonly string[] }>();
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!pendingFocus || pendingFocus.before === items) return;
    (inputs.current[pendingFocus.index] ?? addButton.current)?.focus();
    setPendingFocus(undefined);
  }, [pendingFocus, items]);
  const setFocusIndex = (index: number) => setPendingFocus({ index, before: items });

  const label = (i: number) => `第 ${i + 1} 条`;
  const move = (i: number, delta: number) => {
    const to = movePledgeItem(i, delta);
    if (to === i) return;
    setStatus(`“${items[i] || '空白条目'}”已移到${label(to)}。`);
    setFocusIndex(to);
  };
  const remove = (i: number) => {
    removePledgeItem(i);
    setStatus(`已删除${label(i)}“${items[i] || '空白条目'}”。`);
    setFocusIndex(Math.min(i, items.length - 2));
  };
  const add = () => {
    const at = addPledgeItem();
    if (at < 0) return;
    setStatus(`已添加${label(at)}，请填写。`);
    setFocusIndex(at);
  };

  return (
    <fieldset class="eck-field eck-items">
      <legend>
        承诺内容（最多 {pledgeLimits.items} 条，每条不超过 {pledgeLimits.item} 字）
      </legend>
      <p class="eck-hint" id="eck-items-hint">
        用按钮调整顺序；用键盘时，在输入框里按 Alt + ↑ 或 Alt + ↓ 移动这一条。空白的条目不打印。
      </p>
      <ol class="eck-item-list">
        {items.map((item, i) => (
          <li key={i} class="eck-item-row">
            <label class="eck-visually-hidden" for={`eck-item-${i}`}>
              {label(i)}
            </label>
            <input
              id={`eck-item-${i}`}
              type="text"
              value={item}
              maxLength={pledgeLimits.item}
              aria-describedby="eck-items-hint"
              ref={(el) => {
                inputs.current[i] = el;
              }}
              onInput={(e) => setPledgeItem(i, e.currentTarget.value)}
              onKeyDown={(e) => {
                if (!e.altKey || e.isComposing) return;
                if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
                  e.preventDefault();
                  move(i, e.key === 'ArrowUp' ? -1 : 1);
                }
              }}
            />
            <button
              type="button"
              class="eck-icon-button"
              aria-label={`上移${label(i)}`}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              class="eck-icon-button"
              aria-label={`下移${label(i)}`}
              disabled={i === items.length - 1}
              onClick={() => move(i, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              class="eck-icon-button"
              aria-label={`删除${label(i)}`}
              disabled={items.length <= 1}
              onClick={() => remove(i)}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="eck-button"
        ref={addButton}
        disabled={items.length >= pledgeLimits.items}
        onClick={add}
      >
        ＋ 添加一条
      </button>
      <p class="eck-visually-hidden" role="status">
        {status}
      </p>
    </fieldset>
  );
}
