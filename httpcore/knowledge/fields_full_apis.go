package knowledge

// Fields met in HTTP APIs: preferences, patch formats, deprecation notices,
// content digests, tracing and timing.
var fieldFullAPIs = []fieldEntry{
	{
		name: "Prefer", category: FieldRequest,
		example: "return=minimal, respond-async, wait=10",
		syntax:  `Prefer = #( preference ) ; token [ "=" word ] *( OWS ";" [ OWS parameter ] )`,
		summary: Text{
			"Optional wishes about how the server should handle the request: return=minimal (no body needed), return=representation, respond-async, wait=seconds. The server may ignore them and says which it honoured in Preference-Applied.",
			"关于服务器如何处理请求的可选意愿：return=minimal（不需要消息体）、return=representation、respond-async、wait=秒数。服务器可以忽略它们，并在 Preference-Applied 中说明采纳了哪些。",
			"關於伺服器如何處理請求的可選意願：return=minimal（不需要本文）、return=representation、respond-async、wait=秒數。伺服器可以忽略它們，並在 Preference-Applied 中說明採納了哪些。",
		},
		without: Text{
			"The server does what it does by default.",
			"服务器按默认方式处理。",
			"伺服器依預設方式處理。",
		},
		mistakes: Text{
			"Treating a preference as a requirement: a server that ignores it is still correct.",
			"把偏好当作硬性要求：忽略它的服务器仍然是正确的。",
			"把偏好當成硬性要求：忽略它的伺服器仍然是正確的。",
		},
	},
	{
		name: "Preference-Applied", category: FieldResponse,
		example: "return=minimal",
		syntax:  `Preference-Applied = #( token [ BWS "=" BWS word ] )`,
		summary: Text{
			"Tells the client which of its Prefer wishes the server honoured.",
			"告诉客户端服务器采纳了它在 Prefer 中提出的哪些意愿。",
			"告訴用戶端伺服器採納了它在 Prefer 中提出的哪些意願。",
		},
		without: Text{
			"The client cannot tell whether its preferences were applied.",
			"客户端无法得知自己的偏好是否被采纳。",
			"用戶端無法得知自己的偏好是否被採納。",
		},
		mistakes: Text{
			"Forgetting Vary: Prefer when the response depends on the preference.",
			"响应取决于偏好时忘记加 Vary: Prefer。",
			"回應取決於偏好時忘記加 Vary: Prefer。",
		},
	},
	{
		name: "Accept-Patch", category: FieldResponse,
		example: "application/json-patch+json, application/merge-patch+json",
		syntax:  `Accept-Patch = 1#media-type`,
		summary: Text{
			"Lists the patch document formats the resource accepts in PATCH requests. A server sends it in answers to OPTIONS, and with 415 when a PATCH used an unsupported format.",
			"列出该资源在 PATCH 请求中接受的补丁文档格式。服务器在 OPTIONS 响应中发送它；PATCH 使用了不支持的格式时，也随 415 一起发送。",
			"列出該資源在 PATCH 請求中接受的修補文件格式。伺服器在 OPTIONS 回應中送出它；PATCH 使用了不支援的格式時，也隨 415 一起送出。",
		},
		without: Text{
			"Clients must guess which patch formats work.",
			"客户端只能猜测哪些补丁格式可用。",
			"用戶端只能猜測哪些修補格式可用。",
		},
		mistakes: Text{
			"Listing application/json, which says nothing about how to apply the patch.",
			"列出 application/json，它并没有说明补丁该如何应用。",
			"列出 application/json，它並沒有說明修補該如何套用。",
		},
	},
	{
		name: "Deprecation", category: FieldResponse,
		example: "@1688169599",
		syntax:  `Deprecation = sf-date ; "@" seconds since 1970-01-01`,
		summary: Text{
			"Says that the resource is (or will be, from the given date) deprecated: it still works, but clients should migrate. A Link with rel=\"deprecation\" can point to the details.",
			"说明该资源已经（或将从给定日期起）被弃用：它仍可使用，但客户端应当迁移。可以用 rel=\"deprecation\" 的 Link 指向详细说明。",
			"說明該資源已經（或將從給定日期起）被棄用：它仍可使用，但用戶端應當遷移。可以用 rel=\"deprecation\" 的 Link 指向詳細說明。",
		},
		without: Text{
			"Clients learn of deprecations from documentation only.",
			"客户端只能从文档中得知弃用信息。",
			"用戶端只能從文件中得知棄用資訊。",
		},
		mistakes: Text{
			"Writing an HTTP-date or “true”: the value is a Structured Fields date (@ followed by seconds).",
			"写成 HTTP-date 或“true”：它的值是结构化字段日期（@ 后跟秒数）。",
			"寫成 HTTP-date 或「true」：它的值是結構化欄位日期（@ 後接秒數）。",
		},
	},
	{
		name: "Sunset", category: FieldResponse,
		example: "Sat, 31 Dec 2033 23:59:59 GMT",
		syntax:  `Sunset = HTTP-date`,
		summary: Text{
			"The date after which the resource is expected to stop responding, so that clients can plan to stop using it.",
			"资源预计停止响应的日期，便于客户端提前安排停止使用。",
			"資源預計停止回應的日期，方便用戶端提前安排停止使用。",
		},
		without: Text{
			"No end of life is announced.",
			"没有宣告停止服务的时间。",
			"沒有宣告停止服務的時間。",
		},
		mistakes: Text{
			"Dates in any format other than IMF-fixdate.",
			"使用 IMF-fixdate 以外格式的日期。",
			"使用 IMF-fixdate 以外格式的日期。",
		},
	},
	{
		name: "Content-Digest", category: FieldRepresentation,
		example: "sha-256=:X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=:",
		syntax:  `Content-Digest = sf-dictionary ; algorithm=:base64 byte sequence:`,
		summary: Text{
			"A checksum of the body bytes as sent in this message (after any Content-Encoding), named by algorithm, so the recipient can check integrity.",
			"本条消息中实际发送的消息体字节（经 Content-Encoding 之后）的校验值，并注明算法，供接收方检查完整性。",
			"這則訊息中實際送出的本文位元組（經 Content-Encoding 之後）的校驗值，並註明演算法，供接收方檢查完整性。",
		},
		without: Text{
			"The recipient relies on TCP and TLS for integrity.",
			"接收方依靠 TCP 和 TLS 保证完整性。",
			"接收方依靠 TCP 和 TLS 確保完整性。",
		},
		mistakes: Text{
			"Forgetting the colons around the Base64 value, and using insecure algorithms (md5, sha) that RFC 9530 marks deprecated.",
			"忘记在 Base64 值两侧加冒号，以及使用 RFC 9530 已标为弃用的不安全算法（md5、sha）。",
			"忘記在 Base64 值兩側加冒號，以及使用 RFC 9530 已標為棄用的不安全演算法（md5、sha）。",
		},
	},
	{
		name: "Repr-Digest", category: FieldRepresentation,
		example: "sha-256=:RK/0qy18MlBSVnWgjwz6lZEWjP/lF5HF9bvEF8FabDg=:",
		syntax:  `Repr-Digest = sf-dictionary ; algorithm=:base64 byte sequence:`,
		summary: Text{
			"A checksum of the whole selected representation, independent of ranges: useful to check a file assembled from several partial responses.",
			"整个选定表示的校验值，与范围请求无关：适合用来校验由多个部分响应拼成的文件。",
			"整個選定表示的校驗值，與範圍請求無關：適合用來校驗由多個部分回應拼成的檔案。",
		},
		without: Text{
			"No end-to-end check of the complete representation.",
			"无法对完整表示进行端到端校验。",
			"無法對完整表示進行端對端校驗。",
		},
		mistakes: Text{
			"Computing it over only the range that was sent (that is Content-Digest's job).",
			"只对本次发送的范围计算（那是 Content-Digest 的职责）。",
			"只對這次送出的範圍計算（那是 Content-Digest 的職責）。",
		},
	},
	{
		name: "Traceparent", category: FieldRequest,
		example: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
		syntax:  `Traceparent = version "-" trace-id "-" parent-id "-" trace-flags ; hex digits`,
		summary: Text{
			"Carries a distributed trace: the trace ID shared by every service handling one user action, the caller's span ID, and flags such as “sampled”.",
			"携带分布式追踪信息：处理同一用户操作的所有服务共享的 trace ID、调用方的 span ID，以及“sampled”等标志。",
			"攜帶分散式追蹤資訊：處理同一使用者操作的所有服務共用的 trace ID、呼叫方的 span ID，以及「sampled」等旗標。",
		},
		without: Text{
			"Each service starts a new trace; logs of one action cannot be joined.",
			"每个服务都会开始新的追踪，同一操作的日志无法关联起来。",
			"每個服務都會開始新的追蹤，同一操作的日誌無法串在一起。",
		},
		mistakes: Text{
			"Upper-case hex digits and an all-zero trace ID, both invalid.",
			"使用大写十六进制数字，或 trace ID 全为零，两者都无效。",
			"使用大寫十六進位數字，或 trace ID 全為零，兩者都無效。",
		},
	},
	{
		name: "Server-Timing", category: FieldResponse,
		example: `db;dur=53, app;dur=47.2, cache;desc="Cache Read";dur=23.2`,
		syntax:  `Server-Timing = #server-timing-metric ; name *( OWS ";" OWS param ), params dur and desc`,
		summary: Text{
			"Durations the server measured while producing the response (database, rendering...), shown in the browser's developer tools.",
			"服务器在生成响应时测得的各项耗时（数据库、渲染等），会显示在浏览器的开发者工具中。",
			"伺服器在產生回應時測得的各項耗時（資料庫、算繪等），會顯示在瀏覽器的開發人員工具中。",
		},
		without: Text{
			"Only the total time is visible to the client.",
			"客户端只能看到总耗时。",
			"用戶端只能看到總耗時。",
		},
		mistakes: Text{
			"Revealing internal details to everyone; send it only to developers, or to same-origin pages.",
			"向所有人暴露内部细节；应只发给开发者，或只发给同源页面。",
			"向所有人暴露內部細節；應只傳給開發人員，或只傳給同源頁面。",
		},
	},
	{
		name: "Last-Event-ID", category: FieldRequest,
		example: "42",
		syntax:  `Last-Event-ID = *( any character except CR and LF )`,
		summary: Text{
			"Sent by a browser reconnecting to a server-sent events stream: the ID of the last event it received, so the server can resume from there.",
			"浏览器重新连接服务器发送事件（SSE）流时发送：它收到的最后一个事件的 ID，服务器可以从那里继续。",
			"瀏覽器重新連線伺服器傳送事件（SSE）串流時送出：它收到的最後一個事件的 ID，伺服器可以從那裡繼續。",
		},
		without: Text{
			"The stream starts afresh; events sent while disconnected are lost unless the server keeps them otherwise.",
			"事件流从头开始；除非服务器另有保存，断线期间发送的事件会丢失。",
			"事件串流從頭開始；除非伺服器另有保存，斷線期間送出的事件會遺失。",
		},
		mistakes: Text{
			"Servers that never set event IDs and then expect this field.",
			"服务器从不设置事件 ID，却指望收到这个字段。",
			"伺服器從不設定事件 ID，卻指望收到這個欄位。",
		},
	},
}
