import { InvalidReportError } from '../../report/save-refusal';

/** When localStorage is full and the edit journal cannot keep the last keystrokes. */
export const JOURNAL_FULL_MESSAGE =
  '存储空间已满：刚输入的内容要等自动保存完成才安全，此时刷新或关闭页面可能丢失。请先点“导出草稿”保存一份文件，再清理浏览器空间。';

/** A plain message for a failed save: what happened, that nothing on screen is lost, what to do. */
export function saveFailureMessage(error: unknown): string {
  if (error instanceof InvalidReportError) {
    return `报告没有保存：${error.reason}。请按提示修改；屏幕上的内容仍在，也可先点“导出草稿”保存一份文件。`;
  }
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return '浏览器存储空间已满，报告没有保存成功。屏幕上的内容仍在，请先点“导出草稿”保存一份文件，再清理浏览器空间。';
  }
  return '报告没有保存成功（浏览器存储出错）。屏幕上的内容仍在，请先点“导出草稿”保存一份文件。';
}
