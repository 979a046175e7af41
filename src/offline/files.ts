/*
 * The files that make the site work offline and installable, at the root of the site: a service
 * worker controls only the pages under its own folder, so it must be served from `/`. Separate
 * constants, so a page's script carries only the one it uses.
 */

/** The service worker every page registers. */
export const SERVICE_WORKER_PATH = '/sw.js';

/** The web app manifest every page links. */
export const MANIFEST_PATH = '/manifest.webmanifest';

/** The icon sizes browsers ask an installable site for, in pixels. */
export const ICON_SIZES = [192, 512] as const;

/** An app icon the manifest lists, drawn from the favicon at one of `ICON_SIZES`. */
export const iconPath = (size: number) => `/icons/icon-${size}.png`;
