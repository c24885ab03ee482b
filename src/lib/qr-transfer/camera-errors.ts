/**
 * What to tell the teacher when the camera does not open, by the error getUserMedia gives
 * (DOMException names, including the older Chromium ones), always pointing to the other ways
 * in: the groups' files and share links. Pure.
 */

const otherWays = '也可以用上面的“选择文件”导入小组导出的文件，或打开小组发来的分享链接。';

/** Why the camera cannot be used at all on this page: not https (or localhost), or too old. */
export function cameraUnavailableMessage(secureContext: boolean): string {
  return secureContext
    ? `这个浏览器不能使用摄像头（太旧了）。${otherWays}`
    : `这个页面是用 http 打开的，浏览器只允许 https 网站（或本机地址）使用摄像头。${otherWays}学校网站改用 https 后就能扫码。`;
}

/** The message for a getUserMedia failure. */
export function cameraErrorMessage(error: unknown): string {
  const name =
    typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  switch (name) {
    case 'NotAllowedError':
    case 'PermissionDeniedError':
    case 'SecurityError':
      return `没有得到使用摄像头的允许。可以在浏览器地址栏旁的设置里允许本网站使用摄像头，再点“打开摄像头”。${otherWays}`;
    case 'NotFoundError':
    case 'DevicesNotFoundError':
    case 'OverconstrainedError':
    case 'ConstraintNotSatisfiedError':
      return `这台设备没有找到摄像头。可以换一台有摄像头的设备（例如手机）打开本页扫码。${otherWays}`;
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return `摄像头打不开，可能正被别的程序（例如视频会议）使用。关掉那个程序后再试。${otherWays}`;
    default:
      return `摄像头打不开${name ? `（${name}）` : ''}。${otherWays}`;
  }
}
