/** A plain message for a failed save: what happened, that nothing on screen is lost, what to do. */
export function saveFailureMessage(error: unknown): string {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError') {
    return '浏览器存储空间已满，报告没有保存成功。屏幕上的内容仍在，请先点“导出草稿”保存一份文件，再清理浏览器空间。';
  }
  return '报告没有保存成功（浏览器存储出错）。屏幕上的内容仍在，请先点“导出草稿”保存一份文件。';
}
