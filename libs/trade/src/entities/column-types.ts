/** bigint columns hold minor units well inside Number's safe range; read them back as numbers. */
export const bigintAsNumber = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
