import { partTitle } from '../../template/part-titles';
import type { FormatSpec } from '../../template/spec-types';
import type { Finding } from '../../template/rules/finding';
import { fieldDomId, findingDomId } from '../../ui/dom-ids';

/** The link's target in the editor; a finding on no cell or field opens 基本信息 at its first field. */
function targetId(f: Finding): string {
  return findingDomId(f) ?? fieldDomId('meta.agencyName');
}

/**
 * The numbers of errors and warnings above the preview, each finding a link back to where it is
 * in the editor. Hidden when printing: it is not part of the report.
 */
export function FindingsBanner(props: {
  readonly format: FormatSpec;
  readonly findings: readonly Finding[];
  readonly onGoToFinding?: (finding: Finding) => void;
}) {
  const errors = props.findings.filter((f) => f.severity === 'error').length;
  const warnings = props.findings.length - errors;
  const summary =
    props.findings.length === 0
      ? '检查通过：没有发现错误或提醒'
      : `检查发现：错误 ${errors} 处，提醒 ${warnings} 处`;
  return (
    <section
      aria-label="检查结果"
      className={`rp-screen-only rp-banner ${errors > 0 ? 'rp-banner-error' : warnings > 0 ? 'rp-banner-warning' : 'rp-banner-ok'}`}
    >
      <p className="rp-banner-summary" role="status">
        {summary}
        {errors > 0 && '。有错误的报告请先改正再提交审核或导出。'}
      </p>
      {props.findings.length > 0 && (
        <details open={props.findings.length <= 8}>
          <summary>查看全部 {props.findings.length} 条</summary>
          <ol className="rp-banner-list">
            {props.findings.map((f) => (
              <li key={f.key}>
                <span className={f.severity === 'error' ? 'rp-tag-error' : 'rp-tag-warning'}>
                  {f.severity === 'error' ? '错误' : '提醒'}
                </span>{' '}
                <span className="rp-banner-where">{partTitle(props.format, f.sectionId)}</span>{' '}
                {props.onGoToFinding ? (
                  <a
                    href={`#${targetId(f)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      props.onGoToFinding?.(f);
                    }}
                  >
                    {f.message}
                  </a>
                ) : (
                  <span>{f.message}</span>
                )}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
