package knowledge

// Fields that give a message its context: who sends it, where it goes, the
// path it took, when it was made, and where to go next.
var fieldFullRouting = []fieldEntry{
	{
		name: "Host", category: FieldRequest,
		example: "www.example.com:8080",
		syntax:  `Host = uri-host [ ":" port ]`,
		summary: Text{
			"The host name (and port, if not the default) of the server the request is for. One IP address can serve many sites, so the server needs it to know which site is meant.",
			"请求所针对的服务器主机名（端口非默认值时还要加端口）。一个 IP 地址可以承载多个网站，服务器靠它判断访问的是哪一个。",
			"請求所針對的伺服器主機名稱（連接埠非預設值時還要加連接埠）。一個 IP 位址可以承載多個網站，伺服器靠它判斷存取的是哪一個。",
		},
		without: Text{
			"An HTTP/1.1 request without Host (or with two) must be answered with 400 Bad Request (RFC 9112 §3.2).",
			"缺少 Host（或出现两个）的 HTTP/1.1 请求必须以 400 Bad Request 回应（RFC 9112 §3.2）。",
			"缺少 Host（或出現兩個）的 HTTP/1.1 請求必須以 400 Bad Request 回應（RFC 9112 §3.2）。",
		},
		mistakes: Text{
			"Putting a scheme or path in it (http://example.com/), forgetting the port when it is not 80 or 443, and a Host that disagrees with an absolute request target.",
			"在其中写入协议或路径（http://example.com/）、端口不是 80 或 443 时漏写端口，以及 Host 与绝对形式的请求目标不一致。",
			"在其中寫入協定或路徑（http://example.com/）、連接埠不是 80 或 443 時漏寫連接埠，以及 Host 與絕對形式的請求目標不一致。",
		},
	},
	{
		name: "User-Agent", category: FieldRequest,
		example: "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
		syntax:  `User-Agent = product *( RWS ( product / comment ) ) ; product = token [ "/" token ]`,
		summary: Text{
			"Names the client software as products with versions, most significant first, plus comments in parentheses. Servers use it for statistics and to work around bugs of particular clients.",
			"以“产品/版本”的形式说明客户端软件，最主要的排在前面，括号中可加注释。服务器用它做统计，或绕开特定客户端的缺陷。",
			"以「產品/版本」的形式說明用戶端軟體，最主要的排在前面，括號中可加註解。伺服器用它做統計，或繞過特定用戶端的缺陷。",
		},
		without: Text{
			"Allowed, though some servers and firewalls refuse requests without it.",
			"允许省略，不过有些服务器和防火墙会拒绝不带它的请求。",
			"允許省略，不過有些伺服器和防火牆會拒絕不帶它的請求。",
		},
		mistakes: Text{
			"Deciding what a client can do from this string instead of by feature detection, and long strings full of detail that help fingerprint users. Browsers all start with “Mozilla/” for historical reasons.",
			"根据这个字符串而不是通过功能检测来判断客户端的能力，以及塞满细节、便于追踪用户指纹的冗长字符串。由于历史原因，浏览器的值都以“Mozilla/”开头。",
			"根據這個字串而不是透過功能偵測來判斷用戶端的能力，以及塞滿細節、便於追蹤使用者指紋的冗長字串。由於歷史原因，瀏覽器的值都以「Mozilla/」開頭。",
		},
	},
	{
		name: "From", category: FieldRequest,
		example: "webmaster@example.org",
		syntax:  `From = mailbox ; an e-mail address (RFC 5322)`,
		summary: Text{
			"An e-mail address of the person responsible for the client. Robots and crawlers send it so that a site owner can contact whoever runs them.",
			"负责该客户端的人的电子邮件地址。机器人和爬虫会发送它，以便网站管理员联系其运营者。",
			"負責該用戶端的人的電子郵件地址。機器人和爬蟲會送出它，方便網站管理者聯絡其營運者。",
		},
		without: Text{
			"Normal: browsers never send it, to protect privacy.",
			"这很正常：为保护隐私，浏览器从不发送它。",
			"這很正常：為保護隱私，瀏覽器從不送出它。",
		},
		mistakes: Text{
			"Sending a user's address without consent, and the seed's misspelling “Form”, which a server would take as an unknown field.",
			"未经用户同意发送其地址，以及种子文档中的拼写错误“Form”，服务器会把它当作未知字段。",
			"未經使用者同意送出其地址，以及種子文件中的拼寫錯誤「Form」，伺服器會把它當成未知欄位。",
		},
	},
	{
		name: "Referer", category: FieldRequest,
		example: "https://developer.mozilla.org/en-US/docs/Web/JavaScript",
		syntax:  `Referer = absolute-URI / partial-URI`,
		summary: Text{
			"The address of the page from which the request was made, such as the page holding a followed link or a submitted form. The name is a historic misspelling of “referrer” that HTTP keeps.",
			"发出请求时所在页面的地址，例如被点击链接或所提交表单所在的页面。这个名字是“referrer”的历史性拼写错误，HTTP 一直沿用。",
			"發出請求時所在頁面的位址，例如被點選連結或所提交表單所在的頁面。這個名稱是「referrer」的歷史性拼寫錯誤，HTTP 一直沿用。",
		},
		without: Text{
			"The server does not know where the visitor came from; browsers leave it out, for example, when going from HTTPS to HTTP.",
			"服务器不知道访客从哪里来；例如从 HTTPS 页面跳到 HTTP 页面时，浏览器就不发送它。",
			"伺服器不知道訪客從哪裡來；例如從 HTTPS 頁面跳到 HTTP 頁面時，瀏覽器就不送出它。",
		},
		mistakes: Text{
			"“Correcting” the spelling to Referrer (or misspelling it again, like the seed's “Refener”): servers only know Referer. Also, trusting it for security, since clients can forge or omit it. Referrer-Policy, by contrast, is spelled correctly.",
			"把拼写“纠正”为 Referrer（或像种子文档的“Refener”那样再拼错一次）：服务器只认 Referer。此外，不要依赖它做安全判断，客户端可以伪造或省略它。相对地，Referrer-Policy 的拼写是正确的。",
			"把拼寫「更正」為 Referrer（或像種子文件的「Refener」那樣再拼錯一次）：伺服器只認 Referer。此外，不要依賴它做安全判斷，用戶端可以偽造或省略它。相對地，Referrer-Policy 的拼寫是正確的。",
		},
	},
	{
		name: "Server", category: FieldResponse,
		example: "Apache/2.4.37 (Red Hat)",
		syntax:  `Server = product *( RWS ( product / comment ) )`,
		summary: Text{
			"Names the software the origin server runs, in the same product/version form as User-Agent.",
			"说明源服务器所运行的软件，格式与 User-Agent 相同（产品/版本）。",
			"說明來源伺服器所執行的軟體，格式與 User-Agent 相同（產品/版本）。",
		},
		without: Text{
			"Nothing changes: it is informational only.",
			"没有任何影响：它只是信息性的。",
			"沒有任何影響：它只是資訊性的。",
		},
		mistakes: Text{
			"Detailed versions help attackers find unpatched servers; keep it short. A space is needed between a product and its comment, which the seed's “Apache/2.0.46(win32)” lacks.",
			"详细的版本号会帮助攻击者找到未打补丁的服务器，应尽量简短。产品与注释之间需要空格，种子文档的“Apache/2.0.46(win32)”就漏了。",
			"詳細的版本號會幫助攻擊者找到未修補的伺服器，應盡量簡短。產品與註解之間需要空格，種子文件的「Apache/2.0.46(win32)」就漏了。",
		},
	},
	{
		name: "Location", category: FieldResponse,
		example: "https://www.example.com/new/place",
		syntax:  `Location = URI-reference ; resolved against the request's target URI`,
		summary: Text{
			"Where to go next. With a 3xx redirect (301, 302, 303, 307, 308) it is the address the client should request instead; with 201 Created it is the address of the new resource.",
			"下一步去哪里。在 3xx 重定向（301、302、303、307、308）中，它是客户端应改为请求的地址；在 201 Created 中，它是新建资源的地址。",
			"下一步去哪裡。在 3xx 重新導向（301、302、303、307、308）中，它是用戶端應改為請求的位址；在 201 Created 中，它是新建資源的位址。",
		},
		without: Text{
			"A redirect without Location leaves the client nowhere to go: it shows the response body instead.",
			"没有 Location 的重定向让客户端无处可去：它只能显示响应的消息体。",
			"沒有 Location 的重新導向讓用戶端無處可去：它只能顯示回應的本文。",
		},
		mistakes: Text{
			"Spaces or non-ASCII characters that are not percent-encoded, and text after the URI (as in the MDN example's parenthesised comment) which makes it invalid. Relative references are allowed since RFC 7231.",
			"空格或非 ASCII 字符没有进行百分号编码，以及 URI 后面跟着文字（如 MDN 示例中的括号说明），这会使值无效。自 RFC 7231 起允许使用相对引用。",
			"空格或非 ASCII 字元沒有進行百分比編碼，以及 URI 後面跟著文字（如 MDN 範例中的括號說明），這會使值無效。自 RFC 7231 起允許使用相對參照。",
		},
	},
	{
		name: "Retry-After", category: FieldResponse,
		example: "120",
		syntax:  `Retry-After = HTTP-date / delay-seconds`,
		summary: Text{
			"How long the client should wait before trying again, as seconds or as a date. Sent with 503 Service Unavailable, 429 Too Many Requests and some redirects.",
			"客户端应等待多久再重试，用秒数或日期表示。与 503 Service Unavailable、429 Too Many Requests 以及某些重定向一起发送。",
			"用戶端應等待多久再重試，以秒數或日期表示。與 503 Service Unavailable、429 Too Many Requests 以及某些重新導向一起送出。",
		},
		without: Text{
			"The client chooses its own back-off, often retrying too soon.",
			"客户端自行决定退避时间，常常过早重试。",
			"用戶端自行決定退避時間，常常過早重試。",
		},
		mistakes: Text{
			"Fractions or units (“1.5”, “10s”), negative numbers, and dates in a format other than IMF-fixdate.",
			"带小数或单位（“1.5”、“10s”）、负数，以及不符合 IMF-fixdate 格式的日期。",
			"帶小數或單位（「1.5」、「10s」）、負數，以及不符合 IMF-fixdate 格式的日期。",
		},
	},
	{
		name: "Allow", category: FieldResponse,
		example: "GET, HEAD, PUT",
		syntax:  `Allow = #method`,
		summary: Text{
			"Lists the methods the target resource supports. It must be sent with 405 Method Not Allowed and is usual in answers to OPTIONS.",
			"列出目标资源支持的方法。405 Method Not Allowed 响应必须带上它，OPTIONS 的响应中也常见。",
			"列出目標資源支援的方法。405 Method Not Allowed 回應必須帶上它，OPTIONS 的回應中也很常見。",
		},
		without: Text{
			"The client cannot tell which methods would work; a 405 without it breaks the rule of RFC 9110 §15.5.6.",
			"客户端无法得知哪些方法可用；不带它的 405 违反了 RFC 9110 §15.5.6。",
			"用戶端無法得知哪些方法可用；不帶它的 405 違反了 RFC 9110 §15.5.6。",
		},
		mistakes: Text{
			"Lower-case methods (methods are case-sensitive: “get” is not GET), and listing methods the resource does not really accept.",
			"方法写成小写（方法区分大小写：“get”不是 GET），以及列出资源实际并不接受的方法。",
			"方法寫成小寫（方法區分大小寫：「get」不是 GET），以及列出資源實際並不接受的方法。",
		},
	},
	{
		name: "Date", category: FieldGeneral,
		example: "Tue, 15 Nov 1994 08:12:31 GMT",
		syntax:  `Date = HTTP-date ; IMF-fixdate = day-name "," SP date1 SP time-of-day SP "GMT"`,
		summary: Text{
			"When the message was created, in the fixed IMF-fixdate format, always in GMT. Caches compute a response's age from it.",
			"消息生成的时间，使用固定的 IMF-fixdate 格式，且总是 GMT。缓存据此计算响应的年龄。",
			"訊息產生的時間，使用固定的 IMF-fixdate 格式，且一律為 GMT。快取據此計算回應的存在時間。",
		},
		without: Text{
			"An origin server with a clock must send it in 2xx, 3xx and 4xx responses (RFC 9110 §6.6.1); without it a recipient uses the time it received the message.",
			"有时钟的源服务器必须在 2xx、3xx 和 4xx 响应中发送它（RFC 9110 §6.6.1）；缺少时，接收方以收到消息的时间为准。",
			"有時鐘的來源伺服器必須在 2xx、3xx 和 4xx 回應中送出它（RFC 9110 §6.6.1）；缺少時，接收方以收到訊息的時間為準。",
		},
		mistakes: Text{
			"Local time zones, missing day names or years (the seed's “Apr 11 2006 15:32:08 GMT” and “Mon,10PR 18:42:51 GMT” are not valid dates), and no space after the comma.",
			"使用本地时区、缺少星期或年份（种子文档中的“Apr 11 2006 15:32:08 GMT”和“Mon,10PR 18:42:51 GMT”都不是合法日期），以及逗号后没有空格。",
			"使用本地時區、缺少星期或年份（種子文件中的「Apr 11 2006 15:32:08 GMT」和「Mon,10PR 18:42:51 GMT」都不是合法日期），以及逗號後沒有空格。",
		},
	},
	{
		name: "Max-Forwards", category: FieldRequest,
		example: "3",
		syntax:  `Max-Forwards = 1*DIGIT`,
		summary: Text{
			"For TRACE and OPTIONS only: how many more proxies may forward the request. Each proxy lowers it by one; the one that receives 0 answers itself, which lets a client probe the chain hop by hop.",
			"只用于 TRACE 和 OPTIONS：还允许多少个代理转发该请求。每个代理将其减一；收到 0 的那个自己作答，客户端借此逐跳探测代理链。",
			"只用於 TRACE 和 OPTIONS：還允許多少個代理轉送該請求。每個代理將其減一；收到 0 的那個自行回應，用戶端藉此逐跳探測代理鏈。",
		},
		without: Text{
			"No limit: the request travels to the origin server.",
			"没有限制：请求一直到达源服务器。",
			"沒有限制：請求一路到達來源伺服器。",
		},
		mistakes: Text{
			"Expecting it to limit other methods (proxies ignore it there) and negative values.",
			"以为它能限制其他方法（代理在其他方法上会忽略它），以及使用负数。",
			"以為它能限制其他方法（代理在其他方法上會忽略它），以及使用負數。",
		},
	},
	{
		name: "Via", category: FieldGeneral,
		example: "1.0 fred, 1.1 p.example.net",
		syntax:  `Via = #( received-protocol RWS received-by [ RWS comment ] )`,
		summary: Text{
			"Added by each proxy or gateway the message passes through: the protocol version it received and its name. It shows the path of the message and helps detect loops.",
			"消息经过的每个代理或网关都会追加一项：它收到的协议版本和它的名字。它显示了消息的传递路径，并有助于发现循环。",
			"訊息經過的每個代理或閘道都會附加一項：它收到的協定版本和它的名稱。它顯示了訊息的傳遞路徑，並有助於發現迴圈。",
		},
		without: Text{
			"Either no intermediary was involved or they did not announce themselves.",
			"要么没有经过中介，要么中介没有表明身份。",
			"要麼沒有經過中介，要麼中介沒有表明身分。",
		},
		mistakes: Text{
			"Leaving out the protocol version (the MDN example's “moz-cache-zlb05” lacks one), and replacing earlier entries instead of appending.",
			"漏写协议版本（MDN 示例中的“moz-cache-zlb05”就缺少），以及覆盖先前的条目而不是追加。",
			"漏寫協定版本（MDN 範例中的「moz-cache-zlb05」就缺少），以及覆寫先前的條目而不是附加。",
		},
	},
	{
		name: "Forwarded", category: FieldRequest,
		example: "for=192.0.2.60;proto=http;by=203.0.113.43",
		syntax:  `Forwarded = 1#forwarded-element ; forwarded-element = [ forwarded-pair ] *( ";" [ forwarded-pair ] )`,
		summary: Text{
			"The standard way for proxies to tell the origin server what the proxy itself hides: the client's address (for), the proxy (by), the original Host and the original scheme (proto).",
			"代理用来告诉源服务器被其遮蔽的信息的标准方式：客户端地址（for）、代理本身（by）、原始 Host 和原始协议（proto）。",
			"代理用來告訴來源伺服器被它遮蔽資訊的標準方式：用戶端位址（for）、代理本身（by）、原始 Host 和原始協定（proto）。",
		},
		without: Text{
			"Behind a proxy, the server sees only the proxy's address; many setups use the older X-Forwarded-* fields instead.",
			"在代理之后，服务器只能看到代理的地址；许多部署改用较旧的 X-Forwarded-* 字段。",
			"在代理之後，伺服器只能看到代理的位址；許多部署改用較舊的 X-Forwarded-* 欄位。",
		},
		mistakes: Text{
			"Unquoted IPv6 addresses or ports (for=\"[2001:db8::1]:4711\" needs quotes), and trusting values a client wrote itself.",
			"IPv6 地址或带端口的值没有加引号（for=\"[2001:db8::1]:4711\" 必须加引号），以及信任客户端自己写入的值。",
			"IPv6 位址或帶連接埠的值沒有加引號（for=\"[2001:db8::1]:4711\" 必須加引號），以及信任用戶端自己寫入的值。",
		},
	},
	{
		name: "X-Forwarded-For", category: FieldRequest,
		example: "203.0.113.195, 70.41.3.18",
		syntax:  `X-Forwarded-For = client-ip *( "," OWS proxy-ip ) ; a de-facto convention`,
		summary: Text{
			"A de-facto list of the addresses a request passed through: the original client first, then each proxy that forwarded it.",
			"事实上的标准：请求经过的地址列表，最前面是原始客户端，后面依次是转发它的各个代理。",
			"事實上的標準：請求經過的位址清單，最前面是原始用戶端，後面依序是轉送它的各個代理。",
		},
		without: Text{
			"Behind a proxy the server sees only the proxy's address.",
			"在代理之后，服务器只能看到代理的地址。",
			"在代理之後，伺服器只能看到代理的位址。",
		},
		mistakes: Text{
			"Trusting the leftmost address: any client can send the field with made-up values, so only entries added by your own proxies are reliable.",
			"信任最左边的地址：任何客户端都能发送带伪造值的该字段，只有你自己的代理追加的条目才可信。",
			"信任最左邊的位址：任何用戶端都能送出帶偽造值的此欄位，只有你自己的代理附加的條目才可信。",
		},
	},
	{
		name: "X-Forwarded-Proto", category: FieldRequest,
		example: "https",
		syntax:  `X-Forwarded-Proto = "http" / "https" ; a de-facto convention`,
		summary: Text{
			"A de-facto field a proxy adds to say which scheme the client used (often https when the proxy ends TLS and talks plain HTTP to the server).",
			"代理添加的事实标准字段，说明客户端使用的协议（代理终结 TLS、再以明文 HTTP 连接服务器时，通常为 https）。",
			"代理加入的事實標準欄位，說明用戶端使用的協定（代理終結 TLS、再以明文 HTTP 連接伺服器時，通常為 https）。",
		},
		without: Text{
			"The application believes the request came over plain HTTP and may redirect to HTTPS forever.",
			"应用会以为请求来自明文 HTTP，可能不停地重定向到 HTTPS。",
			"應用程式會以為請求來自明文 HTTP，可能不停地重新導向到 HTTPS。",
		},
		mistakes: Text{
			"Trusting it when it does not come from your own proxy; Forwarded (proto=) is the standard equivalent.",
			"在它并非来自你自己的代理时仍然信任它；标准的等价写法是 Forwarded（proto=）。",
			"在它並非來自你自己的代理時仍然信任它；標準的對等寫法是 Forwarded（proto=）。",
		},
	},
	{
		name: "X-Forwarded-Host", category: FieldRequest,
		example: "www.example.com",
		syntax:  `X-Forwarded-Host = uri-host [ ":" port ] ; a de-facto convention`,
		summary: Text{
			"A de-facto field a proxy adds to pass on the Host the client originally asked for, when the proxy rewrites Host.",
			"代理改写 Host 时添加的事实标准字段，用来转告客户端最初请求的 Host。",
			"代理改寫 Host 時加入的事實標準欄位，用來轉告用戶端最初請求的 Host。",
		},
		without: Text{
			"The application sees the internal host name and may build wrong absolute links.",
			"应用只能看到内部主机名，可能生成错误的绝对链接。",
			"應用程式只能看到內部主機名稱，可能產生錯誤的絕對連結。",
		},
		mistakes: Text{
			"Using a client-supplied value to build password-reset links or cache keys (host header injection).",
			"用客户端提供的值来生成重置密码链接或缓存键（Host 标头注入）。",
			"用用戶端提供的值來產生重設密碼連結或快取鍵（Host 標頭注入）。",
		},
	},
	{
		name: "Origin", category: FieldRequest,
		example: "https://example.com",
		syntax:  `Origin = "null" / scheme "://" host [ ":" port ]`,
		summary: Text{
			"The origin (scheme, host, port, no path) of the page that caused the request. Browsers send it on cross-origin and POST requests; servers use it for CORS and against cross-site request forgery.",
			"触发该请求的页面的源（协议、主机、端口，不含路径）。浏览器在跨源请求和 POST 请求中发送它；服务器用它处理 CORS 并防范跨站请求伪造。",
			"觸發該請求的頁面的來源（協定、主機、連接埠，不含路徑）。瀏覽器在跨來源請求和 POST 請求中送出它；伺服器用它處理 CORS 並防範跨站請求偽造。",
		},
		without: Text{
			"The request came from a non-browser client, or from a same-origin GET.",
			"该请求来自非浏览器客户端，或是同源的 GET 请求。",
			"該請求來自非瀏覽器用戶端，或是同源的 GET 請求。",
		},
		mistakes: Text{
			"Adding a path or trailing slash, and allowing the value “null” in CORS rules (sandboxed pages and local files send it).",
			"加上路径或结尾斜杠，以及在 CORS 规则中允许“null”（沙箱页面和本地文件会发送这个值）。",
			"加上路徑或結尾斜線，以及在 CORS 規則中允許「null」（沙箱頁面和本機檔案會送出這個值）。",
		},
	},
	{
		name: "Link", category: FieldResponse,
		example: `</style.css>; rel=preload; as=style`,
		syntax:  `Link = #link-value ; link-value = "<" URI-Reference ">" *( OWS ";" OWS link-param )`,
		summary: Text{
			"Typed links from this resource to others, like HTML's <link> element: the next page of a list, a canonical address, or a resource to preload.",
			"从本资源指向其他资源的带类型链接，类似 HTML 的 <link> 元素：列表的下一页、规范地址或需要预加载的资源。",
			"從本資源指向其他資源的帶類型連結，類似 HTML 的 <link> 元素：清單的下一頁、標準位址或需要預先載入的資源。",
		},
		without: Text{
			"Nothing is implied; links may still be in the body.",
			"没有额外含义；链接仍可能写在消息体中。",
			"沒有額外含義；連結仍可能寫在本文中。",
		},
		mistakes: Text{
			"Forgetting the angle brackets around the URI and leaving out rel.",
			"忘记用尖括号包住 URI，以及漏写 rel。",
			"忘記用角括號包住 URI，以及漏寫 rel。",
		},
	},
	{
		name: "X-Powered-By", category: FieldResponse,
		example: "PHP/8.3.0",
		syntax:  `X-Powered-By = product *( RWS product ) ; a de-facto convention`,
		summary: Text{
			"A de-facto field in which frameworks and languages name themselves (PHP, Express, ASP.NET). It has no effect on clients.",
			"框架和语言（PHP、Express、ASP.NET）用来自我介绍的事实标准字段，对客户端没有任何作用。",
			"框架和語言（PHP、Express、ASP.NET）用來自我介紹的事實標準欄位，對用戶端沒有任何作用。",
		},
		without: Text{
			"Nothing changes; removing it is recommended.",
			"没有影响；建议去掉它。",
			"沒有影響；建議移除它。",
		},
		mistakes: Text{
			"Leaving it on in production, which tells attackers exactly which software and version to target.",
			"在生产环境中保留它，等于告诉攻击者该针对哪种软件和版本。",
			"在正式環境中保留它，等於告訴攻擊者該針對哪種軟體和版本。",
		},
	},
	{
		name: "X-Requested-With", category: FieldRequest,
		example: "XMLHttpRequest",
		syntax:  `X-Requested-With = token ; a de-facto convention`,
		summary: Text{
			"A de-facto field some JavaScript libraries add to mark a request as made by script (XMLHttpRequest) rather than by navigation.",
			"一些 JavaScript 库添加的事实标准字段，表明请求是由脚本（XMLHttpRequest）发出，而不是页面导航。",
			"一些 JavaScript 函式庫加入的事實標準欄位，表明請求是由指令碼（XMLHttpRequest）發出，而不是頁面導覽。",
		},
		without: Text{
			"The server cannot tell script requests from others by this means; fetch() does not add it.",
			"服务器无法借此区分脚本请求；fetch() 不会添加它。",
			"伺服器無法藉此區分指令碼請求；fetch() 不會加入它。",
		},
		mistakes: Text{
			"Relying on it as protection against cross-site request forgery; use Origin checks or tokens.",
			"把它当作防范跨站请求伪造的手段；应检查 Origin 或使用令牌。",
			"把它當成防範跨站請求偽造的手段；應檢查 Origin 或使用權杖。",
		},
	},
	{
		name: "X-Request-ID", category: FieldGeneral,
		example: "f058ebd6-02f7-4d3f-942e-904344e8cde5",
		syntax:  `X-Request-ID = 1*VCHAR ; a de-facto convention`,
		summary: Text{
			"A de-facto identifier for one request, passed along by proxies and echoed in responses, so that log lines from every hop can be tied together.",
			"单个请求的事实标准标识符，由代理一路传递并在响应中回显，便于把各环节的日志关联起来。",
			"單一請求的事實標準識別碼，由代理一路傳遞並在回應中回傳，方便把各環節的日誌串在一起。",
		},
		without: Text{
			"Tracing a request across services relies on timestamps; the standard Traceparent field does the same job.",
			"跨服务追踪请求只能依赖时间戳；标准字段 Traceparent 也能完成同样的工作。",
			"跨服務追蹤請求只能依賴時間戳記；標準欄位 Traceparent 也能完成同樣的工作。",
		},
		mistakes: Text{
			"Trusting a client-supplied ID as unique, and putting personal data in it.",
			"相信客户端提供的 ID 一定唯一，以及在其中放入个人数据。",
			"相信用戶端提供的 ID 一定唯一，以及在其中放入個人資料。",
		},
	},
}
