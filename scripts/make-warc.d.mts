export declare function warcRecord(type: string, fields: Record<string, string>, content: string | Uint8Array, options?: { contentLength?: number }): Buffer;
export declare function httpResponse(status: number, headers: Record<string, string>, body: string | Uint8Array): Buffer;
export declare function responseRecord(url: string, status: number, headers: Record<string, string>, body: string | Uint8Array, options?: { contentLength?: number }): Buffer;
export declare function requestRecord(url: string): Buffer;
export declare function warcinfoRecord(): Buffer;
export declare function htmlResponse(url: string, html: string | Uint8Array, headers?: Record<string, string>): Buffer;
export declare function warcFile(records: Buffer[], gz?: boolean): Buffer;
