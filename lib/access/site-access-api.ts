/** What the site-access controls need from the browser: its permissions, behind a small interface. */
import type { SiteAccess } from './site-access';

export interface SiteAccessApi {
  load(): Promise<SiteAccess>;
  /** Each resolves to whether the browser granted the access. They must be called first thing
   *  in the reader's click, as browsers accept permission requests only there. */
  allowEverywhere(): Promise<boolean>;
  allowSite(host: string): Promise<boolean>;
  onlyChosenSites(): Promise<void>;
  removeSite(host: string): Promise<void>;
}
