/**
 * The `<meta>` that marks a page existing only so that readers without JavaScript reach what
 * script does for everyone else on another page. Such a page costs build time and bytes that a
 * reader with script never uses, so `npm run bench` reports these pages on a line of their own,
 * with their cost, and compares the rest of the site with the default Starlight baseline. A page
 * opts in through its frontmatter:
 * `head: [{ tag: 'meta', attrs: { ...NO_SCRIPT_PAGE_META } }]`.
 */
export const NO_SCRIPT_PAGE_META = { name: 'atlas:page-purpose', content: 'no-script' } as const;
