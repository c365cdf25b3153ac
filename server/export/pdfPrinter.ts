/**
 * export.pdf: the reader's print view, printed by the system Chromium (CHROMIUM_PATH), so the
 * PDF is exactly what the browser's "Save as PDF" gives. The page is opened on this server as
 * the person who asked (their cookie), one print at a time (a browser is heavy), within a minute.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { AppError } from '../errors.js';

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'];
const TIMEOUT_MS = 60_000;

export interface PrintRequest {
  /** This server's own address, as the browser reaches it (http://127.0.0.1:<port>). */
  origin: string;
  /** The reader's path and query, e.g. /plans/QHT/read?sections=P3. */
  path: string;
  /** The asking person's Cookie header: the page reads the plan as they would. */
  cookie: string;
}

export class PdfPrinter {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly chromiumPath: string) {}

  print(request: PrintRequest): Promise<Buffer> {
    if (!fs.existsSync(this.chromiumPath)) {
      throw new AppError(
        501,
        'pdf-unavailable',
        `No Chromium at ${this.chromiumPath} (CHROMIUM_PATH): download the .docx, or print the reader (/plans/:id/read) from the browser.`,
      );
    }
    const run = this.queue.then(() => this.render(request));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async render({ origin, path, cookie }: PrintRequest): Promise<Buffer> {
    const browser = await chromium.launch({ executablePath: this.chromiumPath, args: ARGS });
    try {
      const context = await browser.newContext({ extraHTTPHeaders: { cookie } });
      const page = await context.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      await page.goto(`${origin}${path}`);
      await page.locator('[data-reader-ready]').waitFor();
      // Pictures are loaded before the page is printed.
      await page.waitForLoadState('networkidle');
      await page.emulateMedia({ media: 'print' });
      return await page.pdf({ preferCSSPageSize: true, printBackground: true });
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError(502, 'pdf-failed', 'The PDF could not be printed; try again later.');
    } finally {
      await browser.close();
    }
  }
}
