import { useState } from 'preact/hooks';
import { fragmentFromPasted, type ShareCodec } from '../../lib/share/fragment';
import type { LinkOffers } from '../../stores/share/link-offers';

/**
 * A share link pasted as text is read where it is: unlike opening the link, nothing lands in
 * the browser's history.
 */
export function PasteLink({
  store,
  codec,
}: {
  store: Pick<LinkOffers, 'readLink'>;
  codec: ShareCodec;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      class="eck-paste-link"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const fragment = fragmentFromPasted(text);
        if (!fragment) {
          setError(
            text.trim()
              ? `这不是分享链接：链接里应该有“#${codec.prefix}${codec.version}.”。`
              : '请先粘贴链接。',
          );
          return;
        }
        setError('');
        setText('');
        void store.readLink(fragment);
      }}
    >
      {/* The kit's markup and classes (src/islands/forms/text-field.tsx, src/styles/fields.css),
          written out: importing the kit's TextField would bring it into both class views'
          shared chunk (+0.5 kB against their budgets). */}
      <div class="eck-field">
        <label for="eck-paste-link">粘贴分享链接</label>
        <input
          id="eck-paste-link"
          class="eck-input"
          type="text"
          autocomplete="off"
          value={text}
          aria-describedby={
            error ? 'eck-paste-link-hint eck-paste-link-error' : 'eck-paste-link-hint'
          }
          aria-invalid={error ? true : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <span class="eck-field-hint" id="eck-paste-link-hint">
          粘贴在这里读取，链接不会留在这台电脑的浏览历史里；直接打开链接则会留下。
        </span>
        {error && (
          <span class="eck-field-error" id="eck-paste-link-error">
            {error}
          </span>
        )}
      </div>
      <button type="submit" class="eck-button">
        读取链接
      </button>
    </form>
  );
}
