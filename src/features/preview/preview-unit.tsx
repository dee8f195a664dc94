import { CHANGED_NOTE_ID } from './changed-cells';
import { PreviewTable } from './preview-table';
import type { PreviewUnit } from './preview-units';

/** The part of a unit on one page: body rows of a table, or characters of a paragraph. */
export interface UnitPart {
  readonly from?: number;
  readonly to?: number;
}

/**
 * One unit of the report as HTML, whole or the part on one page. Used both on the pages and in the
 * hidden measuring column, so what is measured is what is shown. All text is rendered as text,
 * never as HTML. Each unit sits in its own box (flow-root) so its margins are measured with it.
 */
export function PreviewUnitView(props: {
  readonly unit: PreviewUnit;
  readonly part?: UnitPart;
  readonly index: number;
}) {
  const { unit, part } = props;
  return (
    <div className="rp-unit" data-unit={props.index}>
      {renderUnit(unit, part)}
    </div>
  );
}

function renderUnit(unit: PreviewUnit, part: UnitPart | undefined) {
  switch (unit.kind) {
    case 'title':
      return (
        <h2 className="rp-title" aria-label={unit.text}>
          {unit.lines.map((line, i) => (
            <span key={i} className="block">
              {line}
            </span>
          ))}
        </h2>
      );
    case 'heading': {
      const Tag = unit.level === 1 ? 'h3' : 'h4';
      return (
        <>
          <Tag className={unit.level === 1 ? 'rp-h1' : 'rp-h2'}>{unit.text}</Tag>
          {unit.note && <span className="rp-note rp-empty rp-screen-only">（{unit.note}）</span>}
        </>
      );
    }
    case 'paragraph': {
      const from = part?.from ?? 0;
      const to = part?.to ?? unit.text.length;
      // A paragraph split over pages: the first part keeps the indent and justifies its last
      // line (it is not the paragraph's last); the rest continue without an indent.
      const className = `rp-p${from > 0 ? ' rp-p-cont' : ''}${to < unit.text.length ? ' rp-p-split' : ''}${unit.changed ? ' rp-changed' : ''}`;
      return (
        <>
          <p className={className} {...(unit.changed ? { 'aria-describedby': CHANGED_NOTE_ID } : {})}>
            {unit.text.slice(from, to)}
          </p>
          {unit.stale && from === 0 && (
            <span className="rp-note rp-stale rp-screen-only">以下为上年度的文字，尚待修改</span>
          )}
        </>
      );
    }
    case 'table':
      return <PreviewTable block={unit.block} {...(part ?? {})} />;
    case 'signature':
      return (
        <div className="rp-signature">
          {unit.signatory && <p className="rp-sign">{unit.signatory}</p>}
          {unit.date ? (
            <p className="rp-sign">{unit.date}</p>
          ) : (
            <span className="rp-note rp-empty rp-screen-only">（成文日期尚未填写）</span>
          )}
        </div>
      );
  }
}
