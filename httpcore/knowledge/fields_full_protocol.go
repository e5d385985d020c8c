package knowledge

// Fields about the protocol itself: switching to WebSocket, other ways to
// reach the same server, priorities, early data and proxy reports.
var fieldFullProtocol = []fieldEntry{
	{
		name: "Sec-WebSocket-Key", category: FieldRequest,
		example: "dGhlIHNhbXBsZSBub25jZQ==",
		syntax:  `Sec-WebSocket-Key = base64-value ; 16 random bytes, Base64-encoded`,
		summary: Text{
			"In the WebSocket opening request (GET with Upgrade: websocket), a random nonce. The server proves it understood the handshake by hashing it into Sec-WebSocket-Accept.",
			"在 WebSocket 握手请求（带 Upgrade: websocket 的 GET）中携带的随机数。服务器把它哈希后放进 Sec-WebSocket-Accept，以证明自己理解了这次握手。",
			"在 WebSocket 交握請求（帶 Upgrade: websocket 的 GET）中攜帶的隨機數。伺服器把它雜湊後放進 Sec-WebSocket-Accept，以證明自己理解了這次交握。",
		},
		without: Text{
			"The server must refuse the WebSocket handshake (400 Bad Request).",
			"服务器必须拒绝这次 WebSocket 握手（400 Bad Request）。",
			"伺服器必須拒絕這次 WebSocket 交握（400 Bad Request）。",
		},
		mistakes: Text{
			"Reusing a fixed key, and mistaking it for a security feature: it only shows that the server speaks WebSocket.",
			"重复使用固定的值，以及把它当作安全机制：它只能证明服务器懂 WebSocket。",
			"重複使用固定的值，以及把它當成安全機制：它只能證明伺服器懂 WebSocket。",
		},
	},
	{
		name: "Sec-WebSocket-Accept", category: FieldResponse,
		example: "s3pPLMBiTxaQ9kYGzzhZRbK+xOo=",
		syntax:  `Sec-WebSocket-Accept = base64( SHA-1( Sec-WebSocket-Key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11" ) )`,
		summary: Text{
			"In the server's 101 Switching Protocols answer, the SHA-1 hash of the client's key joined to a fixed GUID, Base64-encoded. The client checks it before treating the connection as a WebSocket.",
			"在服务器的 101 Switching Protocols 响应中，把客户端的 key 与一个固定 GUID 拼接后做 SHA-1 哈希，再进行 Base64 编码。客户端核对无误后才把连接当作 WebSocket。",
			"在伺服器的 101 Switching Protocols 回應中，把用戶端的 key 與一個固定 GUID 串接後做 SHA-1 雜湊，再進行 Base64 編碼。用戶端核對無誤後才把連線當成 WebSocket。",
		},
		without: Text{
			"The client fails the connection.",
			"客户端会判定连接失败。",
			"用戶端會判定連線失敗。",
		},
		mistakes: Text{
			"Hashing the decoded key instead of the Base64 text as received, and a wrong GUID.",
			"对解码后的 key 而不是收到的 Base64 文本做哈希，以及 GUID 写错。",
			"對解碼後的 key 而不是收到的 Base64 文字做雜湊，以及 GUID 寫錯。",
		},
	},
	{
		name: "Sec-WebSocket-Version", category: FieldRequest,
		example: "13",
		syntax:  `Sec-WebSocket-Version = version ; 13 is the only version in use`,
		summary: Text{
			"The WebSocket protocol version the client speaks: 13. A server that does not support it answers 426 Upgrade Required with the versions it supports.",
			"客户端使用的 WebSocket 协议版本：13。不支持该版本的服务器返回 426 Upgrade Required，并列出自己支持的版本。",
			"用戶端使用的 WebSocket 協定版本：13。不支援該版本的伺服器回應 426 Upgrade Required，並列出自己支援的版本。",
		},
		without: Text{
			"The server must refuse the handshake.",
			"服务器必须拒绝这次握手。",
			"伺服器必須拒絕這次交握。",
		},
		mistakes: Text{
			"Sending any other number: versions before 13 were drafts.",
			"发送其他数字：13 之前的版本都只是草案。",
			"送出其他數字：13 之前的版本都只是草案。",
		},
	},
	{
		name: "Sec-WebSocket-Protocol", category: FieldGeneral,
		example: "chat, superchat",
		syntax:  `Sec-WebSocket-Protocol = 1#token ; the response names exactly one`,
		summary: Text{
			"The application protocols the client can speak over the WebSocket, in order of preference; the server picks one and names it in its answer.",
			"客户端能在 WebSocket 上使用的应用层协议，按偏好排序；服务器选定其中一个，并在响应中写明。",
			"用戶端能在 WebSocket 上使用的應用層協定，依偏好排序；伺服器選定其中一個，並在回應中寫明。",
		},
		without: Text{
			"No subprotocol is agreed; the two ends must know what they exchange by other means.",
			"不协商子协议；双方必须通过其他方式知道彼此交换的内容。",
			"不協商子協定；雙方必須透過其他方式知道彼此交換的內容。",
		},
		mistakes: Text{
			"A server answering with a protocol the client did not offer, or with several.",
			"服务器回应了客户端没有提供的协议，或一次回应多个。",
			"伺服器回應了用戶端沒有提供的協定，或一次回應多個。",
		},
	},
	{
		name: "Alt-Svc", category: FieldResponse,
		example: `h3=":443"; ma=86400`,
		syntax:  `Alt-Svc = clear / 1#alt-value ; alt-value = protocol-id "=" alt-authority *( OWS ";" OWS parameter )`,
		summary: Text{
			"Advertises another way to reach the same origin, typically HTTP/3 over QUIC on a given port, valid for ma seconds. Browsers use it to switch protocols on later requests.",
			"宣告访问同一源的另一种方式，通常是在某个端口上通过 QUIC 使用 HTTP/3，有效期为 ma 秒。浏览器在后续请求中据此切换协议。",
			"宣告存取同一來源的另一種方式，通常是在某個連接埠上透過 QUIC 使用 HTTP/3，有效期限為 ma 秒。瀏覽器在後續請求中據此切換協定。",
		},
		without: Text{
			"Clients keep using the protocol they started with (unless DNS HTTPS records say otherwise).",
			"客户端继续使用一开始的协议（除非 DNS 的 HTTPS 记录另有说明）。",
			"用戶端繼續使用一開始的協定（除非 DNS 的 HTTPS 記錄另有說明）。",
		},
		mistakes: Text{
			"Forgetting the quotes around the authority (h3=\":443\"), and advertising a service that is not actually reachable.",
			"忘记给 authority 加引号（h3=\":443\"），以及宣告实际上无法访问的服务。",
			"忘記給 authority 加引號（h3=\":443\"），以及宣告實際上無法存取的服務。",
		},
	},
	{
		name: "Priority", category: FieldGeneral,
		example: "u=1, i",
		syntax:  `Priority = sf-dictionary ; u = urgency 0..7 (default 3), i = incremental`,
		summary: Text{
			"How urgent the response is for the client (u=0 most urgent, 7 least, 3 by default) and whether it can be used as it arrives (i). Servers use it to order responses on a shared connection.",
			"响应对客户端有多紧急（u=0 最紧急，7 最不紧急，默认为 3），以及能否边到达边使用（i）。服务器据此安排同一连接上各响应的先后。",
			"回應對用戶端有多緊急（u=0 最緊急，7 最不緊急，預設為 3），以及能否邊到達邊使用（i）。伺服器據此安排同一連線上各回應的先後。",
		},
		without: Text{
			"Urgency 3, not incremental.",
			"紧急程度为 3，且非增量。",
			"緊急程度為 3，且非增量。",
		},
		mistakes: Text{
			"Urgency values outside 0 to 7, and writing i=true (Structured Fields booleans are ?1, or just i).",
			"紧急程度超出 0 到 7 的范围，以及写成 i=true（结构化字段中的布尔值写作 ?1，或直接写 i）。",
			"緊急程度超出 0 到 7 的範圍，以及寫成 i=true（結構化欄位中的布林值寫作 ?1，或直接寫 i）。",
		},
	},
	{
		name: "Early-Data", category: FieldRequest,
		example: "1",
		syntax:  `Early-Data = "1"`,
		summary: Text{
			"Added by an intermediary that forwards a request it received in TLS 1.3 early data (0-RTT), which an attacker could replay. The server may answer 425 Too Early to make the client retry after the handshake.",
			"中介转发通过 TLS 1.3 早期数据（0-RTT）收到的请求时添加，这类请求可能被攻击者重放。服务器可以返回 425 Too Early，让客户端在握手完成后重试。",
			"中介轉送透過 TLS 1.3 早期資料（0-RTT）收到的請求時加入，這類請求可能被攻擊者重送。伺服器可以回應 425 Too Early，讓用戶端在交握完成後重試。",
		},
		without: Text{
			"The request did not arrive as early data (as far as intermediaries know).",
			"（就中介所知）该请求不是以早期数据的形式到达的。",
			"（就中介所知）該請求不是以早期資料的形式到達的。",
		},
		mistakes: Text{
			"Processing non-idempotent requests (a payment POST) that arrived as early data.",
			"处理以早期数据形式到达的非幂等请求（例如付款的 POST）。",
			"處理以早期資料形式到達的非冪等請求（例如付款的 POST）。",
		},
	},
	{
		name: "Proxy-Status", category: FieldResponse,
		example: "ExampleProxy; error=http_protocol_error; details=\"Malformed response header: space before colon\"",
		syntax:  `Proxy-Status = sf-list ; each member a proxy name with parameters error, details, next-hop...`,
		summary: Text{
			"Lets each proxy on the path explain how it handled the response, and above all why it generated an error (dns_timeout, connection_refused, http_protocol_error...).",
			"让路径上的每个代理说明自己如何处理该响应，尤其是它为何生成错误（dns_timeout、connection_refused、http_protocol_error 等）。",
			"讓路徑上的每個代理說明自己如何處理該回應，尤其是它為何產生錯誤（dns_timeout、connection_refused、http_protocol_error 等）。",
		},
		without: Text{
			"A 502 or 504 from a proxy gives no clue about what went wrong.",
			"代理返回的 502 或 504 无法提供出错原因的线索。",
			"代理回應的 502 或 504 無法提供出錯原因的線索。",
		},
		mistakes: Text{
			"Exposing internal host names and addresses in details to the public.",
			"在 details 中向公众暴露内部主机名和地址。",
			"在 details 中向公眾暴露內部主機名稱和位址。",
		},
	},
}
