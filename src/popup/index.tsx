// Placeholder popup (the full one is issue 3).
import { render } from 'preact';

render(<p>Attribution Lens</p>, document.getElementById('app')!);
