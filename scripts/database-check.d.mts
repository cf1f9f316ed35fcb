export declare const DEFAULT_DATABASE_URL: string;
export declare function checkDatabaseUrl(raw: string | undefined): { ok: true; url: string; message?: undefined } | { ok: false; message: string; url?: undefined };
