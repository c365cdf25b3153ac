/**
 * The few DOM members our parse rules read. shared/ is compiled without the DOM library (the
 * server has no DOM); the rules only ever run where one exists (the browser, or a converter
 * that brings its own).
 */
export interface ParsedElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): ParsedElement | null;
  readonly textContent: string | null;
  readonly style: { readonly textAlign: string };
}

export const parsedElement = (element: unknown): ParsedElement => element as ParsedElement;
