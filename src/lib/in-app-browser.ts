/**
 * Apps whose built-in browser opens links from chats (微信, QQ, 钉钉, 微博, 支付宝) and
 * silently drops file downloads. Detected by user agent; QQ浏览器 on its own (MQQBrowser
 * without " QQ/") is an ordinary browser and downloads work. Pure.
 */

const apps: readonly [RegExp, string][] = [
  [/wxwork\//i, '企业微信'],
  [/MicroMessenger\//i, '微信'],
  [/DingTalk\//i, '钉钉'],
  [/AlipayClient\//i, '支付宝'],
  [/Weibo|__weibo__/i, '微博'],
  // The QQ app: " QQ/8.9…" (MQQBrowser alone is the QQ browser).
  [/\sQQ\/\d/, 'QQ'],
];

/** The app whose built-in browser this is, or null for an ordinary browser. */
export function inAppBrowser(userAgent: string): string | null {
  for (const [re, name] of apps) if (re.test(userAgent)) return name;
  return null;
}

/** What to tell a user of `app`'s browser before they tap a download. */
export function inAppDownloadMessage(app: string): string {
  return `在${app}里打开的网页不能下载文件。请点右上角 ··· → 在浏览器打开，再下载；或者改用分享链接、二维码。`;
}
