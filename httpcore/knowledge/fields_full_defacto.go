package knowledge

// Widespread fields that no standard defines (or that browsers dropped):
// learners meet them in real traffic and in security checklists.
var fieldFullDeFacto = []fieldEntry{
	{
		name: "Proxy-Connection", category: FieldConnection,
		example: "keep-alive",
		syntax:  `Proxy-Connection = #token ; a non-standard twin of Connection`,
		summary: Text{
			"A non-standard field old browsers sent to proxies in place of Connection, mostly Proxy-Connection: keep-alive. No specification defines it.",
			"旧浏览器发给代理、用来代替 Connection 的非标准字段，多为 Proxy-Connection: keep-alive。没有任何规范定义它。",
			"舊瀏覽器送給代理、用來代替 Connection 的非標準欄位，多為 Proxy-Connection: keep-alive。沒有任何規範定義它。",
		},
		without: Text{
			"Nothing is lost: Connection does the job, and RFC 9112 (Appendix C.2.2) encourages clients not to send Proxy-Connection.",
			"没有任何损失：Connection 就能完成这项工作，RFC 9112（附录 C.2.2）也建议客户端不要发送 Proxy-Connection。",
			"沒有任何損失：Connection 就能完成這項工作，RFC 9112（附錄 C.2.2）也建議用戶端不要送出 Proxy-Connection。",
		},
		mistakes: Text{
			"Sending it at all; servers and proxies that honour it may keep connections open that the other side believes closed.",
			"根本不该发送它；遵循它的服务器和代理可能把对方以为已关闭的连接保持打开。",
			"根本不該送出它；遵循它的伺服器和代理可能把對方以為已關閉的連線保持開啟。",
		},
		retired: Text{
			"No standard ever defined it; RFC 9112 (Appendix C.2.2) encourages clients not to send it. Connection is the field to use.",
			"从未有标准定义过它；RFC 9112（附录 C.2.2）建议客户端不要发送它。应使用 Connection。",
			"從未有標準定義過它；RFC 9112（附錄 C.2.2）建議用戶端不要送出它。應使用 Connection。",
		},
		replacedBy: []string{"Connection"},
	},
	{
		name: "X-Real-IP", category: FieldRequest,
		example: "203.0.113.195",
		syntax:  `X-Real-IP = IP-address ; a de-facto convention`,
		summary: Text{
			"A de-facto field set by some reverse proxies (nginx is the best known) to the address of the client they received the request from.",
			"部分反向代理（最有名的是 nginx）设置的事实标准字段，值为它们收到请求时对端客户端的地址。",
			"部分反向代理（最有名的是 nginx）設定的事實標準欄位，值為它們收到請求時對端用戶端的位址。",
		},
		without: Text{
			"Behind a proxy the server sees only the proxy's address.",
			"在代理之后，服务器只能看到代理的地址。",
			"在代理之後，伺服器只能看到代理的位址。",
		},
		mistakes: Text{
			"Trusting it when the request did not come through your own proxy.",
			"请求并未经过你自己的代理时仍然信任它。",
			"請求並未經過你自己的代理時仍然信任它。",
		},
	},
	{
		name: "X-Robots-Tag", category: FieldResponse,
		example: "noindex, nofollow",
		syntax:  `X-Robots-Tag = [ user-agent ":" ] #directive ; noindex, nofollow, noarchive, ...`,
		summary: Text{
			"Indexing instructions for search-engine crawlers, like the robots meta element but usable on any response, such as PDFs and images.",
			"给搜索引擎爬虫的索引指令，与 robots meta 元素作用相同，但可用于任何响应，例如 PDF 和图片。",
			"給搜尋引擎爬蟲的索引指令，與 robots meta 元素作用相同，但可用於任何回應，例如 PDF 和圖片。",
		},
		without: Text{
			"Crawlers may index the response and follow its links.",
			"爬虫可以索引该响应并跟踪其中的链接。",
			"爬蟲可以索引該回應並追蹤其中的連結。",
		},
		mistakes: Text{
			"Blocking the URL in robots.txt as well: the crawler then never fetches it and never sees noindex.",
			"同时在 robots.txt 中屏蔽该 URL：爬虫因此根本不会抓取它，也就看不到 noindex。",
			"同時在 robots.txt 中封鎖該 URL：爬蟲因此根本不會抓取它，也就看不到 noindex。",
		},
	},
	{
		name: "Report-To", category: FieldResponse,
		example: `{"group":"csp","max_age":10886400,"endpoints":[{"url":"https://example.com/reports"}]}`,
		syntax:  `Report-To = JSON object with group, max_age and endpoints`,
		summary: Text{
			"The first version of the Reporting API: a JSON description of where the browser should send reports (CSP violations, network errors).",
			"Reporting API 的第一版：用 JSON 描述浏览器应把报告（CSP 违规、网络错误）发往何处。",
			"Reporting API 的第一版：用 JSON 描述瀏覽器應把報告（CSP 違規、網路錯誤）送往何處。",
		},
		without: Text{
			"Reports go nowhere unless Reporting-Endpoints names an endpoint.",
			"除非 Reporting-Endpoints 指定了端点，否则报告无处可发。",
			"除非 Reporting-Endpoints 指定了端點，否則報告無處可送。",
		},
		mistakes: Text{
			"Still relying on it: the Reporting API moved to Reporting-Endpoints.",
			"仍然依赖它：Reporting API 已改用 Reporting-Endpoints。",
			"仍然依賴它：Reporting API 已改用 Reporting-Endpoints。",
		},
		retired: Text{
			"Never registered; the Reporting API replaced it with Reporting-Endpoints, whose value is a Structured Field dictionary instead of JSON.",
			"从未注册；Reporting API 以 Reporting-Endpoints 取代了它，新字段的值是结构化字段字典，而不是 JSON。",
			"從未註冊；Reporting API 以 Reporting-Endpoints 取代了它，新欄位的值是結構化欄位字典，而不是 JSON。",
		},
		replacedBy: []string{"Reporting-Endpoints"},
	},
	{
		name: "Feature-Policy", category: FieldResponse,
		example: "geolocation 'none'; camera 'self'",
		syntax:  `Feature-Policy = policy *( ";" policy ) ; feature allowlist`,
		summary: Text{
			"The earlier name and syntax of Permissions-Policy: which browser features the page and its frames may use.",
			"Permissions-Policy 的旧名称和旧语法：页面及其框架可以使用哪些浏览器功能。",
			"Permissions-Policy 的舊名稱和舊語法：頁面及其框架可以使用哪些瀏覽器功能。",
		},
		without: Text{
			"Only Permissions-Policy, if sent, applies.",
			"只有发送了的 Permissions-Policy 才生效。",
			"只有送出了的 Permissions-Policy 才生效。",
		},
		mistakes: Text{
			"Copying its syntax into Permissions-Policy, which uses a different one (geolocation=()).",
			"把它的语法照搬到 Permissions-Policy，而后者使用不同的语法（geolocation=()）。",
			"把它的語法照搬到 Permissions-Policy，而後者使用不同的語法（geolocation=()）。",
		},
		retired: Text{
			"Never registered; the W3C renamed it Permissions-Policy with a Structured Fields syntax.",
			"从未注册；W3C 已将其更名为 Permissions-Policy，并改用结构化字段语法。",
			"從未註冊；W3C 已將其更名為 Permissions-Policy，並改用結構化欄位語法。",
		},
		replacedBy: []string{"Permissions-Policy"},
	},
}
