package server

import (
	"strings"

	"github.com/httpplayground/playground/httpcore"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// PageLoadOptions describe the simulated browser and network.
type PageLoadOptions struct {
	Host           string `json:"host"`           // Host field; "www.myweb.com" when empty
	Start          string `json:"start"`          // the page; "/index.html" when empty
	MaxConnections int    `json:"maxConnections"` // per host; 6 when zero, as browsers do
	Reload         bool   `json:"reload"`         // load the page a second time, revalidating
	RTT            int    `json:"rtt"`            // round-trip time in ms; 40 when zero
	Bandwidth      int    `json:"bandwidth"`      // bytes per ms; 1250 (10 Mbit/s) when zero
}

// Fetch is one request the browser made, a bar of the waterfall.
type Fetch struct {
	Index int    `json:"index"`
	Load  int    `json:"load"` // 1 for the first visit, 2 for the reload
	Path  string `json:"path"`
	// Initiator is the page that referenced the resource ("" for the page).
	Initiator string `json:"initiator"`
	// Found says where the browser found the reference.
	Found knowledge.Text `json:"found"`
	// Conn is the connection the request went on; NewConn says the browser
	// opened it for this request.
	Conn    int            `json:"conn"`
	NewConn bool           `json:"newConn"`
	Why     knowledge.Text `json:"why"` // why this connection
	// Times in ms from the start of the first load: when the browser wanted
	// the resource, when the request left, when the response was complete.
	Queued int `json:"queued"`
	Start  int `json:"start"`
	End    int `json:"end"`
	Status int `json:"status"`
	Bytes  int `json:"bytes"` // bytes of the response on the wire
	// Request is the raw request the browser sent; Exchange the answer.
	Request  []byte   `json:"-"`
	Exchange Exchange `json:"-"`
}

// Conn is one TCP connection the browser opened.
type Conn struct {
	ID       int   `json:"id"`
	Opened   int   `json:"opened"` // ms
	Closed   bool  `json:"closed"`
	Requests []int `json:"requests"` // indexes into Fetches
}

// Waterfall is the result of a page load.
type Waterfall struct {
	Fetches     []Fetch `json:"fetches"`
	Connections []Conn  `json:"connections"`
}

type browserConn struct {
	st     *state
	freeAt int
	closed bool
}

type browser struct {
	srv   *Server
	opts  PageLoadOptions
	site  *state
	conns []*browserConn
	wf    Waterfall
	cache map[string]cached
}

type cached struct {
	etag, modified string
	body           []byte
}

// PageLoad simulates a browser loading a page: it fetches the page, reads
// the HTML, requests the stylesheets, images and scripts it references
// (reusing an idle connection or opening another, at most MaxConnections),
// and, with Reload, loads it again sending validators.
func (s *Server) PageLoad(o PageLoadOptions) *Waterfall {
	if o.Host == "" {
		o.Host = "www.myweb.com"
	}
	if o.Start == "" {
		o.Start = "/index.html"
	}
	if o.MaxConnections <= 0 {
		o.MaxConnections = 6
	}
	if o.RTT <= 0 {
		o.RTT = 40
	}
	if o.Bandwidth <= 0 {
		o.Bandwidth = 1250
	}
	b := &browser{srv: s, opts: o, site: s.newState(), cache: map[string]cached{}}
	b.load(1, 0)
	if o.Reload {
		last := 0
		for _, f := range b.wf.Fetches {
			if f.End > last {
				last = f.End
			}
		}
		b.load(2, last+1000)
	}
	return &b.wf
}

// load fetches the page and then everything it references.
func (b *browser) load(n, at int) {
	page := b.fetch(n, b.opts.Start, "", knowledge.Text{En: "The address the user opened.", Hans: "用户打开的地址。", Hant: "使用者開啟的位址。"}, at)
	body := page.Exchange.Response.content()
	if page.Status == 304 {
		body = b.cache[page.Path].body
	}
	if !strings.HasPrefix(mediaTypeOf(page.Exchange.Response.Get("Content-Type")), "text/html") && page.Status != 304 {
		return
	}
	seen := map[string]bool{page.Path: true}
	for _, l := range findLinks(page.Path, body) {
		if seen[l.Path] {
			continue
		}
		seen[l.Path] = true
		found := say("<%s %s=\"%s\"> in %s", "%[4]s 里的 <%[1]s %[2]s=\"%[3]s\">", "%[4]s 裡的 <%[1]s %[2]s=\"%[3]s\">", l.Tag, l.Attr, l.URL, page.Path)
		b.fetch(n, l.Path, page.Path, found, page.End)
	}
}

// fetch sends one GET on the best connection and records it.
func (b *browser) fetch(load int, path, initiator string, found knowledge.Text, queued int) Fetch {
	c, id, isNew, why := b.pick(queued)
	start := queued
	if c.freeAt > start {
		start = c.freeAt
	}
	if isNew {
		start += b.opts.RTT // the TCP handshake
	}
	raw := b.request(load, path, initiator)
	res := httpcore.Parse(raw, httpcore.Options{Kind: httpcore.Request})
	ex := b.srv.answer(c.st, &res.Messages[0])
	end := start + b.opts.RTT + (len(raw)+len(ex.Raw))/b.opts.Bandwidth
	c.freeAt = end
	c.closed = ex.Close
	f := Fetch{
		Index: len(b.wf.Fetches), Load: load, Path: path, Initiator: initiator, Found: found,
		Conn: id, NewConn: isNew, Why: why, Queued: queued, Start: start, End: end,
		Status: ex.Response.Status, Bytes: len(ex.Raw), Request: raw, Exchange: ex,
	}
	if ex.Response.Status == 200 {
		b.cache[path] = cached{etag: ex.Response.Get("ETag"), modified: ex.Response.Get("Last-Modified"), body: ex.Response.content()}
	}
	b.wf.Fetches = append(b.wf.Fetches, f)
	conn := &b.wf.Connections[id-1]
	conn.Requests = append(conn.Requests, f.Index)
	conn.Closed = ex.Close
	return f
}

// pick chooses the connection for a request wanted at time at: an idle open
// one if there is one; else a new one while fewer than MaxConnections are
// open; else the open one that frees up first.
func (b *browser) pick(at int) (c *browserConn, id int, isNew bool, why knowledge.Text) {
	open := 0
	best := -1
	for i, c := range b.conns {
		if c.closed {
			continue
		}
		open++
		if c.freeAt <= at {
			return c, i + 1, false, say("Connection %d is open and idle, so the browser reuses it: no new handshake.", "连接 %d 已打开且空闲，浏览器复用它：不需要新的握手。", "連線 %d 已開啟且閒置，瀏覽器重用它：不需要新的握手。", i+1)
		}
		if best < 0 || c.freeAt < b.conns[best].freeAt {
			best = i
		}
	}
	if open < b.opts.MaxConnections {
		c := &browserConn{st: &state{site: b.site.site, modified: b.site.modified}}
		b.conns = append(b.conns, c)
		id := len(b.conns)
		b.wf.Connections = append(b.wf.Connections, Conn{ID: id, Opened: at, Requests: []int{}})
		if open == 0 {
			return c, id, true, knowledge.Text{En: "No connection to the host is open, so the browser opens one (a TCP handshake first).", Hans: "没有到这台主机的连接，浏览器先打开一个（先做 TCP 握手）。", Hant: "沒有到這台主機的連線，瀏覽器先開一個（先做 TCP 握手）。"}
		}
		return c, id, true, say("Every open connection is busy, so the browser opens connection %d (%d of at most %d per host) rather than wait.", "打开的连接都在忙，浏览器打开连接 %d（每台主机最多 %[3]d 个，这是第 %[2]d 个），而不是等待。", "開啟的連線都在忙，瀏覽器開啟連線 %d（每台主機最多 %[3]d 個，這是第 %[2]d 個），而不是等待。", id, open+1, b.opts.MaxConnections)
	}
	return b.conns[best], best + 1, false, say("All %d connections are busy: the request waits for connection %d to finish its response.", "%d 个连接都在忙：请求等连接 %d 完成响应。", "%d 個連線都在忙：請求等連線 %d 完成回應。", open, best+1)
}

// request writes the GET a browser sends; on the reload it adds the
// validators it kept.
func (b *browser) request(load int, path, initiator string) []byte {
	accept := "text/css,*/*;q=0.1"
	switch {
	case initiator == "":
		accept = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
	case strings.HasSuffix(path, ".png"), strings.HasSuffix(path, ".jpg"), strings.HasSuffix(path, ".gif"), strings.HasSuffix(path, ".svg"):
		accept = "image/avif,image/webp,image/png,image/*;q=0.8,*/*;q=0.5"
	case strings.HasSuffix(path, ".js"):
		accept = "*/*"
	}
	fields := []httpcore.Header{
		{Name: "Host", Value: b.opts.Host},
		{Name: "User-Agent", Value: "Mozilla/5.0 (PlaygroundBrowser)"},
		{Name: "Accept", Value: accept},
		{Name: "Accept-Language", Value: "en-US,en;q=0.9"},
		{Name: "Accept-Encoding", Value: "gzip, deflate, br"},
		{Name: "Connection", Value: "keep-alive"},
	}
	if initiator != "" {
		fields = append(fields, httpcore.Header{Name: "Referer", Value: "http://" + b.opts.Host + initiator})
	}
	if c, ok := b.cache[path]; ok && load > 1 {
		if c.etag != "" {
			fields = append(fields, httpcore.Header{Name: "If-None-Match", Value: c.etag})
		}
		if c.modified != "" {
			fields = append(fields, httpcore.Header{Name: "If-Modified-Since", Value: c.modified})
		}
		fields = append(fields, httpcore.Header{Name: "Cache-Control", Value: "max-age=0"})
	}
	return httpcore.Write(httpcore.Wire{Kind: httpcore.Request, Method: "GET", Target: path, Fields: fields})
}
