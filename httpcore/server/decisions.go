package server

import "github.com/httpplayground/playground/httpcore/knowledge"

// decisions lists every question the simulated server can ask, keyed by the
// node of the Webmachine v3 HTTP decision diagram it models. IDs that are not
// in that diagram are the playground's own additions: P1 (could the request
// be read at all), L1 (is the length of the content declared), T1 (TRACE), T2 (CONNECT), E1 (Expect), U1 (PATCH), R1
// (Range) and R2 (If-Range).
//
// The citations are written as Spec literals, not knowledge.RFC calls, so
// that the whole table is static data rather than code run at start-up.
var decisions = map[string]decision{
	"P1":  {knowledge.Text{En: "Could the server read the request?", Hans: "服务器能读懂这个请求吗？", Hant: "伺服器能讀懂這個請求嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9112, Section: "2.2"}},
	"B13": {knowledge.Text{En: "Is the service available?", Hans: "服务可用吗？", Hant: "服務可用嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.6.4"}},
	"B12": {knowledge.Text{En: "Is the method one this server implements?", Hans: "这个方法是服务器实现了的吗？", Hant: "這個方法是伺服器實作了的嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "9.1"}},
	"T2":  {knowledge.Text{En: "Is this a CONNECT request for a tunnel?", Hans: "这是要求建立隧道的 CONNECT 请求吗？", Hant: "這是要求建立通道的 CONNECT 請求嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "9.3.6"}},
	"B11": {knowledge.Text{En: "Is the request-target too long?", Hans: "请求目标太长了吗？", Hant: "請求目標太長了嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.15"}},
	"B10": {knowledge.Text{En: "Is the method allowed on this resource?", Hans: "这个资源允许这个方法吗？", Hant: "這個資源允許這個方法嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.6"}},
	"T1":  {knowledge.Text{En: "Is this a TRACE request the server echoes?", Hans: "这是服务器要回显的 TRACE 请求吗？", Hant: "這是伺服器要回顯的 TRACE 請求嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "9.3.8"}},
	"B9":  {knowledge.Text{En: "Is the request content malformed?", Hans: "请求内容格式有误吗？", Hant: "請求內容格式有誤嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.1"}},
	"B8":  {knowledge.Text{En: "Is the client authorized?", Hans: "客户端通过身份验证了吗？", Hant: "用戶端通過身分驗證了嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "11.6.2"}},
	"B7":  {knowledge.Text{En: "Is access forbidden?", Hans: "访问被禁止吗？", Hant: "存取被禁止嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.4"}},
	"B6":  {knowledge.Text{En: "Are the Content-* fields of the request ones the server can handle?", Hans: "请求的 Content-* 字段服务器都能处理吗？", Hant: "請求的 Content-* 欄位伺服器都能處理嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "8.4"}},
	"L1":  {knowledge.Text{En: "Does the content come with its length?", Hans: "内容带有长度吗？", Hant: "內容帶有長度嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.12"}},
	"B5":  {knowledge.Text{En: "Is the content type of the request one the resource takes?", Hans: "请求内容的类型是资源接受的吗？", Hant: "請求內容的類型是資源接受的嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.16"}},
	"B4":  {knowledge.Text{En: "Is the request content too large?", Hans: "请求内容太大了吗？", Hant: "請求內容太大了嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.14"}},
	"E1":  {knowledge.Text{En: "Does the client wait for 100 Continue before sending the content?", Hans: "客户端在发送内容前等待 100 Continue 吗？", Hant: "用戶端在送出內容前等待 100 Continue 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "10.1.1"}},
	"B3":  {knowledge.Text{En: "Is the method OPTIONS?", Hans: "方法是 OPTIONS 吗？", Hant: "方法是 OPTIONS 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "9.3.7"}},
	"C3":  {knowledge.Text{En: "Does the request have an Accept field?", Hans: "请求有 Accept 字段吗？", Hant: "請求有 Accept 欄位嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "12.5.1"}},
	"C4":  {knowledge.Text{En: "Is a media type the client accepts available?", Hans: "有客户端接受的媒体类型吗？", Hant: "有用戶端接受的媒體類型嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "12.5.1"}},
	"D4":  {knowledge.Text{En: "Does the request have an Accept-Language field?", Hans: "请求有 Accept-Language 字段吗？", Hant: "請求有 Accept-Language 欄位嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "12.5.4"}},
	"D5":  {knowledge.Text{En: "Is a language the client accepts available?", Hans: "有客户端接受的语言吗？", Hant: "有用戶端接受的語言嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "12.5.4"}},
	"E5":  {knowledge.Text{En: "Does the request have an Accept-Charset field?", Hans: "请求有 Accept-Charset 字段吗？", Hant: "請求有 Accept-Charset 欄位嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "12.5.2"}},
	"E6":  {knowledge.Text{En: "Is a charset the client accepts available?", Hans: "有客户端接受的字符集吗？", Hant: "有用戶端接受的字元集嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "12.5.2"}},
	"F6":  {knowledge.Text{En: "Does the request have an Accept-Encoding field?", Hans: "请求有 Accept-Encoding 字段吗？", Hant: "請求有 Accept-Encoding 欄位嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "12.5.3"}},
	"F7":  {knowledge.Text{En: "Is a content coding the client accepts available?", Hans: "有客户端接受的内容编码吗？", Hant: "有用戶端接受的內容編碼嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "12.5.3"}},
	"G7":  {knowledge.Text{En: "Does the resource exist?", Hans: "资源存在吗？", Hant: "資源存在嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.5"}},
	"G8":  {knowledge.Text{En: "Does the request have an If-Match field?", Hans: "请求有 If-Match 字段吗？", Hant: "請求有 If-Match 欄位嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.1"}},
	"G9":  {knowledge.Text{En: "Is If-Match \"*\"?", Hans: "If-Match 是 \"*\" 吗？", Hant: "If-Match 是 \"*\" 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.1"}},
	"G11": {knowledge.Text{En: "Is the current ETag among the If-Match tags?", Hans: "当前 ETag 在 If-Match 列出的标签中吗？", Hant: "目前的 ETag 在 If-Match 列出的標籤中嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.1"}},
	"H7":  {knowledge.Text{En: "Does the request have an If-Match field, for a resource that does not exist?", Hans: "资源不存在时，请求带了 If-Match 吗？", Hant: "資源不存在時，請求帶了 If-Match 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.1"}},
	"H10": {knowledge.Text{En: "Does the request have an If-Unmodified-Since field?", Hans: "请求有 If-Unmodified-Since 字段吗？", Hant: "請求有 If-Unmodified-Since 欄位嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.4"}},
	"H11": {knowledge.Text{En: "Is the If-Unmodified-Since date valid?", Hans: "If-Unmodified-Since 的日期有效吗？", Hant: "If-Unmodified-Since 的日期有效嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.4"}},
	"H12": {knowledge.Text{En: "Was the resource modified after that date?", Hans: "资源在那个日期之后被修改过吗？", Hant: "資源在那個日期之後被修改過嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.4"}},
	"I12": {knowledge.Text{En: "Does the request have an If-None-Match field?", Hans: "请求有 If-None-Match 字段吗？", Hant: "請求有 If-None-Match 欄位嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.2"}},
	"I13": {knowledge.Text{En: "Is If-None-Match \"*\"?", Hans: "If-None-Match 是 \"*\" 吗？", Hant: "If-None-Match 是 \"*\" 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.2"}},
	"K13": {knowledge.Text{En: "Does the current ETag match one of the If-None-Match tags?", Hans: "当前 ETag 与 If-None-Match 的某个标签相符吗？", Hant: "目前的 ETag 與 If-None-Match 的某個標籤相符嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.2"}},
	"J18": {knowledge.Text{En: "Is the method GET or HEAD?", Hans: "方法是 GET 或 HEAD 吗？", Hant: "方法是 GET 或 HEAD 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.2.2"}},
	"L13": {knowledge.Text{En: "Does the request have an If-Modified-Since field?", Hans: "请求有 If-Modified-Since 字段吗？", Hant: "請求有 If-Modified-Since 欄位嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.3"}},
	"L14": {knowledge.Text{En: "Is the If-Modified-Since date valid?", Hans: "If-Modified-Since 的日期有效吗？", Hant: "If-Modified-Since 的日期有效嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.3"}},
	"L15": {knowledge.Text{En: "Is the If-Modified-Since date in the future?", Hans: "If-Modified-Since 的日期在将来吗？", Hant: "If-Modified-Since 的日期在未來嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.3"}},
	"L17": {knowledge.Text{En: "Was the resource modified after that date?", Hans: "资源在那个日期之后被修改过吗？", Hant: "資源在那個日期之後被修改過嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.3"}},
	"I7":  {knowledge.Text{En: "Is the method PUT, for a resource that does not exist?", Hans: "资源不存在，方法是 PUT 吗？", Hant: "資源不存在，方法是 PUT 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "9.3.4"}},
	"I4":  {knowledge.Text{En: "Has the resource moved permanently?", Hans: "资源已永久移动了吗？", Hant: "資源已永久移動了嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.4.2"}},
	"P3":  {knowledge.Text{En: "Would creating it conflict with the current state?", Hans: "创建它会与当前状态冲突吗？", Hant: "建立它會與目前狀態衝突嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.10"}},
	"K7":  {knowledge.Text{En: "Did the resource exist before?", Hans: "资源以前存在过吗？", Hant: "資源以前存在過嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.11"}},
	"K5":  {knowledge.Text{En: "Has the resource moved permanently?", Hans: "资源已永久移动了吗？", Hant: "資源已永久移動了嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.4.2"}},
	"L5":  {knowledge.Text{En: "Has the resource moved temporarily?", Hans: "资源暂时移动了吗？", Hant: "資源暫時移動了嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.4.8"}},
	"M5":  {knowledge.Text{En: "Is the method POST, for a resource that is gone?", Hans: "资源已不在，方法是 POST 吗？", Hant: "資源已不在，方法是 POST 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.11"}},
	"L7":  {knowledge.Text{En: "Is the method POST, for a resource that never existed?", Hans: "资源从未存在，方法是 POST 吗？", Hant: "資源從未存在，方法是 POST 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.5"}},
	"M16": {knowledge.Text{En: "Is the method DELETE?", Hans: "方法是 DELETE 吗？", Hant: "方法是 DELETE 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "9.3.5"}},
	"M20": {knowledge.Text{En: "Is the deletion done at once?", Hans: "删除立即完成了吗？", Hant: "刪除立即完成了嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.3.3"}},
	"N16": {knowledge.Text{En: "Is the method POST?", Hans: "方法是 POST 吗？", Hant: "方法是 POST 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "9.3.3"}},
	"N11": {knowledge.Text{En: "Does the POST create a new resource?", Hans: "这个 POST 创建了新资源吗？", Hant: "這個 POST 建立了新資源嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.3.2"}},
	"O16": {knowledge.Text{En: "Is the method PUT?", Hans: "方法是 PUT 吗？", Hant: "方法是 PUT 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "9.3.4"}},
	"O14": {knowledge.Text{En: "Would the change conflict with the current state?", Hans: "这个修改会与当前状态冲突吗？", Hant: "這個修改會與目前狀態衝突嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.5.10"}},
	"U1":  {knowledge.Text{En: "Is the method PATCH?", Hans: "方法是 PATCH 吗？", Hant: "方法是 PATCH 嗎？"}, knowledge.Spec{Doc: "RFC", Number: 5789, Section: "2"}},
	"O18": {knowledge.Text{En: "Does the response carry a representation?", Hans: "响应带有表示数据吗？", Hant: "回應帶有表示資料嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "15.3.1"}},
	"R1":  {knowledge.Text{En: "Does the request ask for a range of bytes?", Hans: "请求只要一部分字节吗？", Hant: "請求只要一部分位元組嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "14.2"}},
	"R2":  {knowledge.Text{En: "Does If-Range still match the current representation?", Hans: "If-Range 还与当前表示相符吗？", Hant: "If-Range 還與目前表示相符嗎？"}, knowledge.Spec{Doc: "RFC", Number: 9110, Section: "13.1.5"}},
}
