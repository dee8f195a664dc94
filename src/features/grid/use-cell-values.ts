import { useFormContext } from 'react-hook-form';
import type { CellForm } from './grid-cells';

export interface CellValues {
  read(id: string): string;
  write(id: string, value: string): void;
}

/** Reads and writes a grid's figures in the report form. */
export function useCellValues(): CellValues {
  const form = useFormContext<CellForm>();
  return {
    read: (id) => form.getValues(`cells.${id}`) ?? '',
    // setValue runs the live checks from the data (pitfalls: MUI X #23099), for pastes and undo too.
    write: (id, value) => form.setValue(`cells.${id}`, value, { shouldDirty: true }),
  };
}
