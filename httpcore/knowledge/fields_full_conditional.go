package knowledge

// Fields of conditional requests (RFC 9110 §13): the request is carried out
// only if a condition on the resource's validators holds.
var fieldFullConditional = []fieldEntry{
	{
		name: "If-None-Match", category: FieldRequest,
		example: `"33a64df551425fcc55e4d42a148795d9f25f89d4"`,
		syntax:  `If-None-Match = "*" / #entity-tag`,
		summary: Text{
			"Carries the ETags of copies the client already has. For GET and HEAD, if one still matches, the server answers 304 Not Modified with no body; “*” with PUT means “only if nothing exists yet”.",
			"携带客户端已有副本的 ETag。对 GET 和 HEAD，如果仍有一个匹配，服务器返回不带消息体的 304 Not Modified；与 PUT 一起使用“*”表示“仅当资源尚不存在时”。",
			"攜帶用戶端已有副本的 ETag。對 GET 和 HEAD，若仍有一個相符，伺服器回應不帶本文的 304 Not Modified；與 PUT 一起使用「*」表示「僅在資源尚不存在時」。",
		},
		without: Text{
			"The request is unconditional: the server sends the full representation.",
			"请求是无条件的：服务器发送完整的表示。",
			"請求是無條件的：伺服器送出完整的表示。",
		},
		mistakes: Text{
			"Leaving out the quotes around the tag, and expecting weak tags (W/) to fail here: If-None-Match uses weak comparison, so W/\"x\" matches \"x\".",
			"漏写校验值两侧的引号，以及以为弱校验值（W/）在这里不匹配：If-None-Match 使用弱比较，所以 W/\"x\" 与 \"x\" 匹配。",
			"漏寫驗證值兩側的引號，以及以為弱驗證值（W/）在這裡不相符：If-None-Match 使用弱比較，所以 W/\"x\" 與 \"x\" 相符。",
		},
	},
	{
		name: "If-Match", category: FieldRequest,
		example: `"xyzzy"`,
		syntax:  `If-Match = "*" / #entity-tag`,
		summary: Text{
			"Makes the request conditional on the current ETag matching one listed (strong comparison). Used with PUT, PATCH and DELETE to avoid overwriting someone else's change (the lost update problem); if nothing matches, the server answers 412 Precondition Failed.",
			"要求当前 ETag 与所列之一匹配（强比较）时才执行请求。常与 PUT、PATCH、DELETE 一起使用，避免覆盖别人的修改（“丢失更新”问题）；都不匹配时服务器返回 412 Precondition Failed。",
			"要求目前 ETag 與所列之一相符（強比較）時才執行請求。常與 PUT、PATCH、DELETE 一起使用，避免覆寫別人的修改（「遺失更新」問題）；都不相符時伺服器回應 412 Precondition Failed。",
		},
		without: Text{
			"The change is applied whatever the current state, possibly overwriting another client's edit.",
			"无论当前状态如何都会执行修改，可能覆盖其他客户端的编辑。",
			"無論目前狀態如何都會執行修改，可能覆寫其他用戶端的編輯。",
		},
		mistakes: Text{
			"Sending a weak tag (W/...), which never matches here because If-Match uses strong comparison, and tags without quotes.",
			"发送弱校验值（W/...）：If-Match 使用强比较，它永远不会匹配；以及校验值没有加引号。",
			"送出弱驗證值（W/...）：If-Match 使用強比較，它永遠不會相符；以及驗證值沒有加引號。",
		},
	},
	{
		name: "If-Modified-Since", category: FieldRequest,
		example: "Sat, 29 Oct 1994 19:43:31 GMT",
		syntax:  `If-Modified-Since = HTTP-date`,
		summary: Text{
			"For GET and HEAD: send the representation only if it changed after this date, otherwise answer 304 Not Modified. Clients copy the date from the Last-Modified they received.",
			"用于 GET 和 HEAD：只有在该日期之后修改过才发送表示，否则返回 304 Not Modified。客户端会照抄先前收到的 Last-Modified 日期。",
			"用於 GET 和 HEAD：只有在該日期之後修改過才送出表示，否則回應 304 Not Modified。用戶端會照抄先前收到的 Last-Modified 日期。",
		},
		without: Text{
			"The server sends the full representation.",
			"服务器发送完整的表示。",
			"伺服器送出完整的表示。",
		},
		mistakes: Text{
			"Inventing a date from the client's clock instead of reusing Last-Modified, invalid dates (the seed's “Mon,10PR 18:42:51 GMT” must be ignored), and expecting it to work when If-None-Match is also sent: If-None-Match takes precedence.",
			"用客户端时钟编造日期而不是沿用 Last-Modified、无效日期（种子文档中的“Mon,10PR 18:42:51 GMT”必须被忽略），以及同时发送 If-None-Match 时仍指望它生效：If-None-Match 优先。",
			"用用戶端時鐘編造日期而不是沿用 Last-Modified、無效日期（種子文件中的「Mon,10PR 18:42:51 GMT」必須被忽略），以及同時送出 If-None-Match 時仍指望它生效：If-None-Match 優先。",
		},
	},
	{
		name: "If-Unmodified-Since", category: FieldRequest,
		example: "Sat, 29 Oct 1994 19:43:31 GMT",
		syntax:  `If-Unmodified-Since = HTTP-date`,
		summary: Text{
			"Carry out the request only if the resource has not changed since this date, otherwise answer 412 Precondition Failed. The date-based cousin of If-Match, used to guard updates.",
			"只有在该日期之后资源没有修改过才执行请求，否则返回 412 Precondition Failed。它是基于日期的 If-Match，用来保护更新操作。",
			"只有在該日期之後資源沒有修改過才執行請求，否則回應 412 Precondition Failed。它是以日期為準的 If-Match，用來保護更新操作。",
		},
		without: Text{
			"The request is carried out whatever the resource's age.",
			"无论资源何时修改，请求都会执行。",
			"無論資源何時修改，請求都會執行。",
		},
		mistakes: Text{
			"Invalid dates (a server must ignore them, so the guard silently disappears) and relying on one-second resolution for fast-changing resources; If-Match is safer.",
			"无效日期（服务器必须忽略它，保护就悄悄失效了），以及对快速变化的资源依赖只有一秒精度的日期；If-Match 更可靠。",
			"無效日期（伺服器必須忽略它，保護就悄悄失效了），以及對快速變化的資源依賴只有一秒精度的日期；If-Match 更可靠。",
		},
	},
	{
		name: "If-Range", category: FieldRequest,
		example: `"33a64df551425fcc55e4d42a148795d9f25f89d4"`,
		syntax:  `If-Range = entity-tag / HTTP-date`,
		summary: Text{
			"Goes with Range: “if the representation is still the one with this ETag (or date), send me the range; otherwise send me all of it”. It lets a download resume safely in one round trip.",
			"与 Range 一起使用：“如果表示仍是这个 ETag（或日期）对应的版本，就只发这个范围；否则发送全部”。它让下载能在一次往返中安全续传。",
			"與 Range 一起使用：「如果表示仍是這個 ETag（或日期）對應的版本，就只送這個範圍；否則送出全部」。它讓下載能在一次往返中安全續傳。",
		},
		without: Text{
			"A Range request is served even if the resource changed meanwhile, and the client may splice bytes of two versions.",
			"即使资源在此期间已改变，Range 请求仍会被满足，客户端可能把两个版本的字节拼在一起。",
			"即使資源在此期間已改變，Range 請求仍會被滿足，用戶端可能把兩個版本的位元組拼在一起。",
		},
		mistakes: Text{
			"Sending it without Range (servers ignore it), using a weak ETag (never matches), and writing both fields on one line as the seed's “Range: byte=0-499<CRLF>If-Range:...” does.",
			"不带 Range 单独发送（服务器会忽略）、使用弱 ETag（永远不匹配），以及把两个字段写在一行，例如种子文档中的“Range: byte=0-499<CRLF>If-Range:...”。",
			"不帶 Range 單獨送出（伺服器會忽略）、使用弱 ETag（永遠不相符），以及把兩個欄位寫在同一行，例如種子文件中的「Range: byte=0-499<CRLF>If-Range:...」。",
		},
	},
	{
		name: "Expect", category: FieldRequest,
		example: "100-continue",
		syntax:  `Expect = #( 1#( token [ "=" ( token / quoted-string ) ] ) ) ; only 100-continue is defined`,
		summary: Text{
			"With “100-continue”, the client asks the server to confirm (with 100 Continue) before it sends a large body, so a request that will be refused (401, 413...) does not waste the upload.",
			"取值“100-continue”时，客户端请服务器先确认（返回 100 Continue）再发送较大的消息体，这样注定被拒绝的请求（401、413 等）就不会白白上传。",
			"取值「100-continue」時，用戶端請伺服器先確認（回應 100 Continue）再送出較大的本文，這樣注定被拒絕的請求（401、413 等）就不會白白上傳。",
		},
		without: Text{
			"The client sends the body straight away.",
			"客户端直接发送消息体。",
			"用戶端直接送出本文。",
		},
		mistakes: Text{
			"Any value other than 100-continue (a server may answer 417 Expectation Failed), and a client that waits forever for a 100 from a server that never sends one.",
			"使用 100-continue 以外的值（服务器可能返回 417 Expectation Failed），以及客户端一直苦等从不发送 100 的服务器。",
			"使用 100-continue 以外的值（伺服器可能回應 417 Expectation Failed），以及用戶端一直苦等從不送出 100 的伺服器。",
		},
	},
}
