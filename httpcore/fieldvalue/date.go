package fieldvalue

import (
	"strconv"
	"strings"

	"github.com/httpplayground/playground/httpcore/internal/httpdate"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// HTTP dates (RFC 9110 section 5.6.7). Senders write IMF-fixdate;
// recipients also accept the two obsolete formats:
//
//	IMF-fixdate  = day-name "," SP day SP month SP year SP time-of-day SP "GMT"
//	               ; Sun, 06 Nov 1994 08:49:37 GMT
//	rfc850-date  = day-name-l "," SP day "-" month "-" 2DIGIT SP time-of-day SP "GMT"
//	               ; Sunday, 06-Nov-94 08:49:37 GMT
//	asctime-date = day-name SP month SP ( 2DIGIT / ( SP DIGIT ) ) SP time-of-day SP year
//	               ; Sun Nov  6 08:49:37 1994
//
// The reading here is lenient on purpose: it finds the pieces wherever they
// are, so that it can say exactly what is wrong with a broken date.

var (
	dayNames   = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	dayNamesL  = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	dayNamesZh = []string{"星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"}
	monthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
)

var (
	textDate = knowledge.Text{
		En:   "A date and time, always in GMT (UTC); the value shows it in ISO 8601 form.",
		Hans: "日期和时间，始终采用 GMT（UTC）；值中以 ISO 8601 格式显示。",
		Hant: "日期和時間，一律採用 GMT（UTC）；值中以 ISO 8601 格式顯示。",
	}
	textDayName = knowledge.Text{
		En:   "The day of the week. It is redundant: recipients can compute it, but it must agree with the date.",
		Hans: "星期几。它是冗余的：接收方可以自行算出，但必须与日期一致。",
		Hant: "星期幾。它是多餘的：接收端可以自行算出，但必須與日期一致。",
	}
	textDay = knowledge.Text{
		En:   "The day of the month, two digits.",
		Hans: "月份中的第几天，两位数字。",
		Hant: "月份中的第幾天，兩位數字。",
	}
	textMonth = knowledge.Text{
		En:   "The month, as a three-letter English abbreviation (Jan to Dec), case-sensitive.",
		Hans: "月份，用三个字母的英文缩写（Jan 到 Dec），区分大小写。",
		Hant: "月份，以三個字母的英文縮寫（Jan 到 Dec）表示，區分大小寫。",
	}
	textYear = knowledge.Text{
		En:   "The year, four digits (two in the obsolete RFC 850 format).",
		Hans: "年份，四位数字（过时的 RFC 850 格式中为两位）。",
		Hant: "年份，四位數字（過時的 RFC 850 格式中為兩位）。",
	}
	textTime = knowledge.Text{
		En:   "The time of day, hours:minutes:seconds on a 24-hour clock.",
		Hans: "一天中的时间，24 小时制的 时:分:秒。",
		Hant: "一天中的時間，24 小時制的 時:分:秒。",
	}
	textZone = knowledge.Text{
		En:   "The time zone, always the letters GMT: HTTP dates never use local time.",
		Hans: "时区，始终写作 GMT：HTTP 日期从不使用本地时间。",
		Hant: "時區，一律寫作 GMT：HTTP 日期從不使用當地時間。",
	}
	textWord = knowledge.Text{
		En:   "A word that is no part of an HTTP date.",
		Hans: "不属于 HTTP 日期的词。",
		Hant: "不屬於 HTTP 日期的詞。",
	}
)

var (
	noteDateInvalid = &noteDef{"date/invalid", Error, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "This is not an HTTP date. Dates are written as IMF-fixdate, such as Sun, 06 Nov 1994 08:49:37 GMT.",
		Hans: "这不是 HTTP 日期。日期应写成 IMF-fixdate 格式，例如 Sun, 06 Nov 1994 08:49:37 GMT。",
		Hant: "這不是 HTTP 日期。日期應寫成 IMF-fixdate 格式，例如 Sun, 06 Nov 1994 08:49:37 GMT。",
	}}
	noteDateEmpty = &noteDef{"date/empty", Error, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "The field needs a date, but the value is empty.",
		Hans: "该字段需要一个日期，但值为空。",
		Hant: "該欄位需要一個日期，但值為空。",
	}}
	noteDateUnknownWord = &noteDef{"date/unknown-word", Error, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "%s is neither a day name (Mon to Sun) nor a month name (Jan to Dec).",
		Hans: "%s 既不是星期名（Mon 到 Sun），也不是月份名（Jan 到 Dec）。",
		Hant: "%s 既不是星期名稱（Mon 到 Sun），也不是月份名稱（Jan 到 Dec）。",
	}}
	noteDateMissing = &noteDef{"date/missing-piece", Error, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "The date has no %s.",
		Hans: "日期中缺少%s。",
		Hant: "日期中缺少%s。",
	}}
	noteDateOrder = &noteDef{"date/order", Error, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "The pieces of the date are not in the order of any HTTP date format. In IMF-fixdate it reads: %s.",
		Hans: "日期各部分的顺序不符合任何 HTTP 日期格式。按 IMF-fixdate 应写成：%s。",
		Hant: "日期各部分的順序不符合任何 HTTP 日期格式。依 IMF-fixdate 應寫成：%s。",
	}}
	noteDateInexact = &noteDef{"date/inexact", Error, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "Nearly an IMF-fixdate, but not written exactly (spaces, digits or letter case differ). Exactly: %s.",
		Hans: "接近 IMF-fixdate，但写法不完全正确（空格、位数或大小写不同）。正确写法：%s。",
		Hant: "接近 IMF-fixdate，但寫法不完全正確（空格、位數或大小寫不同）。正確寫法：%s。",
	}}
	noteDateObsolete = &noteDef{"date/obsolete-format", Warning, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "This is the obsolete %s format. Recipients still accept it, but senders must write IMF-fixdate: %s.",
		Hans: "这是过时的 %s 格式。接收方仍然接受，但发送方必须使用 IMF-fixdate：%s。",
		Hant: "這是過時的 %s 格式。接收端仍然接受，但傳送端必須使用 IMF-fixdate：%s。",
	}}
	noteDateTwoDigitYear = &noteDef{"date/two-digit-year", Remark, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "A two-digit year is read as the most recent past year ending in those digits; here it is taken as %s.",
		Hans: "两位数年份会被解读为以这两位结尾的最近一个过去年份；这里按 %s 理解。",
		Hant: "兩位數年份會被解讀為以這兩位結尾的最近一個過去年份；這裡按 %s 理解。",
	}}
	noteDateImpossible = &noteDef{"date/impossible", Error, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "There is no such day: %s has only %s days.",
		Hans: "没有这一天：%s 只有 %s 天。",
		Hant: "沒有這一天：%s 只有 %s 天。",
	}}
	noteDateBadTime = &noteDef{"date/impossible-time", Error, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "%s is not a time of day: hours run from 00 to 23, minutes and seconds from 00 to 59 (60 for a leap second).",
		Hans: "%s 不是有效的时刻：小时为 00 到 23，分钟和秒为 00 到 59（闰秒时可为 60）。",
		Hant: "%s 不是有效的時刻：小時為 00 到 23，分鐘和秒為 00 到 59（閏秒時可為 60）。",
	}}
	noteDateWeekday = &noteDef{"date/weekday-mismatch", Error, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "The day name does not match the date: %s was a %s, not a %s.",
		Hans: "星期与日期不符：%s 是%s，而不是%s。",
		Hant: "星期與日期不符：%s 是%s，而不是%s。",
	}}
	noteDateZone = &noteDef{"date/zone", Error, knowledge.RFC(9110, "5.6.7"), knowledge.Text{
		En:   "HTTP dates are always in GMT and end with the letters GMT; %s is not allowed.",
		Hans: "HTTP 日期始终采用 GMT，并以字母 GMT 结尾；不允许写 %s。",
		Hant: "HTTP 日期一律採用 GMT，並以字母 GMT 結尾；不允許寫 %s。",
	}}
)

// maxDateTokens bounds the pieces a date may have (IMF-fixdate has 12).
const maxDateTokens = 24

// dtok is one piece of a date: a run of letters ('a'), of digits ('n'),
// or one other character ('p').
type dtok struct {
	kind byte
	s    Span
	text string
}

// dateTokens cuts s into pieces, dropping whitespace.
func (a *analysis) dateTokens(s Span) []dtok {
	var out []dtok
	for i := s.Start; i < s.End; {
		c := a.v[i]
		j := i + 1
		kind := byte('p')
		switch {
		case isOWS(c):
			i++
			continue
		case isDigit(c):
			kind = 'n'
			for j < s.End && isDigit(a.v[j]) {
				j++
			}
		case isAlpha(c):
			kind = 'a'
			for j < s.End && isAlpha(a.v[j]) {
				j++
			}
		}
		out = append(out, dtok{kind, Span{i, j}, a.v[i:j]})
		i = j
	}
	return out
}

func isAlpha(c byte) bool { return ('a' <= c && c <= 'z') || ('A' <= c && c <= 'Z') }

// lookup finds word in names, ignoring case; it returns the index or -1.
func lookup(word string, names []string) int {
	for i, n := range names {
		if strings.EqualFold(word, n) {
			return i
		}
	}
	return -1
}

// httpDate is what was found in a date value.
type httpDate struct {
	weekday, month, day, year, hour, min, sec int
	parts                                     []Part
	order                                     string // piece letters in the order found: W D M Y T Z
	ok                                        bool   // a valid point in time was understood
}

// add records a piece of the date, whose letter in order is c (0 for a
// word that is no piece). Like note, it is not inlined.
//
//go:noinline
func (d *httpDate) add(c byte, role string, s Span, value string, t knowledge.Text) {
	if c != 0 {
		d.order += string(c)
	}
	d.parts = appendPart(d.parts, part(role, s, value, t))
}

// date reads s as an HTTP date, adding a "date" part and notes. It returns
// whether the value was understood as a point in time.
func (a *analysis) date(s Span) bool {
	if s.Start == s.End {
		a.note(noteDateEmpty, s)
		return false
	}
	p, ok := a.datePart(s)
	a.add(p)
	return ok
}

// isZone reports whether word (letters only) reads as a time zone: GMT
// and its synonyms, or an abbreviation such as PST or CEST.
func isZone(word string) bool {
	up := strings.ToUpper(word)
	return up == "GMT" || up == "UTC" || up == "UT" || word == "Z" || strings.HasSuffix(up, "ST") || strings.HasSuffix(up, "DT")
}

// datePieces names the pieces a date can lack, in the order of
// IMF-fixdate, in every language (for the note date/missing-piece).
var datePieces = [...]struct{ en, hans, hant string }{
	{"day name", "星期", "星期"},
	{"day of the month", "日", "日"},
	{"month", "月份", "月份"},
	{"year", "年份", "年份"},
	{"time of day", "时间", "時間"},
}

// datePart reads s as an HTTP date, adding notes, and returns its part.
func (a *analysis) datePart(s Span) (Part, bool) {
	d := httpDate{weekday: -1, month: -1, day: -1, year: -1, hour: -1}
	toks := a.dateTokens(s)
	if len(toks) > maxDateTokens {
		// Far too many pieces for a date: say so once rather than
		// explaining each piece.
		a.note(noteDateInvalid, s)
		return part("date", s, "", textDate), false
	}
	zone := ""
	var zoneSpan Span
	twoDigitYear := false
	hasDash := false
	broken := false
	unknown := func(t dtok) {
		a.notef(noteDateUnknownWord, t.s, t.text)
		d.add(0, "word", t.s, t.text, textWord)
		broken = true
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		switch t.kind {
		case 'a':
			w := lookup(t.text, dayNames)
			if w < 0 {
				w = lookup(t.text, dayNamesL)
			}
			if w >= 0 && d.weekday < 0 {
				d.weekday = w
				d.add('W', "day-name", t.s, dayNames[w], textDayName)
			} else if m := lookup(t.text, monthNames); m >= 0 && d.month < 0 {
				d.month = m + 1
				d.add('M', "month", t.s, pad(m+1, 2), textMonth)
			} else if zone == "" && isZone(t.text) && i > 0 {
				zone, zoneSpan = t.text, t.s
				d.add('Z', "zone", t.s, strings.ToUpper(t.text), textZone)
			} else {
				unknown(t)
			}
		case 'n':
			// hh:mm:ss
			if i+4 < len(toks) && toks[i+1].text == ":" && toks[i+2].kind == 'n' && toks[i+3].text == ":" && toks[i+4].kind == 'n' && d.hour < 0 {
				d.hour, d.min, d.sec = atoi(t.text), atoi(toks[i+2].text), atoi(toks[i+4].text)
				ts := Span{t.s.Start, toks[i+4].s.End}
				d.add('T', "time", ts, clock(d.hour, d.min, d.sec), textTime)
				if d.hour > 23 || d.min > 59 || d.sec > 60 {
					a.notef(noteDateBadTime, ts, a.text(ts))
					broken = true
				}
				i += 4
				continue
			}
			switch {
			case d.day < 0 && len(t.text) <= 2 && (d.order == "" || d.order == "W" || d.order == "WM" || d.order == "M"):
				d.day = atoi(t.text)
				d.add('D', "day", t.s, pad(d.day, 2), textDay)
			case d.year < 0 && (len(t.text) == 4 || (len(t.text) == 2 && d.month >= 0)):
				d.year = atoi(t.text)
				if len(t.text) == 2 {
					twoDigitYear = true
					if d.year >= 70 {
						d.year += 1900
					} else {
						d.year += 2000
					}
				}
				d.add('Y', "year", t.s, strconv.Itoa(d.year), textYear)
			default:
				unknown(t)
			}
		case 'p':
			switch t.text {
			case "-":
				hasDash = true
			case ",":
			case "+":
				if i+1 < len(toks) && toks[i+1].kind == 'n' && zone == "" {
					zs := Span{t.s.Start, toks[i+1].s.End}
					zone, zoneSpan = a.text(zs), zs
					d.add('Z', "zone", zs, zone, textZone)
					i++
				}
			default:
				broken = true
			}
		}
	}
	found := len(d.order)
	missing := 0
	for i, have := range [...]bool{d.weekday >= 0, d.day >= 0, d.month >= 0, d.year >= 0, d.hour >= 0} {
		if !have {
			missing++
			if found >= 2 {
				m := datePieces[i]
				a.noteL(noteDateMissing, s, []string{m.en}, []string{m.hans}, []string{m.hant})
			}
		}
	}
	sortParts(d.parts)
	if zone != "" && !strings.EqualFold(zone, "GMT") {
		a.notef(noteDateZone, zoneSpan, zone)
		broken = true
	}
	// A date that lacks only its day name still names a point in time,
	// which helps to say how it should have been written.
	noDayName := missing == 1 && d.weekday < 0
	complete := (missing == 0 || noDayName) && !broken
	// A valid point in time, if the pieces make one.
	if d.month >= 1 && d.day >= 0 && d.year >= 0 && !broken {
		if dim := daysIn(d.month, d.year); d.day < 1 || d.day > dim {
			zh := []string{strconv.Itoa(d.year) + " 年 " + strconv.Itoa(d.month) + " 月", strconv.Itoa(dim)}
			a.noteL(noteDateImpossible, s, []string{monthNames[d.month-1] + " " + strconv.Itoa(d.year), strconv.Itoa(dim)}, zh, zh)
			complete = false
		}
	}
	iso := ""
	if complete {
		d.ok = !noDayName
		hms := clock(d.hour, d.min, d.sec)
		iso = pad(d.year, 4) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2) + "T" + hms + "Z"
		real := httpdate.Weekday(d.year, d.month, d.day)
		imf := dayNames[real] + ", " + pad(d.day, 2) + " " + monthNames[d.month-1] + " " + pad(d.year, 4) + " " + hms + " GMT"
		if d.weekday >= 0 && d.weekday != real {
			day := strconv.Itoa(d.year) + "-" + pad(d.month, 2) + "-" + pad(d.day, 2)
			zh := []string{day, dayNamesZh[real], dayNamesZh[d.weekday]}
			a.noteL(noteDateWeekday, s, []string{day, dayNamesL[real], dayNamesL[d.weekday]}, zh, zh)
		}
		got := a.text(s)
		switch {
		case noDayName:
			a.notef(noteDateOrder, s, imf)
		case d.order == "WDMYTZ" && hasDash:
			rfc850 := dayNamesL[d.weekday] + ", " + pad(d.day, 2) + "-" + monthNames[d.month-1] + "-" + pad(d.year%100, 2) + " " + hms + " GMT"
			a.notef(noteDateObsolete, s, "RFC 850", imf)
			if got != rfc850 && !twoDigitYear {
				a.notef(noteDateInexact, s, imf)
			}
		case d.order == "WDMYTZ":
			if got != imf {
				a.notef(noteDateInexact, s, imf)
			}
		case d.order == "WMDTY":
			day := strconv.Itoa(d.day) // asctime pads the day with a space
			if d.day < 10 {
				day = " " + day
			}
			asc := dayNames[d.weekday] + " " + monthNames[d.month-1] + " " + day + " " + hms + " " + pad(d.year, 4)
			a.notef(noteDateObsolete, s, "asctime", imf)
			if got != asc {
				a.notef(noteDateInexact, s, imf)
			}
		default:
			a.notef(noteDateOrder, s, imf)
		}
		if twoDigitYear {
			a.notef(noteDateTwoDigitYear, s, strconv.Itoa(d.year))
		}
	}
	if !d.ok {
		a.note(noteDateInvalid, s)
	}
	return part("date", s, iso, textDate, d.parts...), d.ok
}

// pad writes n (not negative) in decimal with at least width digits,
// zero-padded, as %0<width>d does.
func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// clock writes a time of day as hh:mm:ss.
func clock(h, m, s int) string { return pad(h, 2) + ":" + pad(m, 2) + ":" + pad(s, 2) }

// daysIn is the number of days in a month of the Gregorian calendar.
func daysIn(month, year int) int {
	switch month {
	case 2:
		if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// atoi reads a short run of digits (callers guarantee digits), saturating
// instead of overflowing.
func atoi(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if n > 1e8 {
			return n
		}
		n = n*10 + int(s[i]-'0')
	}
	return n
}

// sortParts orders parts by where they start.
func sortParts(ps []Part) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && ps[j].Span.Start < ps[j-1].Span.Start; j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}
