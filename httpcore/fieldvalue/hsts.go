package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Strict-Transport-Security (RFC 6797 section 6.1): directives separated
// by semicolons.
//
//	Strict-Transport-Security = [ directive ] *( ";" [ directive ] )
//	directive = directive-name [ "=" directive-value ]

func init() {
	register("Strict-Transport-Security", "hsts-directives", analyzeHSTS)
}

var (
	textHSTSMaxAge = knowledge.Text{
		En:   "max-age: for how many seconds the browser must use only HTTPS for this host; 0 removes the policy.",
		Hans: "max-age：浏览器在多少秒内对该主机只能使用 HTTPS；0 表示取消该策略。",
		Hant: "max-age：瀏覽器在多少秒內對該主機只能使用 HTTPS；0 表示取消該政策。",
	}
	textHSTSSub = knowledge.Text{
		En:   "includeSubDomains: the policy also covers every subdomain of this host.",
		Hans: "includeSubDomains：策略同样适用于该主机的所有子域名。",
		Hant: "includeSubDomains：政策同樣適用於該主機的所有子網域。",
	}
	textHSTSPreload = knowledge.Text{
		En:   "preload: asks browser makers to build this host into their list of HTTPS-only sites. Not part of RFC 6797; the list has its own rules.",
		Hans: "preload：请求浏览器厂商把该主机内置到仅限 HTTPS 的站点列表中。它不属于 RFC 6797，该列表有自己的规则。",
		Hant: "preload：請求瀏覽器廠商把該主機內建到僅限 HTTPS 的網站清單中。它不屬於 RFC 6797，該清單有自己的規則。",
	}
	textHSTSUnknown = knowledge.Text{
		En:   "A directive the playground does not know; browsers ignore unknown directives.",
		Hans: "练习场不认识的指令；浏览器会忽略未知指令。",
		Hant: "練習場不認識的指令；瀏覽器會忽略未知指令。",
	}

	noteHSTSNoMaxAge = &noteDef{"hsts/no-max-age", Error, knowledge.RFC(6797, "6.1.1"), knowledge.Text{
		En:   "max-age is required; without it the browser ignores the whole field.",
		Hans: "max-age 是必需的；没有它，浏览器会忽略整个字段。",
		Hant: "max-age 是必要的；沒有它，瀏覽器會忽略整個欄位。",
	}}
	noteHSTSBadMaxAge = &noteDef{"hsts/bad-max-age", Error, knowledge.RFC(6797, "6.1.1"), knowledge.Text{
		En:   "max-age takes a whole number of seconds, digits only.",
		Hans: "max-age 的值必须是整数秒，只能包含数字。",
		Hant: "max-age 的值必須是整數秒，只能包含數字。",
	}}
	noteHSTSZero = &noteDef{"hsts/max-age-zero", Remark, knowledge.RFC(6797, "6.1.1"), knowledge.Text{
		En:   "max-age=0 tells the browser to forget this host's HTTPS-only policy.",
		Hans: "max-age=0 让浏览器忘记该主机的仅限 HTTPS 策略。",
		Hant: "max-age=0 讓瀏覽器忘記該主機的僅限 HTTPS 政策。",
	}}
	noteHSTSDuplicate = &noteDef{"hsts/duplicate", Error, knowledge.RFC(6797, "6.1"), knowledge.Text{
		En:   "%s appears twice; a directive must appear at most once, or the browser ignores the field.",
		Hans: "%s 出现了两次；每个指令最多出现一次，否则浏览器会忽略该字段。",
		Hant: "%s 出現了兩次；每個指令最多出現一次，否則瀏覽器會忽略該欄位。",
	}}
	noteHSTSUnknown = &noteDef{"hsts/unknown-directive", Remark, knowledge.RFC(6797, "6.1"), knowledge.Text{
		En:   "%s is not an HSTS directive; browsers ignore it.",
		Hans: "%s 不是 HSTS 指令；浏览器会忽略它。",
		Hant: "%s 不是 HSTS 指令；瀏覽器會忽略它。",
	}}
	noteHSTSPreload = &noteDef{"hsts/preload-requirements", Remark, knowledge.RFC(6797, "12.3"), knowledge.Text{
		En:   "The preload list asks for includeSubDomains and a max-age of at least one year (31536000) besides preload.",
		Hans: "预加载列表除 preload 外，还要求 includeSubDomains 以及至少一年（31536000）的 max-age。",
		Hant: "預先載入清單除 preload 外，還要求 includeSubDomains 以及至少一年（31536000）的 max-age。",
	}}
)

func analyzeHSTS(a *analysis) {
	w := a.whole()
	seen := map[string]bool{}
	maxAge := int64(-1)
	for _, el := range a.split(w, ';') {
		p := a.nameValue(el)
		a.checkParam(p, false)
		name := strings.ToLower(a.text(p.name))
		var t = textHSTSUnknown
		switch name {
		case "max-age":
			t = textHSTSMaxAge
			n, ok := num(p.val)
			if !p.eq || !ok {
				a.note(noteHSTSBadMaxAge, el)
			} else {
				maxAge = n
				if n == 0 {
					a.note(noteHSTSZero, el)
				}
			}
		case "includesubdomains":
			t = textHSTSSub
		case "preload":
			t = textHSTSPreload
		default:
			if isToken(name) {
				a.notef(noteHSTSUnknown, p.name, name)
			}
		}
		if seen[name] {
			a.notef(noteHSTSDuplicate, p.name, name)
		}
		seen[name] = true
		value := name
		if p.eq {
			value = name + "=" + p.val
		}
		var kids []Part
		if p.eq && p.value.End > p.value.Start {
			kt := textParamValue
			if name == "max-age" {
				kt = textSeconds
				if allDigits(p.val) {
					value = name + "=" + trimZeros(p.val)
				}
			}
			kids = appendPart(kids, part("argument", p.value, p.val, kt))
		}
		a.add(part("directive", el, value, t, kids...))
	}
	if !seen["max-age"] {
		a.note(noteHSTSNoMaxAge, w)
	}
	if seen["preload"] && (!seen["includesubdomains"] || maxAge < 31536000) {
		a.note(noteHSTSPreload, w)
	}
}
