package knowledge

// The IANA HTTP Status Code Registry, explained, one block per class.

var status1xx = []Status{
	{
		Code: 100, Reason: "Continue", Spec: RFC(9110, "15.2.1"),
		RequestFields: []string{"Expect"},
		Summary: Text{
			"The header section arrived and was not rejected: go on and send the body.",
			"标头部分已收到且未被拒绝：请继续发送主体。",
			"標頭部分已收到且未被拒絕：請繼續傳送主體。",
		},
		When: Text{
			"When a request carries Expect: 100-continue, typically before a large upload, and the server is willing to read the body.",
			"当请求带有 Expect: 100-continue（通常在大文件上传之前），且服务器愿意读取主体时。",
			"當請求帶有 Expect: 100-continue（通常在大型上傳之前），且伺服器願意讀取主體時。",
		},
		Next: Text{
			"Send the body, then wait for the final response. A client that did not ask for 100 just ignores it.",
			"发送主体，然后等待最终响应。没有请求 100 的客户端直接忽略它即可。",
			"傳送主體，然後等待最終回應。沒有要求 100 的用戶端直接忽略它即可。",
		},
	},
	{
		Code: 101, Reason: "Switching Protocols", Spec: RFC(9110, "15.2.2"),
		Fields: []string{"Upgrade", "Connection"}, RequestFields: []string{"Upgrade"},
		Summary: Text{
			"The server agrees to switch this connection to another protocol, named in Upgrade.",
			"服务器同意把这条连接切换到 Upgrade 中指定的另一个协议。",
			"伺服器同意把這條連線切換到 Upgrade 中指定的另一個協定。",
		},
		When: Text{
			"In answer to a request with Upgrade (for example Upgrade: websocket) that the server accepts.",
			"回应带有 Upgrade（例如 Upgrade: websocket）且被服务器接受的请求时。",
			"回應帶有 Upgrade（例如 Upgrade: websocket）且被伺服器接受的請求時。",
		},
		Next: Text{
			"Right after the empty line that ends this response, speak the new protocol on the connection.",
			"在结束此响应的空行之后，立即在这条连接上改用新协议。",
			"在結束此回應的空行之後，立即在這條連線上改用新協定。",
		},
	},
	{
		Code: 102, Reason: "Processing", Spec: RFC(2518, "10.1"),
		Summary: Text{
			"WebDAV: still working on a long request, please do not time out. Dropped from WebDAV by RFC 4918 and rarely sent today.",
			"WebDAV：仍在处理一个耗时的请求，请不要超时断开。RFC 4918 已将其从 WebDAV 中删除，如今很少使用。",
			"WebDAV：仍在處理一個耗時的請求，請不要逾時中斷。RFC 4918 已將其從 WebDAV 中移除，如今很少使用。",
		},
		When: Text{
			"During a long WebDAV operation (a deep COPY or MOVE), to keep the client waiting.",
			"在耗时的 WebDAV 操作（例如深层 COPY 或 MOVE）期间，用来让客户端继续等待。",
			"在耗時的 WebDAV 操作（例如深層 COPY 或 MOVE）期間，用來讓用戶端繼續等待。",
		},
		Next: Text{
			"Keep waiting for the final response.",
			"继续等待最终响应。",
			"繼續等待最終回應。",
		},
	},
	{
		Code: 103, Reason: "Early Hints", Spec: RFC(8297, "2"),
		Fields: []string{"Link"},
		Summary: Text{
			"Hints, sent before the final response, about resources the page will need, so the browser can start loading them early.",
			"在最终响应之前发送的提示，说明页面将需要哪些资源，让浏览器可以提前开始加载。",
			"在最終回應之前送出的提示，說明頁面將需要哪些資源，讓瀏覽器可以提前開始載入。",
		},
		When: Text{
			"While the server is still preparing a page, with Link fields such as Link: </style.css>; rel=preload.",
			"在服务器仍在准备页面时发送，附带 Link 字段，例如 Link: </style.css>; rel=preload。",
			"在伺服器仍在準備頁面時送出，附帶 Link 欄位，例如 Link: </style.css>; rel=preload。",
		},
		Next: Text{
			"Optionally preload or preconnect to what the links name, and keep waiting for the final response.",
			"可以预加载或预连接链接所指的资源，并继续等待最终响应。",
			"可以預先載入或預先連線連結所指的資源，並繼續等待最終回應。",
		},
	},
	{
		Code: 104, Reason: "Upload Resumption Supported", Registration: StatusTemporary,
		Doc:    "draft-ietf-httpbis-resumable-upload",
		Fields: []string{"Location"},
		Summary: Text{
			"Temporary registration for a draft: the server can resume this upload if it is interrupted, and says where.",
			"草案的临时注册：如果上传中断，服务器可以续传，并告诉客户端在哪里续传。",
			"草案的暫時註冊：如果上傳中斷，伺服器可以續傳，並告訴用戶端在哪裡續傳。",
		},
		When: Text{
			"At the start of an upload, to a client that announced support for resumable uploads.",
			"在上传开始时，发给声明支持可续传上传的客户端。",
			"在上傳開始時，送給宣告支援可續傳上傳的用戶端。",
		},
		Next: Text{
			"Remember the upload URL from Location; after a failure, ask it how much arrived and send the rest.",
			"记下 Location 中的上传 URL；失败后向它询问已收到多少，再发送剩余部分。",
			"記下 Location 中的上傳 URL；失敗後向它詢問已收到多少，再傳送剩餘部分。",
		},
	},
}

var status2xx = []Status{
	{
		Code: 200, Reason: "OK", Spec: RFC(9110, "15.3.1"), Cacheable: true,
		Fields: []string{"Content-Type", "Content-Length"},
		Summary: Text{
			"The request succeeded; the body carries the result.",
			"请求成功，主体中是结果。",
			"請求成功，主體中是結果。",
		},
		When: Text{
			"The usual answer to a GET (the body is the resource) or to a POST or other method (the body describes the result).",
			"对 GET 的通常回答（主体就是资源），也用于 POST 等方法（主体描述结果）。",
			"對 GET 的一般回應（主體就是資源），也用於 POST 等方法（主體描述結果）。",
		},
		Next: Text{
			"Use the body, reading Content-Type to know what it is.",
			"使用主体，并根据 Content-Type 判断它是什么。",
			"使用主體，並依 Content-Type 判斷它是什麼。",
		},
	},
	{
		Code: 201, Reason: "Created", Spec: RFC(9110, "15.3.2"),
		Fields: []string{"Location", "ETag"},
		Summary: Text{
			"The request succeeded and created a new resource.",
			"请求成功，并创建了新资源。",
			"請求成功，並建立了新資源。",
		},
		When: Text{
			"After a POST or PUT that made something new; Location gives its URL.",
			"在 POST 或 PUT 创建了新东西之后；Location 给出它的 URL。",
			"在 POST 或 PUT 建立了新東西之後；Location 指出它的 URL。",
		},
		Next: Text{
			"Use the URL in Location (or the request URL for PUT) to reach the new resource.",
			"通过 Location 中的 URL（PUT 则为请求的 URL）访问新资源。",
			"透過 Location 中的 URL（PUT 則為請求的 URL）存取新資源。",
		},
	},
	{
		Code: 202, Reason: "Accepted", Spec: RFC(9110, "15.3.3"),
		Fields: []string{"Location", "Retry-After"},
		Summary: Text{
			"The request was accepted but not yet carried out; it may still fail.",
			"请求已被接受，但尚未执行，仍可能失败。",
			"請求已被接受，但尚未執行，仍可能失敗。",
		},
		When: Text{
			"When the work is queued for later, such as a batch job or a video conversion.",
			"当工作被排入队列稍后处理时，例如批处理任务或视频转码。",
			"當工作被排入佇列稍後處理時，例如批次工作或影片轉檔。",
		},
		Next: Text{
			"Check later, often at a status URL the body or Location points to.",
			"稍后再查看，通常是查看主体或 Location 指向的状态 URL。",
			"稍後再查看，通常是查看主體或 Location 指向的狀態 URL。",
		},
	},
	{
		Code: 203, Reason: "Non-Authoritative Information", Spec: RFC(9110, "15.3.4"), Cacheable: true,
		Summary: Text{
			"Success, but a transforming proxy changed the origin server's 200 response.",
			"成功，但一个做转换的代理修改了源服务器的 200 响应。",
			"成功，但一個做轉換的代理修改了來源伺服器的 200 回應。",
		},
		When: Text{
			"Sent by a proxy that altered the content, for example recompressed images.",
			"由修改了内容的代理发送，例如重新压缩了图片。",
			"由修改了內容的代理送出，例如重新壓縮了圖片。",
		},
		Next: Text{
			"Use it like 200, knowing it is not exactly what the origin sent.",
			"像 200 一样使用它，但要知道它并非源服务器发送的原样内容。",
			"像 200 一樣使用它，但要知道它並非來源伺服器送出的原樣內容。",
		},
	},
	{
		Code: 204, Reason: "No Content", Spec: RFC(9110, "15.3.5"), Cacheable: true,
		Fields: []string{"ETag"},
		Summary: Text{
			"Success, and there is deliberately no body.",
			"成功，而且有意不带主体。",
			"成功，而且刻意不帶主體。",
		},
		When: Text{
			"After a PUT, DELETE or form save where nothing needs to be sent back, and for CORS preflights.",
			"在 PUT、DELETE 或保存表单后无需返回内容时，以及 CORS 预检的回答。",
			"在 PUT、DELETE 或儲存表單後無需回傳內容時，以及 CORS 預檢的回應。",
		},
		Next: Text{
			"Stay on the current page; the response ends at the empty line, with no body to read.",
			"留在当前页面；响应在空行处结束，没有主体可读。",
			"留在目前頁面；回應在空行處結束，沒有主體可讀。",
		},
	},
	{
		Code: 205, Reason: "Reset Content", Spec: RFC(9110, "15.3.6"),
		Summary: Text{
			"Success; the client should reset the form or view that sent the request.",
			"成功；客户端应重置发出请求的表单或视图。",
			"成功；用戶端應重設送出請求的表單或畫面。",
		},
		When: Text{
			"After a data-entry form was submitted, so the user can type the next entry.",
			"在提交数据录入表单之后，让用户可以输入下一条。",
			"在提交資料輸入表單之後，讓使用者可以輸入下一筆。",
		},
		Next: Text{
			"Clear the form; there is no body.",
			"清空表单；没有主体。",
			"清空表單；沒有主體。",
		},
	},
	{
		Code: 206, Reason: "Partial Content", Spec: RFC(9110, "15.3.7"), Cacheable: true,
		Fields: []string{"Content-Range", "Content-Type"}, RequestFields: []string{"Range", "If-Range"},
		Summary: Text{
			"Only part of the resource is sent, the range(s) the client asked for.",
			"只发送资源的一部分，即客户端请求的范围。",
			"只傳送資源的一部分，即用戶端請求的範圍。",
		},
		When: Text{
			"In answer to a Range request: resuming a download, seeking in a video. Content-Range says which bytes these are.",
			"回应 Range 请求时：续传下载、在视频中跳转。Content-Range 说明这是哪些字节。",
			"回應 Range 請求時：續傳下載、在影片中跳轉。Content-Range 說明這是哪些位元組。",
		},
		Next: Text{
			"Put the bytes at the position Content-Range gives (multipart/byteranges for several ranges).",
			"把这些字节放到 Content-Range 给出的位置（多个范围时为 multipart/byteranges）。",
			"把這些位元組放到 Content-Range 指出的位置（多個範圍時為 multipart/byteranges）。",
		},
	},
	{
		Code: 207, Reason: "Multi-Status", Spec: RFC(4918, "11.1"),
		Fields: []string{"Content-Type"},
		Summary: Text{
			"WebDAV: the body is an XML document with a separate status for each of several resources.",
			"WebDAV：主体是一个 XML 文档，分别给出多个资源各自的状态。",
			"WebDAV：主體是一份 XML 文件，分別列出多個資源各自的狀態。",
		},
		When: Text{
			"After a WebDAV operation touching several resources (PROPFIND, a COPY of a folder) whose results differ.",
			"在涉及多个资源且结果各不相同的 WebDAV 操作（PROPFIND、复制文件夹）之后。",
			"在涉及多個資源且結果各不相同的 WebDAV 操作（PROPFIND、複製資料夾）之後。",
		},
		Next: Text{
			"Read each response element in the XML body; some parts may have failed.",
			"逐个读取 XML 主体中的 response 元素；其中一些部分可能失败了。",
			"逐一讀取 XML 主體中的 response 元素；其中一些部分可能失敗了。",
		},
	},
	{
		Code: 208, Reason: "Already Reported", Spec: RFC(5842, "7.1"),
		Summary: Text{
			"WebDAV bindings: inside a 207 body, this member was already listed earlier and is not repeated.",
			"WebDAV 绑定：在 207 主体中，这个成员前面已经列出，不再重复。",
			"WebDAV 繫結：在 207 主體中，這個成員前面已經列出，不再重複。",
		},
		When: Text{
			"Only inside a Multi-Status body, to avoid listing a resource reachable through several bindings twice.",
			"只出现在 Multi-Status 主体中，避免重复列出可通过多个绑定访问的资源。",
			"只出現在 Multi-Status 主體中，避免重複列出可透過多個繫結存取的資源。",
		},
		Next: Text{
			"Use the earlier entry for that resource.",
			"使用前面关于该资源的条目。",
			"使用前面關於該資源的項目。",
		},
	},
	{
		Code: 226, Reason: "IM Used", Spec: RFC(3229, "10.4.1"),
		Fields: []string{"IM"}, RequestFields: []string{"A-IM"},
		Summary: Text{
			"Delta encoding: the body is the result of applying instance manipulations (for example a diff against the client's copy).",
			"增量编码：主体是应用了实例操作之后的结果（例如相对于客户端副本的差异）。",
			"差異編碼：主體是套用了實例操作之後的結果（例如相對於用戶端副本的差異）。",
		},
		When: Text{
			"When a client sent A-IM asking for a delta and the server supports it. Rare in practice.",
			"当客户端发送 A-IM 请求增量，且服务器支持时。实际很少见。",
			"當用戶端送出 A-IM 要求差異，且伺服器支援時。實務上很少見。",
		},
		Next: Text{
			"Apply the delta named in the IM field to the cached copy.",
			"把 IM 字段指明的增量应用到缓存副本上。",
			"把 IM 欄位指明的差異套用到快取副本上。",
		},
	},
}

var status3xx = []Status{
	{
		Code: 300, Reason: "Multiple Choices", Spec: RFC(9110, "15.4.1"), Cacheable: true,
		Fields: []string{"Location"},
		Summary: Text{
			"The resource has several representations (languages, formats); the client should pick one.",
			"该资源有多种表示（语言、格式），客户端应从中选择一个。",
			"該資源有多種表示（語言、格式），用戶端應從中選擇一個。",
		},
		When: Text{
			"When the server cannot or will not choose for the client; a preferred one may be in Location.",
			"当服务器无法或不愿替客户端选择时；首选项可能在 Location 中。",
			"當伺服器無法或不願替用戶端選擇時；首選項目可能在 Location 中。",
		},
		Next: Text{
			"Choose from the list in the body, or follow Location. Rarely seen in practice.",
			"从主体中的列表里选择，或跟随 Location。实际很少见。",
			"從主體中的清單選擇，或跟隨 Location。實務上很少見。",
		},
	},
	{
		Code: 301, Reason: "Moved Permanently", Spec: RFC(9110, "15.4.2"), Cacheable: true,
		Fields: []string{"Location"},
		Summary: Text{
			"The resource has a new permanent URL, given in Location.",
			"资源已有新的永久 URL，在 Location 中给出。",
			"資源已有新的永久 URL，在 Location 中指出。",
		},
		When: Text{
			"After a site or page moved for good, for example from http:// to https:// or to a new domain.",
			"在网站或页面永久迁移之后，例如从 http:// 改为 https://，或换了新域名。",
			"在網站或頁面永久搬遷之後，例如從 http:// 改為 https://，或換了新網域。",
		},
		Next: Text{
			"Repeat the request at Location and update bookmarks and links. Browsers may turn a POST into GET here; use 308 to prevent that.",
			"向 Location 重发请求，并更新书签和链接。浏览器在这里可能把 POST 改成 GET；要避免这一点请用 308。",
			"向 Location 重送請求，並更新書籤和連結。瀏覽器在這裡可能把 POST 改成 GET；要避免這點請用 308。",
		},
	},
	{
		Code: 302, Reason: "Found", Spec: RFC(9110, "15.4.3"),
		Fields: []string{"Location"},
		Summary: Text{
			"The resource is temporarily at another URL, given in Location; keep using the old one.",
			"资源暂时位于 Location 给出的另一个 URL；以后仍使用原来的 URL。",
			"資源暫時位於 Location 指出的另一個 URL；以後仍使用原本的 URL。",
		},
		When: Text{
			"For temporary redirects, such as sending a visitor to a login page.",
			"用于临时重定向，例如把访客送到登录页面。",
			"用於暫時重新導向，例如把訪客送到登入頁面。",
		},
		Next: Text{
			"Repeat the request at Location. Browsers historically switch POST to GET here; 307 keeps the method.",
			"向 Location 重发请求。浏览器历来会在这里把 POST 改成 GET；307 则会保持方法不变。",
			"向 Location 重送請求。瀏覽器歷來會在這裡把 POST 改成 GET；307 則會保持方法不變。",
		},
	},
	{
		Code: 303, Reason: "See Other", Spec: RFC(9110, "15.4.4"),
		Fields: []string{"Location"},
		Summary: Text{
			"The result is at another URL: fetch it with GET.",
			"结果在另一个 URL 上：用 GET 获取它。",
			"結果在另一個 URL 上：用 GET 取得它。",
		},
		When: Text{
			"After a POST, to send the browser to a result page (Post/Redirect/Get), so reloading does not submit again.",
			"在 POST 之后把浏览器引到结果页（提交后重定向），这样刷新页面不会再次提交。",
			"在 POST 之後把瀏覽器引到結果頁（提交後重新導向），這樣重新整理頁面不會再次提交。",
		},
		Next: Text{
			"Send a GET (or HEAD) to Location, whatever the original method was.",
			"不论原来的方法是什么，都向 Location 发送 GET（或 HEAD）。",
			"不論原本的方法是什麼，都向 Location 送出 GET（或 HEAD）。",
		},
	},
	{
		Code: 304, Reason: "Not Modified", Spec: RFC(9110, "15.4.5"),
		Fields:        []string{"ETag", "Cache-Control", "Expires", "Vary", "Date"},
		RequestFields: []string{"If-None-Match", "If-Modified-Since"},
		Summary: Text{
			"The client's cached copy is still current; no body is sent.",
			"客户端缓存的副本仍是最新的；不发送主体。",
			"用戶端快取的副本仍是最新的；不傳送主體。",
		},
		When: Text{
			"In answer to a conditional GET or HEAD (If-None-Match, If-Modified-Since) whose condition shows nothing changed.",
			"回应条件 GET 或 HEAD（If-None-Match、If-Modified-Since），且条件表明内容没有变化时。",
			"回應條件式 GET 或 HEAD（If-None-Match、If-Modified-Since），且條件顯示內容沒有變化時。",
		},
		Next: Text{
			"Use the stored copy, refreshing its metadata with the fields of this response.",
			"使用已保存的副本，并用本响应的字段更新其元数据。",
			"使用已儲存的副本，並用本回應的欄位更新其中繼資料。",
		},
	},
	{
		Code: 305, Reason: "Use Proxy", Spec: RFC(9110, "15.4.6"),
		Fields: []string{"Location"},
		Summary: Text{
			"Deprecated: once meant \"repeat this through the proxy in Location\". Ignored for security reasons.",
			"已弃用：过去表示“通过 Location 中的代理重发”。出于安全原因已被忽略。",
			"已棄用：過去表示「透過 Location 中的代理重送」。基於安全原因已被忽略。",
		},
		When: Text{
			"Never, today: letting a server choose a client's proxy was unsafe.",
			"如今不应发送：让服务器指定客户端的代理是不安全的。",
			"如今不應送出：讓伺服器指定用戶端的代理是不安全的。",
		},
		Next: Text{
			"Do not switch proxies; treat it as an unusable redirect.",
			"不要切换代理；把它当作无法使用的重定向。",
			"不要切換代理；把它當作無法使用的重新導向。",
		},
	},
	{
		Code: 306, Reason: "(Unused)", Registration: StatusUnused, Spec: RFC(9110, "15.4.7"),
		Example: "HTTP/1.1 306 Switch Proxy",
		Summary: Text{
			"Reserved and unused. An early draft called it \"Switch Proxy\"; it was never part of a standard.",
			"保留且不使用。早期草案称它为“Switch Proxy”；它从未成为标准的一部分。",
			"保留且不使用。早期草案稱它為「Switch Proxy」；它從未成為標準的一部分。",
		},
		When: Text{
			"Never: the code is reserved so that it keeps no meaning.",
			"从不发送：这个状态码被保留，使其不具任何含义。",
			"從不送出：這個狀態碼被保留，使其不具任何意義。",
		},
		Next: Text{
			"Treat it as an unknown 3xx code, that is like 300.",
			"把它当作未知的 3xx 状态码，即按 300 处理。",
			"把它當作未知的 3xx 狀態碼，即依 300 處理。",
		},
	},
	{
		Code: 307, Reason: "Temporary Redirect", Spec: RFC(9110, "15.4.8"),
		Fields: []string{"Location"},
		Summary: Text{
			"The resource is temporarily at Location; repeat the request there with the same method and body.",
			"资源暂时位于 Location；用相同的方法和主体向那里重发请求。",
			"資源暫時位於 Location；用相同的方法和主體向那裡重送請求。",
		},
		When: Text{
			"For temporary redirects that must not turn POST into GET, such as during maintenance or load balancing.",
			"用于不允许把 POST 改成 GET 的临时重定向，例如维护期间或负载均衡。",
			"用於不允許把 POST 改成 GET 的暫時重新導向，例如維護期間或負載平衡。",
		},
		Next: Text{
			"Resend the same request to Location; keep using the original URL next time.",
			"把同样的请求重发到 Location；下次仍使用原来的 URL。",
			"把同樣的請求重送到 Location；下次仍使用原本的 URL。",
		},
	},
	{
		Code: 308, Reason: "Permanent Redirect", Spec: RFC(9110, "15.4.9"), Cacheable: true,
		Fields: []string{"Location"},
		Summary: Text{
			"The resource has moved permanently to Location; repeat the request there with the same method and body.",
			"资源已永久移到 Location；用相同的方法和主体向那里重发请求。",
			"資源已永久移到 Location；用相同的方法和主體向那裡重送請求。",
		},
		When: Text{
			"For permanent moves of URLs that receive POST, PUT or other requests with bodies, such as APIs.",
			"用于会接收 POST、PUT 等带主体请求的 URL（例如 API）的永久迁移。",
			"用於會接收 POST、PUT 等帶主體請求的 URL（例如 API）的永久搬遷。",
		},
		Next: Text{
			"Resend the same request to Location and use the new URL from now on.",
			"把同样的请求重发到 Location，今后使用新 URL。",
			"把同樣的請求重送到 Location，今後使用新 URL。",
		},
	},
}

var status4xx = []Status{
	{
		Code: 400, Reason: "Bad Request", Spec: RFC(9110, "15.5.1"),
		Summary: Text{
			"The server cannot process the request because of a client error: bad syntax, a malformed field, invalid framing.",
			"由于客户端的错误，服务器无法处理请求：语法错误、字段格式错误、报文边界无效等。",
			"由於用戶端的錯誤，伺服器無法處理請求：語法錯誤、欄位格式錯誤、訊息邊界無效等。",
		},
		When: Text{
			"For a request line or header section that does not parse, a missing or duplicated Host in HTTP/1.1, conflicting Content-Length values, or invalid data.",
			"请求行或标头部分无法解析、HTTP/1.1 中缺少或重复 Host、Content-Length 值相互矛盾，或数据无效时。",
			"請求列或標頭部分無法解析、HTTP/1.1 中缺少或重複 Host、Content-Length 值互相矛盾，或資料無效時。",
		},
		Next: Text{
			"Fix the request; sending it again unchanged gives the same answer.",
			"修正请求；原样重发只会得到同样的回答。",
			"修正請求；原封不動地重送只會得到同樣的回應。",
		},
	},
	{
		Code: 401, Reason: "Unauthorized", Spec: RFC(9110, "15.5.2"),
		Fields: []string{"WWW-Authenticate"}, RequestFields: []string{"Authorization"},
		Summary: Text{
			"Authentication is needed: the request has no valid credentials. (Despite the name, it means \"unauthenticated\".)",
			"需要身份验证：请求没有有效的凭据。（虽然名字是“未授权”，实际含义是“未认证”。）",
			"需要身分驗證：請求沒有有效的憑證。（雖然名稱是「未授權」，實際意思是「未認證」。）",
		},
		When: Text{
			"When credentials are missing, expired or wrong. The server must send WWW-Authenticate saying how to authenticate.",
			"当凭据缺失、过期或错误时。服务器必须发送 WWW-Authenticate，说明如何进行身份验证。",
			"當憑證缺少、過期或錯誤時。伺服器必須送出 WWW-Authenticate，說明如何進行身分驗證。",
		},
		Next: Text{
			"Obtain credentials for the scheme in WWW-Authenticate (a browser may show a login box) and repeat the request with Authorization.",
			"按照 WWW-Authenticate 中的方案获取凭据（浏览器可能弹出登录框），然后带上 Authorization 重发请求。",
			"依照 WWW-Authenticate 中的方案取得憑證（瀏覽器可能跳出登入框），然後帶上 Authorization 重送請求。",
		},
	},
	{
		Code: 402, Reason: "Payment Required", Spec: RFC(9110, "15.5.3"),
		Summary: Text{
			"Reserved for future use; some services use it informally when payment or a paid plan is needed.",
			"保留供将来使用；一些服务非正式地用它表示需要付款或付费方案。",
			"保留供未來使用；一些服務非正式地用它表示需要付款或付費方案。",
		},
		When: Text{
			"No standard meaning; APIs sometimes send it when a quota or subscription has run out.",
			"没有标准含义；一些 API 在配额或订阅用完时发送它。",
			"沒有標準意義；一些 API 在配額或訂閱用完時送出它。",
		},
		Next: Text{
			"Read the body for the service's own explanation.",
			"阅读主体，了解该服务自己的说明。",
			"閱讀主體，了解該服務自己的說明。",
		},
	},
	{
		Code: 403, Reason: "Forbidden", Spec: RFC(9110, "15.5.4"),
		Summary: Text{
			"The server understood the request but refuses it; credentials will not help (or the ones given are not enough).",
			"服务器理解了请求但拒绝执行；提供凭据也无济于事（或所给凭据权限不足）。",
			"伺服器理解了請求但拒絕執行；提供憑證也無濟於事（或所給憑證權限不足）。",
		},
		When: Text{
			"When the user is known but lacks permission, or access is blocked by policy (IP address, folder listing disabled).",
			"当用户身份已知但缺少权限，或访问被策略阻止（IP 地址限制、禁止列出目录）时。",
			"當使用者身分已知但缺少權限，或存取被政策阻擋（IP 位址限制、禁止列出目錄）時。",
		},
		Next: Text{
			"Do not simply retry; ask for access or use another account.",
			"不要简单地重试；应申请访问权限或换用其他账户。",
			"不要單純地重試；應申請存取權限或改用其他帳號。",
		},
	},
	{
		Code: 404, Reason: "Not Found", Spec: RFC(9110, "15.5.5"), Cacheable: true,
		Summary: Text{
			"There is nothing at this URL, or the server will not say whether there is.",
			"这个 URL 上什么也没有，或者服务器不愿透露是否有。",
			"這個 URL 上什麼也沒有，或者伺服器不願透露是否有。",
		},
		When: Text{
			"For a mistyped or stale link, a deleted page, or to hide a resource the client may not see.",
			"链接拼错或过时、页面已删除，或要对客户端隐藏某资源时。",
			"連結拼錯或過時、頁面已刪除，或要對用戶端隱藏某資源時。",
		},
		Next: Text{
			"Check the URL (case, slashes, extension); the body often has a helpful page.",
			"检查 URL（大小写、斜杠、扩展名）；主体中通常有一个说明页面。",
			"檢查 URL（大小寫、斜線、副檔名）；主體中通常有一個說明頁面。",
		},
	},
	{
		Code: 405, Reason: "Method Not Allowed", Spec: RFC(9110, "15.5.6"), Cacheable: true,
		Fields: []string{"Allow"},
		Summary: Text{
			"The server knows the method, but this resource does not support it.",
			"服务器认识这个方法，但该资源不支持它。",
			"伺服器認得這個方法，但該資源不支援它。",
		},
		When: Text{
			"For example a POST to a static file or a DELETE on a read-only page. Allow must list the methods that do work.",
			"例如对静态文件发送 POST，或对只读页面发送 DELETE。Allow 必须列出可用的方法。",
			"例如對靜態檔案送出 POST，或對唯讀頁面送出 DELETE。Allow 必須列出可用的方法。",
		},
		Next: Text{
			"Use one of the methods in Allow.",
			"改用 Allow 中列出的方法。",
			"改用 Allow 中列出的方法。",
		},
	},
	{
		Code: 406, Reason: "Not Acceptable", Spec: RFC(9110, "15.5.7"),
		RequestFields: []string{"Accept", "Accept-Language", "Accept-Encoding", "Accept-Charset"},
		Summary: Text{
			"No representation matches what the client's Accept fields ask for.",
			"没有任何表示符合客户端 Accept 系列字段的要求。",
			"沒有任何表示符合用戶端 Accept 系列欄位的要求。",
		},
		When: Text{
			"When the server takes proactive negotiation strictly, for example Accept: application/xml on a JSON-only API. Many servers send a default instead.",
			"当服务器严格执行主动协商时，例如对只提供 JSON 的 API 发送 Accept: application/xml。许多服务器会改为发送默认表示。",
			"當伺服器嚴格執行主動協商時，例如對只提供 JSON 的 API 送出 Accept: application/xml。許多伺服器會改為送出預設表示。",
		},
		Next: Text{
			"Widen the Accept fields (add */* with a low q-value) or pick from the list in the body.",
			"放宽 Accept 系列字段（加入低 q 值的 */*），或从主体列出的选项中挑选。",
			"放寬 Accept 系列欄位（加入低 q 值的 */*），或從主體列出的選項中挑選。",
		},
	},
	{
		Code: 407, Reason: "Proxy Authentication Required", Spec: RFC(9110, "15.5.8"),
		Fields: []string{"Proxy-Authenticate"}, RequestFields: []string{"Proxy-Authorization"},
		Summary: Text{
			"Like 401, but it is the proxy on the way that wants credentials.",
			"与 401 类似，但要求凭据的是途中的代理。",
			"與 401 類似，但要求憑證的是途中的代理。",
		},
		When: Text{
			"Sent by a proxy that requires users to log in; it must include Proxy-Authenticate.",
			"由要求用户登录的代理发送；必须附带 Proxy-Authenticate。",
			"由要求使用者登入的代理送出；必須附帶 Proxy-Authenticate。",
		},
		Next: Text{
			"Repeat the request with Proxy-Authorization for the scheme Proxy-Authenticate names.",
			"按照 Proxy-Authenticate 指明的方案，带上 Proxy-Authorization 重发请求。",
			"依照 Proxy-Authenticate 指明的方案，帶上 Proxy-Authorization 重送請求。",
		},
	},
	{
		Code: 408, Reason: "Request Timeout", Spec: RFC(9110, "15.5.9"),
		Fields: []string{"Connection"},
		Summary: Text{
			"The server gave up waiting for the complete request and is closing the connection.",
			"服务器等不到完整的请求，放弃等待并将关闭连接。",
			"伺服器等不到完整的請求，放棄等待並將關閉連線。",
		},
		When: Text{
			"When a client opened a connection, or started a request, and then sent nothing more for too long.",
			"当客户端打开连接或开始发送请求后，太久没有再发送内容时。",
			"當用戶端開啟連線或開始送出請求後，太久沒有再送出內容時。",
		},
		Next: Text{
			"Open a new connection and send the request again.",
			"打开新连接，重新发送请求。",
			"開啟新連線，重新送出請求。",
		},
	},
	{
		Code: 409, Reason: "Conflict", Spec: RFC(9110, "15.5.10"),
		Summary: Text{
			"The request conflicts with the current state of the resource.",
			"请求与资源的当前状态相冲突。",
			"請求與資源的目前狀態相衝突。",
		},
		When: Text{
			"For example an edit based on an old version, creating something that already exists, or WebDAV MKCOL without a parent folder.",
			"例如基于旧版本的编辑、创建已存在的东西，或在父文件夹不存在时执行 WebDAV MKCOL。",
			"例如基於舊版本的編輯、建立已存在的東西，或在上層資料夾不存在時執行 WebDAV MKCOL。",
		},
		Next: Text{
			"Read the body, resolve the conflict (fetch the latest version, merge) and try again.",
			"阅读主体，解决冲突（获取最新版本、合并修改）后再试。",
			"閱讀主體，解決衝突（取得最新版本、合併修改）後再試。",
		},
	},
	{
		Code: 410, Reason: "Gone", Spec: RFC(9110, "15.5.11"), Cacheable: true,
		Summary: Text{
			"The resource used to be here and is gone for good, with no forwarding address.",
			"资源曾经在这里，但已永久消失，没有新地址。",
			"資源曾經在這裡，但已永久消失，沒有新位址。",
		},
		When: Text{
			"For content removed on purpose, such as an expired offer, when the server knows it will not return.",
			"用于被有意删除且服务器知道不会再回来的内容，例如已结束的优惠。",
			"用於被刻意移除且伺服器知道不會再回來的內容，例如已結束的優惠。",
		},
		Next: Text{
			"Remove links and bookmarks to it; do not retry.",
			"删除指向它的链接和书签；不要重试。",
			"刪除指向它的連結和書籤；不要重試。",
		},
	},
	{
		Code: 411, Reason: "Length Required", Spec: RFC(9110, "15.5.12"),
		RequestFields: []string{"Content-Length"},
		Summary: Text{
			"The server refuses a request body whose length is not given in Content-Length.",
			"服务器拒绝接受没有用 Content-Length 给出长度的请求主体。",
			"伺服器拒絕接受沒有用 Content-Length 指出長度的請求主體。",
		},
		When: Text{
			"For a POST or PUT without Content-Length (and without chunked transfer coding the server accepts).",
			"对于没有 Content-Length（也没有服务器接受的分块传输编码）的 POST 或 PUT。",
			"對於沒有 Content-Length（也沒有伺服器接受的分塊傳輸編碼）的 POST 或 PUT。",
		},
		Next: Text{
			"Add a correct Content-Length and send it again.",
			"加上正确的 Content-Length 后重新发送。",
			"加上正確的 Content-Length 後重新送出。",
		},
	},
	{
		Code: 412, Reason: "Precondition Failed", Spec: RFC(9110, "15.5.13"),
		Fields: []string{"ETag"}, RequestFields: []string{"If-Match", "If-Unmodified-Since", "If-None-Match"},
		Summary: Text{
			"A condition in the request (If-Match, If-Unmodified-Since…) was false, so nothing was done.",
			"请求中的条件（If-Match、If-Unmodified-Since 等）不成立，所以什么也没做。",
			"請求中的條件（If-Match、If-Unmodified-Since 等）不成立，所以什麼也沒做。",
		},
		When: Text{
			"Typically when a PUT or DELETE with If-Match finds that someone else changed the resource in the meantime.",
			"通常是带 If-Match 的 PUT 或 DELETE 发现资源在此期间已被别人修改时。",
			"通常是帶 If-Match 的 PUT 或 DELETE 發現資源在此期間已被別人修改時。",
		},
		Next: Text{
			"Fetch the current version, redo the change on it, and retry with its ETag.",
			"获取当前版本，在其基础上重新修改，再用它的 ETag 重试。",
			"取得目前版本，在其基礎上重新修改，再用它的 ETag 重試。",
		},
	},
	{
		Code: 413, Reason: "Content Too Large", Spec: RFC(9110, "15.5.14"),
		Fields: []string{"Retry-After", "Connection"},
		Summary: Text{
			"The request body is larger than the server is willing to process. (Older name: Payload Too Large.)",
			"请求主体超过了服务器愿意处理的大小。（旧名称：Payload Too Large。）",
			"請求主體超過了伺服器願意處理的大小。（舊名稱：Payload Too Large。）",
		},
		When: Text{
			"For uploads over the server's limit; the server may close the connection. Retry-After says when the limit is temporary.",
			"上传超出服务器限制时；服务器可能关闭连接。如果限制是暂时的，Retry-After 会说明何时可以重试。",
			"上傳超出伺服器限制時；伺服器可能關閉連線。如果限制是暫時的，Retry-After 會說明何時可以重試。",
		},
		Next: Text{
			"Send less data, compress it, or split it into several requests.",
			"减少数据量、压缩数据，或分成多个请求发送。",
			"減少資料量、壓縮資料，或分成多個請求送出。",
		},
	},
	{
		Code: 414, Reason: "URI Too Long", Spec: RFC(9110, "15.5.15"), Cacheable: true,
		Summary: Text{
			"The target URI is longer than the server is willing to read.",
			"请求目标 URI 超过了服务器愿意读取的长度。",
			"請求目標 URI 超過了伺服器願意讀取的長度。",
		},
		When: Text{
			"Usually when a form or query put too much data in the query string, or a redirect loop kept appending to the URL.",
			"通常是表单或查询把过多数据放进了查询字符串，或重定向循环不断在 URL 后追加内容。",
			"通常是表單或查詢把過多資料放進了查詢字串，或重新導向迴圈不斷在 URL 後面附加內容。",
		},
		Next: Text{
			"Move the data into a body (POST, or QUERY for a safe query).",
			"把数据移到主体中（使用 POST，或对安全的查询使用 QUERY）。",
			"把資料移到主體中（使用 POST，或對安全的查詢使用 QUERY）。",
		},
	},
	{
		Code: 415, Reason: "Unsupported Media Type", Spec: RFC(9110, "15.5.16"),
		Fields:        []string{"Accept", "Accept-Encoding", "Accept-Post", "Accept-Patch"},
		RequestFields: []string{"Content-Type", "Content-Encoding"},
		Summary: Text{
			"The server does not accept the format (Content-Type) or coding (Content-Encoding) of the request body.",
			"服务器不接受请求主体的格式（Content-Type）或编码（Content-Encoding）。",
			"伺服器不接受請求主體的格式（Content-Type）或編碼（Content-Encoding）。",
		},
		When: Text{
			"For example XML sent to a JSON-only API, or a missing Content-Type. The answer may list what it takes in Accept-Post, Accept-Patch or Accept-Encoding.",
			"例如把 XML 发给只接受 JSON 的 API，或缺少 Content-Type。回答中可能用 Accept-Post、Accept-Patch 或 Accept-Encoding 列出接受的格式。",
			"例如把 XML 送給只接受 JSON 的 API，或缺少 Content-Type。回應中可能用 Accept-Post、Accept-Patch 或 Accept-Encoding 列出接受的格式。",
		},
		Next: Text{
			"Resend the body in a supported format with the right Content-Type.",
			"用支持的格式和正确的 Content-Type 重新发送主体。",
			"用支援的格式和正確的 Content-Type 重新送出主體。",
		},
	},
	{
		Code: 416, Reason: "Range Not Satisfiable", Spec: RFC(9110, "15.5.17"),
		Fields: []string{"Content-Range"}, RequestFields: []string{"Range"},
		Summary: Text{
			"None of the requested byte ranges fit inside the resource.",
			"请求的字节范围都不在资源的范围之内。",
			"請求的位元組範圍都不在資源的範圍之內。",
		},
		When: Text{
			"For a Range that starts past the end, for example bytes=5000- on a 1000-byte file. Content-Range: bytes */1000 tells the real length.",
			"当 Range 的起点超出末尾时，例如对 1000 字节的文件请求 bytes=5000-。Content-Range: bytes */1000 给出实际长度。",
			"當 Range 的起點超出結尾時，例如對 1000 位元組的檔案請求 bytes=5000-。Content-Range: bytes */1000 指出實際長度。",
		},
		Next: Text{
			"Ask for a range within the length given in Content-Range, or fetch the whole resource.",
			"在 Content-Range 给出的长度内请求范围，或获取整个资源。",
			"在 Content-Range 指出的長度內請求範圍，或取得整個資源。",
		},
	},
	{
		Code: 417, Reason: "Expectation Failed", Spec: RFC(9110, "15.5.18"),
		RequestFields: []string{"Expect"},
		Summary: Text{
			"The server cannot meet the expectation in the request's Expect field.",
			"服务器无法满足请求中 Expect 字段的期望。",
			"伺服器無法滿足請求中 Expect 欄位的期望。",
		},
		When: Text{
			"For an Expect value other than 100-continue, or when a proxy on the way cannot honour it.",
			"当 Expect 的值不是 100-continue，或途中的代理无法满足它时。",
			"當 Expect 的值不是 100-continue，或途中的代理無法滿足它時。",
		},
		Next: Text{
			"Send the request again without the Expect field.",
			"去掉 Expect 字段后重新发送请求。",
			"去掉 Expect 欄位後重新送出請求。",
		},
	},
	{
		Code: 418, Reason: "(Unused)", Registration: StatusUnused, Spec: RFC(9110, "15.5.19"),
		Example: "HTTP/1.1 418 I'm a teapot",
		Summary: Text{
			"Reserved. \"I'm a teapot\" comes from an April Fools' RFC (2324); it was used as a joke so often that the code can never get a real meaning.",
			"保留。“I'm a teapot”来自一个愚人节 RFC（2324）；它被当作玩笑使用得太多，以致这个状态码再也不能赋予真正的含义。",
			"保留。「I'm a teapot」來自一份愚人節 RFC（2324）；它被當作玩笑使用得太多，以致這個狀態碼再也不能賦予真正的意義。",
		},
		When: Text{
			"Never in earnest; some servers send it as an easter egg.",
			"从不正式使用；一些服务器把它当作彩蛋发送。",
			"從不正式使用；一些伺服器把它當作彩蛋送出。",
		},
		Next: Text{
			"Treat it as an unknown 4xx code, that is like 400.",
			"把它当作未知的 4xx 状态码，即按 400 处理。",
			"把它當作未知的 4xx 狀態碼，即依 400 處理。",
		},
	},
	{
		Code: 421, Reason: "Misdirected Request", Spec: RFC(9110, "15.5.20"),
		Summary: Text{
			"This server cannot answer for the host named in the request, at least not on this connection.",
			"这台服务器无法为请求中的主机名作答，至少在这条连接上不能。",
			"這台伺服器無法為請求中的主機名稱作答，至少在這條連線上不能。",
		},
		When: Text{
			"When a reused connection (often HTTP/2, or a TLS certificate covering several names) reached a server not configured for that host.",
			"当复用的连接（通常是 HTTP/2，或覆盖多个域名的 TLS 证书）到达了未为该主机配置的服务器时。",
			"當重複使用的連線（通常是 HTTP/2，或涵蓋多個網域的 TLS 憑證）抵達了未為該主機設定的伺服器時。",
		},
		Next: Text{
			"Retry the request on a new connection, even if the method is not idempotent.",
			"在新连接上重试该请求，即使方法不是幂等的也可以。",
			"在新連線上重試該請求，即使方法不是冪等的也可以。",
		},
	},
	{
		Code: 422, Reason: "Unprocessable Content", Spec: RFC(9110, "15.5.21"),
		Summary: Text{
			"The body is well-formed and of a supported type, but its content makes no sense (validation failed).",
			"主体格式正确、类型也受支持，但内容不合理（验证失败）。",
			"主體格式正確、類型也受支援，但內容不合理（驗證失敗）。",
		},
		When: Text{
			"For example valid JSON with an end date before the start date, or a patch that cannot apply.",
			"例如合法的 JSON 但结束日期早于开始日期，或补丁无法应用。",
			"例如合法的 JSON 但結束日期早於開始日期，或修補無法套用。",
		},
		Next: Text{
			"Read the error details in the body, correct the data and resend.",
			"阅读主体中的错误详情，修正数据后重新发送。",
			"閱讀主體中的錯誤詳情，修正資料後重新送出。",
		},
	},
	{
		Code: 423, Reason: "Locked", Spec: RFC(4918, "11.3"),
		Summary: Text{
			"WebDAV: the resource is locked by someone else.",
			"WebDAV：资源被别人锁定了。",
			"WebDAV：資源被別人鎖定了。",
		},
		When: Text{
			"When a change is attempted on a locked resource without the lock token.",
			"在没有锁令牌的情况下尝试修改被锁定的资源时。",
			"在沒有鎖定權杖的情況下嘗試修改被鎖定的資源時。",
		},
		Next: Text{
			"Wait for the lock to be released, or send the right lock token in the If field.",
			"等待锁被释放，或在 If 字段中发送正确的锁令牌。",
			"等待鎖被釋放，或在 If 欄位中送出正確的鎖定權杖。",
		},
	},
	{
		Code: 424, Reason: "Failed Dependency", Spec: RFC(4918, "11.4"),
		Summary: Text{
			"WebDAV: this part failed because another action it depended on failed.",
			"WebDAV：这一部分失败，是因为它所依赖的另一个操作失败了。",
			"WebDAV：這一部分失敗，是因為它所依賴的另一個操作失敗了。",
		},
		When: Text{
			"Inside a 207 Multi-Status answer, for example PROPPATCH where one property failed so none were set.",
			"出现在 207 Multi-Status 回答中，例如 PROPPATCH 中某个属性失败，导致全部未设置。",
			"出現在 207 Multi-Status 回應中，例如 PROPPATCH 中某個屬性失敗，導致全部未設定。",
		},
		Next: Text{
			"Fix the failing part and repeat the whole request.",
			"修正失败的部分，然后重发整个请求。",
			"修正失敗的部分，然後重送整個請求。",
		},
	},
	{
		Code: 425, Reason: "Too Early", Spec: RFC(8470, "5.2"),
		RequestFields: []string{"Early-Data"},
		Summary: Text{
			"The server will not process a request sent in TLS early data, because it could be replayed.",
			"服务器不愿处理在 TLS 早期数据中发送的请求，因为它可能被重放。",
			"伺服器不願處理在 TLS 早期資料中送出的請求，因為它可能被重放。",
		},
		When: Text{
			"For a non-idempotent request that arrived in TLS 1.3 0-RTT data (marked Early-Data: 1 by a proxy).",
			"对于通过 TLS 1.3 0-RTT 数据到达的非幂等请求（代理会标上 Early-Data: 1）。",
			"對於透過 TLS 1.3 0-RTT 資料抵達的非冪等請求（代理會標上 Early-Data: 1）。",
		},
		Next: Text{
			"Retry after the TLS handshake has completed.",
			"在 TLS 握手完成之后重试。",
			"在 TLS 交握完成之後重試。",
		},
	},
	{
		Code: 426, Reason: "Upgrade Required", Spec: RFC(9110, "15.5.22"),
		Fields: []string{"Upgrade", "Connection"},
		Summary: Text{
			"The server refuses to answer with this protocol; the client must switch to one named in Upgrade.",
			"服务器拒绝用当前协议作答；客户端必须切换到 Upgrade 中指定的协议。",
			"伺服器拒絕用目前協定作答；用戶端必須切換到 Upgrade 中指定的協定。",
		},
		When: Text{
			"When a resource is only served over a newer protocol, for example Upgrade: TLS/1.2, HTTP/1.1.",
			"当资源只通过较新的协议提供时，例如 Upgrade: TLS/1.2, HTTP/1.1。",
			"當資源只透過較新的協定提供時，例如 Upgrade: TLS/1.2, HTTP/1.1。",
		},
		Next: Text{
			"Repeat the request using one of the protocols in Upgrade.",
			"使用 Upgrade 中列出的某个协议重发请求。",
			"使用 Upgrade 中列出的某個協定重送請求。",
		},
	},
	{
		Code: 428, Reason: "Precondition Required", Spec: RFC(6585, "3"),
		RequestFields: []string{"If-Match"},
		Summary: Text{
			"The server insists on a conditional request here (If-Match), to avoid lost updates.",
			"服务器要求这里必须使用条件请求（If-Match），以免修改丢失。",
			"伺服器要求這裡必須使用條件式請求（If-Match），以免修改遺失。",
		},
		When: Text{
			"When a PUT, PATCH or DELETE arrives without If-Match on a resource that many clients edit.",
			"当针对多人编辑的资源的 PUT、PATCH 或 DELETE 没有带 If-Match 时。",
			"當針對多人編輯的資源的 PUT、PATCH 或 DELETE 沒有帶 If-Match 時。",
		},
		Next: Text{
			"GET the resource, note its ETag, and retry with If-Match.",
			"先 GET 该资源，记下它的 ETag，再带上 If-Match 重试。",
			"先 GET 該資源，記下它的 ETag，再帶上 If-Match 重試。",
		},
	},
	{
		Code: 429, Reason: "Too Many Requests", Spec: RFC(6585, "4"),
		Fields: []string{"Retry-After"},
		Summary: Text{
			"The client sent too many requests in a given time (rate limiting).",
			"客户端在一定时间内发送的请求太多（速率限制）。",
			"用戶端在一定時間內送出的請求太多（速率限制）。",
		},
		When: Text{
			"When an API quota or anti-abuse limit is exceeded; Retry-After may say how long to wait.",
			"超过 API 配额或防滥用限制时；Retry-After 可能说明需要等待多久。",
			"超過 API 配額或防濫用限制時；Retry-After 可能說明需要等待多久。",
		},
		Next: Text{
			"Wait (as long as Retry-After says, if present) and slow down.",
			"等待（有 Retry-After 时按其所说的时间），并降低请求频率。",
			"等待（有 Retry-After 時依其所說的時間），並降低請求頻率。",
		},
	},
	{
		Code: 431, Reason: "Request Header Fields Too Large", Spec: RFC(6585, "5"),
		Summary: Text{
			"The header section, or one field in it, is too large for the server.",
			"标头部分（或其中某个字段）对服务器来说太大。",
			"標頭部分（或其中某個欄位）對伺服器來說太大。",
		},
		When: Text{
			"Typically because of too many or too big cookies, or a huge Referer or Authorization value.",
			"通常是因为 Cookie 太多或太大，或 Referer、Authorization 的值过长。",
			"通常是因為 Cookie 太多或太大，或 Referer、Authorization 的值過長。",
		},
		Next: Text{
			"Shrink the fields (clear cookies for the site) and retry.",
			"缩减字段（清除该网站的 Cookie）后重试。",
			"縮減欄位（清除該網站的 Cookie）後重試。",
		},
	},
	{
		Code: 451, Reason: "Unavailable For Legal Reasons", Spec: RFC(7725, "3"), Cacheable: true,
		Fields: []string{"Link"},
		Summary: Text{
			"Access is denied because of a legal demand, such as a court order or government censorship.",
			"由于法律要求（例如法院命令或政府审查）而拒绝访问。",
			"由於法律要求（例如法院命令或政府審查）而拒絕存取。",
		},
		When: Text{
			"When the server is legally required to block the resource; a Link with rel=\"blocked-by\" may name who demanded it.",
			"当服务器依法必须屏蔽该资源时；带 rel=\"blocked-by\" 的 Link 可能指明是谁提出的要求。",
			"當伺服器依法必須封鎖該資源時；帶 rel=\"blocked-by\" 的 Link 可能指明是誰提出的要求。",
		},
		Next: Text{
			"Nothing to fix in the request; the body should explain the legal reason.",
			"请求本身没有可修正之处；主体应说明法律原因。",
			"請求本身沒有可修正之處；主體應說明法律原因。",
		},
	},
}

var status5xx = []Status{
	{
		Code: 500, Reason: "Internal Server Error", Spec: RFC(9110, "15.6.1"),
		Summary: Text{
			"Something unexpected went wrong on the server.",
			"服务器上发生了意外错误。",
			"伺服器上發生了意外錯誤。",
		},
		When: Text{
			"For a crash, an unhandled exception or a misconfiguration: a generic catch-all server error.",
			"程序崩溃、未处理的异常或配置错误时：一种笼统的服务器错误。",
			"程式當機、未處理的例外或設定錯誤時：一種籠統的伺服器錯誤。",
		},
		Next: Text{
			"Nothing wrong with the request as such; retry later, and report it if it persists.",
			"请求本身没有问题；稍后重试，如果一直出现就报告给网站。",
			"請求本身沒有問題；稍後重試，如果一直出現就回報給網站。",
		},
	},
	{
		Code: 501, Reason: "Not Implemented", Spec: RFC(9110, "15.6.2"), Cacheable: true,
		Summary: Text{
			"The server does not support what the request needs, typically a method it does not know.",
			"服务器不支持请求所需的功能，通常是它不认识的方法。",
			"伺服器不支援請求所需的功能，通常是它不認得的方法。",
		},
		When: Text{
			"For an unknown method (such as a lower-case \"get\") on every resource, or an unknown transfer coding.",
			"对任何资源收到未知方法（例如小写的“get”）时，或遇到未知的传输编码时。",
			"對任何資源收到未知方法（例如小寫的「get」）時，或遇到未知的傳輸編碼時。",
		},
		Next: Text{
			"Check the method name (it is case-sensitive) or use a method the server supports.",
			"检查方法名（区分大小写），或改用服务器支持的方法。",
			"檢查方法名稱（區分大小寫），或改用伺服器支援的方法。",
		},
	},
	{
		Code: 502, Reason: "Bad Gateway", Spec: RFC(9110, "15.6.3"),
		Summary: Text{
			"A gateway or proxy got an invalid response (or none) from the server behind it.",
			"网关或代理从其后方的服务器得到了无效的响应（或者没有得到响应）。",
			"閘道或代理從其後方的伺服器得到了無效的回應（或沒有得到回應）。",
		},
		When: Text{
			"When the application server behind a proxy or load balancer crashed, refused the connection or sent garbage.",
			"当代理或负载均衡器后方的应用服务器崩溃、拒绝连接或返回乱码时。",
			"當代理或負載平衡器後方的應用伺服器當機、拒絕連線或回傳亂碼時。",
		},
		Next: Text{
			"Retry later; the problem is between the servers, not in the request.",
			"稍后重试；问题出在服务器之间，而不在请求上。",
			"稍後重試；問題出在伺服器之間，而不在請求上。",
		},
	},
	{
		Code: 503, Reason: "Service Unavailable", Spec: RFC(9110, "15.6.4"),
		Fields: []string{"Retry-After"},
		Summary: Text{
			"The server cannot handle the request right now: overloaded or down for maintenance.",
			"服务器暂时无法处理请求：负载过高或正在维护。",
			"伺服器暫時無法處理請求：負載過高或正在維護。",
		},
		When: Text{
			"During maintenance or overload; Retry-After may say when to come back.",
			"在维护或过载期间；Retry-After 可能说明何时再来。",
			"在維護或過載期間；Retry-After 可能說明何時再來。",
		},
		Next: Text{
			"Wait (for Retry-After, if given) and try again.",
			"等待（有 Retry-After 时按其指示）后再试。",
			"等待（有 Retry-After 時依其指示）後再試。",
		},
	},
	{
		Code: 504, Reason: "Gateway Timeout", Spec: RFC(9110, "15.6.5"),
		Summary: Text{
			"A gateway or proxy did not get an answer in time from the server behind it.",
			"网关或代理没有及时从其后方的服务器得到回答。",
			"閘道或代理沒有及時從其後方的伺服器得到回應。",
		},
		When: Text{
			"When the upstream server is too slow, for example a long database query behind a load balancer.",
			"当上游服务器太慢时，例如负载均衡器后方的耗时数据库查询。",
			"當上游伺服器太慢時，例如負載平衡器後方的耗時資料庫查詢。",
		},
		Next: Text{
			"Retry later; for a non-idempotent request, first check whether it took effect.",
			"稍后重试；对于非幂等请求，先确认它是否已经生效。",
			"稍後重試；對於非冪等請求，先確認它是否已經生效。",
		},
	},
	{
		Code: 505, Reason: "HTTP Version Not Supported", Spec: RFC(9110, "15.6.6"),
		Summary: Text{
			"The server does not support the major HTTP version of the request.",
			"服务器不支持请求所用的 HTTP 主版本。",
			"伺服器不支援請求所用的 HTTP 主版本。",
		},
		When: Text{
			"For a request whose major version the server does not speak, such as HTTP/2.0 or HTTP/3.0 written in a request line. (A version that is not even well-formed, such as http/1.1, gets 400.)",
			"当请求使用服务器不支持的主版本时，例如在请求行中写 HTTP/2.0 或 HTTP/3.0。（连格式都不对的版本，例如 http/1.1，得到的是 400。）",
			"當請求使用伺服器不支援的主版本時，例如在請求列中寫 HTTP/2.0 或 HTTP/3.0。（連格式都不對的版本，例如 http/1.1，得到的是 400。）",
		},
		Next: Text{
			"Send the request again as HTTP/1.1, written exactly so, in capitals.",
			"改用 HTTP/1.1 重新发送请求，并严格按大写书写。",
			"改用 HTTP/1.1 重新送出請求，並嚴格依大寫書寫。",
		},
	},
	{
		Code: 506, Reason: "Variant Also Negotiates", Spec: RFC(2295, "8.1"),
		Summary: Text{
			"The server's content negotiation is misconfigured: the chosen variant itself negotiates, making a loop.",
			"服务器的内容协商配置错误：选中的变体本身又要协商，形成了循环。",
			"伺服器的內容協商設定錯誤：選中的變體本身又要協商，形成了迴圈。",
		},
		When: Text{
			"Only with transparent content negotiation (RFC 2295), which is rarely used.",
			"只在使用透明内容协商（RFC 2295）时出现，而这很少使用。",
			"只在使用透明內容協商（RFC 2295）時出現，而這很少使用。",
		},
		Next: Text{
			"Nothing the client can fix; report it to the site.",
			"客户端无法修正；请报告给网站。",
			"用戶端無法修正；請回報給網站。",
		},
	},
	{
		Code: 507, Reason: "Insufficient Storage", Spec: RFC(4918, "11.5"),
		Summary: Text{
			"WebDAV: the server has no room to store what the request needs.",
			"WebDAV：服务器没有足够的空间来保存请求所需的内容。",
			"WebDAV：伺服器沒有足夠的空間來儲存請求所需的內容。",
		},
		When: Text{
			"When a PUT, COPY or MKCOL runs out of disk space or quota.",
			"当 PUT、COPY 或 MKCOL 用完了磁盘空间或配额时。",
			"當 PUT、COPY 或 MKCOL 用完了磁碟空間或配額時。",
		},
		Next: Text{
			"Free some space or store less, then retry.",
			"释放空间或减少要保存的内容后重试。",
			"釋放空間或減少要儲存的內容後重試。",
		},
	},
	{
		Code: 508, Reason: "Loop Detected", Spec: RFC(5842, "7.2"),
		Summary: Text{
			"WebDAV bindings: the server stopped an operation with Depth: infinity because it found a loop of bindings.",
			"WebDAV 绑定：服务器在执行 Depth: infinity 的操作时发现绑定形成循环，于是停止。",
			"WebDAV 繫結：伺服器在執行 Depth: infinity 的操作時發現繫結形成迴圈，於是停止。",
		},
		When: Text{
			"When a collection contains (through bindings) one of its own ancestors.",
			"当某集合（通过绑定）包含了它自己的上级集合时。",
			"當某集合（透過繫結）包含了它自己的上層集合時。",
		},
		Next: Text{
			"Use a smaller Depth or remove the looping binding.",
			"使用较小的 Depth，或删除造成循环的绑定。",
			"使用較小的 Depth，或移除造成迴圈的繫結。",
		},
	},
	{
		Code: 510, Reason: "Not Extended", Registration: StatusObsoleted, Spec: RFC(2774, "7"),
		Summary: Text{
			"Obsoleted: part of the HTTP Extension Framework (RFC 2774), an experiment moved to Historic status; it meant a required extension was not declared.",
			"已废止：属于 HTTP 扩展框架（RFC 2774），该实验已被列为历史文档；它表示请求缺少所需的扩展声明。",
			"已廢止：屬於 HTTP 擴充框架（RFC 2774），該實驗已被列為歷史文件；它表示請求缺少所需的擴充宣告。",
		},
		When: Text{
			"Practically never; the framework was not adopted.",
			"几乎从不发送；该框架没有被采用。",
			"幾乎從不送出；該框架沒有被採用。",
		},
		Next: Text{
			"Treat it as a generic 5xx error.",
			"把它当作一般的 5xx 错误。",
			"把它當作一般的 5xx 錯誤。",
		},
	},
	{
		Code: 511, Reason: "Network Authentication Required", Spec: RFC(6585, "6"),
		Summary: Text{
			"The network (not the web site) wants the user to log in first, as on hotel or airport Wi-Fi.",
			"需要先登录网络（而不是网站），例如酒店或机场的 Wi-Fi。",
			"需要先登入網路（而不是網站），例如飯店或機場的 Wi-Fi。",
		},
		When: Text{
			"Sent by an intercepting proxy of a captive portal; the body links to the login page.",
			"由强制门户的拦截代理发送；主体中有指向登录页面的链接。",
			"由強制登入頁面的攔截代理送出；主體中有指向登入頁面的連結。",
		},
		Next: Text{
			"Open the login page from the body, sign in to the network, then retry. Never cache this response.",
			"打开主体中的登录页面，登录网络后重试。绝不要缓存这个响应。",
			"開啟主體中的登入頁面，登入網路後重試。絕不要快取這個回應。",
		},
	},
}
