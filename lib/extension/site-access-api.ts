/** The extension pages' side of the site-access controls: the browser's permissions API. */
import type { SiteAccessApi } from '@/lib/access/site-access-api';
import { currentAccess, giveUpEverywhere, removeSite, requestEverywhere, requestSite } from './site-access';

export const siteAccessApi: SiteAccessApi = {
  load: currentAccess,
  allowEverywhere: requestEverywhere,
  allowSite: requestSite,
  onlyChosenSites: giveUpEverywhere,
  removeSite,
};
