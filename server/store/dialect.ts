import type { ColumnDataType, CreateTableBuilder } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** The few column types the two databases spell differently. */
export interface ColumnTypes {
  /** For what only one of them has (SQLite's FTS5, PostgreSQL's GIN indexes). */
  dialect: DialectName;
  blob: ColumnDataType;
  addSerialKey: <T extends string>(
    table: CreateTableBuilder<T>,
    name: string,
  ) => CreateTableBuilder<T>;
}

export function columnTypes(dialect: DialectName): ColumnTypes {
  return dialect === 'sqlite'
    ? {
        dialect,
        blob: 'blob',
        addSerialKey: (table, name) =>
          table.addColumn(name, 'integer', (c) => c.primaryKey().autoIncrement()),
      }
    : {
        dialect,
        blob: 'bytea',
        addSerialKey: (table, name) => table.addColumn(name, 'bigserial', (c) => c.primaryKey()),
      };
}
