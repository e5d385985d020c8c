package server

import (
	"encoding/base64"
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// basicCredentials decodes "Basic <base64 of user:password>" (RFC 7617 §2).
func basicCredentials(v string) (user, pass string, ok bool) {
	scheme, token, found := strings.Cut(strings.TrimSpace(v), " ")
	if !found || !strings.EqualFold(scheme, "Basic") {
		return "", "", false
	}
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(token))
	if err != nil {
		return "", "", false
	}
	return strings.Cut(string(raw), ":")
}

// B8
func (d *decider) unauthorized() bool {
	if d.res == nil || d.res.Auth == nil {
		d.ask("B8", true, spanNone, knowledge.Text{En: "The resource is public: no credentials are needed.", Hans: "资源是公开的，不需要凭据。", Hant: "資源是公開的，不需要憑證。"})
		return false
	}
	a := d.res.Auth
	v, span, present := d.req.field("Authorization")
	user, pass, ok := basicCredentials(v)
	switch {
	case !present:
		d.ask("B8", false, span, knowledge.Text{En: "The resource is protected and the request has no Authorization field.", Hans: "资源受保护，而请求没有 Authorization 字段。", Hant: "資源受保護，而請求沒有 Authorization 欄位。"})
	case !ok:
		d.ask("B8", false, span, knowledge.Text{En: "The Authorization field is not Basic credentials this server can decode.", Hans: "Authorization 字段不是服务器能解码的 Basic 凭据。", Hant: "Authorization 欄位不是伺服器能解碼的 Basic 憑證。"})
	case a.Users[user] == "" || a.Users[user] != pass:
		d.ask("B8", false, span, say("The user name or password for %q is wrong.", "%q 的用户名或密码不对。", "%q 的使用者名稱或密碼不對。", user))
	default:
		d.ask("B8", true, span, say("The password of %q is right. Note that Basic credentials are only Base64, not encryption: anyone who sees the request can read them.",
			"%q 的密码正确。注意 Basic 凭据只是 Base64 编码，不是加密：看到请求的人都能读出来。",
			"%q 的密碼正確。注意 Basic 憑證只是 Base64 編碼，不是加密：看到請求的人都能讀出來。", user))
		return false
	}
	d.settle(401, "This area needs a user name and password.")
	d.resp.set("WWW-Authenticate", `Basic realm="`+a.Realm+`", charset="UTF-8"`, knowledge.RFC(9110, "11.6.1"),
		say("A 401 must say how to authenticate: here with Basic, in the realm %q.", "401 必须说明如何验证身份：这里用 Basic，领域是 %q。", "401 必須說明如何驗證身分：這裡用 Basic，領域是 %q。", a.Realm))
	return true
}

// B7
func (d *decider) forbidden() bool {
	if d.res == nil || d.res.Auth == nil {
		d.ask("B7", false, spanNone, knowledge.Text{En: "Nothing restricts who may use this resource.", Hans: "没有限制谁可以使用这个资源。", Hant: "沒有限制誰可以使用這個資源。"})
		return false
	}
	_, span, _ := d.req.field("Authorization")
	v, _, _ := d.req.field("Authorization")
	user, _, _ := basicCredentials(v)
	if contains(d.res.Auth.Allow, user) {
		d.ask("B7", false, span, say("%q is on the list of users allowed here.", "%q 在允许的用户名单上。", "%q 在允許的使用者名單上。", user))
		return false
	}
	d.ask("B7", true, span, say("The server knows who %q is, but %q is not allowed here: asking again with the same credentials will not help.",
		"服务器知道 %q 是谁，但 %q 不被允许访问这里：用同样的凭据再试也没用。",
		"伺服器知道 %q 是誰，但 %q 不被允許存取這裡：用同樣的憑證再試也沒用。", user, user))
	d.settle(403, "You may not see this area.")
	return true
}
