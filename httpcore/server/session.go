package server

import (
	"strconv"

	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Event is one moment on the connection's timeline.
type Event struct {
	// Kind is "connect", "request", "continue", "response", "close",
	// "unread", "waiting" or "idle".
	Kind string `json:"kind"`
	// Exchange is the index of the exchange the event belongs to, or -1.
	Exchange int `json:"exchange"`
	// Span is the part of the input the event is about: a request's bytes,
	// or the bytes left unread.
	Span  httpcore.Span  `json:"span"`
	Bytes int            `json:"bytes"`
	Note  knowledge.Text `json:"note"`
}

// Session is a whole input played on one connection.
type Session struct {
	Input     []byte
	Requests  httpcore.Result
	Exchanges []Exchange
	Timeline  []Event
}

// Simulate plays every request in input, in order, on one connection, as a
// real server would: answered one after the other, the connection kept
// open or closed after each answer by the rules of RFC 9112 §9.
func (s *Server) Simulate(input []byte) *Session {
	st := s.newState()
	return s.play(st, input)
}

func (s *Server) play(st *state, input []byte) *Session {
	st.served = 0
	res := httpcore.Parse(input, httpcore.Options{Kind: httpcore.Request, Mode: s.Mode})
	sess := &Session{Input: input, Requests: res}
	sess.event(Event{Kind: "connect", Exchange: -1, Note: knowledge.Text{En: "The client opens a TCP connection to the server (port 80 for http).", Hans: "客户端打开到服务器的 TCP 连接（http 用 80 端口）。", Hant: "用戶端開啟到伺服器的 TCP 連線（http 用 80 埠）。"}})
	for i := range res.Messages {
		m := &res.Messages[i]
		if !m.Complete && !m.Errors() {
			sess.event(Event{Kind: "waiting", Exchange: -1, Span: m.Span, Bytes: m.Span.Len(), Note: waitingNote(m)})
			return sess
		}
		n := len(sess.Exchanges)
		note := say("The client sends request %d.", "客户端发送第 %d 个请求。", "用戶端送出第 %d 個請求。", n+1)
		if n > 0 {
			note = say("Request %d arrives on the same connection; the server answers requests in the order they came.", "第 %d 个请求在同一个连接上到达；服务器按到达顺序回答。", "第 %d 個請求在同一個連線上到達；伺服器按到達順序回答。", n+1)
		}
		sess.event(Event{Kind: "request", Exchange: n, Span: m.Span, Bytes: m.Span.Len(), Note: note})
		ex := s.answer(st, m)
		sess.Exchanges = append(sess.Exchanges, ex)
		if ex.Interim != nil {
			sess.event(Event{Kind: "continue", Exchange: n, Bytes: len("HTTP/1.1 100 Continue\r\n\r\n"), Note: knowledge.Text{En: "The server sends 100 Continue: go on, send the content.", Hans: "服务器发送 100 Continue：继续，把内容发过来。", Hant: "伺服器送出 100 Continue：繼續，把內容送過來。"}})
		}
		answered := say("The server answers %d %s.", "服务器回答 %d %s。", "伺服器回答 %d %s。", ex.Response.Status, ex.Response.Reason)
		if !ex.Close {
			answered = joinText(answered, connectionNote(ex.Response))
		}
		sess.event(Event{Kind: "response", Exchange: n, Bytes: len(ex.Raw), Note: answered})
		if ex.Close {
			sess.event(Event{Kind: "close", Exchange: n, Note: connectionNote(ex.Response)})
			if rest := len(input) - m.Span.End; rest > 0 && !onlyBlank(input[m.Span.End:]) {
				sess.event(Event{Kind: "unread", Exchange: -1, Span: httpcore.Span{Start: m.Span.End, End: len(input)}, Bytes: rest,
					Note: say("%d bytes after the closing point are never read: once the connection is closed, the requests in them go unanswered.", "关闭点之后的 %d 字节不会被读取：连接关闭后，其中的请求都得不到回答。", "關閉點之後的 %d 位元組不會被讀取：連線關閉後，其中的請求都得不到回答。", rest)})
			}
			return sess
		}
	}
	sess.event(Event{Kind: "idle", Exchange: -1, Note: say("The connection stays open, idle, until the client sends another request or the keep-alive timeout (%s s) ends it.", "连接保持打开、空闲，直到客户端再发请求或保持连接超时（%s 秒）。", "連線保持開啟、閒置，直到用戶端再送請求或保持連線逾時（%s 秒）。", strconv.Itoa(st.site.keepAliveTimeout()))})
	return sess
}

// event adds e to the timeline. It is kept out of line: each inlined copy
// moved a whole Event through write barriers.
//
//go:noinline
func (s *Session) event(e Event) { s.Timeline = append(s.Timeline, e) }

// connectionNote is why the connection closed: the reason recorded on the
// response's Connection field.
func connectionNote(r *Response) knowledge.Text {
	for _, f := range r.Fields {
		if f.Name == "Connection" {
			return f.Why
		}
	}
	return knowledge.Text{}
}

func waitingNote(m *httpcore.Message) knowledge.Text {
	return joinText(knowledge.Text{En: "The request is not complete, so the server does not answer yet:", Hans: "请求还不完整，服务器暂不回答：", Hant: "請求還不完整，伺服器暫不回答："},
		knowledge.Text{En: m.WaitingText("en"), Hans: m.WaitingText("zh-Hans"), Hant: m.WaitingText("zh-Hant")})
}

func onlyBlank(b []byte) bool {
	for _, c := range b {
		if c != '\r' && c != '\n' && c != ' ' && c != '\t' {
			return false
		}
	}
	return true
}
