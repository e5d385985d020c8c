package knowledge

// Connection (hop-by-hop) fields: they concern one connection between two
// neighbours, and a proxy consumes them instead of forwarding them
// (RFC 9110 §7.6.1).
var fieldFullConnection = []fieldEntry{
	{
		name: "Connection", category: FieldConnection,
		example: "keep-alive",
		syntax:  `Connection = #connection-option ; connection-option = token`,
		summary: Text{
			"Options for this connection only, and the names of other fields meant for this hop alone. “close” announces that the connection ends after this message; “keep-alive” asks an HTTP/1.0 peer to keep it open (HTTP/1.1 keeps it open by default).",
			"仅针对当前连接的选项，以及只供这一跳使用的其他字段名。“close”表示本条消息之后关闭连接；“keep-alive”请 HTTP/1.0 对端保持连接（HTTP/1.1 默认保持连接）。",
			"僅針對目前連線的選項，以及只供這一跳使用的其他欄位名稱。「close」表示這則訊息之後關閉連線；「keep-alive」請 HTTP/1.0 對端保持連線（HTTP/1.1 預設保持連線）。",
		},
		without: Text{
			"HTTP/1.1 connections stay open for more requests; HTTP/1.0 connections close after the response.",
			"HTTP/1.1 连接保持打开以处理更多请求；HTTP/1.0 连接在响应后关闭。",
			"HTTP/1.1 連線保持開啟以處理更多請求；HTTP/1.0 連線在回應後關閉。",
		},
		mistakes: Text{
			"Contradictory options such as the seed's “Keep-alive, close” (close wins), listing end-to-end fields like Cache-Control in it (a proxy would drop them), and sending it in HTTP/2 or HTTP/3, where it is forbidden.",
			"相互矛盾的选项，例如种子文档中的“Keep-alive, close”（以 close 为准）；在其中列出 Cache-Control 等端到端字段（代理会把它们丢掉）；以及在禁止使用它的 HTTP/2 或 HTTP/3 中发送。",
			"相互矛盾的選項，例如種子文件中的「Keep-alive, close」（以 close 為準）；在其中列出 Cache-Control 等端對端欄位（代理會把它們丟掉）；以及在禁止使用它的 HTTP/2 或 HTTP/3 中送出。",
		},
	},
	{
		name: "Keep-Alive", category: FieldConnection,
		example: "timeout=5, max=1000",
		syntax:  `Keep-Alive = #( token [ "=" ( token / quoted-string ) ] ) ; timeout, max`,
		summary: Text{
			"Hints about a persistent connection: how many seconds an idle connection stays open (timeout) and how many more requests it will carry (max). It comes from HTTP/1.0 practice and only counts with Connection: keep-alive.",
			"关于持久连接的提示：空闲连接保持打开多少秒（timeout），还能再处理多少个请求（max）。它源自 HTTP/1.0 的做法，只有与 Connection: keep-alive 一起使用才有效。",
			"關於持久連線的提示：閒置連線保持開啟多少秒（timeout），還能再處理多少個請求（max）。它源自 HTTP/1.0 的做法，只有與 Connection: keep-alive 一起使用才有效。",
		},
		without: Text{
			"The connection's limits are unknown; the client simply notices when the server closes it.",
			"连接的限制未知；客户端只能在服务器关闭连接时才发现。",
			"連線的限制未知；用戶端只能在伺服器關閉連線時才發現。",
		},
		mistakes: Text{
			"Sending it without Connection: keep-alive, expecting the client to obey the numbers (they are hints), and sending it over HTTP/2.",
			"没有 Connection: keep-alive 就发送它、指望客户端严格遵守这些数字（它们只是提示），以及在 HTTP/2 中发送。",
			"沒有 Connection: keep-alive 就送出它、指望用戶端嚴格遵守這些數字（它們只是提示），以及在 HTTP/2 中送出。",
		},
	},
	{
		name: "Transfer-Encoding", category: FieldConnection,
		example: "chunked",
		syntax:  `Transfer-Encoding = #transfer-coding ; chunked must be last`,
		summary: Text{
			"The codings applied to the body for this hop. “chunked” sends the body as a series of sized chunks ending with a zero-size chunk, so a sender can start before it knows the total length.",
			"为这一跳对消息体施加的传输编码。“chunked”把消息体分成一系列标明大小的块，以大小为零的块结束，这样发送方在不知道总长度时也能开始发送。",
			"為這一跳對本文施加的傳輸編碼。「chunked」把本文分成一系列標明大小的區塊，以大小為零的區塊結束，這樣傳送方在不知道總長度時也能開始傳送。",
		},
		without: Text{
			"The body's length comes from Content-Length, or, in a response, from the connection closing.",
			"消息体长度由 Content-Length 决定；对于响应，也可以由连接关闭来界定。",
			"本文長度由 Content-Length 決定；對於回應，也可以由連線關閉來界定。",
		},
		mistakes: Text{
			"Sending it with Content-Length (a request-smuggling risk; Transfer-Encoding wins, RFC 9112 §6.3), chunked not being the last coding, sending it to an HTTP/1.0 peer, and forgetting the final 0-size chunk.",
			"与 Content-Length 同时发送（有请求走私风险；以 Transfer-Encoding 为准，见 RFC 9112 §6.3）、chunked 不是最后一个编码、向 HTTP/1.0 对端发送，以及忘记最后大小为 0 的块。",
			"與 Content-Length 同時送出（有請求走私風險；以 Transfer-Encoding 為準，見 RFC 9112 §6.3）、chunked 不是最後一個編碼、向 HTTP/1.0 對端送出，以及忘記最後大小為 0 的區塊。",
		},
	},
	{
		name: "TE", category: FieldConnection,
		example: "trailers",
		syntax:  `TE = #t-codings ; t-codings = "trailers" / ( transfer-coding [ weight ] )`,
		summary: Text{
			"Which transfer codings the client accepts in the response, and with “trailers” that it can handle fields after a chunked body. It is hop-by-hop, so it must be listed in Connection.",
			"客户端在响应中接受哪些传输编码；“trailers”表示它能处理分块消息体之后的字段。它是逐跳字段，所以必须在 Connection 中列出。",
			"用戶端在回應中接受哪些傳輸編碼；「trailers」表示它能處理分塊本文之後的欄位。它是逐跳欄位，所以必須在 Connection 中列出。",
		},
		without: Text{
			"Only chunked can be used, and trailers may be dropped.",
			"只能使用 chunked，尾部字段可能被丢弃。",
			"只能使用 chunked，結尾欄位可能被丟棄。",
		},
		mistakes: Text{
			"Listing chunked in it (always accepted, so pointless) and forgetting Connection: TE.",
			"在其中列出 chunked（它总是被接受，写了也没用），以及忘记 Connection: TE。",
			"在其中列出 chunked（它總是被接受，寫了也沒用），以及忘記 Connection: TE。",
		},
	},
	{
		name: "Trailer", category: FieldGeneral,
		example: "Server-Timing",
		syntax:  `Trailer = #field-name`,
		summary: Text{
			"Announces which fields will be sent in the trailer, after a chunked body, for values only known at the end (a checksum, timing).",
			"预告哪些字段会在分块消息体之后的尾部发送，用于只有结束时才能确定的值（校验和、耗时）。",
			"預告哪些欄位會在分塊本文之後的結尾送出，用於只有結束時才能確定的值（校驗和、耗時）。",
		},
		without: Text{
			"Trailer fields may still arrive, but the recipient was not warned and may discard them.",
			"尾部字段仍可能到达，但接收方事先不知道，可能将其丢弃。",
			"結尾欄位仍可能到達，但接收方事先不知道，可能將其丟棄。",
		},
		mistakes: Text{
			"Announcing fields that may not be trailers, such as Content-Length, Transfer-Encoding or Host.",
			"预告不允许放在尾部的字段，例如 Content-Length、Transfer-Encoding 或 Host。",
			"預告不允許放在結尾的欄位，例如 Content-Length、Transfer-Encoding 或 Host。",
		},
	},
	{
		name: "Upgrade", category: FieldConnection,
		example: "websocket",
		syntax:  `Upgrade = #protocol ; protocol = protocol-name [ "/" protocol-version ]`,
		summary: Text{
			"In a request, offers to switch this connection to another protocol (websocket, or h2c); a server that agrees answers 101 Switching Protocols and names the protocol in its own Upgrade field. It must be listed in Connection.",
			"在请求中提议把当前连接切换为另一种协议（websocket 或 h2c）；同意的服务器返回 101 Switching Protocols，并在自己的 Upgrade 字段中注明协议。它必须在 Connection 中列出。",
			"在請求中提議把目前連線切換為另一種協定（websocket 或 h2c）；同意的伺服器回應 101 Switching Protocols，並在自己的 Upgrade 欄位中註明協定。它必須在 Connection 中列出。",
		},
		without: Text{
			"The connection keeps speaking HTTP/1.1.",
			"连接继续使用 HTTP/1.1。",
			"連線繼續使用 HTTP/1.1。",
		},
		mistakes: Text{
			"Forgetting Connection: Upgrade, and expecting “HTTP/2.0” to work as the seed suggests: HTTP/2 over TLS is chosen by ALPN, and the h2c upgrade was deprecated by RFC 9113.",
			"忘记 Connection: Upgrade，以及像种子文档那样以为“HTTP/2.0”可行：基于 TLS 的 HTTP/2 由 ALPN 协商，而 h2c 升级已被 RFC 9113 弃用。",
			"忘記 Connection: Upgrade，以及像種子文件那樣以為「HTTP/2.0」可行：基於 TLS 的 HTTP/2 由 ALPN 協商，而 h2c 升級已被 RFC 9113 棄用。",
		},
	},
}
