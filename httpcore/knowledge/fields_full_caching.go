package knowledge

// Fields of HTTP caching (RFC 9111): how long a response stays fresh, how
// old it is, and what caches did with it.
var fieldFullCaching = []fieldEntry{
	{
		name: "Cache-Control", category: FieldGeneral,
		example: "public, max-age=604800, must-revalidate",
		syntax:  `Cache-Control = #cache-directive ; cache-directive = token [ "=" ( token / quoted-string ) ]`,
		summary: Text{
			"Directives for caches, in both directions. In responses: how long the response stays fresh (max-age, s-maxage), who may store it (public, private, no-store) and whether it must be revalidated (no-cache, must-revalidate). In requests: what the client will accept (no-cache, max-age=0).",
			"给缓存的指令，请求和响应中都可使用。在响应中：响应保持新鲜多久（max-age、s-maxage）、谁可以存储（public、private、no-store）、是否必须重新验证（no-cache、must-revalidate）。在请求中：客户端愿意接受什么（no-cache、max-age=0）。",
			"給快取的指令，請求和回應中都可使用。在回應中：回應保持新鮮多久（max-age、s-maxage）、誰可以儲存（public、private、no-store）、是否必須重新驗證（no-cache、must-revalidate）。在請求中：用戶端願意接受什麼（no-cache、max-age=0）。",
		},
		without: Text{
			"Caches fall back to Expires, or to a heuristic (often a tenth of the time since Last-Modified) for responses that allow it.",
			"缓存会改用 Expires，或对允许的响应使用启发式规则（常见做法是取距 Last-Modified 时间的十分之一）。",
			"快取會改用 Expires，或對允許的回應使用啟發式規則（常見做法是取距 Last-Modified 時間的十分之一）。",
		},
		mistakes: Text{
			"Believing no-cache means “do not store” (it means “revalidate before each use”; no-store forbids storing), combining contradictory directives, and spaces around “=” (max-age = 30 is invalid).",
			"以为 no-cache 的意思是“不要存储”（它的意思是“每次使用前都要重新验证”，禁止存储的是 no-store）、组合相互矛盾的指令，以及在“=”两侧加空格（max-age = 30 无效）。",
			"以為 no-cache 的意思是「不要儲存」（它的意思是「每次使用前都要重新驗證」，禁止儲存的是 no-store）、組合相互矛盾的指令，以及在「=」兩側加空格（max-age = 30 無效）。",
		},
	},
	{
		name: "Expires", category: FieldResponse,
		example: "Thu, 01 Dec 1994 16:00:00 GMT",
		syntax:  `Expires = HTTP-date`,
		summary: Text{
			"The date after which the response is stale. The older way of stating freshness: Cache-Control's max-age overrides it when both are present.",
			"响应在该日期之后即过期。这是表示新鲜度的旧方式：两者同时存在时，以 Cache-Control 的 max-age 为准。",
			"回應在該日期之後即過期。這是表示新鮮度的舊方式：兩者同時存在時，以 Cache-Control 的 max-age 為準。",
		},
		without: Text{
			"Freshness comes from Cache-Control, or from a heuristic.",
			"新鲜度由 Cache-Control 决定，或由启发式规则估算。",
			"新鮮度由 Cache-Control 決定，或由啟發式規則估算。",
		},
		mistakes: Text{
			"Invalid dates and “0” or “-1”, which caches must treat as already expired (that works, but max-age=0 says it clearly), and dates that depend on an unsynchronised server clock.",
			"无效日期，以及“0”或“-1”——缓存必须将其视为已过期（虽然有效，但 max-age=0 更清楚），还有依赖未同步服务器时钟的日期。",
			"無效日期，以及「0」或「-1」——快取必須將其視為已過期（雖然有效，但 max-age=0 更清楚），還有依賴未同步伺服器時鐘的日期。",
		},
	},
	{
		name: "Age", category: FieldResponse,
		example: "24",
		syntax:  `Age = delta-seconds ; 1*DIGIT`,
		summary: Text{
			"Seconds since the response was generated or last validated by the origin server, as estimated by a cache. The presence of Age means the response came from a cache, not straight from the origin.",
			"缓存估算的、自源服务器生成或最后一次验证该响应以来经过的秒数。出现 Age 说明响应来自缓存，而不是直接来自源服务器。",
			"快取估算的、自來源伺服器產生或最後一次驗證該回應以來經過的秒數。出現 Age 表示回應來自快取，而不是直接來自來源伺服器。",
		},
		without: Text{
			"The response is presumed to come straight from the origin server.",
			"响应被视为直接来自源服务器。",
			"回應被視為直接來自來源伺服器。",
		},
		mistakes: Text{
			"Negative or fractional values, and an origin server sending it (only caches should).",
			"负数或小数值，以及由源服务器发送它（只有缓存才应发送）。",
			"負數或小數值，以及由來源伺服器送出它（只有快取才應送出）。",
		},
	},
	{
		name: "X-Cache", category: FieldResponse,
		example: "Hit from cloudfront",
		syntax:  `X-Cache = 1*( VCHAR / SP ) ; free text, a de-facto convention`,
		summary: Text{
			"A de-facto field in which a CDN or cache says whether it answered from its store (HIT) or had to ask the origin (MISS), sometimes with an error. Its wording depends on the vendor; Cache-Status (RFC 9211) is the standard form.",
			"CDN 或缓存用来说明自己是从存储中作答（HIT）还是不得不询问源站（MISS）的事实标准字段，有时还附带错误信息。措辞因厂商而异；标准形式是 Cache-Status（RFC 9211）。",
			"CDN 或快取用來說明自己是從儲存中回應（HIT）還是必須詢問來源站（MISS）的事實標準欄位，有時還附帶錯誤資訊。措辭因廠商而異；標準形式是 Cache-Status（RFC 9211）。",
		},
		without: Text{
			"Nothing changes; only debugging is harder.",
			"没有影响，只是调试更困难。",
			"沒有影響，只是除錯更困難。",
		},
		mistakes: Text{
			"Parsing it as if it had a standard format.",
			"把它当作有标准格式来解析。",
			"把它當成有標準格式來解析。",
		},
	},
	{
		name: "Cache-Status", category: FieldResponse,
		example: "ExampleCache; hit; ttl=376",
		syntax:  `Cache-Status = sf-list ; each member a cache name with parameters hit, fwd, ttl, stored...`,
		summary: Text{
			"The standard way for each cache on the path to report what it did: whether it was a hit, why it forwarded the request, and how long the response stays fresh.",
			"路径上的每个缓存报告其处理情况的标准方式：是否命中、为何转发请求、响应还能保持新鲜多久。",
			"路徑上的每個快取回報其處理情況的標準方式：是否命中、為何轉送請求、回應還能保持新鮮多久。",
		},
		without: Text{
			"Nothing changes; only debugging is harder.",
			"没有影响，只是调试更困难。",
			"沒有影響，只是除錯更困難。",
		},
		mistakes: Text{
			"Writing it as free text: it is a Structured Field list and must follow RFC 9651 syntax.",
			"把它写成自由文本：它是结构化字段列表，必须遵循 RFC 9651 的语法。",
			"把它寫成自由文字：它是結構化欄位清單，必須遵循 RFC 9651 的語法。",
		},
	},
}
