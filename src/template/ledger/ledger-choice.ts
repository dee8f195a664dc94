// The ledger's vocabulary: the values a request or a case may take, each one a row or a column of
// the official tables, and the words around them that a typed value may use.

/** One value a ledger field may take: a leaf row or column of table 三 or 四. */
export interface LedgerChoice {
  /** The row or column id (`withheld-1`, `natural`) or the kind of case (`review`). */
  readonly id: string;
  /** How the ledger shows and writes it, e.g. `（三）不予公开 / 1.属于国家秘密`. */
  readonly name: string;
  /** Its labels below the header or row that spans every choice, outermost first. */
  readonly path: readonly string[];
}

/** The choices of one ledger field, with what a typed value is read against. */
export interface LedgerVocabulary {
  /** The field, as messages name it (`办理结果`). */
  readonly what: string;
  readonly choices: readonly LedgerChoice[];
  /** Labels over every choice that a typed value may start with (`三、本年度办理结果`). */
  readonly context: readonly string[];
  /** Labels that read like a choice but are not one, each with the reason (`（七）总计`). */
  readonly excluded: readonly { readonly path: readonly string[]; readonly reason: string }[];
  /** Other words for a choice's last label, by choice id (`个人` for `自然人`). */
  readonly aliases: Readonly<Record<string, readonly string[]>>;
}

export type ChoiceResolution =
  | { readonly ok: true; readonly choice: LedgerChoice }
  | {
      readonly ok: false;
      readonly reason: string;
      /** The choices an ambiguous value could mean (empty when it names none). */
      readonly candidates: readonly LedgerChoice[];
    };
