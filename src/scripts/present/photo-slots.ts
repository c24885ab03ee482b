/**
 * Photo slots in the present view (<PhotoSlot id label>): the teacher drops a photo on the slot
 * or chooses one; it is checked (src/lib/present/photo-file.ts), shown, and kept on this device
 * (src/stores/present/photos.ts) so it comes back next time, offline too. Never uploaded.
 */
import { photoFileError, photoKey, photoTypes } from '../../lib/present/photo-file';
import { loadPhoto, removePhoto, savePhoto } from '../../stores/present/photos';

/** Resolves when the picture can be shown; rejects for a file the browser cannot decode. */
function showable(img: HTMLImageElement, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('decode'));
    img.src = url;
  });
}

function setUpSlot(figure: HTMLElement, slug: string, changed: () => void): void {
  const id = figure.dataset['photoSlot'] ?? '';
  const label = figure.dataset['label'] ?? '';
  const key = photoKey(slug, id);
  const doc = figure.ownerDocument;
  const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls: string) => {
    const e = doc.createElement(tag);
    e.className = cls;
    return e;
  };
  const img = el('img', 'eck-photo-img');
  img.alt = label;
  img.hidden = true;
  const empty = el('div', 'eck-photo-empty');
  const prompt = el('p', 'eck-photo-prompt');
  prompt.textContent = `请放入照片：${label}`;
  const choose = el('label', 'eck-photo-choose');
  const input = el('input', 'eck-visually-hidden');
  input.type = 'file';
  input.accept = photoTypes.join(',');
  choose.append('选择照片…', input);
  const hint = el('p', 'eck-photo-hint');
  hint.textContent = '也可以把照片拖到这里。照片只保存在这台设备上，不会上传。';
  empty.append(prompt, choose, hint);
  const remove = el('button', 'eck-photo-remove');
  remove.type = 'button';
  remove.textContent = '移除照片';
  remove.hidden = true;
  const message = el('p', 'eck-photo-message');
  message.setAttribute('role', 'alert');
  const caption = el('figcaption', 'eck-photo-caption');
  caption.textContent = label;
  figure.replaceChildren(img, empty, remove, message, caption);
  figure.classList.add('is-live');

  let url: string | undefined;
  const say = (text: string) => {
    message.textContent = text;
  };
  /**
   * Counts the slot's actions (the load, each drop or choice, each removal): only the latest
   * one shows its picture and sets `data-saved`, so a photo dropped while the stored one is
   * still loading, or removed while it is being saved, is not undone by the earlier action.
   */
  let op = 0;

  function paint(has: boolean): void {
    img.hidden = !has;
    empty.hidden = has;
    remove.hidden = !has;
    figure.dataset['state'] = has ? 'photo' : 'empty';
    changed();
  }

  /** Show `blob` (none: the empty slot) for action `mine`; whether it is shown. */
  async function show(blob: Blob | undefined, mine: number): Promise<boolean> {
    if (url) URL.revokeObjectURL(url);
    url = undefined;
    if (!blob) {
      img.removeAttribute('src');
      paint(false);
      return true;
    }
    url = URL.createObjectURL(blob);
    try {
      await showable(img, url);
    } catch {
      if (mine !== op) return false;
      URL.revokeObjectURL(url);
      url = undefined;
      img.removeAttribute('src');
      say('这张照片打不开（文件可能损坏了），请换一张。');
      paint(false);
      return false;
    }
    if (mine !== op) return false;
    paint(true);
    return true;
  }

  /** After action `mine` is kept (or not): `data-saved`, unless a later action came. */
  function kept(mine: number, r: { ok: true } | { ok: false; error: string }): void {
    if (mine !== op) return;
    if (!r.ok) say(r.error);
    // Kept on this device only once the transaction has completed (a reload before may lose it).
    figure.dataset['saved'] = r.ok ? 'yes' : 'no';
  }

  async function take(file: File | undefined) {
    if (!file) return;
    const error = photoFileError(file);
    if (error) {
      say(error);
      return;
    }
    const mine = ++op;
    say('');
    figure.dataset['saved'] = 'no';
    if (!(await show(file, mine))) return;
    kept(mine, await savePhoto(key, { blob: file, name: file.name, savedAt: Date.now() }));
  }

  input.addEventListener('change', () => {
    void take(input.files?.[0]);
    input.value = '';
  });
  figure.addEventListener('dragover', (e) => {
    e.preventDefault();
    figure.classList.add('is-over');
  });
  figure.addEventListener('dragleave', () => figure.classList.remove('is-over'));
  figure.addEventListener('drop', (e) => {
    e.preventDefault();
    figure.classList.remove('is-over');
    void take(e.dataTransfer?.files[0]);
  });
  remove.addEventListener('click', () => {
    const mine = ++op;
    say('');
    figure.dataset['saved'] = 'no';
    void show(undefined, mine);
    void removePhoto(key).then((r) => kept(mine, r));
  });

  figure.dataset['state'] = 'loading';
  const loading = ++op;
  void loadPhoto(key).then(async (r) => {
    if (loading !== op) return;
    if (!r.ok) say(r.error);
    await show(r.ok ? r.value?.blob : undefined, loading);
    kept(loading, r);
  });
}

let guarded = false;

/**
 * Make the photo slots inside `root` (a slide) live. `changed` is called when a slot's
 * picture changes (the slide is fitted again).
 */
export function startPhotoSlots(root: HTMLElement, slug: string, changed: () => void): void {
  const slots = root.querySelectorAll<HTMLElement>('[data-photo-slot]:not(.is-live)');
  if (!guarded) {
    guarded = true;
    // A photo dropped next to a slot must not make the browser leave the lesson to show it.
    for (const type of ['dragover', 'drop'] as const) {
      root.ownerDocument.addEventListener(type, (e) => e.preventDefault());
    }
  }
  for (const slot of slots) setUpSlot(slot, slug, changed);
}
