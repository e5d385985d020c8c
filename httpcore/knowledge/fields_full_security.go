package knowledge

// Fields that make browsers enforce security policies: HTTPS only, what a
// page may load or embed, and who may read responses across origins.
var fieldFullSecurity = []fieldEntry{
	{
		name: "Strict-Transport-Security", category: FieldResponse,
		example: "max-age=63072000; includeSubDomains; preload",
		syntax:  `Strict-Transport-Security = directive *( ";" directive ) ; max-age=delta-seconds, includeSubDomains`,
		summary: Text{
			"HSTS: tells the browser to reach this host only over HTTPS for max-age seconds, turning later http:// links into https:// before any request leaves, and refusing to click through certificate errors.",
			"HSTS：告诉浏览器在 max-age 秒内只能通过 HTTPS 访问该主机，之后的 http:// 链接会在发出请求前就改为 https://，并且不允许用户忽略证书错误继续访问。",
			"HSTS：告訴瀏覽器在 max-age 秒內只能透過 HTTPS 存取該主機，之後的 http:// 連結會在送出請求前就改為 https://，並且不允許使用者略過憑證錯誤繼續存取。",
		},
		without: Text{
			"A user who types the bare host name starts over plain HTTP, where an attacker can intercept the first request.",
			"用户只输入主机名时会先走明文 HTTP，攻击者可以拦截这第一次请求。",
			"使用者只輸入主機名稱時會先走明文 HTTP，攻擊者可以攔截這第一次請求。",
		},
		mistakes: Text{
			"Sending it over plain HTTP (browsers ignore it there), a long max-age with includeSubDomains before every subdomain supports HTTPS, and forgetting max-age, which is required.",
			"通过明文 HTTP 发送（浏览器会忽略）、在所有子域名都支持 HTTPS 之前就设置很长的 max-age 加 includeSubDomains，以及漏写必需的 max-age。",
			"透過明文 HTTP 送出（瀏覽器會忽略）、在所有子網域都支援 HTTPS 之前就設定很長的 max-age 加 includeSubDomains，以及漏寫必要的 max-age。",
		},
	},
	{
		name: "Content-Security-Policy", category: FieldResponse,
		example: "default-src 'self'; img-src *; script-src 'self' https://cdn.example.com",
		syntax:  `Content-Security-Policy = 1#serialized-policy ; policy = directive *( ";" directive ), directive = name *( SP source )`,
		summary: Text{
			"CSP: lists where a page may load scripts, styles, images, frames and so on from. The browser blocks everything else, which stops most injected scripts (cross-site scripting).",
			"CSP：列出页面可以从哪些来源加载脚本、样式、图片、框架等。浏览器会阻止其他一切来源，从而挡住大多数注入的脚本（跨站脚本攻击）。",
			"CSP：列出頁面可以從哪些來源載入指令碼、樣式、圖片、框架等。瀏覽器會阻擋其他所有來源，從而擋住大多數注入的指令碼（跨站指令碼攻擊）。",
		},
		without: Text{
			"The page may load anything from anywhere; an injected script runs freely.",
			"页面可以从任何地方加载任何内容；注入的脚本可以随意运行。",
			"頁面可以從任何地方載入任何內容；注入的指令碼可以隨意執行。",
		},
		mistakes: Text{
			"Allowing 'unsafe-inline' for scripts (which undoes most of the protection), forgetting the quotes around keywords ('self', not self), and separating directives with commas instead of semicolons.",
			"为脚本允许 'unsafe-inline'（这会抵消大部分保护）、关键字忘记加引号（应为 'self' 而不是 self），以及用逗号而不是分号分隔指令。",
			"為指令碼允許 'unsafe-inline'（這會抵銷大部分保護）、關鍵字忘記加引號（應為 'self' 而不是 self），以及用逗號而不是分號分隔指令。",
		},
	},
	{
		name: "Content-Security-Policy-Report-Only", category: FieldResponse,
		example: "default-src 'self'; report-to csp-endpoint",
		syntax:  `Content-Security-Policy-Report-Only = 1#serialized-policy`,
		summary: Text{
			"A CSP that the browser does not enforce but reports violations of, so that a site can try a policy before switching it on.",
			"浏览器不强制执行、只报告违规情况的 CSP，便于网站在正式启用前试用某个策略。",
			"瀏覽器不強制執行、只回報違規情況的 CSP，方便網站在正式啟用前試用某個政策。",
		},
		without: Text{
			"Nothing is reported; only an enforced Content-Security-Policy applies.",
			"不会有任何报告；只有强制执行的 Content-Security-Policy 生效。",
			"不會有任何回報；只有強制執行的 Content-Security-Policy 生效。",
		},
		mistakes: Text{
			"Forgetting a reporting directive (report-to or report-uri), which makes the field do nothing.",
			"忘记报告指令（report-to 或 report-uri），这样该字段什么也不做。",
			"忘記回報指令（report-to 或 report-uri），這樣此欄位什麼也不做。",
		},
	},
	{
		name: "X-Content-Type-Options", category: FieldResponse,
		example: "nosniff",
		syntax:  `X-Content-Type-Options = "nosniff"`,
		summary: Text{
			"With its only value, nosniff, tells the browser to trust Content-Type and not guess the type from the content. Scripts and style sheets with a wrong type are then refused.",
			"它唯一的取值 nosniff 告诉浏览器相信 Content-Type，不要根据内容猜测类型。这样，类型不对的脚本和样式表会被拒绝。",
			"它唯一的值 nosniff 告訴瀏覽器相信 Content-Type，不要根據內容猜測類型。這樣，類型不對的指令碼和樣式表會被拒絕。",
		},
		without: Text{
			"Browsers may sniff, and for example run an uploaded text file as a script.",
			"浏览器可能进行内容嗅探，例如把上传的文本文件当作脚本执行。",
			"瀏覽器可能進行內容嗅探，例如把上傳的文字檔當成指令碼執行。",
		},
		mistakes: Text{
			"Values other than nosniff, and turning it on while serving files with wrong Content-Types, which then break.",
			"使用 nosniff 以外的值，以及在文件的 Content-Type 不正确时启用它，导致这些文件无法使用。",
			"使用 nosniff 以外的值，以及在檔案的 Content-Type 不正確時啟用它，導致這些檔案無法使用。",
		},
	},
	{
		name: "X-Frame-Options", category: FieldResponse,
		example: "DENY",
		syntax:  `X-Frame-Options = "DENY" / "SAMEORIGIN"`,
		summary: Text{
			"Says whether the page may be shown inside a frame: DENY (never) or SAMEORIGIN (only by pages of the same origin). It protects against clickjacking; CSP's frame-ancestors directive is the modern equivalent.",
			"说明页面能否显示在框架中：DENY（永不）或 SAMEORIGIN（仅限同源页面）。它用于防范点击劫持；CSP 的 frame-ancestors 指令是现代的等价做法。",
			"說明頁面能否顯示在框架中：DENY（永不）或 SAMEORIGIN（僅限同源頁面）。它用於防範點擊劫持；CSP 的 frame-ancestors 指令是現代的對等做法。",
		},
		without: Text{
			"Any site can frame the page, and trick users into clicking on it.",
			"任何网站都能把该页面放进框架，诱骗用户点击。",
			"任何網站都能把該頁面放進框架，誘騙使用者點擊。",
		},
		mistakes: Text{
			"ALLOW-FROM, which modern browsers ignore (use frame-ancestors), and sending it on non-HTML responses where it is pointless.",
			"使用 ALLOW-FROM，现代浏览器会忽略它（请改用 frame-ancestors），以及在非 HTML 响应中发送它，毫无作用。",
			"使用 ALLOW-FROM，現代瀏覽器會忽略它（請改用 frame-ancestors），以及在非 HTML 回應中送出它，毫無作用。",
		},
	},
	{
		name: "Referrer-Policy", category: FieldResponse,
		example: "strict-origin-when-cross-origin",
		syntax:  `Referrer-Policy = 1#policy-token ; no-referrer, origin, strict-origin-when-cross-origin, ...`,
		summary: Text{
			"How much of the page's address the browser may put in Referer when leaving it: nothing, the origin only, or the full URL, depending on where the request goes. Unlike Referer, it is spelled correctly.",
			"离开页面时浏览器可以在 Referer 中放入多少地址信息：什么都不放、只放源，或放完整 URL，视请求的去向而定。与 Referer 不同，它的拼写是正确的。",
			"離開頁面時瀏覽器可以在 Referer 中放入多少位址資訊：什麼都不放、只放來源，或放完整 URL，視請求的去向而定。與 Referer 不同，它的拼寫是正確的。",
		},
		without: Text{
			"Browsers use their default, strict-origin-when-cross-origin.",
			"浏览器使用默认值 strict-origin-when-cross-origin。",
			"瀏覽器使用預設值 strict-origin-when-cross-origin。",
		},
		mistakes: Text{
			"unsafe-url, which leaks full addresses (with tokens in query strings) to other sites, and the one-r spelling borrowed from Referer.",
			"使用 unsafe-url，会把完整地址（包括查询字符串中的令牌）泄露给其他网站；以及借用 Referer 的单 r 拼法。",
			"使用 unsafe-url，會把完整位址（包括查詢字串中的權杖）洩漏給其他網站；以及借用 Referer 的單 r 拼法。",
		},
	},
	{
		name: "Permissions-Policy", category: FieldResponse,
		example: "geolocation=(), camera=(self)",
		syntax:  `Permissions-Policy = sf-dictionary ; feature=( allowlist )`,
		summary: Text{
			"Says which powerful browser features (camera, geolocation, fullscreen...) the page and the frames it embeds may use.",
			"说明页面及其嵌入的框架可以使用哪些强大的浏览器功能（摄像头、地理位置、全屏等）。",
			"說明頁面及其嵌入的框架可以使用哪些強大的瀏覽器功能（相機、地理位置、全螢幕等）。",
		},
		without: Text{
			"Each feature keeps its default allowlist, usually the page itself and same-origin frames.",
			"每项功能保持默认的允许列表，通常是页面本身和同源框架。",
			"每項功能保持預設的允許清單，通常是頁面本身和同源框架。",
		},
		mistakes: Text{
			"Using the old Feature-Policy syntax (geolocation 'none') in this field, which expects Structured Field syntax.",
			"在这个字段中使用旧的 Feature-Policy 语法（geolocation 'none'），而它要求结构化字段语法。",
			"在這個欄位中使用舊的 Feature-Policy 語法（geolocation 'none'），而它要求結構化欄位語法。",
		},
	},
	{
		name: "Access-Control-Allow-Origin", category: FieldResponse,
		example: "https://app.example.com",
		syntax:  `Access-Control-Allow-Origin = origin-or-null / "*"`,
		summary: Text{
			"CORS: which origin may read this response from a script running on another site: one origin, or “*” for any. Browsers block the read otherwise; the request itself was still sent.",
			"CORS：哪个源上运行的脚本可以读取这个响应：一个具体的源，或用“*”表示任何源。否则浏览器会阻止读取，但请求本身已经发出。",
			"CORS：哪個來源上執行的指令碼可以讀取這個回應：一個具體的來源，或用「*」表示任何來源。否則瀏覽器會阻擋讀取，但請求本身已經送出。",
		},
		without: Text{
			"Scripts from other origins cannot read the response (same-origin policy).",
			"其他源的脚本无法读取该响应（同源策略）。",
			"其他來源的指令碼無法讀取該回應（同源政策）。",
		},
		mistakes: Text{
			"Listing several origins (only one is allowed; echo the request's Origin and add Vary: Origin), combining “*” with credentials, and believing it protects the server (it only restrains browsers).",
			"列出多个源（只允许一个；应回显请求的 Origin 并加上 Vary: Origin）、把“*”与凭据一起使用，以及以为它能保护服务器（它只约束浏览器）。",
			"列出多個來源（只允許一個；應回傳請求的 Origin 並加上 Vary: Origin）、把「*」與憑證一起使用，以及以為它能保護伺服器（它只約束瀏覽器）。",
		},
	},
	{
		name: "Access-Control-Allow-Methods", category: FieldResponse,
		example: "GET, POST, PUT",
		syntax:  `Access-Control-Allow-Methods = #method`,
		summary: Text{
			"In the answer to a CORS preflight (OPTIONS), the methods a cross-origin script may use for the real request.",
			"在 CORS 预检（OPTIONS）的响应中，列出跨源脚本在正式请求中可以使用的方法。",
			"在 CORS 預檢（OPTIONS）的回應中，列出跨來源指令碼在正式請求中可以使用的方法。",
		},
		without: Text{
			"Only the simple methods GET, HEAD and POST are allowed cross-origin.",
			"跨源时只允许简单方法 GET、HEAD 和 POST。",
			"跨來源時只允許簡單方法 GET、HEAD 和 POST。",
		},
		mistakes: Text{
			"Sending it on the actual response instead of the preflight, and lower-case method names.",
			"在正式响应而不是预检响应中发送它，以及方法名写成小写。",
			"在正式回應而不是預檢回應中送出它，以及方法名稱寫成小寫。",
		},
	},
	{
		name: "Access-Control-Allow-Headers", category: FieldResponse,
		example: "Content-Type, Authorization",
		syntax:  `Access-Control-Allow-Headers = #field-name`,
		summary: Text{
			"In the answer to a CORS preflight, the request fields a cross-origin script may set on the real request beyond the always-allowed ones.",
			"在 CORS 预检的响应中，列出跨源脚本在正式请求中除默认允许字段之外还可以设置的请求字段。",
			"在 CORS 預檢的回應中，列出跨來源指令碼在正式請求中除預設允許欄位之外還可以設定的請求欄位。",
		},
		without: Text{
			"A request with other fields (say Authorization or Content-Type: application/json) fails its preflight.",
			"带有其他字段（例如 Authorization 或 Content-Type: application/json）的请求无法通过预检。",
			"帶有其他欄位（例如 Authorization 或 Content-Type: application/json）的請求無法通過預檢。",
		},
		mistakes: Text{
			"Expecting “*” to cover Authorization (it never does), and forgetting it for Content-Type: application/json.",
			"以为“*”能涵盖 Authorization（它永远不能），以及在使用 Content-Type: application/json 时忘记列出。",
			"以為「*」能涵蓋 Authorization（它永遠不能），以及在使用 Content-Type: application/json 時忘記列出。",
		},
	},
	{
		name: "Access-Control-Allow-Credentials", category: FieldResponse,
		example: "true",
		syntax:  `Access-Control-Allow-Credentials = "true"`,
		summary: Text{
			"With “true”, lets a cross-origin script read a response to a request sent with cookies or HTTP authentication.",
			"取值“true”时，允许跨源脚本读取携带 Cookie 或 HTTP 认证的请求的响应。",
			"取值「true」時，允許跨來源指令碼讀取攜帶 Cookie 或 HTTP 驗證的請求的回應。",
		},
		without: Text{
			"Responses to credentialed cross-origin requests cannot be read by the script.",
			"脚本无法读取携带凭据的跨源请求的响应。",
			"指令碼無法讀取攜帶憑證的跨來源請求的回應。",
		},
		mistakes: Text{
			"Combining it with Access-Control-Allow-Origin: * (browsers refuse), and the value “false” (just leave the field out).",
			"与 Access-Control-Allow-Origin: * 同时使用（浏览器会拒绝），以及使用“false”（直接省略该字段即可）。",
			"與 Access-Control-Allow-Origin: * 同時使用（瀏覽器會拒絕），以及使用「false」（直接省略此欄位即可）。",
		},
	},
	{
		name: "Access-Control-Max-Age", category: FieldResponse,
		example: "600",
		syntax:  `Access-Control-Max-Age = delta-seconds`,
		summary: Text{
			"How many seconds the browser may cache the result of a CORS preflight, saving an OPTIONS request each time.",
			"浏览器可以把 CORS 预检结果缓存多少秒，省去每次的 OPTIONS 请求。",
			"瀏覽器可以把 CORS 預檢結果快取多少秒，省去每次的 OPTIONS 請求。",
		},
		without: Text{
			"Browsers cache the preflight for 5 seconds.",
			"浏览器将预检结果缓存 5 秒。",
			"瀏覽器將預檢結果快取 5 秒。",
		},
		mistakes: Text{
			"Very large values, which browsers cap (Chromium at two hours).",
			"设置很大的值，浏览器会加以上限（Chromium 为两小时）。",
			"設定很大的值，瀏覽器會加以上限（Chromium 為兩小時）。",
		},
	},
	{
		name: "Access-Control-Request-Method", category: FieldRequest,
		example: "PUT",
		syntax:  `Access-Control-Request-Method = method`,
		summary: Text{
			"Sent by the browser in a CORS preflight (OPTIONS) to ask whether the real request may use this method.",
			"浏览器在 CORS 预检（OPTIONS）中发送，询问正式请求能否使用该方法。",
			"瀏覽器在 CORS 預檢（OPTIONS）中送出，詢問正式請求能否使用該方法。",
		},
		without: Text{
			"The OPTIONS request is an ordinary one, not a preflight.",
			"该 OPTIONS 请求就是普通请求，不是预检。",
			"該 OPTIONS 請求就是一般請求，不是預檢。",
		},
		mistakes: Text{
			"Setting it by hand from a script: the browser owns it.",
			"在脚本中手动设置它：它由浏览器负责。",
			"在指令碼中手動設定它：它由瀏覽器負責。",
		},
	},
	{
		name: "Access-Control-Request-Headers", category: FieldRequest,
		example: "content-type, x-requested-with",
		syntax:  `Access-Control-Request-Headers = #field-name`,
		summary: Text{
			"Sent by the browser in a CORS preflight: the fields the script wants to set on the real request.",
			"浏览器在 CORS 预检中发送：脚本想在正式请求中设置的字段。",
			"瀏覽器在 CORS 預檢中送出：指令碼想在正式請求中設定的欄位。",
		},
		without: Text{
			"The real request uses only always-allowed fields.",
			"正式请求只使用默认允许的字段。",
			"正式請求只使用預設允許的欄位。",
		},
		mistakes: Text{
			"Servers that compare it case-sensitively; browsers send the names in lower case.",
			"服务器按区分大小写的方式比较它；浏览器发送的是小写名称。",
			"伺服器以區分大小寫的方式比較它；瀏覽器送出的是小寫名稱。",
		},
	},
	{
		name: "Access-Control-Expose-Headers", category: FieldResponse,
		example: "Content-Length, X-Request-ID",
		syntax:  `Access-Control-Expose-Headers = #field-name`,
		summary: Text{
			"Which response fields a cross-origin script may read, beyond the few safe ones (Content-Type, Cache-Control...).",
			"除少数安全字段（Content-Type、Cache-Control 等）外，跨源脚本还可以读取哪些响应字段。",
			"除少數安全欄位（Content-Type、Cache-Control 等）外，跨來源指令碼還可以讀取哪些回應欄位。",
		},
		without: Text{
			"The script sees only the safe-listed fields.",
			"脚本只能看到安全清单中的字段。",
			"指令碼只能看到安全清單中的欄位。",
		},
		mistakes: Text{
			"Expecting Set-Cookie to become readable (it never is).",
			"以为这样就能读取 Set-Cookie（永远不能）。",
			"以為這樣就能讀取 Set-Cookie（永遠不能）。",
		},
	},
	{
		name: "Cross-Origin-Resource-Policy", category: FieldResponse,
		example: "same-site",
		syntax:  `Cross-Origin-Resource-Policy = "same-origin" / "same-site" / "cross-origin"`,
		summary: Text{
			"Which sites may embed this resource (an image, script...) at all: same-origin, same-site or cross-origin. It defends against side-channel attacks that read other sites' resources.",
			"哪些网站可以嵌入该资源（图片、脚本等）：same-origin、same-site 或 cross-origin。它用于防范读取其他网站资源的旁路攻击。",
			"哪些網站可以嵌入此資源（圖片、指令碼等）：same-origin、same-site 或 cross-origin。它用於防範讀取其他網站資源的旁路攻擊。",
		},
		without: Text{
			"Any site may embed the resource (unless Cross-Origin-Embedder-Policy on that site says otherwise).",
			"任何网站都可以嵌入该资源（除非对方网站的 Cross-Origin-Embedder-Policy 另有规定）。",
			"任何網站都可以嵌入此資源（除非對方網站的 Cross-Origin-Embedder-Policy 另有規定）。",
		},
		mistakes: Text{
			"Confusing it with CORS, which controls reading by scripts, not embedding.",
			"把它和 CORS 混淆：CORS 控制脚本读取，而不是嵌入。",
			"把它和 CORS 混淆：CORS 控制指令碼讀取，而不是嵌入。",
		},
	},
	{
		name: "Upgrade-Insecure-Requests", category: FieldRequest,
		example: "1",
		syntax:  `Upgrade-Insecure-Requests = "1"`,
		summary: Text{
			"Sent by browsers on navigations to say they prefer HTTPS: a server may redirect them to the secure version of the page.",
			"浏览器在页面导航时发送，表示更偏好 HTTPS：服务器可以把它重定向到页面的安全版本。",
			"瀏覽器在頁面導覽時送出，表示更偏好 HTTPS：伺服器可以把它重新導向到頁面的安全版本。",
		},
		without: Text{
			"The client expresses no preference.",
			"客户端没有表达偏好。",
			"用戶端沒有表達偏好。",
		},
		mistakes: Text{
			"Redirecting without Vary: Upgrade-Insecure-Requests, so a cache serves the redirect to clients that did not ask.",
			"重定向时没有加 Vary: Upgrade-Insecure-Requests，导致缓存把重定向交给没有提出要求的客户端。",
			"重新導向時沒有加 Vary: Upgrade-Insecure-Requests，導致快取把重新導向交給沒有提出要求的用戶端。",
		},
	},
	{
		name: "Sec-Fetch-Site", category: FieldRequest,
		example: "same-origin",
		syntax:  `Sec-Fetch-Site = "cross-site" / "same-origin" / "same-site" / "none"`,
		summary: Text{
			"Set by the browser: how the page that made the request relates to the target (same origin, same site, another site, or none for a typed address). Servers use it to reject cross-site requests they do not expect.",
			"由浏览器设置：发起请求的页面与目标之间的关系（同源、同站、跨站，或用户直接输入地址时为 none）。服务器用它拒绝意料之外的跨站请求。",
			"由瀏覽器設定：發起請求的頁面與目標之間的關係（同源、同站、跨站，或使用者直接輸入位址時為 none）。伺服器用它拒絕意料之外的跨站請求。",
		},
		without: Text{
			"The client is not a modern browser; the server should not reject it on that ground alone.",
			"客户端不是现代浏览器；服务器不应仅凭这一点拒绝请求。",
			"用戶端不是現代瀏覽器；伺服器不應僅憑這一點拒絕請求。",
		},
		mistakes: Text{
			"Treating its absence as an attack: non-browser clients never send it.",
			"把没有它视为攻击：非浏览器客户端从不发送它。",
			"把沒有它視為攻擊：非瀏覽器用戶端從不送出它。",
		},
	},
}
