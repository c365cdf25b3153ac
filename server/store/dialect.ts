import type { ColumnDataType, CreateTableBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** The few column types the two databases spell differently. */
export interface ColumnTypes {
  blob: ColumnDataType;
  addSerialKey: <T extends string>(
    table: CreateTableBuilder<T>,
    name: string,
  ) => CreateTableBuilder<T>;
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  return dialect === 'sqlite'
    ? {
        blob: 'blob',
        addSerialKey: (table, name) =>
          table.addColumn(name, 'integer', (c) => c.primaryKey().autoIncrement()),
      }
    : {
        blob: 'bytea',
        addSerialKey: (table, name) => table.addColumn(name, 'bigserial', (c) => c.primaryKey()),
      };
}
