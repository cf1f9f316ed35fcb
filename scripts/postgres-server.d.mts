export declare function ensurePostgres(options?: { install?: boolean }): { bin: string; error?: undefined } | { error: string; bin?: undefined };
export declare function startPostgres(bin: string, options?: { name?: string }): Promise<{ url: string; port: number; dir: string; stop: () => void }>;
