// The one place the public address is set. Override with SITE_URL at build time.
export const DEFAULT_SITE_URL = 'https://inkluderingsguiden.no';
export const SITE_URL = (process.env.SITE_URL || DEFAULT_SITE_URL).replace(/\/+$/, '');
