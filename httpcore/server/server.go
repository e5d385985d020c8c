// Package server is the playground's simulated origin server: it answers
// parsed requests for a virtual site (a scenario, as data), explains each
// answer with the path it took through a decision diagram modelled on
// Webmachine v3, and plays whole sessions on one connection and page loads
// by a simulated browser.
//
// Like the rest of httpcore it does no I/O and reads no clock: the time comes
// from the Now function the caller injects.
package server

import (
	"strconv"
	"time"

	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Server answers for one site at the time its clock gives.
type Server struct {
	Site *Site
	// Now is the server's clock; it sets Date and judges dates in requests.
	Now func() time.Time
	// Mode is how strictly requests are read (strict by default).
	Mode httpcore.Mode
	// Name is the Server field's value when the site gives none.
	Name string
}

// New returns a server for site (the default site when nil) with clock now.
func New(site *Site, now func() time.Time) *Server {
	if site == nil {
		site = DefaultSite()
	}
	return &Server{Site: site, Now: now}
}

// Exchange is one request and the server's answer to it.
type Exchange struct {
	// Request is the request as parsed; its spans point into the session's
	// input.
	Request *httpcore.Message
	// Interim is the 100 Continue sent before the final answer, or nil.
	Interim *Response
	// Response is the final answer, each field with why it was set.
	Response *Response
	// Raw is exactly what the server sent: the interim response first, if
	// any, then the final one.
	Raw []byte
	// Parsed is Raw read back by the strict response parser.
	Parsed httpcore.Result
	// Trace is the path through the decisions.
	Trace []Step
	// Close says the server closed the connection after this answer.
	Close bool
}

// state is what lasts across the requests of one session: the site (whose
// collections requests change), when each changed, and the connection.
type state struct {
	site     *Site
	modified map[string]instant
	served   int // requests answered on the current connection
}

func (s *Server) newState() *state {
	return &state{site: s.Site.clone(), modified: map[string]instant{}}
}

func (s *Server) now() instant {
	if s.Now == nil {
		return instantOf(DefaultTime)
	}
	return instantOf(s.Now())
}

// instantOf is t as an instant.
func instantOf(t time.Time) instant { return instant{t.Unix(), t.Nanosecond()} }

// DefaultTime is the clock of a server given none: the date of the MDN
// response example in the seed, Thu, 06 Dec 2018 17:37:18 GMT. It is written
// in Unix seconds: time.Date would link package time's zone machinery into
// the browser module.
var DefaultTime = time.Unix(1544117838, 0).UTC()

// answer runs the decisions for one request and writes the response.
func (s *Server) answer(st *state, m *httpcore.Message) Exchange {
	now := s.now()
	d := &decider{st: st, site: st.site, now: now, req: newRequest(m)}
	d.walk()
	st.served++
	keep, why := s.persist(st, d)
	s.finish(d, now, keep, why)

	ex := Exchange{Request: m, Response: d.resp, Trace: d.steps, Close: !keep}
	var raw []byte
	if d.interim {
		ex.Interim = &Response{Status: 100, Reason: reasonPhrase(100)}
		raw = httpcore.Write(httpcore.Wire{Kind: httpcore.Response, Status: 100, Reason: ex.Interim.Reason})
	}
	if m.HTTP09 {
		// an HTTP/0.9 answer is the document alone: no status line, no
		// fields; closing the connection marks its end (RFC 1945 §4.1)
		ex.Raw = append([]byte(nil), d.resp.Body...)
		return ex
	}
	raw = append(raw, httpcore.Write(wire(d.resp, d.req.method == "HEAD"))...)
	ex.Raw = raw
	ex.Parsed = httpcore.Parse(raw, httpcore.Options{Kind: httpcore.Response, Mode: httpcore.Strict, Method: d.req.method})
	return ex
}

// wire turns a Response into the serializer's plain data. A response to HEAD
// keeps its Content-Length but sends no content.
func wire(r *Response, head bool) httpcore.Wire {
	w := httpcore.Wire{Kind: httpcore.Response, Status: r.Status, Reason: r.Reason, Chunked: r.Chunked}
	for _, f := range r.Fields {
		w.Fields = append(w.Fields, httpcore.Header{Name: f.Name, Value: f.Value})
	}
	if head || bodyless(r.Status) {
		// no content at all, not even the last chunk; the framing fields
		// stay, saying what GET would have sent
		w.Chunked = false
	} else {
		w.Body = r.Body
	}
	return w
}

// persist decides whether the connection stays open after this answer
// (RFC 9112 §9.3).
func (s *Server) persist(st *state, d *decider) (bool, knowledge.Text) {
	r := d.req
	tokens := r.connectionTokens()
	hasExpect := r.has("Expect")
	switch {
	case d.close:
		return false, d.closeBy
	case r.msg.HTTP09:
		return false, knowledge.Text{En: "HTTP/0.9 has neither status line nor length: the server sends the document and closes the connection to mark its end.", Hans: "HTTP/0.9 既没有状态行也没有长度：服务器发送文档后关闭连接，以此标示结束。", Hant: "HTTP/0.9 既沒有狀態行也沒有長度：伺服器送出文件後關閉連線，以此標示結束。"}
	case contains(tokens, "close"):
		return false, knowledge.Text{En: "The client asked for the connection to be closed after this response (Connection: close).", Hans: "客户端要求在这个响应之后关闭连接（Connection: close）。", Hant: "用戶端要求在這個回應之後關閉連線（Connection: close）。"}
	case r.http10 && !contains(tokens, "keep-alive"):
		return false, knowledge.Text{En: "An HTTP/1.0 connection closes after each response unless the client sends Connection: keep-alive.", Hans: "HTTP/1.0 连接在每个响应后都会关闭，除非客户端发送 Connection: keep-alive。", Hant: "HTTP/1.0 連線在每個回應後都會關閉，除非用戶端送出 Connection: keep-alive。"}
	case hasExpect && r.hasBody && !d.interim && !r.http10:
		return false, knowledge.Text{
			En:   "The client was waiting for 100 Continue before sending its content, and the server answered without it; closing is the only safe way to skip content that may still arrive.",
			Hans: "客户端在等 100 Continue 才发送内容，而服务器没有发送它就回答了；关闭连接是跳过可能还会到达的内容唯一安全的办法。",
			Hant: "用戶端在等 100 Continue 才送出內容，而伺服器沒有送出它就回答了；關閉連線是跳過可能還會到達的內容唯一安全的辦法。",
		}
	case st.served >= st.site.keepAliveMax():
		return false, say("This connection has carried %d requests, the most the server allows on one.", "这个连接已经承载了 %d 个请求，达到服务器允许的上限。", "這個連線已經承載了 %d 個請求，達到伺服器允許的上限。", st.served)
	case r.http10:
		return true, knowledge.Text{En: "The HTTP/1.0 client asked to keep the connection open, and the server agrees.", Hans: "HTTP/1.0 客户端要求保持连接，服务器同意了。", Hant: "HTTP/1.0 用戶端要求保持連線，伺服器同意了。"}
	}
	return true, knowledge.Text{En: "HTTP/1.1 connections stay open by default, ready for the next request.", Hans: "HTTP/1.1 连接默认保持打开，等待下一个请求。", Hant: "HTTP/1.1 連線預設保持開啟，等待下一個請求。"}
}

// finish adds the fields every response carries: Date, Server, the framing
// (Content-Length or chunked) and the connection's fate.
func (s *Server) finish(d *decider, now instant, keep bool, why knowledge.Text) {
	r := d.resp
	name := d.site.Server
	if name == "" {
		name = s.Name
	}
	if name == "" {
		name = "PlaygroundServer/1.0"
	}
	head := []Field{
		{Name: "Date", Value: httpDate(now), Spec: knowledge.RFC(9110, "6.6.1"),
			Why: knowledge.Text{En: "When the server made this response, from its clock; caches use it to work out the response's age.", Hans: "服务器生成这个响应的时间，来自它的时钟；缓存用它计算响应的年龄。", Hant: "伺服器產生這個回應的時間，來自它的時鐘；快取用它計算回應的年齡。"}},
		{Name: "Server", Value: name, Spec: knowledge.RFC(9110, "10.2.4"),
			Why: knowledge.Text{En: "Names the server software. Real servers keep it short: details help attackers.", Hans: "标明服务器软件。真实服务器会写得很简短：细节会帮助攻击者。", Hant: "標明伺服器軟體。真實伺服器會寫得很簡短：細節會幫助攻擊者。"}},
	}
	r.Fields = append(head, r.Fields...)
	switch {
	case bodyless(r.Status):
		r.Body, r.Chunked = nil, false
	case r.Chunked:
		r.set("Transfer-Encoding", "chunked", knowledge.RFC(9112, "7.1"),
			knowledge.Text{
				En:   "The server compresses as it sends, so it does not know the length in advance: the content goes in chunks, each with its size, ending with a chunk of size 0.",
				Hans: "服务器边压缩边发送，事先不知道长度：内容分块发送，每块带有大小，最后是大小为 0 的块。",
				Hant: "伺服器邊壓縮邊送出，事先不知道長度：內容分塊送出，每塊帶有大小，最後是大小為 0 的塊。",
			})
	default:
		r.set("Content-Length", strconv.Itoa(len(r.Body)), knowledge.RFC(9110, "8.6"),
			knowledge.Text{
				En:   "How many bytes of content follow, so the client knows where this response ends and the next one on the connection begins.",
				Hans: "后面内容的字节数，让客户端知道这个响应在哪里结束、连接上的下一个响应从哪里开始。",
				Hant: "後面內容的位元組數，讓用戶端知道這個回應在哪裡結束、連線上的下一個回應從哪裡開始。",
			})
		if d.req.method == "HEAD" {
			r.Fields[len(r.Fields)-1].Why = knowledge.Text{En: "For HEAD, the length the content would have had with GET; no content follows.", Hans: "对 HEAD 来说，这是 GET 时内容的长度；后面没有内容。", Hant: "對 HEAD 來說，這是 GET 時內容的長度；後面沒有內容。"}
		}
	}
	if keep {
		r.set("Connection", "keep-alive", knowledge.RFC(9112, "9.3"), why)
		r.set("Keep-Alive", "timeout="+strconv.Itoa(d.site.keepAliveTimeout())+", max="+strconv.Itoa(d.site.keepAliveMax()-d.st.served), knowledge.RFC(2068, "19.7.1.1"),
			knowledge.Text{En: "How long the server keeps an idle connection open (seconds) and how many more requests it will take on it.", Hans: "服务器让空闲连接保持多久（秒），以及还会在这个连接上接受多少个请求。", Hant: "伺服器讓閒置連線保持多久（秒），以及還會在這個連線上接受多少個請求。"})
	} else {
		r.set("Connection", "close", knowledge.RFC(9112, "9.6"), why)
	}
}
