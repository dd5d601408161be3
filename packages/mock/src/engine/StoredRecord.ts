/** One record of a resource as the engine keeps it; fields are named as in the resource's record shape. */
export interface StoredRecord {
  key: string;
  /** Filing order: pages of a query fit together in it. */
  id: number;
  fields: Record<string, unknown>;
  lines?: Record<string, unknown>[];
  status?: number;
  createdMs: number;
  modifiedMs: number;
}
