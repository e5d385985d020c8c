package knowledge

// WebDAV fields (RFC 4918), used with the WebDAV methods PROPFIND, COPY,
// MOVE, LOCK and UNLOCK to manage files and folders on a server.
var fieldFullWebDAV = []fieldEntry{
	{
		name: "DAV", category: FieldResponse,
		example: "1, 2, access-control",
		syntax:  `DAV = #( "1" / "2" / "3" / "<" Coded-URL ">" / token )`,
		summary: Text{
			"In an answer to OPTIONS, says which WebDAV compliance classes the resource supports: 1 (basic), 2 (locking), 3 (RFC 4918 revisions) and extensions.",
			"在 OPTIONS 的响应中说明资源支持哪些 WebDAV 兼容等级：1（基础）、2（锁定）、3（RFC 4918 的修订）以及扩展。",
			"在 OPTIONS 的回應中說明資源支援哪些 WebDAV 相容等級：1（基礎）、2（鎖定）、3（RFC 4918 的修訂）以及擴充。",
		},
		without: Text{
			"The resource does not speak WebDAV.",
			"该资源不支持 WebDAV。",
			"該資源不支援 WebDAV。",
		},
		mistakes: Text{
			"Advertising class 2 without implementing LOCK and UNLOCK.",
			"宣告支持等级 2 却没有实现 LOCK 和 UNLOCK。",
			"宣告支援等級 2 卻沒有實作 LOCK 和 UNLOCK。",
		},
	},
	{
		name: "Depth", category: FieldRequest,
		example: "1",
		syntax:  `Depth = "0" / "1" / "infinity"`,
		summary: Text{
			"How far a WebDAV method reaches into a collection: 0 (the collection itself), 1 (it and its direct members) or infinity (everything below).",
			"WebDAV 方法作用于集合的深度：0（仅集合本身）、1（集合及其直接成员）或 infinity（其下的全部内容）。",
			"WebDAV 方法作用於集合的深度：0（僅集合本身）、1（集合及其直接成員）或 infinity（其下的全部內容）。",
		},
		without: Text{
			"Most methods act as if infinity was given, which can be very expensive for PROPFIND on a large tree.",
			"多数方法按 infinity 处理，对大型目录树执行 PROPFIND 时代价可能很高。",
			"多數方法依 infinity 處理，對大型目錄樹執行 PROPFIND 時代價可能很高。",
		},
		mistakes: Text{
			"Values other than 0, 1 and infinity (such as 2), which servers reject with 400.",
			"使用 0、1、infinity 以外的值（例如 2），服务器会以 400 拒绝。",
			"使用 0、1、infinity 以外的值（例如 2），伺服器會以 400 拒絕。",
		},
	},
	{
		name: "Destination", category: FieldRequest,
		example: "https://example.com/docs/report-2024.txt",
		syntax:  `Destination = simple-ref ; an absolute URI or an absolute path`,
		summary: Text{
			"For COPY and MOVE: the address the resource should be copied or moved to.",
			"用于 COPY 和 MOVE：资源应被复制或移动到的地址。",
			"用於 COPY 和 MOVE：資源應被複製或移動到的位址。",
		},
		without: Text{
			"COPY and MOVE have nowhere to go and fail with 400 Bad Request.",
			"COPY 和 MOVE 没有目标，会以 400 Bad Request 失败。",
			"COPY 和 MOVE 沒有目標，會以 400 Bad Request 失敗。",
		},
		mistakes: Text{
			"A destination on another server, which most servers refuse (502), and characters that are not percent-encoded.",
			"目标位于另一台服务器上（多数服务器会以 502 拒绝），以及字符没有进行百分号编码。",
			"目標位於另一台伺服器上（多數伺服器會以 502 拒絕），以及字元沒有進行百分比編碼。",
		},
	},
	{
		name: "Overwrite", category: FieldRequest,
		example: "F",
		syntax:  `Overwrite = "T" / "F"`,
		summary: Text{
			"For COPY and MOVE: whether an existing resource at the destination may be replaced (T) or not (F).",
			"用于 COPY 和 MOVE：目标位置已有资源时能否覆盖（T）或不能覆盖（F）。",
			"用於 COPY 和 MOVE：目標位置已有資源時能否覆寫（T）或不能覆寫（F）。",
		},
		without: Text{
			"T: the destination is overwritten.",
			"按 T 处理：目标会被覆盖。",
			"依 T 處理：目標會被覆寫。",
		},
		mistakes: Text{
			"Writing true or false, and forgetting that the default overwrites.",
			"写成 true 或 false，以及忘了默认行为就是覆盖。",
			"寫成 true 或 false，以及忘了預設行為就是覆寫。",
		},
	},
	{
		name: "Lock-Token", category: FieldGeneral,
		example: "<urn:uuid:e71d4fae-5dec-22d6-fea5-00a0c91e6be4>",
		syntax:  `Lock-Token = Coded-URL ; "<" absolute-URI ">"`,
		summary: Text{
			"The token of a WebDAV lock: the server returns it when LOCK succeeds, and the client sends it with UNLOCK to release the lock.",
			"WebDAV 锁的令牌：LOCK 成功时服务器返回它，客户端在 UNLOCK 时发回它以释放锁。",
			"WebDAV 鎖的權杖：LOCK 成功時伺服器回傳它，用戶端在 UNLOCK 時送回它以釋放鎖。",
		},
		without: Text{
			"UNLOCK cannot say which lock to release and fails with 400.",
			"UNLOCK 无法指明要释放哪个锁，会以 400 失败。",
			"UNLOCK 無法指明要釋放哪個鎖，會以 400 失敗。",
		},
		mistakes: Text{
			"Leaving out the angle brackets around the token.",
			"漏写令牌两侧的尖括号。",
			"漏寫權杖兩側的角括號。",
		},
	},
	{
		name: "If", category: FieldRequest,
		example: `(<urn:uuid:181d4fae-7d8c-11d0-a765-00a0c91e6bf2> ["I am an ETag"])`,
		syntax:  `If = ( 1*No-tag-list ) / ( 1*Tagged-list ) ; lists of lock tokens and entity tags`,
		summary: Text{
			"WebDAV's richer precondition: lists of lock tokens and ETags, all of which must hold. Clients use it to prove they own a lock when changing a locked resource.",
			"WebDAV 中更丰富的前提条件：由锁令牌和 ETag 组成的列表，必须全部满足。客户端用它来证明自己持有锁，以修改被锁定的资源。",
			"WebDAV 中更豐富的前提條件：由鎖權杖和 ETag 組成的清單，必須全部成立。用戶端用它來證明自己持有鎖，以修改被鎖定的資源。",
		},
		without: Text{
			"Changes to a locked resource fail with 423 Locked.",
			"对被锁定资源的修改会以 423 Locked 失败。",
			"對被鎖定資源的修改會以 423 Locked 失敗。",
		},
		mistakes: Text{
			"Confusing it with If-Match, and forgetting the parentheses around each list.",
			"把它与 If-Match 混淆，以及忘记给每个列表加括号。",
			"把它與 If-Match 混淆，以及忘記給每個清單加括號。",
		},
	},
	{
		name: "Timeout", category: FieldGeneral,
		example: "Second-3600",
		syntax:  `Timeout = #TimeType ; TimeType = "Second-" DAVTimeOutVal / "Infinite"`,
		summary: Text{
			"With LOCK, how long the client would like the lock to last; the server answers with the timeout it granted.",
			"与 LOCK 一起使用：客户端希望锁持续多久；服务器在响应中给出实际批准的时长。",
			"與 LOCK 一起使用：用戶端希望鎖持續多久；伺服器在回應中給出實際核准的時長。",
		},
		without: Text{
			"The server picks its own lock timeout.",
			"服务器自行决定锁的超时时间。",
			"伺服器自行決定鎖的逾時時間。",
		},
		mistakes: Text{
			"Plain numbers (3600) instead of Second-3600, and assuming Infinite is granted.",
			"直接写数字（3600）而不是 Second-3600，以及以为 Infinite 一定会被批准。",
			"直接寫數字（3600）而不是 Second-3600，以及以為 Infinite 一定會被核准。",
		},
	},
}
