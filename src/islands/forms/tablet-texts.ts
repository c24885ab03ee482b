/**
 * What a pupil's tablet says on a record page while loading its records and when a save fails.
 * Kept apart from SaveStatus so the class views, which share SaveStatus's chunk, do not ship it.
 */
import type { WriteFailure } from '../../stores/persisted';

export const tabletLoadingText = '正在读取本机保存的记录…';
export const tabletFailureText = (reason: WriteFailure): string =>
  reason === 'quota'
    ? '没能保存：这台平板给网站的存储空间满了。刚才的记录还在这个页面上，但关掉页面就会丢失。请马上导出文件，再请老师清理浏览器里别的网站数据。'
    : '没能保存：这个浏览器不让网站保存数据（可能是无痕模式或被禁止了）。记录只在这个页面上，关掉就会丢失。请马上导出文件，换成普通模式再打开。';
