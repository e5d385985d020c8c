package knowledge

import (
	"slices"
	"strings"
)

// fieldRegistrySummary writes the summary of a field that has no full entry
// from its registry facts: its status and the document that defines it.
func fieldRegistrySummary(r fieldRecord) Text {
	cite := r.doc
	if r.spec.Number != 0 {
		cite = r.spec.String()
	}
	var t Text
	switch r.status {
	case FieldPermanent:
		t = Text{
			r.name + " is a permanent entry of the IANA HTTP Field Name Registry, defined by " + cite + ".",
			r.name + " 是 IANA HTTP 字段名注册表中的永久条目，由 " + cite + " 定义。",
			r.name + " 是 IANA HTTP 欄位名稱註冊表中的永久條目，由 " + cite + " 定義。",
		}
	case FieldProvisional:
		t = Text{
			r.name + " is a provisional entry of the IANA HTTP Field Name Registry, described by " + cite + "; its definition may still change.",
			r.name + " 是 IANA HTTP 字段名注册表中的临时条目，见 " + cite + "；其定义仍可能变动。",
			r.name + " 是 IANA HTTP 欄位名稱註冊表中的暫定條目，見 " + cite + "；其定義仍可能變動。",
		}
	case FieldDeprecated:
		t = Text{
			r.name + " is deprecated in the IANA HTTP Field Name Registry (defined by " + cite + "): it may still be seen, but new software should not send it.",
			r.name + " 在 IANA HTTP 字段名注册表中已被弃用（定义见 " + cite + "）：线上仍可能见到，但新软件不应再发送。",
			r.name + " 在 IANA HTTP 欄位名稱註冊表中已被棄用（定義見 " + cite + "）：線上仍可能見到，但新軟體不應再送出。",
		}
	case FieldObsoleted:
		t = Text{
			r.name + " is obsoleted in the IANA HTTP Field Name Registry (it came from " + cite + "): no current software should send it, and recipients ignore it.",
			r.name + " 在 IANA HTTP 字段名注册表中已被废止（出自 " + cite + "）：现行软件不应发送，接收方会忽略它。",
			r.name + " 在 IANA HTTP 欄位名稱註冊表中已被廢止（出自 " + cite + "）：現行軟體不應送出，接收方會忽略它。",
		}
	default:
		if cite == "" {
			t = Text{
				r.name + " is not in the IANA HTTP Field Name Registry: it is a widespread convention that no standard defines.",
				r.name + " 不在 IANA HTTP 字段名注册表中：它是广泛使用的惯例，没有标准定义它。",
				r.name + " 不在 IANA HTTP 欄位名稱註冊表中：它是廣泛使用的慣例，沒有標準定義它。",
			}
		} else {
			t = Text{
				r.name + " is not in the IANA HTTP Field Name Registry; the related standard is " + cite + ".",
				r.name + " 不在 IANA HTTP 字段名注册表中；相关标准见 " + cite + "。",
				r.name + " 不在 IANA HTTP 欄位名稱註冊表中；相關標準見 " + cite + "。",
			}
		}
	}
	if fam, ok := fieldReserved[r.name]; ok {
		t = Text{t.En + " " + fam.En, t.Hans + fam.Hans, t.Hant + fam.Hant}
	} else if fam, ok := fieldFamilyOf(r); ok {
		t = Text{t.En + " " + fam.En, t.Hans + fam.Hans, t.Hant + fam.Hant}
	}
	return t
}

// fieldReserved explains the two names the registry reserves rather than
// defines.
var fieldReserved = map[string]Text{
	"Close": {
		"The name is reserved, not a field to send: since “close” is a Connection option, a field called Close would be confused with it (RFC 9112 §9.6).",
		"这个名字是保留的，并不是可以发送的字段：由于“close”是 Connection 的选项，名为 Close 的字段会与之混淆（RFC 9112 §9.6）。",
		"這個名稱是保留的，並不是可以送出的欄位：由於「close」是 Connection 的選項，名為 Close 的欄位會與之混淆（RFC 9112 §9.6）。",
	},
	"*": {
		"The name is reserved, not a field to send: “*” has a special meaning in Vary (the response depends on more than request fields), so no field may be called “*”.",
		"这个名字是保留的，并不是可以发送的字段：“*”在 Vary 中有特殊含义（响应还取决于请求字段以外的因素），所以任何字段都不能叫“*”。",
		"這個名稱是保留的，並不是可以送出的欄位：「*」在 Vary 中有特殊含義（回應還取決於請求欄位以外的因素），所以任何欄位都不能叫「*」。",
	},
}

// fieldFamilyOf finds the family sentence for a record: what the protocol
// that defines the field is for.
func fieldFamilyOf(r fieldRecord) (Text, bool) {
	for _, fam := range fieldFamilies {
		if r.spec.Number != 0 {
			if slices.Contains(fam.rfcs, r.spec.Number) {
				return fam.text, true
			}
			continue
		}
		for _, prefix := range fam.docs {
			if strings.HasPrefix(r.doc, prefix) {
				return fam.text, true
			}
		}
	}
	return Text{}, false
}

// fieldFamilies are the families of fields, each with the documents that
// define its members (RFC numbers, or the start of a document's name) and a
// sentence that places a field in it. A static table: no code builds it.
var fieldFamilies = []struct {
	rfcs []int
	docs []string
	text Text
}{
	{
		rfcs: []int{2518, 3253, 3648, 4437, 4918, 5323},
		text: Text{
			"It belongs to WebDAV, the HTTP extension for editing and organising files on a server.",
			"它属于 WebDAV，即用于在服务器上编辑和管理文件的 HTTP 扩展。",
			"它屬於 WebDAV，即用於在伺服器上編輯和管理檔案的 HTTP 擴充。",
		},
	},
	{
		rfcs: []int{6638, 7809, 8607},
		text: Text{
			"It belongs to CalDAV, the WebDAV extension for shared calendars.",
			"它属于 CalDAV，即用于共享日历的 WebDAV 扩展。",
			"它屬於 CalDAV，即用於共用行事曆的 WebDAV 擴充。",
		},
	},
	{
		rfcs: []int{2774},
		text: Text{
			"It belongs to an experiment in declaring mandatory HTTP extensions that never caught on and is now historic.",
			"它属于一项声明强制 HTTP 扩展的实验，该实验从未普及，现已列为历史文档。",
			"它屬於一項宣告強制 HTTP 擴充的實驗，該實驗從未普及，現已列為歷史文件。",
		},
	},
	{
		rfcs: []int{2295},
		text: Text{
			"It belongs to transparent content negotiation, an experimental scheme that let caches pick among variants; browsers never adopted it.",
			"它属于透明内容协商，一种让缓存在多个变体中挑选的实验方案，浏览器从未采用。",
			"它屬於透明內容協商，一種讓快取在多個變體中挑選的實驗方案，瀏覽器從未採用。",
		},
	},
	{
		rfcs: []int{3229},
		text: Text{
			"It belongs to delta encoding, which lets a server send only the difference from a version the client already has.",
			"它属于增量编码，服务器借此只发送与客户端已有版本之间的差异。",
			"它屬於增量編碼，伺服器藉此只傳送與用戶端已有版本之間的差異。",
		},
	},
	{
		rfcs: []int{6455},
		text: Text{
			"It is part of the WebSocket opening handshake, which upgrades an HTTP/1.1 connection to the WebSocket protocol.",
			"它是 WebSocket 握手的一部分，该握手把 HTTP/1.1 连接升级为 WebSocket 协议。",
			"它是 WebSocket 交握的一部分，該交握把 HTTP/1.1 連線升級為 WebSocket 協定。",
		},
	},
	{
		rfcs: []int{3230, 9530},
		text: Text{
			"It carries or asks for a checksum of the content, so that a recipient can verify it arrived intact.",
			"它携带或请求内容的校验值，接收方可据此确认内容完整无损。",
			"它攜帶或請求內容的校驗值，接收方可據此確認內容完整無損。",
		},
	},
	{
		rfcs: []int{8030},
		text: Text{
			"It belongs to Web Push, the protocol a push service uses to deliver messages to browsers.",
			"它属于 Web Push，即推送服务向浏览器投递消息所用的协议。",
			"它屬於 Web Push，即推播服務向瀏覽器遞送訊息所用的協定。",
		},
	},
	{
		docs: []string{"Fetch", "Access Control for Cross-site Requests"},
		text: Text{
			"It is defined by the Fetch standard, which browsers follow, mostly for cross-origin requests (CORS).",
			"它由浏览器遵循的 Fetch 标准定义，主要用于跨源请求（CORS）。",
			"它由瀏覽器遵循的 Fetch 標準定義，主要用於跨來源請求（CORS）。",
		},
	},
	{
		docs: []string{"HTML", "Clear Site Data", "Content Security Policy", "Network Error Logging", "Permissions Policy", "Referrer Policy", "Reporting API", "Resource Timing", "Server Timing", "Storage Access Headers", "Global Privacy Control", "Upgrade Insecure Requests"},
		text: Text{
			"It is defined by a web-platform standard and is read by browsers.",
			"它由 Web 平台标准定义，由浏览器读取。",
			"它由 Web 平台標準定義，由瀏覽器讀取。",
		},
	},
	{
		docs: []string{"OData", "OSLC", "OASIS", "CTA-", "SOAP", "Linked Data Platform"},
		text: Text{
			"It belongs to an application protocol built on top of HTTP; general-purpose servers and browsers ignore it.",
			"它属于构建在 HTTP 之上的某个应用协议；通用的服务器和浏览器会忽略它。",
			"它屬於建構在 HTTP 之上的某個應用協定；通用的伺服器和瀏覽器會忽略它。",
		},
	},
	{
		rfcs: []int{7486, 8053, 8473, 9449, 9635, 9729, 9440},
		text: Text{
			"It belongs to an HTTP authentication or token scheme.",
			"它属于某种 HTTP 认证或令牌机制。",
			"它屬於某種 HTTP 驗證或權杖機制。",
		},
	},
	{
		rfcs: []int{9421},
		text: Text{
			"It belongs to HTTP Message Signatures, which sign chosen parts of a message.",
			"它属于 HTTP 消息签名，用于对消息中选定的部分签名。",
			"它屬於 HTTP 訊息簽章，用於對訊息中選定的部分簽章。",
		},
	},
	{
		rfcs: []int{9842},
		text: Text{
			"It belongs to compression dictionary transport, which lets a response be compressed against a resource the client already holds.",
			"它属于压缩字典传输机制，允许以客户端已有的资源作为字典来压缩响应。",
			"它屬於壓縮字典傳輸機制，允許以用戶端已有的資源作為字典來壓縮回應。",
		},
	},
	{
		rfcs: []int{9211, 9213, 8586, 9209},
		docs: []string{"Edge Architecture"},
		text: Text{
			"It concerns caches and content delivery networks.",
			"它与缓存和内容分发网络有关。",
			"它與快取和內容傳遞網路有關。",
		},
	},
	{
		rfcs: []int{7089},
		text: Text{
			"It belongs to Memento, which lets a client ask for a resource as it was at a past date.",
			"它属于 Memento 协议，客户端可借此请求资源在过去某一时刻的版本。",
			"它屬於 Memento 協定，用戶端可藉此請求資源在過去某一時刻的版本。",
		},
	},
}
