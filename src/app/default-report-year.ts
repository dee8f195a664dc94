/**
 * The year a clerk most likely reports on when opening 新建: in November and December the report
 * for the year now ending is being prepared (the notice asks for it by 31 January, and offices
 * start drafting before the year is out); from January to October it is the year just ended.
 */
export function defaultReportYear(today: Date = new Date()): number {
  const year = today.getFullYear();
  // getMonth(): 0 = January … 10 = November.
  return today.getMonth() >= 10 ? year : year - 1;
}
