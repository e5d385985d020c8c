package knowledge

// Fields defined by the web platform for browsers: fetch metadata, process
// isolation, client hints, site data and privacy signals.
var fieldFullBrowser = []fieldEntry{
	{
		name: "Refresh", category: FieldResponse,
		example: "5; url=https://example.com/next",
		syntax:  `Refresh = delay-seconds [ ( ";" / "," ) OWS "url=" URI-reference ]`,
		summary: Text{
			"Tells the browser to reload the page, or go to url, after the given number of seconds. It works like the HTML meta refresh element.",
			"告诉浏览器在指定秒数后重新加载页面，或跳转到 url。作用与 HTML 的 meta refresh 元素相同。",
			"告訴瀏覽器在指定秒數後重新載入頁面，或前往 url。作用與 HTML 的 meta refresh 元素相同。",
		},
		without: Text{
			"The page stays as it is.",
			"页面保持不变。",
			"頁面保持不變。",
		},
		mistakes: Text{
			"Using it instead of a real redirect (3xx with Location), which search engines and non-browser clients understand.",
			"用它代替真正的重定向（3xx 加 Location），后者才能被搜索引擎和非浏览器客户端理解。",
			"用它代替真正的重新導向（3xx 加 Location），後者才能被搜尋引擎和非瀏覽器用戶端理解。",
		},
	},
	{
		name: "Sec-Fetch-Mode", category: FieldRequest,
		example: "navigate",
		syntax:  `Sec-Fetch-Mode = "cors" / "navigate" / "no-cors" / "same-origin" / "websocket"`,
		summary: Text{
			"Set by the browser: the mode of the request, for example navigate for a page load or cors for a cross-origin fetch() call.",
			"由浏览器设置：请求的模式，例如页面加载为 navigate，跨源 fetch() 调用为 cors。",
			"由瀏覽器設定：請求的模式，例如頁面載入為 navigate，跨來源 fetch() 呼叫為 cors。",
		},
		without: Text{
			"The client is not a modern browser.",
			"客户端不是现代浏览器。",
			"用戶端不是現代瀏覽器。",
		},
		mistakes: Text{
			"Trusting it from non-browser clients, which can write anything.",
			"信任非浏览器客户端发来的值，它们可以随便写。",
			"信任非瀏覽器用戶端送來的值，它們可以隨便寫。",
		},
	},
	{
		name: "Sec-Fetch-Dest", category: FieldRequest,
		example: "image",
		syntax:  `Sec-Fetch-Dest = token ; document, image, script, style, font, empty, ...`,
		summary: Text{
			"Set by the browser: what the response will be used for (document, image, script, style...). A server can refuse, say, an API response requested as a script.",
			"由浏览器设置：响应将被用于什么（document、image、script、style 等）。服务器可以据此拒绝把 API 响应当作脚本请求之类的情况。",
			"由瀏覽器設定：回應將被用於什麼（document、image、script、style 等）。伺服器可以據此拒絕把 API 回應當成指令碼請求之類的情況。",
		},
		without: Text{
			"The client is not a modern browser.",
			"客户端不是现代浏览器。",
			"用戶端不是現代瀏覽器。",
		},
		mistakes: Text{
			"Treating its absence as an attack.",
			"把没有它视为攻击。",
			"把沒有它視為攻擊。",
		},
	},
	{
		name: "Sec-Fetch-User", category: FieldRequest,
		example: "?1",
		syntax:  `Sec-Fetch-User = sf-boolean ; only ?1 is sent`,
		summary: Text{
			"Set by the browser to ?1 when a navigation was triggered by the user (a click or key press) rather than by script.",
			"当页面导航由用户操作（点击或按键）而不是脚本触发时，浏览器把它设为 ?1。",
			"當頁面導覽由使用者操作（點擊或按鍵）而不是指令碼觸發時，瀏覽器把它設為 ?1。",
		},
		without: Text{
			"The request was not a user-activated navigation.",
			"该请求不是由用户触发的导航。",
			"該請求不是由使用者觸發的導覽。",
		},
		mistakes: Text{
			"Expecting ?0: the browser simply leaves the field out.",
			"期待收到 ?0：浏览器只会直接省略该字段。",
			"期待收到 ?0：瀏覽器只會直接省略此欄位。",
		},
	},
	{
		name: "Cross-Origin-Opener-Policy", category: FieldResponse,
		example: "same-origin",
		syntax:  `Cross-Origin-Opener-Policy = "unsafe-none" / "same-origin-allow-popups" / "same-origin" / "noopener-allow-popups"`,
		summary: Text{
			"Isolates the page's browsing context from cross-origin windows it opens or is opened by, cutting window.opener references. Together with COEP it enables powerful features such as SharedArrayBuffer.",
			"把页面的浏览上下文与它打开的或打开它的跨源窗口隔离，切断 window.opener 引用。与 COEP 一起使用可启用 SharedArrayBuffer 等强大功能。",
			"把頁面的瀏覽環境與它開啟的或開啟它的跨來源視窗隔離，切斷 window.opener 參照。與 COEP 一起使用可啟用 SharedArrayBuffer 等強大功能。",
		},
		without: Text{
			"unsafe-none: cross-origin windows share a browsing context group and can reach each other.",
			"即 unsafe-none：跨源窗口处于同一浏览上下文组，可以互相访问。",
			"即 unsafe-none：跨來源視窗處於同一瀏覽環境群組，可以互相存取。",
		},
		mistakes: Text{
			"Setting same-origin on pages that rely on pop-ups for sign-in or payment, which then lose contact with them.",
			"在依赖弹出窗口进行登录或支付的页面上设置 same-origin，导致与弹窗失去联系。",
			"在依賴彈出視窗進行登入或付款的頁面上設定 same-origin，導致與彈出視窗失去聯繫。",
		},
	},
	{
		name: "Cross-Origin-Embedder-Policy", category: FieldResponse,
		example: "require-corp",
		syntax:  `Cross-Origin-Embedder-Policy = "unsafe-none" / "require-corp" / "credentialless"`,
		summary: Text{
			"Requires every cross-origin resource the page loads to opt in (by CORS or Cross-Origin-Resource-Policy). With COOP it makes the page cross-origin isolated.",
			"要求页面加载的每个跨源资源都明确同意（通过 CORS 或 Cross-Origin-Resource-Policy）。与 COOP 一起使用可让页面实现跨源隔离。",
			"要求頁面載入的每個跨來源資源都明確同意（透過 CORS 或 Cross-Origin-Resource-Policy）。與 COOP 一起使用可讓頁面實現跨來源隔離。",
		},
		without: Text{
			"Cross-origin resources load freely, and the page cannot be cross-origin isolated.",
			"跨源资源可以随意加载，页面也无法实现跨源隔离。",
			"跨來源資源可以隨意載入，頁面也無法實現跨來源隔離。",
		},
		mistakes: Text{
			"Turning on require-corp before third-party resources send CORP or CORS headers, which breaks them.",
			"在第三方资源发送 CORP 或 CORS 标头之前就启用 require-corp，导致它们失效。",
			"在第三方資源送出 CORP 或 CORS 標頭之前就啟用 require-corp，導致它們失效。",
		},
	},
	{
		name: "Clear-Site-Data", category: FieldResponse,
		example: `"cache", "cookies", "storage"`,
		syntax:  `Clear-Site-Data = 1#( quoted-string ) ; "cache", "cookies", "storage", "executionContexts", "*"`,
		summary: Text{
			"Asks the browser to delete the data it keeps for this site: cache, cookies, storage. Typically sent on logout.",
			"请浏览器删除它为该网站保存的数据：缓存、Cookie、存储。通常在退出登录时发送。",
			"請瀏覽器刪除它為該網站保存的資料：快取、Cookie、儲存空間。通常在登出時送出。",
		},
		without: Text{
			"Data stays until it expires or the user clears it.",
			"数据会一直保留，直到过期或用户手动清除。",
			"資料會一直保留，直到過期或使用者手動清除。",
		},
		mistakes: Text{
			"Leaving out the double quotes: cache without quotes is ignored.",
			"漏写双引号：不带引号的 cache 会被忽略。",
			"漏寫雙引號：不帶引號的 cache 會被忽略。",
		},
	},
	{
		name: "Accept-CH", category: FieldResponse,
		example: "Sec-CH-UA-Platform, Sec-CH-Prefers-Color-Scheme",
		syntax:  `Accept-CH = sf-list ; of client hint field names`,
		summary: Text{
			"Asks the browser to send the listed client hints (device, platform, preferences) on later requests to this origin.",
			"请浏览器在之后发往该源的请求中附带所列的客户端提示（设备、平台、偏好等）。",
			"請瀏覽器在之後送往該來源的請求中附帶所列的用戶端提示（裝置、平台、偏好等）。",
		},
		without: Text{
			"The browser sends only its default low-entropy hints.",
			"浏览器只发送默认的低熵提示。",
			"瀏覽器只送出預設的低熵提示。",
		},
		mistakes: Text{
			"Forgetting Vary for the hints the response depends on, and asking for more hints than needed.",
			"忘记为响应所依赖的提示加上 Vary，以及索取超出需要的提示。",
			"忘記為回應所依賴的提示加上 Vary，以及索取超出需要的提示。",
		},
	},
	{
		name: "Timing-Allow-Origin", category: FieldResponse,
		example: "https://app.example.com",
		syntax:  `Timing-Allow-Origin = "*" / 1#( origin-or-null )`,
		summary: Text{
			"Lets scripts from the listed origins see detailed timing of this resource (DNS, connection, transfer) through the Resource Timing API.",
			"允许所列源的脚本通过 Resource Timing API 查看该资源的详细耗时（DNS、连接、传输）。",
			"允許所列來源的指令碼透過 Resource Timing API 檢視此資源的詳細耗時（DNS、連線、傳輸）。",
		},
		without: Text{
			"Cross-origin scripts see only coarse timing.",
			"跨源脚本只能看到粗略的耗时。",
			"跨來源指令碼只能看到粗略的耗時。",
		},
		mistakes: Text{
			"Sending “*” on resources whose timing reveals private information (for example whether a user is logged in).",
			"在耗时可能泄露隐私（例如用户是否已登录）的资源上发送“*”。",
			"在耗時可能洩漏隱私（例如使用者是否已登入）的資源上送出「*」。",
		},
	},
	{
		name: "DNT", category: FieldRequest,
		example: "1",
		syntax:  `DNT = "0" / "1"`,
		summary: Text{
			"Do Not Track: 1 asked sites not to track the user. The W3C specification was abandoned; Sec-GPC (Global Privacy Control) is its successor.",
			"Do Not Track：值为 1 表示请网站不要追踪用户。W3C 规范已被放弃，继任者是 Sec-GPC（全球隐私控制）。",
			"Do Not Track：值為 1 表示請網站不要追蹤使用者。W3C 規範已被放棄，繼任者是 Sec-GPC（全球隱私控制）。",
		},
		without: Text{
			"No preference is expressed.",
			"没有表达任何偏好。",
			"沒有表達任何偏好。",
		},
		mistakes: Text{
			"Assuming sites honour it: most never did, and it adds to the browser's fingerprint.",
			"以为网站会遵守它：大多数网站从未遵守，而且它还会增加浏览器指纹信息。",
			"以為網站會遵守它：大多數網站從未遵守，而且它還會增加瀏覽器指紋資訊。",
		},
	},
}
