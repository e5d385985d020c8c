package knowledge

// Fields of HTTP authentication (RFC 9110 §11): challenges from servers and
// proxies, and the credentials that answer them.
var fieldFullAuth = []fieldEntry{
	{
		name: "Authorization", category: FieldRequest,
		example: "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
		syntax:  `Authorization = auth-scheme [ 1*SP ( token68 / #auth-param ) ]`,
		summary: Text{
			"Carries the client's credentials for the origin server: a scheme (Basic, Bearer, Digest...) followed by the credentials. Usually sent after a 401 challenge in WWW-Authenticate.",
			"携带客户端提供给源服务器的凭据：认证方案（Basic、Bearer、Digest 等）加上凭据本身。通常在收到 WWW-Authenticate 的 401 质询后发送。",
			"攜帶用戶端提供給來源伺服器的憑證：驗證方案（Basic、Bearer、Digest 等）加上憑證本身。通常在收到 WWW-Authenticate 的 401 挑戰後送出。",
		},
		without: Text{
			"A protected resource answers 401 Unauthorized with a WWW-Authenticate challenge.",
			"受保护的资源会返回 401 Unauthorized，并在 WWW-Authenticate 中给出质询。",
			"受保護的資源會回應 401 Unauthorized，並在 WWW-Authenticate 中提出挑戰。",
		},
		mistakes: Text{
			"Treating Basic as encryption: Base64 is only an encoding and anyone can decode it, so send it over HTTPS only. Also, calling it a response field (the seed does; it is a request field), and logging it.",
			"把 Basic 当作加密：Base64 只是编码，谁都能解码，所以只能通过 HTTPS 发送。此外还有把它说成响应字段（种子文档如此；它其实是请求字段），以及把它写入日志。",
			"把 Basic 當成加密：Base64 只是編碼，誰都能解碼，所以只能透過 HTTPS 送出。此外還有把它說成回應欄位（種子文件如此；它其實是請求欄位），以及把它寫入日誌。",
		},
	},
	{
		name: "WWW-Authenticate", category: FieldResponse,
		example: `Basic realm="Staging server", charset="UTF-8"`,
		syntax:  `WWW-Authenticate = #challenge ; challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]`,
		summary: Text{
			"The server's challenge: which authentication schemes it accepts and their parameters, such as the realm (the protected area). It must accompany 401 Unauthorized.",
			"服务器的质询：它接受哪些认证方案及其参数，例如 realm（受保护的范围）。401 Unauthorized 必须带上它。",
			"伺服器的挑戰：它接受哪些驗證方案及其參數，例如 realm（受保護的範圍）。401 Unauthorized 必須帶上它。",
		},
		without: Text{
			"A 401 without it is broken: the client cannot know how to authenticate.",
			"不带它的 401 是错误的：客户端无法知道该如何认证。",
			"不帶它的 401 是錯誤的：用戶端無法知道該如何驗證。",
		},
		mistakes: Text{
			"Unquoted realms with spaces (the seed's realm=zxm.mgmt is a valid token, but realm=my site is not), and sending it with 403, which means “authenticating will not help”.",
			"含空格的 realm 没有加引号（种子文档的 realm=zxm.mgmt 是合法的 token，但 realm=my site 就不行），以及在 403 中发送它，而 403 的意思是“认证也没用”。",
			"含空格的 realm 沒有加引號（種子文件的 realm=zxm.mgmt 是合法的 token，但 realm=my site 就不行），以及在 403 中送出它，而 403 的意思是「驗證也沒用」。",
		},
	},
	{
		name: "Proxy-Authenticate", category: FieldResponse,
		example: `Basic realm="Corporate proxy"`,
		syntax:  `Proxy-Authenticate = #challenge`,
		summary: Text{
			"A proxy's challenge, sent with 407 Proxy Authentication Required: like WWW-Authenticate, but for the proxy on the path rather than the origin server. It concerns only the next hop.",
			"代理的质询，与 407 Proxy Authentication Required 一起发送：类似 WWW-Authenticate，但针对路径上的代理而不是源服务器。它只涉及下一跳。",
			"代理的挑戰，與 407 Proxy Authentication Required 一起送出：類似 WWW-Authenticate，但針對路徑上的代理而不是來源伺服器。它只涉及下一跳。",
		},
		without: Text{
			"A 407 without it leaves the client unable to authenticate to the proxy.",
			"不带它的 407 让客户端无法向代理认证。",
			"不帶它的 407 讓用戶端無法向代理驗證。",
		},
		mistakes: Text{
			"Using it for the origin server's own login, and writing realm-admin (as the seed does) instead of realm=admin.",
			"把它用于源服务器自身的登录，以及写成 realm-admin（种子文档如此）而不是 realm=admin。",
			"把它用於來源伺服器自身的登入，以及寫成 realm-admin（種子文件如此）而不是 realm=admin。",
		},
	},
	{
		name: "Proxy-Authorization", category: FieldRequest,
		example: "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
		syntax:  `Proxy-Authorization = credentials`,
		summary: Text{
			"The client's credentials for the proxy that challenged it with 407. The proxy that accepts them normally consumes the field rather than passing it further along the chain.",
			"客户端提供给发出 407 质询的代理的凭据。接受凭据的代理通常会消耗该字段，而不是继续沿链传递。",
			"用戶端提供給發出 407 挑戰的代理的憑證。接受憑證的代理通常會消耗此欄位，而不是繼續沿鏈傳遞。",
		},
		without: Text{
			"An authenticating proxy answers 407 Proxy Authentication Required.",
			"需要认证的代理会返回 407 Proxy Authentication Required。",
			"需要驗證的代理會回應 407 Proxy Authentication Required。",
		},
		mistakes: Text{
			"Repeating the word, as the seed's “Proxy-Proxy-Authorization” does (a server sees an unknown field), and expecting the origin server to see it.",
			"把单词重复写，例如种子文档的“Proxy-Proxy-Authorization”（服务器会视为未知字段），以及以为源服务器能看到它。",
			"把單字重複寫，例如種子文件的「Proxy-Proxy-Authorization」（伺服器會視為未知欄位），以及以為來源伺服器能看到它。",
		},
	},
	{
		name: "Authentication-Info", category: FieldResponse,
		example: `nextnonce="a4f8c0d1"`,
		syntax:  `Authentication-Info = #auth-param`,
		summary: Text{
			"Extra information a server sends after a successful authentication, for schemes that need it (Digest sends the next nonce here).",
			"认证成功后服务器发送的附加信息，供需要它的方案使用（Digest 在这里发送下一个 nonce）。",
			"驗證成功後伺服器送出的附加資訊，供需要它的方案使用（Digest 在這裡送出下一個 nonce）。",
		},
		without: Text{
			"Normal for most schemes, which need nothing more.",
			"对大多数方案来说很正常，它们不需要额外信息。",
			"對大多數方案來說很正常，它們不需要額外資訊。",
		},
		mistakes: Text{
			"Putting secrets in it that a log or cache could keep.",
			"在其中放入可能被日志或缓存保存下来的机密。",
			"在其中放入可能被日誌或快取保存下來的機密。",
		},
	},
}
