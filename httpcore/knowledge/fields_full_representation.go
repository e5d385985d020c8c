package knowledge

// Fields that describe the representation carried in the body (or that
// would be): its type, size, encoding, language, place and version.
var fieldFullRepresentation = []fieldEntry{
	{
		name: "Content-Type", category: FieldRepresentation,
		example: "text/html; charset=utf-8",
		syntax:  `Content-Type = media-type ; type "/" subtype *( OWS ";" OWS parameter )`,
		summary: Text{
			"Names the media type of the body (type/subtype, such as text/html or application/json), with optional parameters like charset. The recipient uses it to decide how to read the bytes.",
			"给出消息体的媒体类型（类型/子类型，例如 text/html 或 application/json），可附带 charset 等参数。接收方据此决定如何解读这些字节。",
			"標明訊息本文的媒體類型（類型/子類型，例如 text/html 或 application/json），可附帶 charset 等參數。接收方據此決定如何解讀這些位元組。",
		},
		without: Text{
			"The recipient has to guess. It may assume application/octet-stream or sniff the content, which can render a page wrongly or, worse, run content as a type it was never meant to be.",
			"接收方只能猜测：可能当作 application/octet-stream，也可能嗅探内容，结果可能显示错误，甚至把内容当作本不该是的类型执行。",
			"接收方只能猜測：可能當成 application/octet-stream，也可能嗅探內容，結果可能顯示錯誤，甚至把內容當成原本不該是的類型執行。",
		},
		mistakes: Text{
			"Misspelled types (the seed's text/plane instead of text/plain), a missing charset on text types, and sending a form body with a JSON type (or the reverse). The field name itself is sometimes misspelled, as in the seed's “Contern-Type”.",
			"类型拼错（如种子文档中的 text/plane，应为 text/plain）、文本类型缺少 charset、表单数据却标成 JSON 类型（或反之）。字段名本身也可能拼错，如种子文档的“Contern-Type”。",
			"類型拼錯（如種子文件中的 text/plane，應為 text/plain）、文字類型缺少 charset、表單資料卻標成 JSON 類型（或反之）。欄位名稱本身也可能拼錯，如種子文件的「Contern-Type」。",
		},
	},
	{
		name: "Content-Length", category: FieldRepresentation,
		example: "348",
		syntax:  `Content-Length = 1*DIGIT`,
		summary: Text{
			"The size of the body in bytes, as a decimal number. In HTTP/1.1 it tells the recipient exactly where this message ends and the next one begins.",
			"消息体的字节数，用十进制表示。在 HTTP/1.1 中，它告诉接收方本条消息在哪里结束、下一条从哪里开始。",
			"訊息本文的位元組數，以十進位表示。在 HTTP/1.1 中，它告訴接收方這則訊息在哪裡結束、下一則從哪裡開始。",
		},
		without: Text{
			"A request with a body needs Content-Length or Transfer-Encoding: chunked, otherwise the server assumes there is no body (and may answer 411 Length Required). A response without either runs until the connection closes.",
			"带消息体的请求必须有 Content-Length 或 Transfer-Encoding: chunked，否则服务器认为没有消息体（也可能返回 411 Length Required）。两者都没有的响应，其消息体一直持续到连接关闭。",
			"帶有本文的請求必須有 Content-Length 或 Transfer-Encoding: chunked，否則伺服器認為沒有本文（也可能回應 411 Length Required）。兩者都沒有的回應，其本文一直延續到連線關閉。",
		},
		mistakes: Text{
			"Counting characters instead of bytes (UTF-8 text is longer in bytes), forgetting the CRLFs inside the body, sending it together with Transfer-Encoding (a request-smuggling risk; RFC 9112 §6.3), or two different values.",
			"按字符而不是按字节计数（UTF-8 文本的字节数更多）、漏算消息体内的 CRLF、与 Transfer-Encoding 同时发送（有请求走私风险，见 RFC 9112 §6.3），或出现两个不同的值。",
			"按字元而不是按位元組計算（UTF-8 文字的位元組數較多）、漏算本文中的 CRLF、與 Transfer-Encoding 同時送出（有請求走私風險，見 RFC 9112 §6.3），或出現兩個不同的值。",
		},
	},
	{
		name: "Content-Encoding", category: FieldRepresentation,
		example: "gzip",
		syntax:  `Content-Encoding = #content-coding ; gzip, deflate, br, zstd, ...`,
		summary: Text{
			"Lists the codings (usually compression such as gzip or br) applied to the representation, in the order they were applied. The recipient undoes them to get the data of the Content-Type.",
			"列出对表示施加的编码（通常是 gzip、br 等压缩），按施加顺序排列。接收方逐一还原，才得到 Content-Type 所说的数据。",
			"列出對表示施加的編碼（通常是 gzip、br 等壓縮），依施加順序排列。接收方逐一還原，才得到 Content-Type 所說的資料。",
		},
		without: Text{
			"The body is taken as is, with no coding (identity).",
			"消息体按原样处理，视为未编码（identity）。",
			"本文按原樣處理，視為未編碼（identity）。",
		},
		mistakes: Text{
			"Using a coding the client did not list in Accept-Encoding; confusing it with Transfer-Encoding (which is hop-by-hop); and made-up names such as the seed's “zip”, which is not a registered content coding.",
			"使用了客户端 Accept-Encoding 中没有列出的编码；把它和逐跳的 Transfer-Encoding 混为一谈；以及自造的名称，例如种子文档中的“zip”并不是已注册的内容编码。",
			"使用了用戶端 Accept-Encoding 中未列出的編碼；把它和逐跳的 Transfer-Encoding 混為一談；以及自創的名稱，例如種子文件中的「zip」並不是已註冊的內容編碼。",
		},
	},
	{
		name: "Content-Language", category: FieldRepresentation,
		example: "en-US",
		syntax:  `Content-Language = #language-tag ; BCP 47, e.g. en, de-CH, zh-Hant-TW`,
		summary: Text{
			"The natural language(s) of the intended audience of the content, as BCP 47 language tags.",
			"内容面向的读者所用的自然语言，用 BCP 47 语言标签表示。",
			"內容所面向讀者使用的自然語言，以 BCP 47 語言標籤表示。",
		},
		without: Text{
			"The content is meant for any audience, or its language is unknown; the client may guess from the content itself.",
			"表示内容面向所有读者或语言未知；客户端可以从内容本身推测。",
			"表示內容面向所有讀者或語言未知；用戶端可以從內容本身推測。",
		},
		mistakes: Text{
			"Using underscores (en_US) instead of hyphens, or listing every language the site offers rather than the one this content is in.",
			"用下划线（en_US）代替连字符，或者列出网站支持的所有语言，而不是本内容实际使用的语言。",
			"用底線（en_US）代替連字號，或者列出網站支援的所有語言，而不是本內容實際使用的語言。",
		},
	},
	{
		name: "Content-Location", category: FieldRepresentation,
		example: "/news/2024/index.en.html",
		syntax:  `Content-Location = absolute-URI / partial-URI`,
		summary: Text{
			"A URI that identifies the specific representation in the body, for example the language variant a server chose by negotiation, or the resource a POST result now lives at.",
			"标识消息体中这一具体表示的 URI，例如服务器经协商选出的某个语言版本，或 POST 结果所在的资源。",
			"標識本文中這個具體表示的 URI，例如伺服器經協商選出的某個語言版本，或 POST 結果所在的資源。",
		},
		without: Text{
			"The representation is simply that of the target URI.",
			"表示就是请求目标 URI 的表示。",
			"表示就是請求目標 URI 的表示。",
		},
		mistakes: Text{
			"Treating it as a redirect (that is Location's job), or as a base URI for relative links: RFC 7231 removed that use, which had come from the obsolete Content-Base.",
			"把它当作重定向（那是 Location 的职责），或当作相对链接的基准 URI：RFC 7231 已取消这种用法，它源自已废止的 Content-Base。",
			"把它當成重新導向（那是 Location 的職責），或當成相對連結的基準 URI：RFC 7231 已取消這種用法，它源自已廢止的 Content-Base。",
		},
	},
	{
		name: "Content-Range", category: FieldRepresentation,
		example: "bytes 1001-2000/5000",
		syntax:  `Content-Range = range-unit SP ( first-pos "-" last-pos "/" ( complete-length / "*" ) / "*/" complete-length )`,
		summary: Text{
			"In a 206 Partial Content response, says which part of the whole representation the body holds and how long the whole is. In a 416 response it gives the actual length (bytes */5000).",
			"在 206 Partial Content 响应中说明消息体是完整表示的哪一段，以及完整长度。在 416 响应中给出实际长度（bytes */5000）。",
			"在 206 Partial Content 回應中說明本文是完整表示的哪一段，以及完整長度。在 416 回應中給出實際長度（bytes */5000）。",
		},
		without: Text{
			"A 206 response without it (and not multipart/byteranges) is malformed: the client cannot place the bytes.",
			"不带它的 206 响应（且不是 multipart/byteranges）是错误的：客户端无法知道这些字节该放在哪里。",
			"不帶它的 206 回應（且不是 multipart/byteranges）是錯誤的：用戶端無法知道這些位元組該放在哪裡。",
		},
		mistakes: Text{
			"Leaving out the unit, as the seed's “1001-2000/5000” does (it must be “bytes 1001-2000/5000”); writing “=” as in Range; and an end offset past the length.",
			"漏写单位，例如种子文档中的“1001-2000/5000”（应写作“bytes 1001-2000/5000”）；像 Range 那样写成“=”；以及结束位置超出总长度。",
			"漏寫單位，例如種子文件中的「1001-2000/5000」（應寫作「bytes 1001-2000/5000」）；像 Range 那樣寫成「=」；以及結束位置超出總長度。",
		},
	},
	{
		name: "Accept-Ranges", category: FieldResponse,
		example: "bytes",
		syntax:  `Accept-Ranges = 1#range-unit / "none"`,
		summary: Text{
			"Tells the client whether the server supports range requests for this resource, and in which unit (practically always bytes). “none” says it does not.",
			"告诉客户端服务器是否支持对该资源的范围请求，以及使用何种单位（几乎总是 bytes）。“none”表示不支持。",
			"告訴用戶端伺服器是否支援對此資源的範圍請求，以及使用哪種單位（幾乎總是 bytes）。「none」表示不支援。",
		},
		without: Text{
			"The client may still try a Range request; the server either honours it or sends the whole resource with 200.",
			"客户端仍可尝试发送 Range 请求；服务器要么照办，要么以 200 返回整个资源。",
			"用戶端仍可嘗試送出 Range 請求；伺服器要麼照辦，要麼以 200 回傳整個資源。",
		},
		mistakes: Text{
			"Sending it in a request (it is a response field), or writing “byte” for “bytes”.",
			"在请求中发送它（它是响应字段），或把“bytes”写成“byte”。",
			"在請求中送出它（它是回應欄位），或把「bytes」寫成「byte」。",
		},
	},
	{
		name: "Range", category: FieldRequest,
		example: "bytes=0-499",
		syntax:  `Range = range-unit "=" range-set ; range-set = 1#( first-pos "-" [ last-pos ] / "-" suffix-length )`,
		summary: Text{
			"Asks for only part of the representation, such as bytes=0-499 (the first 500 bytes) or bytes=-500 (the last 500). Used to resume downloads and to seek in media.",
			"只请求表示的一部分，例如 bytes=0-499（前 500 个字节）或 bytes=-500（最后 500 个字节）。用于断点续传和媒体跳转。",
			"只請求表示的一部分，例如 bytes=0-499（前 500 個位元組）或 bytes=-500（最後 500 個位元組）。用於續傳下載和媒體跳轉。",
		},
		without: Text{
			"The server sends the whole representation.",
			"服务器发送完整的表示。",
			"伺服器送出完整的表示。",
		},
		mistakes: Text{
			"Writing “byte=” instead of “bytes=” (as the seed's If-Range example does), ranges whose start is after their end, and expecting a range on methods other than GET (servers ignore it there).",
			"把“bytes=”写成“byte=”（种子文档的 If-Range 示例就是如此）、起始位置大于结束位置，以及期望在 GET 以外的方法上使用范围（服务器会忽略）。",
			"把「bytes=」寫成「byte=」（種子文件的 If-Range 範例就是如此）、起始位置大於結束位置，以及期望在 GET 以外的方法上使用範圍（伺服器會忽略）。",
		},
	},
	{
		name: "ETag", category: FieldRepresentation,
		example: `"33a64df551425fcc55e4d42a148795d9f25f89d4"`,
		syntax:  `ETag = entity-tag ; entity-tag = [ "W/" ] DQUOTE *etagc DQUOTE`,
		summary: Text{
			"An opaque validator for the current representation: it changes whenever the content changes. Clients send it back in If-None-Match or If-Match to ask “has it changed?”. A W/ prefix marks a weak tag (equivalent, not byte-identical, content).",
			"当前表示的不透明校验值：内容一变它就变。客户端把它放进 If-None-Match 或 If-Match 发回来，询问“内容变了吗？”。W/ 前缀表示弱校验值（语义等价，但字节不一定相同）。",
			"目前表示的不透明驗證值：內容一變它就變。用戶端把它放進 If-None-Match 或 If-Match 送回來，詢問「內容變了嗎？」。W/ 前綴表示弱驗證值（語意等價，但位元組不一定相同）。",
		},
		without: Text{
			"Caches can only revalidate by date (Last-Modified), which has one-second resolution; otherwise they must download the whole resource again.",
			"缓存只能按日期（Last-Modified）重新验证，而日期精度只有一秒；否则只能重新下载整个资源。",
			"快取只能依日期（Last-Modified）重新驗證，而日期精度只有一秒；否則只能重新下載整個資源。",
		},
		mistakes: Text{
			"Leaving out the double quotes, sending the same strong tag for different encodings (gzip and plain) of the content, and tags that differ between servers of one cluster.",
			"漏掉双引号、对内容的不同编码（gzip 与未压缩）发送相同的强校验值，以及同一集群中各服务器生成的值不一致。",
			"漏掉雙引號、對內容的不同編碼（gzip 與未壓縮）送出相同的強驗證值，以及同一叢集中各伺服器產生的值不一致。",
		},
	},
	{
		name: "Last-Modified", category: FieldRepresentation,
		example: "Tue, 15 Nov 1994 12:45:26 GMT",
		syntax:  `Last-Modified = HTTP-date ; IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT`,
		summary: Text{
			"When the origin server believes the representation last changed. Clients send it back in If-Modified-Since to revalidate, and caches use it to estimate freshness.",
			"源服务器认为该表示最后一次修改的时间。客户端把它放进 If-Modified-Since 发回来做重新验证，缓存也用它估算新鲜度。",
			"來源伺服器認為該表示最後一次修改的時間。用戶端把它放進 If-Modified-Since 送回來做重新驗證，快取也用它估算新鮮度。",
		},
		without: Text{
			"Date-based revalidation is impossible; caches rely on ETag or fetch again.",
			"无法按日期重新验证；缓存只能依靠 ETag 或重新获取。",
			"無法依日期重新驗證；快取只能依靠 ETag 或重新取得。",
		},
		mistakes: Text{
			"Dates not in the IMF-fixdate form, time zones other than GMT, impossible dates like the seed's “Mon,10PR 18:42:51 GMT”, and dates in the future.",
			"日期不符合 IMF-fixdate 格式、使用 GMT 以外的时区、不可能的日期（如种子文档中的“Mon,10PR 18:42:51 GMT”），以及未来的日期。",
			"日期不符合 IMF-fixdate 格式、使用 GMT 以外的時區、不可能的日期（如種子文件中的「Mon,10PR 18:42:51 GMT」），以及未來的日期。",
		},
	},
	{
		name: "Content-Disposition", category: FieldRepresentation,
		example: `attachment; filename="report.pdf"`,
		syntax:  `Content-Disposition = disposition-type *( ";" disp-ext-parm ) ; inline / attachment, filename, filename*`,
		summary: Text{
			"Says whether the browser should show the body (inline) or offer to save it (attachment), and suggests a file name. In multipart/form-data it also names each form field.",
			"说明浏览器应直接显示消息体（inline）还是提示保存（attachment），并建议文件名。在 multipart/form-data 中它还用来标出每个表单字段的名称。",
			"說明瀏覽器應直接顯示本文（inline）還是提示儲存（attachment），並建議檔名。在 multipart/form-data 中它還用來標出每個表單欄位的名稱。",
		},
		without: Text{
			"The browser displays what it can and downloads the rest under a name taken from the URL.",
			"浏览器能显示的就显示，其余的以 URL 中的名字下载。",
			"瀏覽器能顯示的就顯示，其餘的以 URL 中的名稱下載。",
		},
		mistakes: Text{
			"Non-ASCII file names in filename= (use filename*=UTF-8''...), unquoted names with spaces, and path parts in the name.",
			"在 filename= 中直接写非 ASCII 文件名（应使用 filename*=UTF-8''...）、含空格的文件名没有加引号，以及文件名中带路径。",
			"在 filename= 中直接寫非 ASCII 檔名（應使用 filename*=UTF-8''...）、含空格的檔名沒有加引號，以及檔名中帶路徑。",
		},
	},
}
