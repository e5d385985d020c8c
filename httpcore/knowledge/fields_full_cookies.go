package knowledge

// Fields of HTTP state management (RFC 6265): cookies set by servers and
// sent back by clients.
var fieldFullCookies = []fieldEntry{
	{
		name: "Set-Cookie", category: FieldResponse,
		example: "sessionId=38afes7a8; Path=/; Secure; HttpOnly; SameSite=Lax",
		syntax:  `Set-Cookie = cookie-pair *( ";" SP cookie-av ) ; cookie-pair = cookie-name "=" cookie-value`,
		summary: Text{
			"Asks the client to store a cookie, a name=value pair it will send back in Cookie on later requests, with attributes: where it applies (Domain, Path), how long it lives (Expires, Max-Age) and how it is protected (Secure, HttpOnly, SameSite).",
			"请客户端保存一个 Cookie，即一个 name=value 对，客户端以后会在 Cookie 字段中把它发回来；附带的属性说明它的适用范围（Domain、Path）、有效期（Expires、Max-Age）以及保护方式（Secure、HttpOnly、SameSite）。",
			"請用戶端儲存一個 Cookie，即一個 name=value 對，用戶端之後會在 Cookie 欄位中把它送回來；附帶的屬性說明它的適用範圍（Domain、Path）、有效期限（Expires、Max-Age）以及保護方式（Secure、HttpOnly、SameSite）。",
		},
		without: Text{
			"No cookie is stored; HTTP itself stays stateless.",
			"不会存储 Cookie；HTTP 本身保持无状态。",
			"不會儲存 Cookie；HTTP 本身保持無狀態。",
		},
		mistakes: Text{
			"Folding several cookies into one line with commas (send one Set-Cookie per cookie; it is the field that may not be combined), session cookies without Secure and HttpOnly, and SameSite=None without Secure.",
			"用逗号把多个 Cookie 合并到一行（每个 Cookie 要单独一个 Set-Cookie，它正是不能合并的字段）、会话 Cookie 没有设置 Secure 和 HttpOnly，以及 SameSite=None 却没有 Secure。",
			"用逗號把多個 Cookie 合併到一行（每個 Cookie 要單獨一個 Set-Cookie，它正是不能合併的欄位）、工作階段 Cookie 沒有設定 Secure 和 HttpOnly，以及 SameSite=None 卻沒有 Secure。",
		},
	},
	{
		name: "Cookie", category: FieldRequest,
		example: "sessionId=38afes7a8; theme=dark",
		syntax:  `Cookie = cookie-string ; cookie-string = cookie-pair *( ";" SP cookie-pair )`,
		summary: Text{
			"The cookies the client stored for this site, sent back as name=value pairs separated by “; ”. It is how a server recognises a returning client across otherwise stateless requests.",
			"客户端为该网站保存的 Cookie，以“; ”分隔的 name=value 对发回。服务器借此在本来无状态的请求之间认出回访的客户端。",
			"用戶端為該網站儲存的 Cookie，以「; 」分隔的 name=value 對送回。伺服器藉此在原本無狀態的請求之間認出回訪的用戶端。",
		},
		without: Text{
			"The server sees a new visitor: no session, no preferences.",
			"服务器看到的是一个新访客：没有会话，也没有偏好设置。",
			"伺服器看到的是一位新訪客：沒有工作階段，也沒有偏好設定。",
		},
		mistakes: Text{
			"Expecting the attributes (Path, Expires...) to come back (only name=value pairs are sent), separating pairs with commas, and storing secrets in cookie values in clear text.",
			"以为属性（Path、Expires 等）也会发回来（只会发送 name=value 对）、用逗号分隔各对，以及以明文在 Cookie 值中存放机密。",
			"以為屬性（Path、Expires 等）也會送回來（只會送出 name=value 對）、用逗號分隔各對，以及以明文在 Cookie 值中存放機密。",
		},
	},
}
