/**
 * Checking a teacher's photo before it is kept on the device, and the key it is kept under.
 * Pure: takes what the browser says about the file (name, type, size).
 */

/** Image types a browser shows in <img> and a teacher's phone or camera produces. SVG is left out. */
export const photoTypes = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'image/gif',
  'image/bmp',
] as const;

/** Largest photo kept (a phone photo is 2–8 MB). */
export const maxPhotoBytes = 20 * 1024 * 1024;

export interface PhotoFileInfo {
  name: string;
  type: string;
  size: number;
}

const typeByExtension: Record<string, (typeof photoTypes)[number]> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  gif: 'image/gif',
  bmp: 'image/bmp',
};

/** A file name as shown in a message: control characters out, at most 40 characters. */
function shownName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const clean = name.replace(/[\u0000-\u001f\u007f]/g, '').trim() || '（无名文件）';
  return clean.length > 40 ? `${clean.slice(0, 39)}…` : clean;
}

/**
 * Null when the file may be kept, else a Chinese message naming the reason. A file with an
 * empty type (some Windows drag sources) is judged by its extension.
 */
export function photoFileError(file: PhotoFileInfo): string | null {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const type = file.type || typeByExtension[ext] || '';
  if (!(photoTypes as readonly string[]).includes(type)) {
    return `“${shownName(file.name)}”不是照片：只能放入 JPG、PNG、WebP、GIF 或 BMP 图片。`;
  }
  if (file.size <= 0) return `“${shownName(file.name)}”是空文件，请换一张照片。`;
  if (file.size > maxPhotoBytes) {
    const mb = (file.size / 1024 / 1024).toFixed(1);
    return `“${shownName(file.name)}”太大（${mb} MB）：请用小于 ${maxPhotoBytes / 1024 / 1024} MB 的照片。`;
  }
  return null;
}

/** Key of a slot's photo in the device's database: lesson slug + slot id. */
export const photoKey = (slug: string, slotId: string) => `${slug}/${slotId}`;
