import type { ReactNode } from 'react';

/**
 * One A4 page on screen: 210 × 297 mm, the GB/T 9704 margins around the 156 × 225 mm text block,
 * and `— N —` 7 mm below it in 4号宋体, odd pages right and even pages left, one character in.
 */
export function PreviewPage(props: { readonly number: number; readonly children: ReactNode }) {
  const side = props.number % 2 === 1 ? 'rp-page-number-odd' : 'rp-page-number-even';
  return (
    <div className="rp-page" role="group" aria-label={`第 ${props.number} 页`}>
      <div className="rp-page-body rp-type">{props.children}</div>
      <p className={`rp-page-number ${side}`}>{`— ${props.number} —`}</p>
    </div>
  );
}
