export const ZOOM_STEPS = [50, 75, 100, 125, 150, 200] as const;

/** Zoom of the preview pages, 50–200 %; 100 % is real size (210 mm wide). Screen only. */
export function ZoomControl(props: { readonly zoom: number; readonly onZoom: (zoom: number) => void }) {
  const i = ZOOM_STEPS.findIndex((z) => z === props.zoom);
  const smaller = i > 0 ? ZOOM_STEPS[i - 1] : undefined;
  const larger = i >= 0 && i < ZOOM_STEPS.length - 1 ? ZOOM_STEPS[i + 1] : undefined;
  return (
    <div className="rp-zoom" role="group" aria-label="缩放">
      <button type="button" onClick={() => smaller && props.onZoom(smaller)} disabled={!smaller}>
        缩小
      </button>
      <label>
        <span className="rp-sr-only">缩放比例</span>
        <select
          value={props.zoom}
          onChange={(e) => props.onZoom(Number(e.target.value))}
          aria-label="缩放比例"
        >
          {ZOOM_STEPS.map((z) => (
            <option key={z} value={z}>
              {z}%{z === 100 ? '（实际大小）' : ''}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={() => larger && props.onZoom(larger)} disabled={!larger}>
        放大
      </button>
    </div>
  );
}
