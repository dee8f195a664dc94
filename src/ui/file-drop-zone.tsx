// The app's ways to bring a file in, shared by every feature that reads one (导入草稿, 导入 Word 或网页,
// 导入台账, the desk's 添加报告文件): a button that opens the browser's file chooser, and a zone a
// file can be dropped on, which shows it is ready while something is dragged over it.
import { useId, useState, type ReactNode } from 'react';

export function FilePickButton({
  label,
  accept,
  multiple = false,
  disabled = false,
  className = 'btn',
  describedBy,
  onFiles,
}: {
  readonly label: ReactNode;
  readonly accept?: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  readonly className?: string;
  readonly describedBy?: string;
  readonly onFiles: (files: readonly File[]) => void;
}) {
  const id = useId();
  return (
    <>
      <label
        htmlFor={id}
        className={`${className} ${disabled ? 'pointer-events-none opacity-50' : 'cursor-pointer'}`}
      >
        {label}
      </label>
      <input
        id={id}
        type="file"
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        aria-describedby={describedBy}
        className="sr-only"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          // Cleared, so choosing the same file again (after correcting it) reads it again.
          e.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}

export function FileDropZone({
  onDrop,
  disabled = false,
  className = '',
  testId,
  children,
}: {
  /** What was dropped, as the browser hands it over (files, or folder entries for the desk). */
  readonly onDrop: (data: DataTransfer) => void;
  readonly disabled?: boolean;
  /** Layout of the zone; its dashed border and the highlight while dragging are added here. */
  readonly className?: string;
  readonly testId?: string;
  readonly children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  return (
    <div
      onDragOver={(e) => {
        // Without this the browser opens the dropped file itself, leaving the app.
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        if (!disabled) onDrop(e.dataTransfer);
      }}
      data-testid={testId}
      className={`rounded-lg border-2 border-dashed ${over ? 'border-blue-600 bg-blue-50' : 'border-gray-300'} ${className}`}
    >
      {children}
    </div>
  );
}
