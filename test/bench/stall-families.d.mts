/** Types for stall-families.mjs (markdown families for the stall benchmark and the markup tests). */
export declare const fill: (unit: string, n: number) => string;
export declare const FAMILIES: Record<string, (n: number) => string>;
