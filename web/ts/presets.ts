import type { Lang } from "./i18n";
import type { Kind } from "./playground";

// A Preset is an example a learner can load: its message (CRLF line
// endings, exactly as on the wire), the mode it is read in, a title and
// one sentence saying why it is worth looking at.
export interface Preset {
  id: string;
  group: Group;
  kind: Kind;
  method?: string; // the request a response answers
  text: string;
  title: Record<Lang, string>;
  why: Record<Lang, string>;
}

export type Group = "seed-mdn" | "seed-article" | "seed-glossary" | "methods" | "conditional" | "body" | "connection" | "mistakes";

export const groupTitles: Record<Group, Record<Lang, string>> = {
  "seed-mdn": { en: "MDN: a typical HTTP session", "zh-Hans": "MDN：典型的 HTTP 会话", "zh-Hant": "MDN：典型的 HTTP 會話" },
  "seed-article": { en: "Article: a browser fetches a page", "zh-Hans": "文章：浏览器获取一个页面", "zh-Hant": "文章：瀏覽器取得一個頁面" },
  "seed-glossary": { en: "Article: the header glossary", "zh-Hans": "文章：头部字段词汇表", "zh-Hant": "文章：標頭欄位詞彙表" },
  methods: { en: "Methods", "zh-Hans": "方法", "zh-Hant": "方法" },
  conditional: { en: "Conditional and range requests", "zh-Hans": "条件请求与范围请求", "zh-Hant": "條件請求與範圍請求" },
  body: { en: "Bodies", "zh-Hans": "消息体", "zh-Hant": "訊息主體" },
  connection: { en: "Connections, pipelining, smuggling", "zh-Hans": "连接、管线化、请求走私", "zh-Hant": "連線、管線化、請求走私" },
  mistakes: { en: "Common mistakes", "zh-Hans": "常见错误", "zh-Hant": "常見錯誤" },
};

// crlf turns the readable \n of the tables below into CRLF.
const crlf = (s: string) => s.replace(/\r?\n/g, "\r\n");

type Row = [id: string, group: Group, kind: Kind, text: string, title: [string, string, string], why: [string, string, string], method?: string];

const rows: Row[] = [
  // The MDN page, mangled as given: each example exactly as the seed has it.
  ["mdn-get", "seed-mdn", "request", "g-get / h-http/1.1\nhost: devewopew.moziwwa.owg\naccept-wanguage: fw\n\n",
    ["MDN: fetch the root page (as given)", "MDN：获取根页面（原样）", "MDN：取得根頁面（原樣）"],
    ["The seed's first request, mangled into baby-talk: see which parts a server can still read.", "种子文档的第一个请求被改成了儿语：看看服务器还能读懂哪些部分。", "種子文件的第一個請求被改成了兒語：看看伺服器還能讀懂哪些部分。"]],
  ["mdn-get-fixed", "seed-mdn", "request", "GET / HTTP/1.1\nHost: developer.mozilla.org\nAccept-Language: fr\n\n",
    ["MDN: fetch the root page, in French", "MDN：获取根页面，要法语版", "MDN：取得根頁面，要法語版"],
    ["The same request written correctly: the server picks the French page.", "同一个请求的正确写法：服务器选出法语页面。", "同一個請求的正確寫法：伺服器選出法語頁面。"]],
  ["mdn-post", "seed-mdn", "request", "p-post /contact_fowm.php http/1.1\nhost: devewopew.moziwwa.owg\ncontent-wength: 64\ncontent-type: appwication/x-www-fowm-uwwencoded\n\nn-nyame=joe%20usew&wequest=send%20me%20one%20of%20youw%20catawogue\n",
    ["MDN: send a form (as given)", "MDN：提交表单（原样）", "MDN：送出表單（原樣）"],
    ["The seed's form POST, mangled: the misspelt Content-Length means the body is not framed.", "种子文档中被改写的表单 POST：拼错的 Content-Length 让消息体没有长度。", "種子文件中被改寫的表單 POST：拼錯的 Content-Length 讓主體沒有長度。"]],
  ["mdn-post-fixed", "seed-mdn", "request", "POST /contact_form.php HTTP/1.1\nHost: developer.mozilla.org\nContent-Length: 64\nContent-Type: application/x-www-form-urlencoded\n\nname=Joe%20User&request=Send%20me%20one%20of%20your%20catalogue",
    ["MDN: send a form", "MDN：提交表单", "MDN：送出表單"],
    ["A form POST whose Content-Length counts exactly the 64 bytes of its body.", "表单 POST，其 Content-Length 正好是消息体的 64 个字节。", "表單 POST，其 Content-Length 正好是主體的 64 個位元組。"]],
  ["mdn-200", "seed-mdn", "response", "h-http/1.1 200 ok\ncontent-type: text/htmw; chawset=utf-8\nc-content-wength: 55743\nconnection: keep-awive\ncache-contwow: s-maxage=300, ^^;; pubwic, 🥺 max-age=0\ncontent-wanguage: e-en-us\ndate: thu, (⑅˘꒳˘) 06 dec 2018 17:37:18 g-gmt\ne-etag: \"2e77ad1dc6ab0b53a2996dfd4653c1c3\"\ns-sewvew: meinhewd/0.6.1\nstwict-twanspowt-secuwity: max-age=63072000\nx-x-content-type-options: n-nyosniff\nx-fwame-options: deny\nx-xss-pwotection: 1; m-mode=bwock\nv-vawy: accept-encoding,cookie\nage: 7\n\n<!doctype h-htmw>\n<htmw wang=\"en\">\n<head>\n  <meta chawset=\"utf-8\">\n  <titwe>a s-simpwe webpage</titwe>\n</head>\n<body>\n  <h1>simpwe htmw webpage</h1>\n  <p>hewwo, nyaa~~ wowwd!</p>\n</body>\n</htmw>\n",
    ["MDN: a successful page (as given)", "MDN：成功的网页响应（原样）", "MDN：成功的網頁回應（原樣）"],
    ["The seed's 200 response, mangled: without a valid status line or length, a client cannot trust it.", "种子文档中被改写的 200 响应：状态行和长度都不对，客户端无法信任它。", "種子文件中被改寫的 200 回應：狀態行和長度都不對，用戶端無法信任它。"], "GET"],
  ["mdn-301", "seed-mdn", "response", "h-http/1.1 301 moved pewmanentwy\ns-sewvew: apache/2.4.37 (wed hat)\ncontent-type: t-text/htmw; chawset=utf-8\nd-date: thu, 06 dec 2018 17:33:08 gmt\nwocation: https://devewopew.moziwwa.owg/ (this is the nyew wink to the wesouwce; it is expected t-that the usew-agent w-wiww fetch it)\nkeep-awive: t-timeout=15, :3 max=98\na-accept-wanges: b-bytes\nvia: moz-cache-zwb05\nconnection: keep-awive\ncontent-wength: 325 (the c-content contains a defauwt page to dispway if the usew-agent is nyot a-abwe to fowwow the wink)\n\n<!doctype h-htmw>… (contains a-a site-customized p-page hewping the usew t-to find the missing w-wesouwce)\n",
    ["MDN: moved permanently (as given)", "MDN：永久移动（原样）", "MDN：永久移動（原樣）"],
    ["The seed's redirect, with comments written inside field values: see what a parser makes of them.", "种子文档的重定向，注释写进了字段值里：看看解析器怎么理解。", "種子文件的重新導向，註解寫進了欄位值裡：看看剖析器怎麼理解。"], "GET"],
  ["mdn-404", "seed-mdn", "response", "http/1.1 404 n-nyot f-found\ncontent-type: text/htmw; chawset=utf-8\ncontent-wength: 38217\nc-connection: k-keep-awive\ncache-contwow: n-nyo-cache, ( ͡o ω ͡o ) n-no-stowe, mya must-wevawidate, (///ˬ///✿) m-max-age=0\ncontent-wanguage: en-us\ndate: thu, (˘ω˘) 06 dec 2018 17:35:13 g-gmt\nexpiwes: thu, ^^;; 06 dec 2018 17:35:13 gmt\nsewvew: meinhewd/0.6.1\nstwict-twanspowt-secuwity: max-age=63072000\nx-content-type-options: n-nyosniff\nx-fwame-options: deny\nx-xss-pwotection: 1; mode=bwock\nv-vawy: accept-encoding,cookie\nx-x-cache: ewwow f-fwom cwoudfwont\n\n<!doctype htmw>… (contains a-a site-customized page hewping t-the usew to find t-the missing wesouwce)\n",
    ["MDN: not found (as given)", "MDN：未找到（原样）", "MDN：未找到（原樣）"],
    ["The seed's 404, mangled: a lowercase version is not HTTP/1.1, and the body is far shorter than 38217 bytes.", "种子文档中被改写的 404：小写的版本号不是 HTTP/1.1，消息体也远少于 38217 字节。", "種子文件中被改寫的 404：小寫的版本號不是 HTTP/1.1，主體也遠少於 38217 位元組。"], "GET"],
  // The Chinese article's session, as given.
  ["art-request-line", "seed-article", "request", "GET /index.html HTTP/1.1\n\n",
    ["Article: the request line alone", "文章：只有请求行", "文章：只有請求行"],
    ["The article's example request line: in HTTP/1.1 it also needs a Host field.", "文章中的请求行示例：在 HTTP/1.1 中还需要 Host 字段。", "文章中的請求行範例：在 HTTP/1.1 中還需要 Host 欄位。"]],
  ["art-status-line", "seed-article", "response", "HTTP/1.1 200 OK\n\n",
    ["Article: the status line alone", "文章：只有状态行", "文章：只有狀態行"],
    ["The article's example status line: with no length, the body runs until the connection closes.", "文章中的状态行示例：没有长度，消息体一直持续到连接关闭。", "文章中的狀態行範例：沒有長度，主體一直持續到連線關閉。"], "GET"],
  ["art-html", "seed-article", "response", "HTTP /1.1 200 OK\nDate: Apr 11 2006 15:32:08 GMT\nServer: Apache/2.0.46(win32)\nContent-Length: 119\nContent-Type: text/html\n<HTML>\n<HEAD>\n<LINK REL=\"stylesheet\" HREF=\"index.css\">\n</HEAD>\n<BODY>\n<IMG SRC=\"image/logo.png\">\n</BODY>\n</HTML>\n",
    ["Article: index.html (as given)", "文章：index.html（原样）", "文章：index.html（原樣）"],
    ["The article's first response: a space inside HTTP /1.1 and no empty line before the HTML.", "文章中的第一个响应：HTTP /1.1 中多了空格，HTML 之前也没有空行。", "文章中的第一個回應：HTTP /1.1 中多了空格，HTML 之前也沒有空行。"], "GET"],
  ["art-session", "seed-article", "request", "GET /index.html HTTP/1.1\nHost: www.myweb.com\n\nGET /index.css HTTP/1.1\nHost: www.myweb.com\n\nGET /image/logo.png HTTP/1.1\nHost: www.myweb.com\nConnection: close\n\n",
    ["Article: index.html, index.css, logo.png", "文章：index.html、index.css、logo.png", "文章：index.html、index.css、logo.png"],
    ["The article's three requests on one kept-alive connection, the last one closing it.", "文章中的三个请求在同一个保持的连接上，最后一个关闭连接。", "文章中的三個請求在同一條保持的連線上，最後一個關閉連線。"]],
  ["art-css", "seed-article", "response", "HTTP /1.1 200 OK\nDate: Apr 11 2006 15:32:08 GMT\nServer: Apache/2.0.46(win32)\nConnection: Keep-alive, close\nContent-Length: 70\nContent-Type: text/plane\nh3{\nfont-size:20px;\nfont-weight:bold;\ncolor:#005A9C;\n}\n",
    ["Article: index.css (as given)", "文章：index.css（原样）", "文章：index.css（原樣）"],
    ["The stylesheet's response: keep-alive and close at once, and a media type spelt text/plane.", "样式表的响应：同时写了 keep-alive 和 close，媒体类型拼成了 text/plane。", "樣式表的回應：同時寫了 keep-alive 和 close，媒體類型拼成了 text/plane。"], "GET"],
  ["art-css-request", "seed-article", "request", "GET /index.css HTTP/1.1\n\n",
    ["Article: request index.css", "文章：请求 index.css", "文章：請求 index.css"],
    ["The article's second request, as given, without Host.", "文章中的第二个请求，原样，没有 Host。", "文章中的第二個請求，原樣，沒有 Host。"]],
  ["art-logo-request", "seed-article", "request", "GET image/logo.png HTTP/1.1\n\n",
    ["Article: request image/logo.png (as given)", "文章：请求 image/logo.png（原样）", "文章：請求 image/logo.png（原樣）"],
    ["The target lacks its leading slash: an origin server needs /image/logo.png.", "目标缺少开头的斜杠：源服务器需要 /image/logo.png。", "目標缺少開頭的斜線：來源伺服器需要 /image/logo.png。"]],
  ["art-logo", "seed-article", "response", "HTTP /1.1 200 OK\nDate: Apr 11 2006 15:32:08 GMT\nServer: Apache/2.0.46(win32)\nConnection: Keep-alive, close\nContent-Length: 1280\nContent-Type: text/plane\n{Binary image data follows}\n",
    ["Article: logo.png (as given)", "文章：logo.png（原样）", "文章：logo.png（原樣）"],
    ["An image sent as text/plane, with 1280 bytes promised and far fewer given.", "以 text/plane 发送的图片，承诺 1280 字节，实际少得多。", "以 text/plane 送出的圖片，承諾 1280 位元組，實際少得多。"], "GET"],

  // The library.
  ["get", "methods", "request", "GET /index.html HTTP/1.1\nHost: www.myweb.com\nUser-Agent: Mozilla/5.0\nAccept: text/html\n\n",
    ["GET a page", "GET 一个页面", "GET 一個頁面"],
    ["The everyday request: read a resource, change nothing.", "最常见的请求：读取资源，不做任何修改。", "最常見的請求：讀取資源，不做任何修改。"]],
  ["head", "methods", "request", "HEAD /index.html HTTP/1.1\nHost: www.myweb.com\n\n",
    ["HEAD: the fields without the body", "HEAD：只要字段不要消息体", "HEAD：只要欄位不要主體"],
    ["Same answer as GET but with no body: handy to check size or freshness.", "回答与 GET 相同但没有消息体：适合查看大小或是否过期。", "回答與 GET 相同但沒有主體：適合查看大小或是否過期。"]],
  ["post-json", "methods", "request", "POST /api/items HTTP/1.1\nHost: www.myweb.com\nContent-Type: application/json\nContent-Length: 16\n\n{\"name\":\"apple\"}",
    ["POST JSON to a collection", "向集合 POST JSON", "向集合 POST JSON"],
    ["Creates a new item; the server answers 201 with its Location.", "创建新条目；服务器以 201 和 Location 回答。", "建立新項目；伺服器以 201 和 Location 回答。"]],
  ["put", "methods", "request", "PUT /api/items/1 HTTP/1.1\nHost: www.myweb.com\nContent-Type: application/json\nContent-Length: 15\n\n{\"name\":\"pear\"}",
    ["PUT: replace a resource", "PUT：替换资源", "PUT：替換資源"],
    ["PUT stores the whole representation at the target; repeating it changes nothing more.", "PUT 在目标处存下完整表示；重复发送不会再改变什么。", "PUT 在目標處存下完整表示；重複送出不會再改變什麼。"]],
  ["delete", "methods", "request", "DELETE /api/items/1 HTTP/1.1\nHost: www.myweb.com\n\n",
    ["DELETE a resource", "DELETE 删除资源", "DELETE 刪除資源"],
    ["Asks the server to remove the target; like PUT it is idempotent.", "请求服务器删除目标；与 PUT 一样是幂等的。", "請求伺服器刪除目標；與 PUT 一樣是冪等的。"]],
  ["options", "methods", "request", "OPTIONS * HTTP/1.1\nHost: www.myweb.com\n\n",
    ["OPTIONS * : what can this server do?", "OPTIONS *：这台服务器能做什么？", "OPTIONS *：這台伺服器能做什麼？"],
    ["The asterisk form asks about the server itself, not one resource.", "星号形式问的是服务器本身，而不是某个资源。", "星號形式問的是伺服器本身，而不是某個資源。"]],
  ["trace", "methods", "request", "TRACE /index.html HTTP/1.1\nHost: www.myweb.com\nMax-Forwards: 3\n\n",
    ["TRACE: echo the request back", "TRACE：把请求原样回显", "TRACE：把請求原樣回顯"],
    ["The server sends back what it received, so you can see what proxies changed.", "服务器把收到的内容发回来，让你看到代理改了什么。", "伺服器把收到的內容送回來，讓你看到代理改了什麼。"]],
  ["connect", "methods", "request", "CONNECT www.myweb.com:443 HTTP/1.1\nHost: www.myweb.com:443\n\n",
    ["CONNECT: open a tunnel", "CONNECT：建立隧道", "CONNECT：建立隧道"],
    ["Uses the authority form (host:port); proxies use it to tunnel TLS.", "使用 authority 形式（主机:端口）；代理用它来为 TLS 建立隧道。", "使用 authority 形式（主機:埠）；代理用它來為 TLS 建立隧道。"]],
  ["patch", "methods", "request", "PATCH /api/items/1 HTTP/1.1\nHost: www.myweb.com\nContent-Type: application/merge-patch+json\nContent-Length: 17\n\n{\"price\":\"1.20\"}\n",
    ["PATCH: change part of a resource", "PATCH：修改资源的一部分", "PATCH：修改資源的一部分"],
    ["Sends only the changes; unlike PUT it need not be idempotent.", "只发送改动；与 PUT 不同，它不必是幂等的。", "只送出改動；與 PUT 不同，它不必是冪等的。"]],
  ["if-none-match", "conditional", "request", "GET / HTTP/1.1\nHost: developer.mozilla.org\nIf-None-Match: \"dfad081bff79cda8\"\n\n",
    ["If-None-Match: is my copy still good?", "If-None-Match：我的副本还有效吗？", "If-None-Match：我的副本還有效嗎？"],
    ["With the current ETag the server answers 304 Not Modified and sends no body.", "带上当前的 ETag，服务器回答 304 Not Modified，不发送消息体。", "帶上目前的 ETag，伺服器回答 304 Not Modified，不送出主體。"]],
  ["if-modified-since", "conditional", "request", "GET /index.css HTTP/1.1\nHost: www.myweb.com\nIf-Modified-Since: Sat, 01 Dec 2018 09:00:00 GMT\n\n",
    ["If-Modified-Since: changed since then?", "If-Modified-Since：之后改过吗？", "If-Modified-Since：之後改過嗎？"],
    ["A date-based check: unchanged since that date gives 304.", "基于日期的检查：从那之后没变就得到 304。", "基於日期的檢查：從那之後沒變就得到 304。"]],
  ["if-match", "conditional", "request", "PUT /index.html HTTP/1.1\nHost: www.myweb.com\nIf-Match: \"not-the-current-tag\"\nContent-Length: 5\n\nhello",
    ["If-Match: avoid a lost update", "If-Match：避免更新丢失", "If-Match：避免更新遺失"],
    ["A stale tag makes the server refuse with 412 Precondition Failed.", "过期的标签让服务器以 412 Precondition Failed 拒绝。", "過期的標籤讓伺服器以 412 Precondition Failed 拒絕。"]],
  ["range", "conditional", "request", "GET /files/big.txt HTTP/1.1\nHost: www.myweb.com\nRange: bytes=0-99\n\n",
    ["Range: the first 100 bytes", "Range：前 100 个字节", "Range：前 100 個位元組"],
    ["The server answers 206 Partial Content with a Content-Range.", "服务器以 206 Partial Content 和 Content-Range 回答。", "伺服器以 206 Partial Content 和 Content-Range 回答。"]],
  ["range-bad", "conditional", "request", "GET /files/big.txt HTTP/1.1\nHost: www.myweb.com\nRange: bytes=999999-\n\n",
    ["Range beyond the end", "超出末尾的 Range", "超出結尾的 Range"],
    ["No byte of the range exists, so the answer is 416 Range Not Satisfiable.", "范围内没有任何字节，所以回答 416 Range Not Satisfiable。", "範圍內沒有任何位元組，所以回答 416 Range Not Satisfiable。"]],
  ["chunked", "body", "request", "POST /api/items HTTP/1.1\nHost: www.myweb.com\nContent-Type: application/json\nTransfer-Encoding: chunked\n\n7\n{\"name\"\n9;note=end\n:\"plum\"}\n0\nX-Checksum: 42\n\n",
    ["A chunked body with a trailer", "带尾部字段的分块消息体", "帶尾部欄位的分塊主體"],
    ["Each chunk starts with its size in hex; a zero chunk ends it, then trailer fields.", "每个分块以十六进制的大小开头；零大小的分块结束，之后是尾部字段。", "每個分塊以十六進位的大小開頭；零大小的分塊結束，之後是尾部欄位。"]],
  ["expect", "body", "request", "POST /api/items HTTP/1.1\nHost: www.myweb.com\nContent-Type: application/json\nContent-Length: 16\nExpect: 100-continue\n\n{\"name\":\"apple\"}",
    ["Expect: 100-continue", "Expect: 100-continue", "Expect: 100-continue"],
    ["The client asks before sending the body; the server first says 100 Continue.", "客户端在发送消息体前先询问；服务器先回答 100 Continue。", "用戶端在送出主體前先詢問；伺服器先回答 100 Continue。"]],
  ["pipelining", "connection", "request", "GET /index.html HTTP/1.1\nHost: www.myweb.com\n\nGET /index.css HTTP/1.1\nHost: www.myweb.com\n\nGET /missing.png HTTP/1.1\nHost: www.myweb.com\n\n",
    ["Pipelining: three requests at once", "管线化：一次发三个请求", "管線化：一次送三個請求"],
    ["The client sends all three without waiting; the server must answer them in order.", "客户端不等待就发出三个请求；服务器必须按顺序回答。", "用戶端不等待就送出三個請求；伺服器必須依序回答。"]],
  ["close", "connection", "request", "GET /index.html HTTP/1.1\nHost: www.myweb.com\nConnection: close\n\nGET /index.css HTTP/1.1\nHost: www.myweb.com\n\n",
    ["Connection: close, then a request too many", "Connection: close 之后又多一个请求", "Connection: close 之後又多一個請求"],
    ["After a close the server reads nothing more: the second request is never answered.", "关闭之后服务器不再读取：第二个请求永远得不到回答。", "關閉之後伺服器不再讀取：第二個請求永遠得不到回答。"]],
  ["http10", "connection", "request", "GET /index.html HTTP/1.0\n\n",
    ["HTTP/1.0: one request per connection", "HTTP/1.0：每个连接一个请求", "HTTP/1.0：每條連線一個請求"],
    ["Without keep-alive, an HTTP/1.0 connection closes after the response.", "没有 keep-alive 时，HTTP/1.0 连接在响应后关闭。", "沒有 keep-alive 時，HTTP/1.0 連線在回應後關閉。"]],
  ["smuggling", "connection", "request", "POST /api/items HTTP/1.1\nHost: www.myweb.com\nContent-Length: 6\nTransfer-Encoding: chunked\n\n0\n\nGET /private/index.html HTTP/1.1\nHost: www.myweb.com\n\n",
    ["Smuggling: Content-Length and Transfer-Encoding", "请求走私：Content-Length 与 Transfer-Encoding", "請求走私：Content-Length 與 Transfer-Encoding"],
    ["Two framings disagree on where the body ends; servers that choose differently let a hidden request through.", "两种分帧方式对消息体在哪里结束意见不一；选择不同的服务器会让隐藏的请求溜过去。", "兩種分框方式對主體在哪裡結束意見不一；選擇不同的伺服器會讓隱藏的請求溜過去。"]],
  ["no-host", "mistakes", "request", "GET /index.html HTTP/1.1\nUser-Agent: curl/8.0\n\n",
    ["Missing Host", "缺少 Host", "缺少 Host"],
    ["Every HTTP/1.1 request must say which site it is for: 400 Bad Request.", "每个 HTTP/1.1 请求都必须说明是哪个网站：400 Bad Request。", "每個 HTTP/1.1 請求都必須說明是哪個網站：400 Bad Request。"]],
  ["lowercase", "mistakes", "request", "get /index.html http/1.1\nHost: www.myweb.com\n\n",
    ["Lowercase method and version", "小写的方法和版本", "小寫的方法和版本"],
    ["Methods and the HTTP name are case-sensitive.", "方法和 HTTP 名称区分大小写。", "方法和 HTTP 名稱區分大小寫。"]],
  ["space-colon", "mistakes", "request", "GET /index.html HTTP/1.1\nHost : www.myweb.com\n\n",
    ["A space before the colon", "冒号前的空格", "冒號前的空格"],
    ["Whitespace between a field name and its colon must be rejected (a smuggling risk).", "字段名与冒号之间的空白必须被拒绝（有请求走私风险）。", "欄位名與冒號之間的空白必須被拒絕（有請求走私風險）。"]],
  ["bare-lf", "mistakes", "request", "GET /index.html HTTP/1.1\nHost: www.myweb.com\n\n",
    ["Bare LF line endings", "只用 LF 换行", "只用 LF 換行"],
    ["Lines must end with CRLF; try strict and lenient mode on this one.", "行必须以 CRLF 结尾；在严格和宽松模式下都试试。", "行必須以 CRLF 結尾；在嚴格和寬鬆模式下都試試。"]],
  ["folding", "mistakes", "request", "GET /index.html HTTP/1.1\nHost: www.myweb.com\nAccept: text/html,\n  application/xhtml+xml\n\n",
    ["Obsolete line folding", "过时的折行", "過時的折行"],
    ["A field continued on an indented line was allowed once; now it must be rejected or unfolded.", "在缩进行上延续字段曾被允许；现在必须拒绝或展开。", "在縮排行上延續欄位曾被允許；現在必須拒絕或展開。"]],
  ["unfinished", "mistakes", "request", "GET /index.html HTTP/1.1\nHost: www.myweb.com\n",
    ["Forgot the empty line", "忘了空行", "忘了空行"],
    ["Without the empty line the server keeps waiting for more fields.", "没有空行，服务器会一直等待更多字段。", "沒有空行，伺服器會一直等待更多欄位。"]],
  ["short-body", "mistakes", "request", "POST /contact_form.php HTTP/1.1\nHost: www.myweb.com\nContent-Type: application/x-www-form-urlencoded\nContent-Length: 40\n\nname=Joe",
    ["Content-Length larger than the body", "Content-Length 大于消息体", "Content-Length 大於主體"],
    ["The server waits for bytes that never come.", "服务器等待永远不会到来的字节。", "伺服器等待永遠不會到來的位元組。"]],
  ["typo-field", "mistakes", "request", "GET / HTTP/1.1\nHost: developer.mozilla.org\nAccept-Languag: fr\nRefener: http://www.myweb.com/\n\n",
    ["Misspelt field names", "拼错的字段名", "拼錯的欄位名"],
    ["Unknown names are ignored, so the preference silently has no effect.", "未知的字段名会被忽略，所以偏好设置悄悄失效。", "未知的欄位名會被忽略，所以偏好設定悄悄失效。"]],
];

// The article's glossary: each example line exactly as written there, in a
// request (request fields) or in a response to HEAD (so no body follows).
const glossary: [name: string, lines: string, kind: Kind][] = [
  ["Accept", "Accept: image/jpeg,image/png,*/*", "request"],
  ["Accept-Charset", "Accept-Charset: iso-8859-1,*,utf-8", "request"],
  ["Accept-Encoding", "Accept-Encoding:gzip,compress", "request"],
  ["Accept-Language", "Accept-Language: en,de", "request"],
  ["Accept-Ranges", "Accept-Ranges: bytes\nAccept-Ranges: none", "response"],
  ["Age", "Age: 30", "response"],
  ["Allow", "Allow: GET,PUT", "response"],
  ["Authorization", "Authorization: Basic YXV0aG9yOnBoaWw=", "request"],
  ["Cache-Control", "Cache-Control: max-age=30", "request"],
  ["Connection", "Connection: close\nConnection: keep-alive", "request"],
  ["Content-Base", "Content-Base: Http://www.myweb.com", "response"],
  ["Content-Encoding", "Content-Encoding: zip", "response"],
  ["Content-Language", "Content-Language: en", "response"],
  ["Content-Length", "Content-Length:382", "response"],
  ["Content-Location", "Content-Location: http://www.myweb.com/news", "response"],
  ["Content-MD5", "Content-MD5: <base64 of 128 MD5 digest>", "response"],
  ["Content-Range", "Content-Range: 1001-2000/5000", "response"],
  ["Content-Type", "Content-Type: text/html", "response"],
  ["Date", "Date: Mon,10PR 18:42:51 GMT", "response"],
  ["ETag", "ETag: \"208f-419e-30f8dc99\"", "response"],
  ["Expires", "Expires: Mon,05 Dec 2008 12:00:00 GMT", "response"],
  ["From", "From: webmaster@myweb.com", "request"],
  ["Host", "Host: www.myweb.com", "request"],
  ["If-Modified-Since", "If-Modified-Since: Mon,10PR 18:42:51 GMT", "request"],
  ["If-Match", "If-Match: \"208f-419e-308dc99\"", "request"],
  ["If-None-Match", "If-None-Match: \"208f-419e-308dc99\"", "request"],
  ["If-Range", "Range: byte=0-499\nIf-Range:\"208f-419e-30f8dc99\"", "request"],
  ["If-Unmodified-Since", "If-Unmodified-Since:Mon,10PR 18:42:51 GMT", "request"],
  ["Last-Modified", "Last-Modified: Mon,10PR 18:42:51 GMT", "response"],
  ["Location", "Location: http://www2.myweb.com/index.jsp", "response"],
  ["Max-Forwards", "Max-Forwards: 3", "request"],
  ["Pragma", "Pragma: no-cache", "request"],
  ["Proxy-Authenticate", "Proxy-Authenticate: Basic realm-admin", "response"],
  ["Proxy-Proxy-Authorization", "Proxy-Proxy-Authorization: Basic YXV0aG9yOnBoaWw=", "request"],
  ["Public", "Public: OPTIONS,MGET,MHEAD,GET,HEAD", "response"],
  ["Range", "Range: bytes=206-5513", "request"],
  ["Refener", "Refener: http://www.myweb.com/news/search.html", "request"],
  ["Retry-After", "Retry-After: 18", "response"],
  ["Server", "Server: Apache/2.0.46(Win32)", "response"],
  ["Transfer-Encoding", "Transfer-Encoding: chunked", "response"],
  ["Upgrade", "Upgrade: HTTP/2.0", "request"],
  ["User-Agent", "User-Agent: Mozilla/4.0(compatible; MSIE 5.5; Windows NT; DigExt)", "request"],
  ["Vary", "Vary: *", "response"],
  ["Via", "Via: 1.0 fred.com, 1.1 wilma.com", "response"],
  ["Warning", "Warning: 99 www.myweb.com Piano needs tuning", "response"],
  ["www-Authenticate", "www-Authenticate: Basic realm=zxm.mgmt", "response"],
];

function glossaryPreset([name, lines, kind]: (typeof glossary)[number]): Preset {
  const text =
    kind === "request"
      ? `GET /index.html HTTP/1.1\n${name === "Host" ? "" : "Host: www.myweb.com\n"}${lines}\n\n`
      : `HTTP/1.1 200 OK\n${lines}\n\n`;
  return {
    id: "glossary-" + name.toLowerCase(),
    group: "seed-glossary",
    kind,
    method: kind === "response" ? "HEAD" : undefined,
    text: crlf(text),
    title: { en: `Glossary: ${name}`, "zh-Hans": `词汇表：${name}`, "zh-Hant": `詞彙表：${name}` },
    why: {
      en: `The article's example of ${name}, exactly as written there${kind === "response" ? ", in a response to HEAD" : ""}.`,
      "zh-Hans": `文章中 ${name} 的示例，与原文一字不差${kind === "response" ? "，放在对 HEAD 的响应里" : ""}。`,
      "zh-Hant": `文章中 ${name} 的範例，與原文一字不差${kind === "response" ? "，放在對 HEAD 的回應裡" : ""}。`,
    },
  };
}

export const presets: Preset[] = [
  ...rows.map(
    ([id, group, kind, text, title, why, method]): Preset => ({
      id,
      group,
      kind,
      method,
      // The bare-LF mistake keeps its LFs; everything else goes on the wire with CRLF.
      text: id === "bare-lf" ? text : crlf(text),
      title: { en: title[0], "zh-Hans": title[1], "zh-Hant": title[2] },
      why: { en: why[0], "zh-Hans": why[1], "zh-Hant": why[2] },
    }),
  ),
  ...glossary.map(glossaryPreset),
];

export function presetByID(id: string | undefined): Preset | undefined {
  return id ? presets.find((p) => p.id === id) : undefined;
}
