import { beforeEach } from 'vitest';
import { configure } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// waitFor/findBy give up after 1 s by default: a time limit that two busy cores can miss with
// nothing wrong. Their waits end as soon as the condition holds, so a longer limit costs nothing.
configure({ asyncUtilTimeout: 10_000 });

beforeEach(() => {
  fakeBrowser.reset();
});
