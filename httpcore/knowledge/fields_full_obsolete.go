package knowledge

// Fields that HTTP has retired. Each entry says which document retired the
// field and what to use instead; learners meet them in old tutorials (the
// seed's glossary lists several) and in old servers' responses.
var fieldFullObsolete = []fieldEntry{
	{
		name: "Pragma", category: FieldGeneral,
		example: "no-cache",
		syntax:  `Pragma = 1#pragma-directive ; only no-cache was ever defined`,
		summary: Text{
			"An HTTP/1.0 field for implementation-specific directives. Its only defined use, Pragma: no-cache in a request, asks caches to go back to the origin server.",
			"HTTP/1.0 中用于传递实现相关指令的字段。它唯一定义过的用法是在请求中写 Pragma: no-cache，要求缓存回源获取。",
			"HTTP/1.0 中用於傳遞實作相關指令的欄位。它唯一定義過的用法是在請求中寫 Pragma: no-cache，要求快取回到來源伺服器取得。",
		},
		without: Text{
			"Nothing is lost: Cache-Control expresses the same and more.",
			"没有任何损失：Cache-Control 能表达同样甚至更多的内容。",
			"沒有任何損失：Cache-Control 能表達同樣甚至更多的內容。",
		},
		mistakes: Text{
			"Sending Pragma: no-cache in responses to prevent caching (it was never defined for responses; use Cache-Control: no-store or no-cache).",
			"在响应中发送 Pragma: no-cache 来阻止缓存（它从未被定义用于响应；应使用 Cache-Control: no-store 或 no-cache）。",
			"在回應中送出 Pragma: no-cache 來阻止快取（它從未被定義用於回應；應使用 Cache-Control: no-store 或 no-cache）。",
		},
		retiredBy: RFC(9111, "5.4"),
		retired: Text{
			"RFC 9111 §5.4 deprecates Pragma. Cache-Control replaces it; a request may still send Pragma: no-cache next to Cache-Control: no-cache for the sake of HTTP/1.0 caches.",
			"RFC 9111 §5.4 弃用了 Pragma，由 Cache-Control 取代；为了照顾 HTTP/1.0 缓存，请求中仍可在 Cache-Control: no-cache 旁边附带 Pragma: no-cache。",
			"RFC 9111 §5.4 棄用了 Pragma，由 Cache-Control 取代；為了照顧 HTTP/1.0 快取，請求中仍可在 Cache-Control: no-cache 旁邊附帶 Pragma: no-cache。",
		},
		replacedBy: []string{"Cache-Control"},
	},
	{
		name: "Warning", category: FieldGeneral,
		example: `110 anderson/1.3.37 "Response is stale"`,
		syntax:  `Warning = 1#( warn-code SP warn-agent SP warn-text [ SP warn-date ] ) ; warn-code = 3DIGIT`,
		summary: Text{
			"Carried a three-digit warning code and text about the message, mostly from caches (110 “Response is stale”, 214 “Transformation applied”).",
			"携带关于消息的三位数警告代码和文字，多由缓存添加（110 “Response is stale”、214 “Transformation applied”）。",
			"攜帶關於訊息的三位數警告代碼和文字，多由快取加入（110 “Response is stale”、214 “Transformation applied”）。",
		},
		without: Text{
			"Nothing is lost: clients never showed these warnings to users.",
			"没有任何损失：客户端从未向用户显示这些警告。",
			"沒有任何損失：用戶端從未向使用者顯示這些警告。",
		},
		mistakes: Text{
			"Codes outside the defined ones, such as the seed's “99” (codes have three digits), and unquoted warning text (“Piano needs tuning” must be in double quotes).",
			"使用未定义的代码，例如种子文档中的“99”（代码必须是三位数），以及警告文字没有加双引号（“Piano needs tuning”必须放在双引号中）。",
			"使用未定義的代碼，例如種子文件中的「99」（代碼必須是三位數），以及警告文字沒有加雙引號（「Piano needs tuning」必須放在雙引號中）。",
		},
		retiredBy: RFC(9111, "5.5"),
		retired: Text{
			"RFC 9111 §5.5 obsoletes Warning because it was rarely sent and never shown to users. No field replaces it; caches and proxies now report what they did in Cache-Status and Proxy-Status.",
			"RFC 9111 §5.5 废止了 Warning，因为它很少被发送，也从未显示给用户。没有字段直接取代它；缓存和代理现在用 Cache-Status 和 Proxy-Status 报告处理情况。",
			"RFC 9111 §5.5 廢止了 Warning，因為它很少被送出，也從未顯示給使用者。沒有欄位直接取代它；快取和代理現在用 Cache-Status 和 Proxy-Status 回報處理情況。",
		},
		replacedBy: []string{"Cache-Status", "Proxy-Status"},
	},
	{
		name: "Content-MD5", category: FieldRepresentation,
		example: "Q2hlY2sgSW50ZWdyaXR5IQ==",
		syntax:  `Content-MD5 = <base64 of the 128-bit MD5 digest of the body>`,
		summary: Text{
			"Carried the Base64 MD5 checksum of the body so that the recipient could detect accidental corruption.",
			"携带消息体的 MD5 校验值（Base64 编码），以便接收方发现意外的损坏。",
			"攜帶本文的 MD5 校驗值（Base64 編碼），以便接收方發現意外的損壞。",
		},
		without: Text{
			"Nothing is lost: TCP and TLS already detect corruption, and Content-Digest does the job properly.",
			"没有任何损失：TCP 和 TLS 本身就能发现损坏，而 Content-Digest 能更好地完成这项工作。",
			"沒有任何損失：TCP 和 TLS 本身就能發現損壞，而 Content-Digest 能更好地完成這項工作。",
		},
		mistakes: Text{
			"Writing the hexadecimal digest instead of Base64, and treating MD5 as protection against tampering (anyone who changes the body can recompute it).",
			"写成十六进制而不是 Base64，以及把 MD5 当作防篡改手段（修改消息体的人也能重新计算它）。",
			"寫成十六進位而不是 Base64，以及把 MD5 當成防竄改手段（修改本文的人也能重新計算它）。",
		},
		retiredBy: RFC(7231, "B"),
		retired: Text{
			"RFC 7231 (Appendix B) removed Content-MD5 because implementations disagreed on what it covered in partial responses. RFC 9530 replaces it with Content-Digest and Repr-Digest, which support stronger algorithms such as SHA-256.",
			"RFC 7231（附录 B）删除了 Content-MD5，因为各实现对它在部分响应中涵盖的范围理解不一。RFC 9530 以 Content-Digest 和 Repr-Digest 取而代之，支持 SHA-256 等更强的算法。",
			"RFC 7231（附錄 B）刪除了 Content-MD5，因為各實作對它在部分回應中涵蓋的範圍理解不一。RFC 9530 以 Content-Digest 和 Repr-Digest 取而代之，支援 SHA-256 等更強的演算法。",
		},
		replacedBy: []string{"Content-Digest", "Repr-Digest"},
	},
	{
		name: "Content-Base", category: FieldRepresentation,
		example: "http://www.example.com/",
		syntax:  `Content-Base = absoluteURI`,
		summary: Text{
			"Gave the base URI against which relative links inside the body were to be resolved. Defined by RFC 2068 (the first HTTP/1.1) and dropped two years later.",
			"给出解析消息体中相对链接时所用的基准 URI。由 RFC 2068（第一版 HTTP/1.1）定义，两年后即被删除。",
			"給出解析本文中相對連結時所用的基準 URI。由 RFC 2068（第一版 HTTP/1.1）定義，兩年後即被刪除。",
		},
		without: Text{
			"Relative references resolve against the URI of the request (or an HTML <base> element), as they always do today.",
			"相对引用按请求的 URI（或 HTML 的 <base> 元素）解析，这正是现在的做法。",
			"相對參照按請求的 URI（或 HTML 的 <base> 元素）解析，這正是現在的做法。",
		},
		mistakes: Text{
			"Expecting any current browser to honour it; the seed's upper-case “Http://” scheme is legal but unusual.",
			"指望现在的浏览器会遵循它；种子文档中大写的“Http://”协议名虽然合法，但并不常见。",
			"指望現在的瀏覽器會遵循它；種子文件中大寫的「Http://」協定名稱雖然合法，但並不常見。",
		},
		retiredBy: RFC(2616, "19.6.3"),
		retired: Text{
			"RFC 2616 (1999, §19.6.3) removed Content-Base because it was not widely implemented and could not be introduced safely. No field replaces it: the base URI comes from the request target, and in HTML from the <base> element.",
			"RFC 2616（1999 年，§19.6.3）删除了 Content-Base，因为它没有得到广泛实现，也无法安全地引入。没有字段取代它：基准 URI 来自请求目标，在 HTML 中则来自 <base> 元素。",
			"RFC 2616（1999 年，§19.6.3）刪除了 Content-Base，因為它沒有得到廣泛實作，也無法安全地引入。沒有欄位取代它：基準 URI 來自請求目標，在 HTML 中則來自 <base> 元素。",
		},
	},
	{
		name: "Public", category: FieldResponse,
		example: "OPTIONS, GET, HEAD, POST",
		syntax:  `Public = 1#method`,
		summary: Text{
			"Listed the methods the whole server supported (not one resource), typically in answer to OPTIONS. Defined by RFC 2068.",
			"列出整个服务器（而不是某个资源）支持的方法，通常用于回答 OPTIONS。由 RFC 2068 定义。",
			"列出整個伺服器（而不是某個資源）支援的方法，通常用於回應 OPTIONS。由 RFC 2068 定義。",
		},
		without: Text{
			"Nothing is lost; clients learn the methods of a resource from Allow.",
			"没有任何损失；客户端通过 Allow 了解某个资源支持的方法。",
			"沒有任何損失；用戶端透過 Allow 了解某個資源支援的方法。",
		},
		mistakes: Text{
			"Listing non-standard methods as if they were HTTP's (the seed's MGET and MHEAD are not registered methods).",
			"把非标准方法当作 HTTP 方法列出（种子文档中的 MGET、MHEAD 都不是已注册的方法）。",
			"把非標準方法當成 HTTP 方法列出（種子文件中的 MGET、MHEAD 都不是已註冊的方法）。",
		},
		retiredBy: RFC(2616, ""),
		retired: Text{
			"RFC 2616 (1999) dropped Public, which few servers had implemented. Allow, which lists the methods of the target resource, is used instead.",
			"RFC 2616（1999 年）删除了很少有服务器实现的 Public，改用列出目标资源所支持方法的 Allow。",
			"RFC 2616（1999 年）刪除了很少有伺服器實作的 Public，改用列出目標資源所支援方法的 Allow。",
		},
		replacedBy: []string{"Allow"},
	},
	{
		name: "Expect-CT", category: FieldResponse,
		example: `max-age=86400, enforce, report-uri="https://example.com/report"`,
		syntax:  `Expect-CT = #expect-ct-directive ; max-age, enforce, report-uri`,
		summary: Text{
			"Asked browsers to check that the site's certificates appeared in public Certificate Transparency logs, and to report or refuse them otherwise.",
			"要求浏览器检查网站证书是否记录在公开的证书透明度（CT）日志中，否则进行报告或拒绝。",
			"要求瀏覽器檢查網站憑證是否記錄在公開的憑證透明度（CT）日誌中，否則回報或拒絕。",
		},
		without: Text{
			"Nothing is lost: browsers now require Certificate Transparency for every publicly trusted certificate.",
			"没有任何损失：浏览器现在对所有公开信任的证书都要求证书透明度。",
			"沒有任何損失：瀏覽器現在對所有公開信任的憑證都要求憑證透明度。",
		},
		mistakes: Text{
			"Still sending it: it does nothing in current browsers.",
			"仍然发送它：在现在的浏览器中它不起任何作用。",
			"仍然送出它：在現在的瀏覽器中它不起任何作用。",
		},
		retiredBy: RFC(9163, ""),
		retired: Text{
			"Defined by RFC 9163 and deprecated in the IANA registry once browsers made Certificate Transparency mandatory on their own. Nothing replaces it.",
			"由 RFC 9163 定义；浏览器自行强制要求证书透明度之后，它在 IANA 注册表中被标为弃用。没有替代字段。",
			"由 RFC 9163 定義；瀏覽器自行強制要求憑證透明度之後，它在 IANA 註冊表中被標為棄用。沒有替代欄位。",
		},
	},
	{
		name: "X-XSS-Protection", category: FieldResponse,
		example: "1; mode=block",
		syntax:  `X-XSS-Protection = ( "0" / "1" ) [ ";" "mode=block" ] [ ";" "report=" URI ]`,
		summary: Text{
			"Controlled the “XSS auditor” of old browsers, which tried to detect reflected scripts: 0 turned it off, 1 turned it on, mode=block blocked the whole page.",
			"控制旧浏览器中的“XSS 过滤器”，它尝试检测反射型脚本：0 关闭，1 开启，mode=block 则拦截整个页面。",
			"控制舊瀏覽器中的「XSS 過濾器」，它嘗試偵測反射型指令碼：0 關閉，1 開啟，mode=block 則攔截整個頁面。",
		},
		without: Text{
			"Nothing changes in current browsers, which removed the auditor.",
			"在现在的浏览器中没有任何变化，它们已经移除了这个过滤器。",
			"在現在的瀏覽器中沒有任何變化，它們已經移除了這個過濾器。",
		},
		mistakes: Text{
			"Relying on it for protection, and sending “1” (the auditor itself could be abused to leak data); if anything, send “0”.",
			"依赖它提供保护，以及发送“1”（过滤器本身可能被利用来泄露数据）；如果一定要发，请发“0”。",
			"依賴它提供保護，以及送出「1」（過濾器本身可能被利用來洩漏資料）；如果一定要送，請送「0」。",
		},
		retired: Text{
			"No standard ever defined it. Chrome, Edge and Safari had removed their XSS auditors by 2022, and Firefox never had one. Content-Security-Policy is the protection to use instead.",
			"从未有标准定义过它。Chrome、Edge 和 Safari 到 2022 年都已移除 XSS 过滤器，Firefox 则从未实现。应改用 Content-Security-Policy 来防护。",
			"從未有標準定義過它。Chrome、Edge 和 Safari 到 2022 年都已移除 XSS 過濾器，Firefox 則從未實作。應改用 Content-Security-Policy 來防護。",
		},
		replacedBy: []string{"Content-Security-Policy"},
	},
	{
		name: "Cookie2", category: FieldRequest,
		example: `$Version="1"`,
		syntax:  `Cookie2 = "$Version" "=" value`,
		summary: Text{
			"Told a server that the client understood the RFC 2965 cookie scheme (Set-Cookie2).",
			"告诉服务器客户端理解 RFC 2965 的 Cookie 机制（Set-Cookie2）。",
			"告訴伺服器用戶端理解 RFC 2965 的 Cookie 機制（Set-Cookie2）。",
		},
		without: Text{
			"Nothing is lost: browsers never widely supported the scheme.",
			"没有任何损失：浏览器从未广泛支持这一机制。",
			"沒有任何損失：瀏覽器從未廣泛支援這一機制。",
		},
		mistakes: Text{
			"Sending it today; servers ignore it.",
			"今天仍然发送它；服务器会忽略。",
			"今天仍然送出它；伺服器會忽略。",
		},
		retiredBy: RFC(6265, "9.3"),
		retired: Text{
			"RFC 6265 obsoleted RFC 2965 and its Cookie2 field; the Cookie field of RFC 6265 is what browsers send.",
			"RFC 6265 废止了 RFC 2965 及其 Cookie2 字段；浏览器发送的是 RFC 6265 的 Cookie 字段。",
			"RFC 6265 廢止了 RFC 2965 及其 Cookie2 欄位；瀏覽器送出的是 RFC 6265 的 Cookie 欄位。",
		},
		replacedBy: []string{"Cookie"},
	},
	{
		name: "Set-Cookie2", category: FieldResponse,
		example: `id="1234"; Version="1"; Path="/"`,
		syntax:  `Set-Cookie2 = 1#( NAME "=" VALUE *( ";" set-cookie-av ) )`,
		summary: Text{
			"The RFC 2965 way of setting cookies, with versions and extra attributes. Browsers never adopted it widely.",
			"RFC 2965 设置 Cookie 的方式，带有版本号和额外属性。浏览器从未广泛采用。",
			"RFC 2965 設定 Cookie 的方式，帶有版本號和額外屬性。瀏覽器從未廣泛採用。",
		},
		without: Text{
			"Nothing is lost; Set-Cookie does the job.",
			"没有任何损失；Set-Cookie 可以完成这项工作。",
			"沒有任何損失；Set-Cookie 可以完成這項工作。",
		},
		mistakes: Text{
			"Sending it instead of Set-Cookie: browsers ignore it and store nothing.",
			"用它代替 Set-Cookie：浏览器会忽略它，不会存储任何东西。",
			"用它代替 Set-Cookie：瀏覽器會忽略它，不會儲存任何東西。",
		},
		retiredBy: RFC(6265, "9.4"),
		retired: Text{
			"RFC 6265 obsoleted RFC 2965 and its Set-Cookie2 field; Set-Cookie replaces it.",
			"RFC 6265 废止了 RFC 2965 及其 Set-Cookie2 字段，由 Set-Cookie 取代。",
			"RFC 6265 廢止了 RFC 2965 及其 Set-Cookie2 欄位，由 Set-Cookie 取代。",
		},
		replacedBy: []string{"Set-Cookie"},
	},
	{
		name: "HTTP2-Settings", category: FieldConnection,
		example: "AAMAAABkAARAAAAAAAIAAAAA",
		syntax:  `HTTP2-Settings = token68 ; base64url of an HTTP/2 SETTINGS payload`,
		summary: Text{
			"Went with Upgrade: h2c to carry the client's HTTP/2 settings when upgrading a plain-text HTTP/1.1 connection to HTTP/2.",
			"与 Upgrade: h2c 一起使用，在把明文 HTTP/1.1 连接升级为 HTTP/2 时携带客户端的 HTTP/2 设置。",
			"與 Upgrade: h2c 一起使用，在把明文 HTTP/1.1 連線升級為 HTTP/2 時攜帶用戶端的 HTTP/2 設定。",
		},
		without: Text{
			"No upgrade to HTTP/2 over plain text is attempted.",
			"不会尝试在明文连接上升级到 HTTP/2。",
			"不會嘗試在明文連線上升級到 HTTP/2。",
		},
		mistakes: Text{
			"Sending it without Upgrade: h2c and Connection: Upgrade, HTTP2-Settings.",
			"发送它却没有 Upgrade: h2c 和 Connection: Upgrade, HTTP2-Settings。",
			"送出它卻沒有 Upgrade: h2c 和 Connection: Upgrade, HTTP2-Settings。",
		},
		retiredBy: RFC(9113, "3.1"),
		retired: Text{
			"RFC 9113 (§3.1) deprecated the h2c upgrade and with it this field. HTTP/2 is negotiated with TLS ALPN, or spoken directly with prior knowledge.",
			"RFC 9113（§3.1）弃用了 h2c 升级机制，这个字段也随之废止。HTTP/2 通过 TLS 的 ALPN 协商，或在事先知道对方支持时直接使用。",
			"RFC 9113（§3.1）棄用了 h2c 升級機制，這個欄位也隨之廢止。HTTP/2 透過 TLS 的 ALPN 協商，或在事先知道對方支援時直接使用。",
		},
	},
	{
		name: "Digest", category: FieldRepresentation,
		example: "SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=",
		syntax:  `Digest = #( digest-algorithm "=" encoded-digest )`,
		summary: Text{
			"Carried a checksum of the representation, named by algorithm (SHA-256=...), so that a recipient could check it arrived intact.",
			"携带表示的校验值，并注明算法（SHA-256=...），以便接收方确认内容完整无损。",
			"攜帶表示的校驗值，並註明演算法（SHA-256=...），以便接收方確認內容完整無損。",
		},
		without: Text{
			"No end-to-end check of the content; Content-Digest and Repr-Digest offer it now.",
			"没有端到端的内容校验；现在可以使用 Content-Digest 和 Repr-Digest。",
			"沒有端對端的內容校驗；現在可以使用 Content-Digest 和 Repr-Digest。",
		},
		mistakes: Text{
			"Computing it over the wrong bytes (before or after Content-Encoding), the ambiguity that led to its replacement.",
			"在错误的字节上计算（Content-Encoding 之前还是之后），正是这种歧义导致它被取代。",
			"在錯誤的位元組上計算（Content-Encoding 之前還是之後），正是這種歧義導致它被取代。",
		},
		retiredBy: RFC(9530, "1.3"),
		retired: Text{
			"RFC 9530 (§1.3) obsoletes Digest. Content-Digest covers the bytes of the body as sent; Repr-Digest covers the whole selected representation.",
			"RFC 9530（§1.3）废止了 Digest。Content-Digest 针对实际发送的消息体字节，Repr-Digest 针对整个选定的表示。",
			"RFC 9530（§1.3）廢止了 Digest。Content-Digest 針對實際送出的本文位元組，Repr-Digest 針對整個選定的表示。",
		},
		replacedBy: []string{"Content-Digest", "Repr-Digest"},
	},
}
