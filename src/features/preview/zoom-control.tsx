export const ZOOM_STEPS = [50, 75, 100, 125, 150, 200] as const;

/** 适合宽度: the pages as wide as the pane, for a pane narrower than an A4 page at real size. */
export type ZoomChoice = number | 'fit';

/**
 * Zoom of the preview pages, 50–200 %; 100 % is real size (210 mm wide). `fit` follows the pane's
 * width (`fitZoom`, in %); 放大 and 缩小 go from there to the next step. Screen only.
 */
export function ZoomControl(props: {
  readonly choice: ZoomChoice;
  readonly fitZoom: number;
  readonly onChoose: (choice: ZoomChoice) => void;
}) {
  const current = props.choice === 'fit' ? props.fitZoom : props.choice;
  const smaller = [...ZOOM_STEPS].reverse().find((z) => z < current - 0.5);
  const larger = ZOOM_STEPS.find((z) => z > current + 0.5);
  return (
    <div className="rp-zoom" role="group" aria-label="缩放">
      <button type="button" onClick={() => smaller && props.onChoose(smaller)} disabled={!smaller}>
        缩小
      </button>
      <label>
        <span className="rp-sr-only">缩放比例</span>
        <select
          value={String(props.choice)}
          onChange={(e) => props.onChoose(e.target.value === 'fit' ? 'fit' : Number(e.target.value))}
          aria-label="缩放比例"
        >
          <option value="fit">适合宽度（{Math.round(props.fitZoom)}%）</option>
          {ZOOM_STEPS.map((z) => (
            <option key={z} value={z}>
              {z}%{z === 100 ? '（实际大小）' : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => larger && props.onChoose(larger)} disabled={!larger}>
        放大
      </button>
    </div>
  );
}
