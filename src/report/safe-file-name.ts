/** A file name with the characters no file system accepts (`\ / : * ? " < > |`, controls) replaced by `_`. */
export function safeFileName(name: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are not allowed in file names
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
}
