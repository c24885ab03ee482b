/**
 * Videos for Chromium's fake camera (--use-file-for-fake-video-capture): QR codes drawn as
 * frames of a Y4M file (YUV 4:2:0, grey only: the U and V planes are 128). Chromium loops it.
 */
import QRCode from 'qrcode';

export interface Y4mOptions {
  width: number;
  height: number;
  fps: number;
}

/** One grey frame (luma only) with a QR code of `text` centred, modules as large as fit. */
export function qrFrame(
  text: string,
  { width, height }: Pick<Y4mOptions, 'width' | 'height'>,
): Uint8Array {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = qr.modules.size;
  const quiet = 4;
  const px = Math.floor(Math.min(width, height) / (size + 2 * quiet));
  if (px < 2) throw new Error(`code with ${size} modules does not fit ${width}×${height}`);
  const y = new Uint8Array(width * height).fill(235);
  const left = Math.floor((width - size * px) / 2);
  const top = Math.floor((height - size * px) / 2);
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (!qr.modules.get(r, c)) continue;
      for (let dy = 0; dy < px; dy++)
        y.fill(
          16,
          (top + r * px + dy) * width + left + c * px,
          (top + r * px + dy) * width + left + (c + 1) * px,
        );
    }
  }
  return y;
}

/** A Y4M file of the given luma frames. */
export function y4m(frames: readonly Uint8Array[], { width, height, fps }: Y4mOptions): Buffer {
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const parts: Buffer[] = [
    Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`),
  ];
  for (const f of frames) {
    if (f.length !== width * height) throw new Error('frame size');
    parts.push(Buffer.from('FRAME\n'), Buffer.from(f), chroma);
  }
  return Buffer.concat(parts);
}

/** Each text's code held for `framesEach` frames, in the given order, then a blank frame. */
export function qrVideo(texts: readonly string[], framesEach: number, options: Y4mOptions): Buffer {
  const blank = new Uint8Array(options.width * options.height).fill(235);
  const frames = texts.flatMap((t) => {
    const f = qrFrame(t, options);
    return [...Array.from({ length: framesEach }, () => f), blank];
  });
  return y4m(frames, options);
}
