package knowledge

import (
	"sort"
	"strings"
)

// Method is one request method of the IANA HTTP Method Registry
// (RFC 9110 §16.1), with the registry's safe and idempotent flags, the
// section that defines it, a one-line summary and an example request.
// The nine methods a learner meets first carry a Detail.
type Method struct {
	Name       string // as registered; methods are case-sensitive (RFC 9110 §9.1)
	Safe       bool   // read-only by contract (RFC 9110 §9.2.1)
	Idempotent bool   // repeating it has the same intended effect as sending it once (RFC 9110 §9.2.2)
	// Cacheable: responses to it may be stored and reused by caches
	// (RFC 9110 §9.2.3). Caches in practice store GET and HEAD only; a POST
	// response needs explicit freshness and a Content-Location naming it.
	Cacheable bool
	Spec      Spec // where the method is defined
	Summary   Text // one line: what the method asks for
	// Example is a complete example request, lines ending in CRLF, header
	// section closed by an empty line, followed by the body if any.
	Example string
	Detail  *MethodDetail // nil unless the method is explained in full
}

// MethodBody says what a request body means for a method.
type MethodBody string

const (
	// MethodBodyExpected: the body is the point of the request (POST, PUT, PATCH).
	MethodBodyExpected MethodBody = "expected"
	// MethodBodyOptional: a body is allowed and has a meaning if present (OPTIONS).
	MethodBodyOptional MethodBody = "optional"
	// MethodBodyNoMeaning: a body is not forbidden, but has no defined
	// meaning and may be rejected or dropped (GET, HEAD, DELETE).
	MethodBodyNoMeaning MethodBody = "no-meaning"
	// MethodBodyForbidden: the request must not have a body (TRACE, CONNECT).
	MethodBodyForbidden MethodBody = "forbidden"
)

// MethodDetail is the full explanation of a common method.
type MethodDetail struct {
	Asks     Text       // what the client asks the server to do
	Body     MethodBody // whether a request body is expected, allowed or forbidden
	BodyNote Text       // the same, explained
	Answers  Text       // what a server typically answers
	Statuses []int      // typical status codes, most common first
	Mistakes []Text     // common mistakes, each one explained
}

// Methods returns every registered method, sorted by name ("*" first, as in
// the registry). The slice is a fresh copy; the Details are shared.
func Methods() []Method {
	out := make([]Method, len(methodTable))
	copy(out, methodTable)
	return out
}

// LookupMethod finds a registered method by its exact name. Method names
// are case-sensitive (RFC 9110 §9.1): "get" is not GET.
func LookupMethod(name string) (Method, bool) {
	i := sort.Search(len(methodTable), func(i int) bool { return methodTable[i].Name >= name })
	if i < len(methodTable) && methodTable[i].Name == name {
		return methodTable[i], true
	}
	return Method{}, false
}

// GuessMethod finds the registered method that a name which is not itself
// registered probably meant: a wrongly-cased name ("get" → GET), a
// stuttered one as in the seed's baby-talk ("g-get" → GET, "P-POST" →
// POST), or a typo one edit away ("GTE", "POTS", "DELET" → GET, POST,
// DELETE; two edits for names of six letters or more). It reports false for
// a registered name (there is nothing to correct) and for a name too far
// from every method. The parser uses it for "did you mean" notes.
func GuessMethod(name string) (Method, bool) {
	if name == "" || len(name) > 64 {
		return Method{}, false
	}
	if _, ok := LookupMethod(name); ok {
		return Method{}, false
	}
	upper := strings.ToUpper(name)
	if m, ok := LookupMethod(upper); ok {
		return m, true
	}
	if rest, ok := methodUnstutter(upper); ok {
		if m, ok := LookupMethod(rest); ok {
			return m, true
		}
		upper = rest
	}
	best, bestDist := -1, 0
	for i, m := range methodTable {
		if m.Name == "*" {
			continue
		}
		limit := 1
		if len(m.Name) >= 6 && len(upper) >= 6 {
			limit = 2
		}
		d := editDistance(upper, m.Name, limit)
		if d > limit {
			continue
		}
		if best < 0 || d < bestDist || (d == bestDist && methodCommon(m.Name) && !methodCommon(methodTable[best].Name)) {
			best, bestDist = i, d
		}
	}
	if best < 0 {
		return Method{}, false
	}
	return methodTable[best], true
}

// methodUnstutter removes stuttered prefixes: "G-GET" → "GET",
// "P-P-POST" → "POST". The prefix before each hyphen must be a non-empty
// start of what follows it.
func methodUnstutter(s string) (string, bool) {
	changed := false
	for {
		i := strings.IndexByte(s, '-')
		if i <= 0 || i == len(s)-1 {
			return s, changed
		}
		rest := s[i+1:]
		if !strings.HasPrefix(rest, s[:i]) {
			return s, changed
		}
		s, changed = rest, true
	}
}

// methodCommon reports whether name is one of the nine methods explained in
// full; they win ties when guessing.
func methodCommon(name string) bool {
	m, ok := LookupMethod(name)
	return ok && m.Detail != nil
}

// methodTable is the registry, sorted by name. Examples end their lines
// with CRLF, as on the wire.
var methodTable = []Method{
	{
		Name: "*", Spec: RFC(9110, "18.2"),
		Summary: Text{
			"Reserved: not a method. \"*\" is registered only so that no method can ever be named \"*\", because it would be confused with the \"*\" request target of OPTIONS.",
			"保留项，不是方法。登记“*”只是为了永远不会有方法叫这个名字，以免与 OPTIONS 的“*”请求目标混淆。",
			"保留項目，不是方法。登記「*」只是為了讓任何方法都不能取這個名字，以免與 OPTIONS 的「*」請求目標混淆。",
		},
		Example: "OPTIONS * HTTP/1.1\r\nHost: example.com\r\n\r\n",
	},
	{
		Name: "ACL", Idempotent: true, Spec: RFC(3744, "8.1"),
		Summary: Text{
			"WebDAV access control: replaces the access control list (who may do what) of a resource.",
			"WebDAV 访问控制：替换资源的访问控制列表（谁可以做什么）。",
			"WebDAV 存取控制：取代資源的存取控制清單（誰可以做什麼）。",
		},
		Example: "ACL /docs/report.txt HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "BASELINE-CONTROL", Idempotent: true, Spec: RFC(3253, "12.6"),
		Summary: Text{
			"WebDAV versioning: puts a collection under baseline control, so that snapshots of the whole collection can be recorded.",
			"WebDAV 版本控制：让一个集合接受基线控制，以便记录整个集合的快照。",
			"WebDAV 版本控制：讓一個集合接受基準控制，以便記錄整個集合的快照。",
		},
		Example: "BASELINE-CONTROL /project/ HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "BIND", Idempotent: true, Spec: RFC(5842, "4"),
		Summary: Text{
			"WebDAV bindings: adds a new name (a binding) in a collection for an existing resource, like a hard link.",
			"WebDAV 绑定：在集合里为已有资源再加一个名字（绑定），类似硬链接。",
			"WebDAV 繫結：在集合中為既有資源再加一個名稱（繫結），類似硬連結。",
		},
		Example: "BIND /shared/ HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "CHECKIN", Idempotent: true, Spec: RFC(3253, "9.4"),
		Summary: Text{
			"WebDAV versioning: records the current state of a checked-out resource as a new version.",
			"WebDAV 版本控制：把已签出资源的当前状态记录为一个新版本。",
			"WebDAV 版本控制：把已簽出資源的目前狀態記錄為一個新版本。",
		},
		Example: "CHECKIN /docs/spec.txt HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "CHECKOUT", Idempotent: true, Spec: RFC(3253, "8.8"),
		Summary: Text{
			"WebDAV versioning: makes a version-controlled resource editable until it is checked in again.",
			"WebDAV 版本控制：让受版本控制的资源变为可编辑，直到再次签入。",
			"WebDAV 版本控制：讓受版本控制的資源變為可編輯，直到再次簽入。",
		},
		Example: "CHECKOUT /docs/spec.txt HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "CONNECT", Spec: RFC(9110, "9.3.6"),
		Summary: Text{
			"Asks a proxy to open a two-way tunnel to another host and port, typically to carry HTTPS through the proxy.",
			"请求代理建立一条通往另一主机和端口的双向隧道，通常用来让 HTTPS 穿过代理。",
			"請求代理建立一條通往另一主機和連接埠的雙向通道，通常用來讓 HTTPS 穿過代理。",
		},
		Example: "CONNECT www.example.com:443 HTTP/1.1\r\nHost: www.example.com:443\r\n\r\n",
		Detail: &MethodDetail{
			Asks: Text{
				"CONNECT asks the recipient, normally a proxy, to open a TCP connection to the host and port named in the request target and then relay bytes in both directions. The target is in authority form, host:port, never a path. Once the tunnel is up, HTTP is over on that connection: the client usually starts a TLS handshake with the far server through it.",
				"CONNECT 请求接收方（通常是代理）连接到请求目标所写的主机和端口，然后在两个方向上原样转发字节。请求目标使用 authority 形式，即 主机:端口，而不是路径。隧道建立后，这条连接上就不再说 HTTP 了：客户端一般会经由隧道与远端服务器进行 TLS 握手。",
				"CONNECT 請求接收方（通常是代理）連線到請求目標所寫的主機與連接埠，然後在兩個方向上原封不動地轉送位元組。請求目標使用 authority 形式，即 主機:連接埠，而不是路徑。通道建立後，這條連線上就不再使用 HTTP：用戶端通常會經由通道與遠端伺服器進行 TLS 交握。",
			},
			Body: MethodBodyForbidden,
			BodyNote: Text{
				"A CONNECT request has no body. Whatever the client sends after the empty line belongs to the tunnel, not to the request.",
				"CONNECT 请求没有主体。客户端在空行之后发送的内容属于隧道，而不属于请求。",
				"CONNECT 請求沒有主體。用戶端在空行之後送出的內容屬於通道，而不屬於請求。",
			},
			Answers: Text{
				"Any 2xx answer means the tunnel is open; it has no body, and from then on the connection carries raw bytes. A proxy answers 407 when it wants credentials, 403 when the destination is not allowed, 502 or 504 when it cannot reach it, and 405 or 501 if it does not do tunnelling at all.",
				"任何 2xx 回答都表示隧道已建立；它没有主体，此后连接上传递的都是原始字节。代理需要凭据时回答 407，目的地不被允许时回答 403，无法到达目的地时回答 502 或 504，完全不支持隧道时回答 405 或 501。",
				"任何 2xx 回應都表示通道已建立；它沒有主體，此後連線上傳遞的都是原始位元組。代理需要憑證時回應 407，目的地不被允許時回應 403，無法抵達目的地時回應 502 或 504，完全不支援通道時回應 405 或 501。",
			},
			Statuses: []int{200, 407, 403, 502, 504, 405},
			Mistakes: []Text{
				{
					"Writing a path or a full URL as the target (CONNECT / or CONNECT https://example.com/). The target must be host:port, for example example.com:443.",
					"把路径或完整 URL 写成请求目标（CONNECT / 或 CONNECT https://example.com/）。请求目标必须是 主机:端口，例如 example.com:443。",
					"把路徑或完整 URL 寫成請求目標（CONNECT / 或 CONNECT https://example.com/）。請求目標必須是 主機:連接埠，例如 example.com:443。",
				},
				{
					"Sending CONNECT to an ordinary web server. Only proxies (and some gateways) tunnel; an origin server will usually answer 405 or 501.",
					"把 CONNECT 发给普通的网站服务器。只有代理（和部分网关）会建立隧道；源服务器通常回答 405 或 501。",
					"把 CONNECT 送給一般的網站伺服器。只有代理（和部分閘道）會建立通道；來源伺服器通常回應 405 或 501。",
				},
				{
					"Believing CONNECT is reserved and unused. Older texts say so, but every browser uses it to reach HTTPS sites through a proxy.",
					"以为 CONNECT 只是预留、没人使用。一些旧资料这样写，但所有浏览器都用它经由代理访问 HTTPS 网站。",
					"以為 CONNECT 只是預留、沒人使用。一些舊資料這樣寫，但所有瀏覽器都用它經由代理存取 HTTPS 網站。",
				},
				{
					"Expecting Content-Length or Transfer-Encoding in the 2xx answer to matter: a successful CONNECT response ends at its empty line, and what follows is tunnel data.",
					"以为成功响应里的 Content-Length 或 Transfer-Encoding 有意义：成功的 CONNECT 响应在空行处就结束了，之后都是隧道数据。",
					"以為成功回應裡的 Content-Length 或 Transfer-Encoding 有意義：成功的 CONNECT 回應在空行處就結束了，之後都是通道資料。",
				},
			},
		},
	},
	{
		Name: "COPY", Idempotent: true, Spec: RFC(4918, "9.8"),
		Summary: Text{
			"WebDAV: copies a resource (or a whole collection) to the URL given in the Destination field.",
			"WebDAV：把资源（或整个集合）复制到 Destination 字段给出的 URL。",
			"WebDAV：把資源（或整個集合）複製到 Destination 欄位指定的 URL。",
		},
		Example: "COPY /docs/a.txt HTTP/1.1\r\nHost: dav.example.com\r\nDestination: http://dav.example.com/docs/b.txt\r\nOverwrite: F\r\n\r\n",
	},
	{
		Name: "DELETE", Idempotent: true, Spec: RFC(9110, "9.3.5"),
		Summary: Text{
			"Asks the server to remove the association between the target URL and its current resource.",
			"请求服务器删除目标 URL 与其当前资源之间的关联。",
			"請求伺服器刪除目標 URL 與其目前資源之間的關聯。",
		},
		Example: "DELETE /notes/42 HTTP/1.1\r\nHost: api.example.com\r\nAuthorization: Bearer 9f2c1e\r\n\r\n",
		Detail: &MethodDetail{
			Asks: Text{
				"DELETE asks the origin server to remove the resource at the target URL, or at least to make it unreachable there. Whether the data is really destroyed, archived or just hidden is the server's business. Deleting twice has the same intended effect as deleting once, so DELETE is idempotent, though the second answer may be 404.",
				"DELETE 请求源服务器删除目标 URL 上的资源，或至少让它无法再从那里访问。数据是真的被销毁、归档还是只是隐藏，由服务器决定。删除两次与删除一次的预期效果相同，所以 DELETE 是幂等的，尽管第二次可能得到 404。",
				"DELETE 請求來源伺服器刪除目標 URL 上的資源，或至少讓它無法再從那裡存取。資料是真的被銷毀、封存還是只是隱藏，由伺服器決定。刪除兩次與刪除一次的預期效果相同，所以 DELETE 是冪等的，雖然第二次可能得到 404。",
			},
			Body: MethodBodyNoMeaning,
			BodyNote: Text{
				"A body in a DELETE request has no defined meaning. Some servers and proxies reject it or drop it, so put everything the server needs in the URL and the header fields.",
				"DELETE 请求的主体没有定义的含义。有些服务器和代理会拒绝或丢弃它，所以服务器需要的信息应当放在 URL 和标头字段中。",
				"DELETE 請求的主體沒有定義的意義。有些伺服器和代理會拒絕或丟棄它，所以伺服器需要的資訊應放在 URL 和標頭欄位中。",
			},
			Answers: Text{
				"204 No Content when the deletion is done and there is nothing more to say; 200 OK with a body describing the result; 202 Accepted when it will happen later. 404 if there is nothing there, 401 or 403 if the client may not delete it, 405 if the resource cannot be deleted, 409 or 412 when a condition or a conflict prevents it.",
				"删除完成且无需再说明时回答 204 No Content；附带结果说明时回答 200 OK；稍后才会执行时回答 202 Accepted。目标不存在时回答 404，客户端无权删除时回答 401 或 403，资源不能删除时回答 405，因条件或冲突无法删除时回答 409 或 412。",
				"刪除完成且無需再說明時回應 204 No Content；附帶結果說明時回應 200 OK；稍後才會執行時回應 202 Accepted。目標不存在時回應 404，用戶端無權刪除時回應 401 或 403，資源不能刪除時回應 405，因條件或衝突無法刪除時回應 409 或 412。",
			},
			Statuses: []int{204, 200, 202, 404, 401, 403, 405, 409, 412},
			Mistakes: []Text{
				{
					"Deleting through a link a crawler or a prefetching browser can follow (GET /delete?id=42). Only DELETE or POST should change state; GET must stay safe.",
					"通过爬虫或预取浏览器可能访问到的链接来删除（GET /delete?id=42）。只有 DELETE 或 POST 才应改变状态，GET 必须保持安全。",
					"透過爬蟲或預先載入的瀏覽器可能造訪到的連結來刪除（GET /delete?id=42）。只有 DELETE 或 POST 才應改變狀態，GET 必須保持安全。",
				},
				{
					"Putting the list of things to delete in the body. Many servers ignore a DELETE body; name the resource in the URL instead.",
					"把要删除的内容列表放在主体里。许多服务器会忽略 DELETE 的主体；应当在 URL 中指明资源。",
					"把要刪除的內容清單放在主體裡。許多伺服器會忽略 DELETE 的主體；應在 URL 中指明資源。",
				},
				{
					"Treating a second DELETE's 404 as a failure. The resource is gone either way; idempotent means the effect, not the answer, is the same.",
					"把第二次 DELETE 得到的 404 当作失败。无论如何资源都已不在；幂等指的是效果相同，而不是回答相同。",
					"把第二次 DELETE 得到的 404 當作失敗。無論如何資源都已不在；冪等指的是效果相同，而不是回應相同。",
				},
			},
		},
	},
	{
		Name: "GET", Safe: true, Idempotent: true, Cacheable: true, Spec: RFC(9110, "9.3.1"),
		Summary: Text{
			"Asks for a current representation of the target resource: the page, image or data at that URL.",
			"请求目标资源的当前表示：该 URL 上的网页、图片或数据。",
			"請求目標資源的目前表示：該 URL 上的網頁、圖片或資料。",
		},
		Example: "GET /index.html HTTP/1.1\r\nHost: www.example.com\r\nAccept-Language: fr\r\n\r\n",
		Detail: &MethodDetail{
			Asks: Text{
				"GET asks the server to send a representation of the resource identified by the target: the HTML of a page, a stylesheet, an image, a JSON document. It is the method a browser uses for every link and address it loads. GET is safe: it asks only to read, so a browser, a crawler or a cache may send it freely, repeat it, or answer it from a stored copy.",
				"GET 请求服务器发送请求目标所标识资源的一个表示：网页的 HTML、样式表、图片或 JSON 文档。浏览器打开每个链接和地址时用的都是它。GET 是安全的：它只请求读取，所以浏览器、爬虫或缓存可以随意发送、重复发送，或者用保存的副本来回答。",
				"GET 請求伺服器傳送請求目標所識別資源的一個表示：網頁的 HTML、樣式表、圖片或 JSON 文件。瀏覽器開啟每個連結和網址時用的都是它。GET 是安全的：它只請求讀取，所以瀏覽器、爬蟲或快取可以隨意送出、重複送出，或用儲存的副本來回應。",
			},
			Body: MethodBodyNoMeaning,
			BodyNote: Text{
				"A GET request should have no body. HTTP gives a GET body no meaning; servers may ignore it or reject the request, and caches ignore it. Send parameters in the query string instead (or use POST or QUERY for large queries).",
				"GET 请求不应带主体。HTTP 没有为 GET 主体定义含义；服务器可能忽略它或拒绝该请求，缓存也会忽略它。参数应放在查询字符串中（查询很大时可以改用 POST 或 QUERY）。",
				"GET 請求不應帶主體。HTTP 沒有為 GET 主體定義意義；伺服器可能忽略它或拒絕該請求，快取也會忽略它。參數應放在查詢字串中（查詢很大時可改用 POST 或 QUERY）。",
			},
			Answers: Text{
				"200 OK with the representation; 304 Not Modified when a conditional GET finds the client's copy still current; 206 Partial Content for a Range request; a 3xx redirect when the resource lives elsewhere; 404 when there is nothing there; 401 or 403 when access is refused; 406 when no acceptable format exists.",
				"回答 200 OK 并附上表示；条件 GET 发现客户端的副本仍是最新时回答 304 Not Modified；Range 请求回答 206 Partial Content；资源在别处时回答 3xx 重定向；目标不存在时回答 404；拒绝访问时回答 401 或 403；没有可接受的格式时回答 406。",
				"回應 200 OK 並附上表示；條件式 GET 發現用戶端的副本仍是最新時回應 304 Not Modified；Range 請求回應 206 Partial Content；資源在別處時回應 3xx 重新導向；目標不存在時回應 404；拒絕存取時回應 401 或 403；沒有可接受的格式時回應 406。",
			},
			Statuses: []int{200, 304, 206, 301, 302, 404, 401, 403, 406},
			Mistakes: []Text{
				{
					"Changing data with GET (GET /cart/add?item=7). Crawlers, prefetchers and retries will repeat it; use POST, PUT or DELETE for changes.",
					"用 GET 修改数据（GET /cart/add?item=7）。爬虫、预取和重试都会重复它；修改应当使用 POST、PUT 或 DELETE。",
					"用 GET 修改資料（GET /cart/add?item=7）。爬蟲、預先載入和重試都會重複它；修改應使用 POST、PUT 或 DELETE。",
				},
				{
					"Writing the method in lower case (get / HTTP/1.1). Method names are case-sensitive; the server sees an unknown method and may answer 501.",
					"把方法写成小写（get / HTTP/1.1）。方法名区分大小写；服务器会把它当作未知方法，可能回答 501。",
					"把方法寫成小寫（get / HTTP/1.1）。方法名稱區分大小寫；伺服器會把它當成未知方法，可能回應 501。",
				},
				{
					"Writing the target without its leading slash (GET index.html HTTP/1.1). A request to an origin server needs an absolute path such as /index.html.",
					"请求目标漏掉开头的斜杠（GET index.html HTTP/1.1）。发给源服务器的请求需要绝对路径，例如 /index.html。",
					"請求目標漏掉開頭的斜線（GET index.html HTTP/1.1）。送往來源伺服器的請求需要絕對路徑，例如 /index.html。",
				},
				{
					"Sending a body with GET, or secrets in the query string: the body may be dropped, and the URL ends up in logs, history and Referer fields.",
					"GET 带主体，或把机密放在查询字符串里：主体可能被丢弃，而 URL 会出现在日志、历史记录和 Referer 字段中。",
					"GET 帶主體，或把機密放在查詢字串裡：主體可能被丟棄，而 URL 會出現在記錄檔、瀏覽紀錄和 Referer 欄位中。",
				},
			},
		},
	},
	{
		Name: "HEAD", Safe: true, Idempotent: true, Cacheable: true, Spec: RFC(9110, "9.3.2"),
		Summary: Text{
			"Like GET, but the server sends only the status line and header section, never the body.",
			"与 GET 相同，但服务器只发送状态行和标头部分，从不发送主体。",
			"與 GET 相同，但伺服器只傳送狀態列和標頭部分，從不傳送主體。",
		},
		Example: "HEAD /downloads/big.iso HTTP/1.1\r\nHost: www.example.com\r\n\r\n",
		Detail: &MethodDetail{
			Asks: Text{
				"HEAD asks for exactly what GET would return, minus the body. The client learns whether the resource exists, its type, size (Content-Length), last change (Last-Modified, ETag) and caching rules, without downloading it. Useful to check links, to decide whether a cached copy is still good, or to see how big a download is.",
				"HEAD 请求的内容与 GET 完全相同，只是不要主体。客户端无需下载，就能得知资源是否存在、类型、大小（Content-Length）、最后修改（Last-Modified、ETag）以及缓存规则。可用于检查链接、判断缓存副本是否仍然有效，或查看下载有多大。",
				"HEAD 請求的內容與 GET 完全相同，只是不要主體。用戶端無需下載，就能得知資源是否存在、類型、大小（Content-Length）、最後修改（Last-Modified、ETag）以及快取規則。可用於檢查連結、判斷快取副本是否仍然有效，或查看下載有多大。",
			},
			Body: MethodBodyNoMeaning,
			BodyNote: Text{
				"A HEAD request should have no body; HTTP gives it no meaning. The response never has a body either, even though its Content-Length tells how long the GET body would be.",
				"HEAD 请求不应带主体，HTTP 没有为它定义含义。响应也从不带主体，尽管其中的 Content-Length 说明了 GET 的主体会有多长。",
				"HEAD 請求不應帶主體，HTTP 沒有為它定義意義。回應也從不帶主體，雖然其中的 Content-Length 說明了 GET 的主體會有多長。",
			},
			Answers: Text{
				"The same status and header fields a GET would get: 200 OK with Content-Type and Content-Length, 304 for a conditional request, 404 when absent, a 3xx redirect when moved. Only the body is left out.",
				"与 GET 相同的状态码和标头字段：200 OK 附带 Content-Type 和 Content-Length，条件请求得到 304，不存在时得到 404，已移动时得到 3xx 重定向。只是省略主体。",
				"與 GET 相同的狀態碼和標頭欄位：200 OK 附帶 Content-Type 和 Content-Length，條件式請求得到 304，不存在時得到 404，已移動時得到 3xx 重新導向。只是省略主體。",
			},
			Statuses: []int{200, 304, 404, 301, 405},
			Mistakes: []Text{
				{
					"Reading a response body after HEAD. The response ends at its empty line even when Content-Length says 5000; a client that waits for 5000 bytes hangs or misreads the next response.",
					"在 HEAD 之后读取响应主体。即使 Content-Length 写着 5000，响应也在空行处结束；等待 5000 字节的客户端会卡住，或误读下一个响应。",
					"在 HEAD 之後讀取回應主體。即使 Content-Length 寫著 5000，回應也在空行處結束；等待 5000 位元組的用戶端會卡住，或誤讀下一個回應。",
				},
				{
					"A server that answers HEAD with different fields than GET (or forgets HEAD and answers 405). HEAD should mirror GET's header section.",
					"服务器对 HEAD 返回的字段与 GET 不同（或忘了支持 HEAD 而回答 405）。HEAD 应当与 GET 的标头部分一致。",
					"伺服器對 HEAD 回傳的欄位與 GET 不同（或忘了支援 HEAD 而回應 405）。HEAD 應與 GET 的標頭部分一致。",
				},
			},
		},
	},
	{
		Name: "LABEL", Idempotent: true, Spec: RFC(3253, "8.2"),
		Summary: Text{
			"WebDAV versioning: adds, moves or removes a human-readable label on a version of a resource.",
			"WebDAV 版本控制：为资源的某个版本添加、移动或删除一个易读的标签。",
			"WebDAV 版本控制：為資源的某個版本新增、移動或移除一個易讀的標籤。",
		},
		Example: "LABEL /docs/spec.txt HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "LINK", Idempotent: true, Spec: RFC(2068, "19.6.1.2"),
		Summary: Text{
			"Historic (HTTP/1.1 of 1997): would add relationships (links) between the target and other resources. Not in today's HTTP and almost never implemented.",
			"历史方法（1997 年的 HTTP/1.1）：为目标与其他资源建立关系（链接）。现行 HTTP 已不包含它，几乎没有实现。",
			"歷史方法（1997 年的 HTTP/1.1）：為目標與其他資源建立關係（連結）。現行 HTTP 已不包含它，幾乎沒有實作。",
		},
		Example: "LINK /docs/a.html HTTP/1.1\r\nHost: www.example.com\r\nLink: </docs/b.html>; rel=\"next\"\r\n\r\n",
	},
	{
		Name: "LOCK", Spec: RFC(4918, "9.10"),
		Summary: Text{
			"WebDAV: takes a lock on a resource so that others cannot change it meanwhile, or refreshes an existing lock. Not idempotent: each call may create a new lock.",
			"WebDAV：锁定资源，使其他人在此期间无法修改，或刷新已有的锁。不是幂等的：每次调用都可能创建新锁。",
			"WebDAV：鎖定資源，使其他人在此期間無法修改，或更新既有的鎖。不是冪等的：每次呼叫都可能建立新鎖。",
		},
		Example: "LOCK /docs/a.txt HTTP/1.1\r\nHost: dav.example.com\r\nTimeout: Second-600\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "MERGE", Idempotent: true, Spec: RFC(3253, "11.2"),
		Summary: Text{
			"WebDAV versioning: merges the changes of another version or workspace into the target.",
			"WebDAV 版本控制：把另一个版本或工作区的修改合并到目标中。",
			"WebDAV 版本控制：把另一個版本或工作區的修改合併到目標中。",
		},
		Example: "MERGE /project/trunk/ HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "MKACTIVITY", Idempotent: true, Spec: RFC(3253, "13.5"),
		Summary: Text{
			"WebDAV versioning: creates an activity, a named set of changes (Subversion uses it for commits).",
			"WebDAV 版本控制：创建一个活动，即一组有名字的修改（Subversion 用它提交）。",
			"WebDAV 版本控制：建立一個活動，即一組有名稱的修改（Subversion 用它提交）。",
		},
		Example: "MKACTIVITY /svn/!act/4f1e HTTP/1.1\r\nHost: svn.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "MKCALENDAR", Idempotent: true, Spec: RFC(4791, "5.3.1"),
		Summary: Text{
			"CalDAV: creates a new calendar collection at the target URL.",
			"CalDAV：在目标 URL 创建一个新的日历集合。",
			"CalDAV：在目標 URL 建立一個新的行事曆集合。",
		},
		Example: "MKCALENDAR /calendars/ana/work/ HTTP/1.1\r\nHost: cal.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "MKCOL", Idempotent: true, Spec: RFC(4918, "9.3"),
		Summary: Text{
			"WebDAV: creates a new collection (a folder) at the target URL.",
			"WebDAV：在目标 URL 创建一个新集合（文件夹）。",
			"WebDAV：在目標 URL 建立一個新集合（資料夾）。",
		},
		Example: "MKCOL /docs/2024/ HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "MKREDIRECTREF", Idempotent: true, Spec: RFC(4437, "6"),
		Summary: Text{
			"WebDAV redirect references: creates a resource that redirects clients to another URL.",
			"WebDAV 重定向引用：创建一个把客户端重定向到另一 URL 的资源。",
			"WebDAV 重新導向參照：建立一個把用戶端重新導向到另一 URL 的資源。",
		},
		Example: "MKREDIRECTREF /old-name HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "MKWORKSPACE", Idempotent: true, Spec: RFC(3253, "6.3"),
		Summary: Text{
			"WebDAV versioning: creates a new workspace, a private area for editing versioned resources.",
			"WebDAV 版本控制：创建一个新工作区，用于编辑受版本控制资源的私有区域。",
			"WebDAV 版本控制：建立一個新工作區，用於編輯受版本控制資源的私有區域。",
		},
		Example: "MKWORKSPACE /workspaces/ana/ HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "MOVE", Idempotent: true, Spec: RFC(4918, "9.9"),
		Summary: Text{
			"WebDAV: moves or renames a resource to the URL given in the Destination field.",
			"WebDAV：把资源移动或重命名到 Destination 字段给出的 URL。",
			"WebDAV：把資源移動或重新命名到 Destination 欄位指定的 URL。",
		},
		Example: "MOVE /docs/draft.txt HTTP/1.1\r\nHost: dav.example.com\r\nDestination: http://dav.example.com/docs/final.txt\r\n\r\n",
	},
	{
		Name: "OPTIONS", Safe: true, Idempotent: true, Spec: RFC(9110, "9.3.7"),
		Summary: Text{
			"Asks which communication options (methods, features) the target resource or the server as a whole supports.",
			"询问目标资源或整个服务器支持哪些通信选项（方法、功能）。",
			"詢問目標資源或整個伺服器支援哪些通訊選項（方法、功能）。",
		},
		Example: "OPTIONS /api/items HTTP/1.1\r\nHost: api.example.com\r\nOrigin: https://app.example.org\r\nAccess-Control-Request-Method: PUT\r\n\r\n",
		Detail: &MethodDetail{
			Asks: Text{
				"OPTIONS asks what can be done with the target without doing it. With a path it is about that resource; with the special target \"*\" (OPTIONS * HTTP/1.1) it is about the server itself. Browsers send it automatically as the CORS \"preflight\" before a cross-origin request that is not simple, to ask whether the real request is allowed.",
				"OPTIONS 询问能对目标做些什么，而不真正去做。目标是路径时，问的是该资源；目标是特殊的“*”（OPTIONS * HTTP/1.1）时，问的是服务器本身。在非简单的跨源请求之前，浏览器会自动发送它作为 CORS“预检”，询问真正的请求是否被允许。",
				"OPTIONS 詢問能對目標做些什麼，而不真的去做。目標是路徑時，問的是該資源；目標是特殊的「*」（OPTIONS * HTTP/1.1）時，問的是伺服器本身。在非簡單的跨來源請求之前，瀏覽器會自動送出它作為 CORS「預檢」，詢問真正的請求是否被允許。",
			},
			Body: MethodBodyOptional,
			BodyNote: Text{
				"A body is allowed but rare; if one is sent it must be labelled with Content-Type. HTTP defines no use for it yet, so servers usually ignore it.",
				"允许带主体但很少见；如果发送，必须用 Content-Type 标明类型。HTTP 尚未为它定义用途，服务器通常会忽略它。",
				"允許帶主體但很少見；若有送出，必須用 Content-Type 標明類型。HTTP 尚未為它定義用途，伺服器通常會忽略它。",
			},
			Answers: Text{
				"200 OK or 204 No Content with an Allow field listing the methods, for example Allow: GET, HEAD, POST. A CORS preflight answer adds Access-Control-Allow-Origin, -Methods and -Headers. Servers that do not support OPTIONS answer 405 or 501.",
				"回答 200 OK 或 204 No Content，并用 Allow 字段列出方法，例如 Allow: GET, HEAD, POST。CORS 预检的回答还会加上 Access-Control-Allow-Origin、-Methods 和 -Headers。不支持 OPTIONS 的服务器回答 405 或 501。",
				"回應 200 OK 或 204 No Content，並用 Allow 欄位列出方法，例如 Allow: GET, HEAD, POST。CORS 預檢的回應還會加上 Access-Control-Allow-Origin、-Methods 和 -Headers。不支援 OPTIONS 的伺服器回應 405 或 501。",
			},
			Statuses: []int{204, 200, 405, 501},
			Mistakes: []Text{
				{
					"Requiring authentication for a CORS preflight. Browsers send OPTIONS without credentials, so a 401 there blocks the real request.",
					"CORS 预检也要求身份验证。浏览器发送 OPTIONS 时不带凭据，所以在这里回答 401 会阻止真正的请求。",
					"CORS 預檢也要求身分驗證。瀏覽器送出 OPTIONS 時不帶憑證，所以在這裡回應 401 會擋下真正的請求。",
				},
				{
					"Using \"*\" as the target of any other method: only OPTIONS may use the asterisk form.",
					"在其他方法中使用“*”作为请求目标：只有 OPTIONS 可以使用星号形式。",
					"在其他方法中使用「*」作為請求目標：只有 OPTIONS 可以使用星號形式。",
				},
				{
					"Forgetting Allow in the answer. The field is the point of the reply; without it the client learns nothing.",
					"回答中漏掉 Allow。这个字段正是回答的重点，没有它客户端什么也得不到。",
					"回應中漏掉 Allow。這個欄位正是回應的重點，沒有它用戶端什麼也得不到。",
				},
			},
		},
	},
	{
		Name: "ORDERPATCH", Idempotent: true, Spec: RFC(3648, "7"),
		Summary: Text{
			"WebDAV ordered collections: changes the order of the members of a collection.",
			"WebDAV 有序集合：改变集合中成员的顺序。",
			"WebDAV 有序集合：改變集合中成員的順序。",
		},
		Example: "ORDERPATCH /docs/chapters/ HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "PATCH", Spec: RFC(5789, "2"),
		Summary: Text{
			"Applies a set of changes, described in the body, to the target resource.",
			"把主体中描述的一组修改应用到目标资源上。",
			"把主體中描述的一組修改套用到目標資源上。",
		},
		Example: "PATCH /users/7 HTTP/1.1\r\nHost: api.example.com\r\nContent-Type: application/merge-patch+json\r\nContent-Length: 19\r\n\r\n{\"email\":\"a@b.org\"}",
		Detail: &MethodDetail{
			Asks: Text{
				"PATCH asks the server to modify the target resource according to the instructions in the body. Unlike PUT, which sends the whole new state, PATCH sends only the change, in a patch format named by Content-Type (application/merge-patch+json, application/json-patch+json, a diff…). The server applies it all or not at all.",
				"PATCH 请求服务器按照主体中的指令修改目标资源。与发送完整新状态的 PUT 不同，PATCH 只发送变化，其格式由 Content-Type 指明（application/merge-patch+json、application/json-patch+json、diff 等）。服务器要么全部应用，要么完全不应用。",
				"PATCH 請求伺服器依照主體中的指令修改目標資源。與傳送完整新狀態的 PUT 不同，PATCH 只傳送變更，其格式由 Content-Type 指明（application/merge-patch+json、application/json-patch+json、diff 等）。伺服器要麼全部套用，要麼完全不套用。",
			},
			Body: MethodBodyExpected,
			BodyNote: Text{
				"The body is the patch document and is required; its Content-Type tells the server how to read it.",
				"主体就是补丁文档，必须提供；其 Content-Type 告诉服务器如何解读。",
				"主體就是修補文件，必須提供；其 Content-Type 告訴伺服器如何解讀。",
			},
			Answers: Text{
				"200 OK with the updated resource, or 204 No Content. 415 Unsupported Media Type when the patch format is unknown (with Accept-Patch listing the known ones), 422 when the patch cannot be applied, 409 on a conflicting state, 412 when an If-Match precondition fails, 404 when there is nothing to patch.",
				"回答 200 OK 并附上更新后的资源，或回答 204 No Content。补丁格式不认识时回答 415 Unsupported Media Type（用 Accept-Patch 列出支持的格式），补丁无法应用时回答 422，状态冲突时回答 409，If-Match 前提条件失败时回答 412，目标不存在时回答 404。",
				"回應 200 OK 並附上更新後的資源，或回應 204 No Content。修補格式無法辨識時回應 415 Unsupported Media Type（用 Accept-Patch 列出支援的格式），修補無法套用時回應 422，狀態衝突時回應 409，If-Match 前提條件失敗時回應 412，目標不存在時回應 404。",
			},
			Statuses: []int{200, 204, 415, 422, 409, 412, 404},
			Mistakes: []Text{
				{
					"Assuming PATCH can be retried safely. It is not idempotent (\"add 1 to the counter\" applied twice adds 2); send If-Match with an ETag to make a retry safe.",
					"以为 PATCH 可以放心重试。它不是幂等的（“计数器加 1”执行两次就加了 2）；可带上含 ETag 的 If-Match 让重试变得安全。",
					"以為 PATCH 可以放心重試。它不是冪等的（「計數器加 1」執行兩次就加了 2）；可帶上含 ETag 的 If-Match 讓重試變得安全。",
				},
				{
					"Sending a partial JSON object with Content-Type: application/json. Say which patch format it is (application/merge-patch+json) so the server knows missing members mean \"unchanged\".",
					"用 Content-Type: application/json 发送部分 JSON 对象。应注明补丁格式（application/merge-patch+json），服务器才知道缺少的成员表示“不变”。",
					"用 Content-Type: application/json 傳送部分 JSON 物件。應註明修補格式（application/merge-patch+json），伺服器才知道缺少的成員代表「不變」。",
				},
				{
					"Using PATCH when the whole resource is being replaced: that is what PUT is for.",
					"在替换整个资源时使用 PATCH：那正是 PUT 的用途。",
					"在取代整個資源時使用 PATCH：那正是 PUT 的用途。",
				},
			},
		},
	},
	{
		Name: "POST", Cacheable: true, Spec: RFC(9110, "9.3.3"),
		Summary: Text{
			"Sends data in the body for the target resource to process in its own way: submit a form, post a message, start an action.",
			"在主体中发送数据，由目标资源按自己的方式处理：提交表单、发布消息、启动操作。",
			"在主體中傳送資料，由目標資源依自己的方式處理：提交表單、發布訊息、啟動操作。",
		},
		Example: "POST /contact HTTP/1.1\r\nHost: www.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 26\r\n\r\nname=Ana&message=Hello+you",
		Detail: &MethodDetail{
			Asks: Text{
				"POST asks the target resource to process the enclosed data according to its own rules. What happens is up to the resource: store a form entry, append a comment, create a new item and return its URL, run a search, place an order. Because the effect may differ each time, POST is neither safe nor idempotent, and browsers warn before re-sending it.",
				"POST 请求目标资源按照自己的规则处理所附的数据。会发生什么由资源决定：保存表单、追加评论、创建新条目并返回其 URL、执行搜索、下订单。由于每次的效果可能不同，POST 既不安全也不幂等，浏览器在重新发送前会提示用户。",
				"POST 請求目標資源依照自己的規則處理所附的資料。會發生什麼由資源決定：儲存表單、新增留言、建立新項目並回傳其 URL、執行搜尋、下訂單。由於每次的效果可能不同，POST 既不安全也不冪等，瀏覽器在重新送出前會提醒使用者。",
			},
			Body: MethodBodyExpected,
			BodyNote: Text{
				"The body carries the data, described by Content-Type (for forms application/x-www-form-urlencoded or multipart/form-data) and framed by Content-Length or chunked Transfer-Encoding. Without either, HTTP/1.1 cannot tell where the body ends and a server may answer 411.",
				"主体承载数据，用 Content-Type 描述（表单使用 application/x-www-form-urlencoded 或 multipart/form-data），并用 Content-Length 或分块 Transfer-Encoding 划定边界。两者都没有时，HTTP/1.1 无法判断主体在哪里结束，服务器可能回答 411。",
				"主體承載資料，用 Content-Type 描述（表單使用 application/x-www-form-urlencoded 或 multipart/form-data），並用 Content-Length 或分塊 Transfer-Encoding 界定範圍。兩者都沒有時，HTTP/1.1 無法判斷主體在哪裡結束，伺服器可能回應 411。",
			},
			Answers: Text{
				"201 Created with a Location field when a new resource was made; 200 OK with the result; 204 No Content; 303 See Other to send the browser to a result page (the Post/Redirect/Get pattern); 400 or 422 for invalid data; 411 without a length; 413 when too large; 415 for an unsupported Content-Type.",
				"创建了新资源时回答 201 Created 并附上 Location 字段；回答 200 OK 并附上结果；或回答 204 No Content；用 303 See Other 让浏览器转到结果页（“提交后重定向”模式）。数据无效时回答 400 或 422，缺少长度时回答 411，过大时回答 413，不支持的 Content-Type 回答 415。",
				"建立了新資源時回應 201 Created 並附上 Location 欄位；回應 200 OK 並附上結果；或回應 204 No Content；用 303 See Other 讓瀏覽器轉到結果頁（「提交後重新導向」模式）。資料無效時回應 400 或 422，缺少長度時回應 411，過大時回應 413，不支援的 Content-Type 回應 415。",
			},
			Statuses: []int{201, 200, 204, 303, 400, 422, 411, 413, 415},
			Mistakes: []Text{
				{
					"Forgetting Content-Length (or giving the wrong number). The server then reads too little, waits for bytes that never come, or takes the rest as the next request.",
					"忘记 Content-Length（或数字写错）。服务器会少读、一直等待不会到来的字节，或把剩下的内容当成下一个请求。",
					"忘記 Content-Length（或數字寫錯）。伺服器會少讀、一直等待不會到來的位元組，或把剩下的內容當成下一個請求。",
				},
				{
					"Leaving out Content-Type, so the server has to guess whether the body is a form, JSON or something else.",
					"省略 Content-Type，服务器只好猜测主体是表单、JSON 还是别的东西。",
					"省略 Content-Type，伺服器只好猜測主體是表單、JSON 還是別的東西。",
				},
				{
					"Answering a form POST with 200 and a page: reloading that page re-submits the form. Answer 303 See Other to a page the browser can GET.",
					"对表单 POST 直接回答 200 和页面：刷新页面就会重新提交表单。应当回答 303 See Other，指向浏览器可以 GET 的页面。",
					"對表單 POST 直接回應 200 和頁面：重新整理頁面就會重新提交表單。應回應 303 See Other，指向瀏覽器可以 GET 的頁面。",
				},
				{
					"Retrying a POST automatically after a dropped connection. The first one may have worked; retry only if the application makes it safe (for example with an idempotency key).",
					"连接断开后自动重试 POST。第一次可能已经成功；只有应用程序保证安全（例如使用幂等键）时才能重试。",
					"連線中斷後自動重試 POST。第一次可能已經成功；只有應用程式保證安全（例如使用冪等鍵）時才能重試。",
				},
			},
		},
	},
	{
		Name: "PRI", Safe: true, Idempotent: true, Spec: RFC(9113, "3.4"),
		Summary: Text{
			"Not a real request: \"PRI * HTTP/2.0\" begins the HTTP/2 connection preface, chosen so that an HTTP/1.1 server fails cleanly on it.",
			"不是真正的请求：“PRI * HTTP/2.0”是 HTTP/2 连接前言的开头，这样选择是为了让 HTTP/1.1 服务器能干净地拒绝它。",
			"不是真正的請求：「PRI * HTTP/2.0」是 HTTP/2 連線前言的開頭，這樣選擇是為了讓 HTTP/1.1 伺服器能乾淨地拒絕它。",
		},
		Example: "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n",
	},
	{
		Name: "PROPFIND", Safe: true, Idempotent: true, Spec: RFC(4918, "9.1"),
		Summary: Text{
			"WebDAV: reads the properties of a resource, and with Depth the members of a collection (like listing a folder).",
			"WebDAV：读取资源的属性，配合 Depth 还能读取集合的成员（类似列出文件夹）。",
			"WebDAV：讀取資源的屬性，配合 Depth 還能讀取集合的成員（類似列出資料夾）。",
		},
		Example: "PROPFIND /docs/ HTTP/1.1\r\nHost: dav.example.com\r\nDepth: 1\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "PROPPATCH", Idempotent: true, Spec: RFC(4918, "9.2"),
		Summary: Text{
			"WebDAV: sets or removes properties of a resource, all or nothing.",
			"WebDAV：设置或删除资源的属性，要么全部成功，要么全部不做。",
			"WebDAV：設定或移除資源的屬性，要麼全部成功，要麼全部不做。",
		},
		Example: "PROPPATCH /docs/a.txt HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "PUT", Idempotent: true, Spec: RFC(9110, "9.3.4"),
		Summary: Text{
			"Creates or replaces the resource at the target URL with the representation in the body.",
			"用主体中的表示创建或替换目标 URL 上的资源。",
			"用主體中的表示建立或取代目標 URL 上的資源。",
		},
		Example: "PUT /notes/42 HTTP/1.1\r\nHost: api.example.com\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 11\r\n\r\nBuy oranges",
		Detail: &MethodDetail{
			Asks: Text{
				"PUT asks the server to make the resource at the target URL equal to the body: create it if it does not exist, replace it entirely if it does. The client chooses the URL. Sending the same PUT twice leaves the same state as sending it once, so PUT is idempotent and can be retried after a network failure.",
				"PUT 请求服务器让目标 URL 上的资源与主体一致：不存在就创建，已存在就整体替换。URL 由客户端决定。同一个 PUT 发送两次与发送一次的结果相同，所以 PUT 是幂等的，网络故障后可以重试。",
				"PUT 請求伺服器讓目標 URL 上的資源與主體一致：不存在就建立，已存在就整個取代。URL 由用戶端決定。同一個 PUT 送出兩次與送出一次的結果相同，所以 PUT 是冪等的，網路故障後可以重試。",
			},
			Body: MethodBodyExpected,
			BodyNote: Text{
				"The body is the new state of the resource, with its Content-Type and a length (Content-Length or chunked). A PUT without a body would replace the resource with an empty one.",
				"主体就是资源的新状态，需附上 Content-Type 和长度（Content-Length 或分块）。没有主体的 PUT 会把资源替换成空内容。",
				"主體就是資源的新狀態，需附上 Content-Type 和長度（Content-Length 或分塊）。沒有主體的 PUT 會把資源取代成空內容。",
			},
			Answers: Text{
				"201 Created when the resource did not exist before; 200 OK or 204 No Content when an existing one was replaced. 409 Conflict when the new state is inconsistent, 412 when If-Match fails (someone else changed it first), 415 for a format the resource does not take, 405 when the resource cannot be written.",
				"资源原本不存在时回答 201 Created；替换了已有资源时回答 200 OK 或 204 No Content。新状态不一致时回答 409 Conflict，If-Match 失败（别人先改了）时回答 412，资源不接受该格式时回答 415，资源不可写时回答 405。",
				"資源原本不存在時回應 201 Created；取代了既有資源時回應 200 OK 或 204 No Content。新狀態不一致時回應 409 Conflict，If-Match 失敗（別人先改了）時回應 412，資源不接受該格式時回應 415，資源不可寫入時回應 405。",
			},
			Statuses: []int{201, 204, 200, 409, 412, 415, 405},
			Mistakes: []Text{
				{
					"Sending only the changed fields with PUT. PUT replaces the whole resource, so missing parts are lost; use PATCH for partial updates.",
					"用 PUT 只发送修改过的字段。PUT 会替换整个资源，缺少的部分就丢失了；部分更新请用 PATCH。",
					"用 PUT 只傳送修改過的欄位。PUT 會取代整個資源，缺少的部分就遺失了；部分更新請用 PATCH。",
				},
				{
					"Using PUT on a collection URL to add a new item (PUT /notes). That is POST; PUT names the exact resource it writes.",
					"对集合 URL 使用 PUT 来新增条目（PUT /notes）。那是 POST 的用途；PUT 要指明它写入的确切资源。",
					"對集合 URL 使用 PUT 來新增項目（PUT /notes）。那是 POST 的用途；PUT 要指明它寫入的確切資源。",
				},
				{
					"Overwriting someone else's change: without If-Match, two clients that read, edit and PUT the same resource silently lose one edit.",
					"覆盖别人的修改：不带 If-Match 时，两个客户端先读、再改、再 PUT 同一资源，其中一个修改会悄悄丢失。",
					"覆蓋別人的修改：不帶 If-Match 時，兩個用戶端先讀、再改、再 PUT 同一資源，其中一個修改會悄悄遺失。",
				},
			},
		},
	},
	{
		Name: "QUERY", Safe: true, Idempotent: true, Cacheable: true, Spec: RFC(10008, "2"),
		Summary: Text{
			"Like GET with a body: asks the target to run the query described in the body and return the result, without changing anything, so it can be retried and cached.",
			"类似带主体的 GET：请求目标执行主体中描述的查询并返回结果，不做任何修改，因此可以重试和缓存。",
			"類似帶主體的 GET：請求目標執行主體中描述的查詢並回傳結果，不做任何修改，因此可以重試和快取。",
		},
		Example: "QUERY /contacts HTTP/1.1\r\nHost: api.example.com\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 20\r\n\r\nselect=name&limit=10",
	},
	{
		Name: "REBIND", Idempotent: true, Spec: RFC(5842, "6"),
		Summary: Text{
			"WebDAV bindings: moves a binding from one collection to another in one step.",
			"WebDAV 绑定：一步把一个绑定从一个集合移到另一个集合。",
			"WebDAV 繫結：一步把一個繫結從一個集合移到另一個集合。",
		},
		Example: "REBIND /archive/ HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "REPORT", Safe: true, Idempotent: true, Spec: RFC(3253, "3.6"),
		Summary: Text{
			"WebDAV: asks for a report about a resource, such as its version history or the calendar events in a range; the body says which report.",
			"WebDAV：请求关于资源的报告，例如版本历史或某时间段内的日历事件；主体说明要哪种报告。",
			"WebDAV：請求關於資源的報告，例如版本歷史或某段時間內的行事曆事件；主體說明要哪種報告。",
		},
		Example: "REPORT /calendars/ana/work/ HTTP/1.1\r\nHost: cal.example.com\r\nDepth: 1\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "SEARCH", Safe: true, Idempotent: true, Spec: RFC(5323, "2"),
		Summary: Text{
			"WebDAV search: runs the query in the body over the resources under the target.",
			"WebDAV 搜索：对目标下的资源执行主体中的查询。",
			"WebDAV 搜尋：對目標底下的資源執行主體中的查詢。",
		},
		Example: "SEARCH /docs/ HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "TRACE", Safe: true, Idempotent: true, Spec: RFC(9110, "9.3.8"),
		Summary: Text{
			"Asks the final recipient to send the request it received back in the response body, to see what proxies on the way changed.",
			"请求最终接收方把它收到的请求放在响应主体中送回，以查看沿途代理改动了什么。",
			"請求最終接收方把它收到的請求放在回應主體中送回，以查看沿途代理改動了什麼。",
		},
		Example: "TRACE / HTTP/1.1\r\nHost: www.example.com\r\nMax-Forwards: 2\r\n\r\n",
		Detail: &MethodDetail{
			Asks: Text{
				"TRACE is a loop-back test: the final recipient (the origin server, or the proxy where Max-Forwards reaches 0) answers with the request message exactly as it arrived. Comparing it with what was sent shows what intermediaries added or changed, for example Via fields. Max-Forwards limits how many proxies it passes through.",
				"TRACE 是回环测试：最终接收方（源服务器，或 Max-Forwards 减到 0 的那个代理）把收到的请求报文原样作为回答。把它与发出的内容比较，就能看出中间设备添加或修改了什么，例如 Via 字段。Max-Forwards 限制它经过的代理数量。",
				"TRACE 是迴路測試：最終接收方（來源伺服器，或 Max-Forwards 減到 0 的那個代理）把收到的請求訊息原樣作為回應。把它與送出的內容比較，就能看出中介設備新增或修改了什麼，例如 Via 欄位。Max-Forwards 限制它經過的代理數量。",
			},
			Body: MethodBodyForbidden,
			BodyNote: Text{
				"A client must not send a body with TRACE. The response body is the received request, with Content-Type: message/http.",
				"客户端不得在 TRACE 中发送主体。响应主体就是收到的请求，类型为 Content-Type: message/http。",
				"用戶端不得在 TRACE 中傳送主體。回應主體就是收到的請求，類型為 Content-Type: message/http。",
			},
			Answers: Text{
				"200 OK with Content-Type: message/http and the received request as the body. Most public servers disable TRACE and answer 405 Method Not Allowed or 501 Not Implemented.",
				"回答 200 OK，类型为 Content-Type: message/http，主体是收到的请求。大多数公开服务器都禁用了 TRACE，回答 405 Method Not Allowed 或 501 Not Implemented。",
				"回應 200 OK，類型為 Content-Type: message/http，主體是收到的請求。大多數公開伺服器都停用了 TRACE，回應 405 Method Not Allowed 或 501 Not Implemented。",
			},
			Statuses: []int{200, 405, 501},
			Mistakes: []Text{
				{
					"Sending cookies or Authorization with TRACE. The echo exposes them, which is why browsers refuse to send TRACE and servers turn it off (cross-site tracing).",
					"在 TRACE 中带上 Cookie 或 Authorization。回显会把它们暴露出来，这正是浏览器拒绝发送 TRACE、服务器将其关闭的原因（跨站追踪）。",
					"在 TRACE 中帶上 Cookie 或 Authorization。回顯會把它們暴露出來，這正是瀏覽器拒絕送出 TRACE、伺服器將其關閉的原因（跨站追蹤）。",
				},
				{
					"Adding a body to TRACE; it must have none.",
					"给 TRACE 加上主体；它不得有主体。",
					"給 TRACE 加上主體；它不得有主體。",
				},
				{
					"Expecting TRACE to work on the public web: most servers answer 405 or 501.",
					"以为 TRACE 在公开网络上可用：大多数服务器回答 405 或 501。",
					"以為 TRACE 在公開網路上可用：大多數伺服器回應 405 或 501。",
				},
			},
		},
	},
	{
		Name: "UNBIND", Idempotent: true, Spec: RFC(5842, "5"),
		Summary: Text{
			"WebDAV bindings: removes one name (binding) of a resource from a collection.",
			"WebDAV 绑定：从集合中移除资源的一个名字（绑定）。",
			"WebDAV 繫結：從集合中移除資源的一個名稱（繫結）。",
		},
		Example: "UNBIND /shared/ HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "UNCHECKOUT", Idempotent: true, Spec: RFC(3253, "4.5"),
		Summary: Text{
			"WebDAV versioning: cancels a checkout and restores the resource as it was before.",
			"WebDAV 版本控制：取消签出，把资源恢复到签出前的状态。",
			"WebDAV 版本控制：取消簽出，把資源還原到簽出前的狀態。",
		},
		Example: "UNCHECKOUT /docs/spec.txt HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "UNLINK", Idempotent: true, Spec: RFC(2068, "19.6.1.3"),
		Summary: Text{
			"Historic (HTTP/1.1 of 1997): would remove link relationships from the target. Not in today's HTTP and almost never implemented.",
			"历史方法（1997 年的 HTTP/1.1）：移除目标上的链接关系。现行 HTTP 已不包含它，几乎没有实现。",
			"歷史方法（1997 年的 HTTP/1.1）：移除目標上的連結關係。現行 HTTP 已不包含它，幾乎沒有實作。",
		},
		Example: "UNLINK /docs/a.html HTTP/1.1\r\nHost: www.example.com\r\nLink: </docs/b.html>; rel=\"next\"\r\n\r\n",
	},
	{
		Name: "UNLOCK", Idempotent: true, Spec: RFC(4918, "9.11"),
		Summary: Text{
			"WebDAV: releases a lock, identified by the Lock-Token field.",
			"WebDAV：释放由 Lock-Token 字段指明的锁。",
			"WebDAV：釋放由 Lock-Token 欄位指明的鎖。",
		},
		Example: "UNLOCK /docs/a.txt HTTP/1.1\r\nHost: dav.example.com\r\nLock-Token: <urn:uuid:a515cfa4-5da4-22e1-f5b5-00a0451e6bf7>\r\n\r\n",
	},
	{
		Name: "UPDATE", Idempotent: true, Spec: RFC(3253, "7.1"),
		Summary: Text{
			"WebDAV versioning: sets a version-controlled resource to the content of a chosen version.",
			"WebDAV 版本控制：把受版本控制的资源更新为指定版本的内容。",
			"WebDAV 版本控制：把受版本控制的資源更新為指定版本的內容。",
		},
		Example: "UPDATE /docs/spec.txt HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "UPDATEREDIRECTREF", Idempotent: true, Spec: RFC(4437, "7"),
		Summary: Text{
			"WebDAV redirect references: changes where an existing redirect reference points.",
			"WebDAV 重定向引用：修改已有重定向引用所指向的位置。",
			"WebDAV 重新導向參照：修改既有重新導向參照所指向的位置。",
		},
		Example: "UPDATEREDIRECTREF /old-name HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
	{
		Name: "VERSION-CONTROL", Idempotent: true, Spec: RFC(3253, "3.5"),
		Summary: Text{
			"WebDAV versioning: puts a resource under version control so that its changes are recorded as versions.",
			"WebDAV 版本控制：让资源接受版本控制，使其修改被记录为版本。",
			"WebDAV 版本控制：讓資源接受版本控制，使其修改被記錄為版本。",
		},
		Example: "VERSION-CONTROL /docs/spec.txt HTTP/1.1\r\nHost: dav.example.com\r\nContent-Length: 0\r\n\r\n",
	},
}
