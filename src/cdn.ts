/**
 * The CDN build's entry (`dist/cdn/trial-summary.js`): what the first screen needs, and where the rest comes
 * from. The loaders are set before the element is registered (modules run in import order).
 */
import './cdn-loaders.js';
import './register.js';
