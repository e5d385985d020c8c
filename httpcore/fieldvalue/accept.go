package fieldvalue

import (
	"strings"

	"github.com/httpplayground/playground/httpcore/knowledge"
)

// Accept-Charset, Accept-Encoding and Accept-Language (RFC 9110 sections
// 12.5.2 to 12.5.4): weighted lists of charsets, codings and language ranges.

func init() {
	register("Accept-Charset", "charsets", analyzeAcceptCharset)
	register("Accept-Encoding", "codings", analyzeAcceptEncoding)
	register("Accept-Language", "language-ranges", analyzeAcceptLanguage)
}

var (
	textAcceptCharset = knowledge.Text{
		En:   "A character encoding the client can read, with its optional weight; \"*\" stands for any other.",
		Hans: "客户端能读取的一种字符编码，可带权重；“*”代表其他任何编码。",
		Hant: "用戶端能讀取的一種字元編碼，可帶權重；「*」代表其他任何編碼。",
	}
	textAcceptCoding = knowledge.Text{
		En:   "A content coding (compression) the client can undo, with its optional weight; \"*\" stands for any other, identity for none.",
		Hans: "客户端能解开的一种内容编码（压缩方式），可带权重；“*”代表其他任何编码，identity 表示不编码。",
		Hant: "用戶端能解開的一種內容編碼（壓縮方式），可帶權重；「*」代表其他任何編碼，identity 表示不編碼。",
	}
	textLanguageRange = knowledge.Text{
		En:   "A language the user prefers, as a language tag (fr, en-US, zh-Hant) or \"*\" for any other, with its optional weight.",
		Hans: "用户偏好的一种语言，用语言标签表示（fr、en-US、zh-Hant），或用“*”表示其他任何语言，可带权重。",
		Hant: "使用者偏好的一種語言，以語言標籤表示（fr、en-US、zh-Hant），或以「*」表示其他任何語言，可帶權重。",
	}
	noteAcceptCharsetDeprecated = &noteDef{"accept-charset/deprecated", Remark, knowledge.RFC(9110, "12.5.2"), knowledge.Text{
		En:   "Accept-Charset is deprecated: UTF-8 is understood almost everywhere, and browsers no longer send this field.",
		Hans: "Accept-Charset 已不推荐使用：UTF-8 几乎随处可用，浏览器也不再发送这个字段。",
		Hant: "Accept-Charset 已不建議使用：UTF-8 幾乎處處可用，瀏覽器也不再傳送這個欄位。",
	}}
	noteLanguageBad = &noteDef{"language-range/syntax", Error, knowledge.RFC(4647, "2.1"), knowledge.Text{
		En:   "A language range is \"*\" or subtags of 1 to 8 letters or digits joined by \"-\" (the first only letters), such as en, zh-Hant or en-US.",
		Hans: "语言范围是“*”，或是以“-”连接、每段 1 到 8 个字母或数字的子标签（第一段只能是字母），例如 en、zh-Hant、en-US。",
		Hant: "語言範圍是「*」，或是以「-」連接、每段 1 到 8 個字母或數字的子標籤（第一段只能是字母），例如 en、zh-Hant、en-US。",
	}}
	noteCodingUnknown = &noteDef{"coding/unregistered", Warning, knowledge.RFC(9110, "8.4.1"), knowledge.Text{
		En:   "%s is not a registered content coding (gzip, deflate, br, zstd, compress, identity); a recipient will not know how to decode it.",
		Hans: "%s 不是已注册的内容编码（gzip、deflate、br、zstd、compress、identity），接收方不知道如何解码。",
		Hant: "%s 不是已註冊的內容編碼（gzip、deflate、br、zstd、compress、identity），接收端不知道如何解碼。",
	}}
)

// codings explains the registered content codings (IANA HTTP Content
// Coding Registry) and the x- aliases.
var codings = table{
	{"gzip", knowledge.Text{En: "gzip: the GZIP format of LZ77 compression with a CRC-32 check, the most common coding.", Hans: "gzip：采用 LZ77 压缩并带 CRC-32 校验的 GZIP 格式，最常用的编码。", Hant: "gzip：採用 LZ77 壓縮並帶 CRC-32 檢查碼的 GZIP 格式，最常用的編碼。"}},
	{"x-gzip", knowledge.Text{En: "x-gzip: an old name for gzip that recipients should treat the same.", Hans: "x-gzip：gzip 的旧名称，接收方应同等对待。", Hant: "x-gzip：gzip 的舊名稱，接收端應同等對待。"}},
	{"deflate", knowledge.Text{En: "deflate: the zlib format of DEFLATE compression.", Hans: "deflate：DEFLATE 压缩的 zlib 格式。", Hant: "deflate：DEFLATE 壓縮的 zlib 格式。"}},
	{"compress", knowledge.Text{En: "compress: the old Unix LZW compression, rarely supported today.", Hans: "compress：旧的 Unix LZW 压缩，如今很少被支持。", Hant: "compress：舊的 Unix LZW 壓縮，如今很少被支援。"}},
	{"x-compress", knowledge.Text{En: "x-compress: an old name for compress.", Hans: "x-compress：compress 的旧名称。", Hant: "x-compress：compress 的舊名稱。"}},
	{"br", knowledge.Text{En: "br: Brotli compression (RFC 7932), common on the web.", Hans: "br：Brotli 压缩（RFC 7932），在网上很常见。", Hant: "br：Brotli 壓縮（RFC 7932），在網路上很常見。"}},
	{"zstd", knowledge.Text{En: "zstd: Zstandard compression (RFC 8878).", Hans: "zstd：Zstandard 压缩（RFC 8878）。", Hant: "zstd：Zstandard 壓縮（RFC 8878）。"}},
	{"identity", knowledge.Text{En: "identity: no coding at all; the data as it is.", Hans: "identity：不做任何编码，数据保持原样。", Hant: "identity：不做任何編碼，資料保持原樣。"}},
	{"*", knowledge.Text{En: "\"*\": any coding not listed elsewhere in the field.", Hans: "“*”：字段中未列出的任何编码。", Hant: "「*」：欄位中未列出的任何編碼。"}},
	{"dcb", knowledge.Text{En: "dcb: Brotli with a shared dictionary.", Hans: "dcb：使用共享字典的 Brotli。", Hant: "dcb：使用共用字典的 Brotli。"}},
	{"dcz", knowledge.Text{En: "dcz: Zstandard with a shared dictionary.", Hans: "dcz：使用共享字典的 Zstandard。", Hant: "dcz：使用共用字典的 Zstandard。"}},
	{"aes128gcm", knowledge.Text{En: "aes128gcm: encrypted content (RFC 8188), used by Web Push.", Hans: "aes128gcm：加密内容（RFC 8188），用于 Web Push。", Hant: "aes128gcm：加密內容（RFC 8188），用於 Web Push。"}},
	{"exi", knowledge.Text{En: "exi: W3C Efficient XML Interchange.", Hans: "exi：W3C 高效 XML 交换格式。", Hant: "exi：W3C 高效 XML 交換格式。"}},
	{"pack200-gzip", knowledge.Text{En: "pack200-gzip: a Java archive format, withdrawn.", Hans: "pack200-gzip：Java 归档格式，已停用。", Hant: "pack200-gzip：Java 封存格式，已停用。"}},
}

func analyzeAcceptCharset(a *analysis) {
	a.note(noteAcceptCharsetDeprecated, a.whole())
	a.weightedList(func(head Span) item {
		cs := strings.ToLower(a.text(head))
		spec := 1
		if cs == "*" {
			spec = 0
		}
		if !isToken(cs) {
			a.note(noteNotAToken, head)
		} else if right, ok := charsetTypo(cs); ok {
			a.notef(noteCharsetTypo, head, cs, right)
		}
		return item{role: "charset", value: cs, text: textAcceptCharset, specific: spec}
	}, noteEmptyList)
}

func analyzeAcceptEncoding(a *analysis) {
	// An empty Accept-Encoding is allowed: it asks for no coding at all.
	a.weightedList(func(head Span) item {
		c := strings.ToLower(a.text(head))
		spec := 1
		if c == "*" {
			spec = 0
		}
		a.coding(head, c)
		return item{role: "coding", value: c, text: textAcceptCoding, specific: spec}
	}, nil)
}

// coding notes a content coding that is not a token or not registered.
func (a *analysis) coding(s Span, c string) {
	if !isToken(c) {
		a.note(noteNotAToken, s)
	} else if _, ok := codings.get(c); !ok {
		a.notef(noteCodingUnknown, s, c)
	}
}

func analyzeAcceptLanguage(a *analysis) {
	a.weightedList(func(head Span) item {
		l := a.text(head)
		if !languageRange(l) {
			a.note(noteLanguageBad, head)
		}
		return item{role: "language-range", value: l, text: textLanguageRange, specific: strings.Count(l, "-") + 1 - boolInt(l == "*")}
	}, noteEmptyList)
}

// languageRange reports whether s is a language-range (RFC 4647 section 2.1):
//
//	language-range = (1*8ALPHA *("-" 1*8alphanum)) / "*"
func languageRange(s string) bool {
	if s == "*" {
		return true
	}
	for i, sub := range strings.Split(s, "-") {
		if len(sub) < 1 || len(sub) > 8 {
			return false
		}
		for j := 0; j < len(sub); j++ {
			c := sub[j] | 0x20
			alpha := 'a' <= c && c <= 'z'
			if !alpha && (i == 0 || !isDigit(sub[j])) {
				return false
			}
		}
	}
	return true
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}
