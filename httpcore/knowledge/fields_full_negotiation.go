package knowledge

// Fields of content negotiation: what the client prefers, and which request
// fields the server's choice depended on.
var fieldFullNegotiation = []fieldEntry{
	{
		name: "Accept", category: FieldRequest,
		example: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
		syntax:  `Accept = #( media-range [ weight ] ) ; weight = OWS ";" OWS "q=" qvalue`,
		summary: Text{
			"Lists the media types the client can handle, optionally ranked by q-values from 0 to 1 (default 1); wildcards such as image/* and */* are allowed. The server picks the best type it can produce.",
			"列出客户端能处理的媒体类型，可用 0 到 1 的 q 值排序（默认为 1），可以使用 image/*、*/* 等通配符。服务器从中挑选自己能提供的最佳类型。",
			"列出用戶端能處理的媒體類型，可用 0 到 1 的 q 值排序（預設為 1），可以使用 image/*、*/* 等萬用字元。伺服器從中挑選自己能提供的最佳類型。",
		},
		without: Text{
			"The client accepts any media type; the server sends its default.",
			"表示客户端接受任何媒体类型；服务器发送默认类型。",
			"表示用戶端接受任何媒體類型；伺服器送出預設類型。",
		},
		mistakes: Text{
			"Believing order ranks the types (only q-values do, and when several ranges match a type the most specific one sets its q-value), q-values above 1 or with more than three decimals, and a server answering 406 when it could simply send its default.",
			"以为书写顺序决定优先级（只有 q 值才决定；多个范围都匹配某一类型时，由最具体的那个决定其 q 值）、q 值大于 1 或超过三位小数，以及服务器本可发送默认类型却返回 406。",
			"以為書寫順序決定優先順序（只有 q 值才決定；多個範圍都符合某一類型時，由最具體的那個決定其 q 值）、q 值大於 1 或超過三位小數，以及伺服器原可送出預設類型卻回應 406。",
		},
	},
	{
		name: "Accept-Encoding", category: FieldRequest,
		example: "gzip, deflate, br, zstd",
		syntax:  `Accept-Encoding = #( codings [ weight ] ) ; codings = content-coding / "identity" / "*"`,
		summary: Text{
			"Lists the content codings (mostly compression) the client can undo, optionally with q-values. The server may compress the response with one of them and says which in Content-Encoding.",
			"列出客户端能够还原的内容编码（主要是压缩），可带 q 值。服务器可用其中一种压缩响应，并在 Content-Encoding 中注明。",
			"列出用戶端能夠還原的內容編碼（主要是壓縮），可帶 q 值。伺服器可用其中一種壓縮回應，並在 Content-Encoding 中註明。",
		},
		without: Text{
			"Any coding is acceptable in principle, but careful servers send the content uncompressed.",
			"原则上任何编码都可以接受，但谨慎的服务器会发送未压缩的内容。",
			"原則上任何編碼都可以接受，但謹慎的伺服器會送出未壓縮的內容。",
		},
		mistakes: Text{
			"Forgetting that a response varying on it needs Vary: Accept-Encoding, so a cache does not hand gzip to a client that cannot read it; and writing “identity;q=0” by accident, which forbids uncompressed replies.",
			"忘记按它变化的响应需要 Vary: Accept-Encoding，否则缓存可能把 gzip 内容交给无法解读的客户端；以及误写“identity;q=0”，这会禁止未压缩的响应。",
			"忘記依它變化的回應需要 Vary: Accept-Encoding，否則快取可能把 gzip 內容交給無法解讀的用戶端；以及誤寫「identity;q=0」，這會禁止未壓縮的回應。",
		},
	},
	{
		name: "Accept-Language", category: FieldRequest,
		example: "fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5",
		syntax:  `Accept-Language = #( language-range [ weight ] ) ; language-range = 1*8ALPHA *( "-" 1*8alphanum ) / "*"`,
		summary: Text{
			"Lists the natural languages the user prefers, ranked by q-values; browsers fill it from the user's settings. The server may pick a translation accordingly and say which in Content-Language.",
			"列出用户偏好的自然语言，按 q 值排序；浏览器根据用户设置填写。服务器可据此选择译本，并在 Content-Language 中注明。",
			"列出使用者偏好的自然語言，依 q 值排序；瀏覽器根據使用者設定填寫。伺服器可據此選擇譯本，並在 Content-Language 中註明。",
		},
		without: Text{
			"Any language is acceptable; the server uses its default.",
			"任何语言都可以接受；服务器使用默认语言。",
			"任何語言都可以接受；伺服器使用預設語言。",
		},
		mistakes: Text{
			"Using underscores (zh_CN) instead of hyphens, relying on it instead of letting users choose a language, and forgetting Vary: Accept-Language on negotiated responses.",
			"用下划线（zh_CN）代替连字符、只依赖它而不让用户自行选择语言，以及协商后的响应忘记加 Vary: Accept-Language。",
			"用底線（zh_CN）代替連字號、只依賴它而不讓使用者自行選擇語言，以及協商後的回應忘記加 Vary: Accept-Language。",
		},
	},
	{
		name: "Accept-Charset", category: FieldRequest,
		example: "utf-8, iso-8859-1;q=0.5",
		syntax:  `Accept-Charset = #( ( token / "*" ) [ weight ] )`,
		summary: Text{
			"Lists the character encodings the client can read, ranked by q-values. It mattered before UTF-8 was universal; browsers stopped sending it.",
			"列出客户端能读取的字符编码，按 q 值排序。它在 UTF-8 普及之前才有意义；浏览器已不再发送。",
			"列出用戶端能讀取的字元編碼，依 q 值排序。它在 UTF-8 普及之前才有意義；瀏覽器已不再送出。",
		},
		without: Text{
			"Any charset is acceptable; in practice servers send UTF-8.",
			"任何字符集都可以接受；实际上服务器发送 UTF-8。",
			"任何字元集都可以接受；實際上伺服器送出 UTF-8。",
		},
		mistakes: Text{
			"Sending it at all: it adds to the fingerprint of the browser and changes nothing. Listing “*” before a preferred charset does not rank it first, as the seed's “iso-8859-1,*,utf-8” might suggest; only q-values rank.",
			"根本不必发送它：它只会增加浏览器指纹信息而不起作用。把“*”写在偏好字符集前面并不会提高其优先级（种子文档的“iso-8859-1,*,utf-8”容易让人误解）；只有 q 值才决定排序。",
			"根本不必送出它：它只會增加瀏覽器指紋資訊而不起作用。把「*」寫在偏好字元集前面並不會提高其優先順序（種子文件的「iso-8859-1,*,utf-8」容易讓人誤解）；只有 q 值才決定排序。",
		},
		retiredBy: RFC(9110, "12.5.2"),
		retired: Text{
			"RFC 9110 §12.5.2 marks Accept-Charset deprecated: UTF-8 is nearly universal, and sending the field only helps fingerprinting. A charset parameter in Content-Type says what a response uses; no field replaces this one.",
			"RFC 9110 §12.5.2 将 Accept-Charset 标为弃用：UTF-8 几乎已通用，发送它只会方便指纹识别。响应所用字符集由 Content-Type 的 charset 参数说明；没有字段取代它。",
			"RFC 9110 §12.5.2 將 Accept-Charset 標為棄用：UTF-8 幾乎已通用，送出它只會方便指紋辨識。回應所用字元集由 Content-Type 的 charset 參數說明；沒有欄位取代它。",
		},
		replacedBy: []string{"Content-Type"},
	},
	{
		name: "Vary", category: FieldResponse,
		example: "Accept-Encoding, Cookie",
		syntax:  `Vary = #( "*" / field-name )`,
		summary: Text{
			"Names the request fields the server looked at when choosing this response (for example Accept-Encoding). A cache may reuse the response only for requests whose named fields match; “*” means something else mattered too, so a cache cannot reuse it.",
			"列出服务器在选择此响应时参考的请求字段（如 Accept-Encoding）。缓存只能把该响应用于这些字段都相同的请求；“*”表示还取决于其他因素，因此缓存不能重用它。",
			"列出伺服器在選擇此回應時參考的請求欄位（如 Accept-Encoding）。快取只能把該回應用於這些欄位都相同的請求；「*」表示還取決於其他因素，因此快取不能重用它。",
		},
		without: Text{
			"Caches assume the response is the same for every request to the URL and may serve, say, a gzip body or a French page to clients that did not ask for it.",
			"缓存会认为对该 URL 的所有请求都得到同一个响应，可能把 gzip 内容或法文页面交给没有请求它们的客户端。",
			"快取會認為對該 URL 的所有請求都得到同一個回應，可能把 gzip 內容或法文頁面交給沒有請求它們的用戶端。",
		},
		mistakes: Text{
			"Vary: * or Vary: User-Agent, which make responses almost uncacheable; Vary: Cookie on public pages; and forgetting Accept-Encoding on compressed responses.",
			"使用 Vary: * 或 Vary: User-Agent，导致响应几乎无法缓存；在公开页面上使用 Vary: Cookie；以及压缩响应忘记列出 Accept-Encoding。",
			"使用 Vary: * 或 Vary: User-Agent，導致回應幾乎無法快取；在公開頁面上使用 Vary: Cookie；以及壓縮回應忘記列出 Accept-Encoding。",
		},
	},
}
