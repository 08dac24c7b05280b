import { render } from 'preact';
import { browser } from 'wxt/browser';
import { WelcomePage } from '@/components/WelcomePage';
import '../popup/popup.css';
import '../options/options.css';

render(<WelcomePage openOptions={() => void browser.runtime.openOptionsPage()} />, document.getElementById('app')!);
