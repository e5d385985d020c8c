package server

import (
	"bytes"
	"errors"
	"sort"
	"strconv"

	"github.com/httpplayground/playground/httpcore/internal/jsonx"
	"github.com/httpplayground/playground/httpcore/knowledge"
)

// decodeObject reads request content that must be one JSON object. Its
// mistakes are told in encoding/json's words, as they always were.
func decodeObject(b []byte) (map[string]any, error) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, errors.New("the content is empty")
	}
	v, err := jsonx.Parse(b)
	if err != nil {
		return nil, errors.New(err.(*jsonx.SyntaxError).Msg)
	}
	switch v.Kind {
	case jsonx.Object:
		return v.Map()
	case jsonx.Null:
		return nil, errors.New("null is not an object")
	}
	return nil, errors.New("json: cannot unmarshal " + v.Kind.String() + " into Go value of type map[string]interface {}")
}

// encodeJSON writes v (items, lists of items, small answers) as indented
// JSON with a final newline; map keys come out sorted, so the same data
// always gives the same bytes (and ETag).
func encodeJSON(v any) []byte {
	b, ok := jsonx.AppendAny(nil, v)
	if !ok {
		return []byte{'\n'}
	}
	return append(jsonx.Indent(nil, b, "", "  "), '\n')
}

func findItem(items []map[string]any, id string) map[string]any {
	for _, it := range items {
		if itemID(it) == id {
			return it
		}
	}
	return nil
}

// collectionBody lists the items, ordered by id.
func (d *decider) collectionBody() []byte {
	items := d.res.Collection.Items
	sorted := make([]map[string]any, len(items))
	copy(sorted, items)
	sort.SliceStable(sorted, func(i, j int) bool { return lessID(itemID(sorted[i]), itemID(sorted[j])) })
	return encodeJSON(sorted)
}

// lessID orders ids numerically when both are numbers.
func lessID(a, b string) bool {
	x, errA := strconv.Atoi(a)
	y, errB := strconv.Atoi(b)
	if errA == nil && errB == nil {
		return x < y
	}
	return a < b
}

// nextID is one more than the largest numeric id.
func nextID(items []map[string]any) string {
	max := 0
	for _, it := range items {
		if n, err := strconv.Atoi(itemID(it)); err == nil && n > max {
			max = n
		}
	}
	return strconv.Itoa(max + 1)
}

// clash returns the id of another item that has the same value of the
// collection's unique member as obj.
func (d *decider) clash(obj map[string]any, self string) string {
	u := d.res.Collection.Unique
	if u == "" || obj[u] == nil {
		return ""
	}
	for _, it := range d.res.Collection.Items {
		if id := itemID(it); id != self && it[u] == obj[u] {
			return id
		}
	}
	return ""
}

// jsonContent is the request content as a JSON object. B9 has checked
// JSON content already; content a scenario's "accepts" lets through in
// another type is refused here, at step id, with 400.
func (d *decider) jsonContent(id string) (map[string]any, bool) {
	obj, err := decodeObject(d.req.body())
	if err == nil {
		return obj, true
	}
	d.ask(id, false, d.req.msg.BodySpan, say("The collection stores JSON objects, and the content is not one: %s.", "集合保存的是 JSON 对象，而内容不是：%s。", "集合儲存的是 JSON 物件，而內容不是：%s。", err.Error()))
	d.settle(400, "The content is not a JSON object.")
	return nil, false
}

func (d *decider) itemPath(id string) string { return d.res.Path + "/" + id }

func (d *decider) conflict(id, other string) {
	d.ask(id, true, d.req.msg.BodySpan, say("Item %s already has this %s; two items may not share it.", "条目 %s 已经有这个 %s；两个条目不能相同。", "項目 %s 已經有這個 %s；兩個項目不能相同。", other, d.res.Collection.Unique))
	d.settle(409, "")
	d.setJSON(map[string]any{"error": "conflict", "with": d.itemPath(other)})
}

func (d *decider) setJSON(v any) {
	d.setBody(encodeJSON(v), "application/json", say("The content is JSON.", "内容是 JSON。", "內容是 JSON。"))
}

func (d *decider) touch() { d.st.modified[d.res.Path] = d.now }

// post handles POST on an existing resource: a form or a collection.
func (d *decider) post() {
	if d.res.Form != nil {
		d.ask("N11", false, d.req.msg.BodySpan, say("The form handler reads the fields and answers with a page; nothing new gets an address.", "表单处理程序读取字段并回答一个页面；没有产生新地址的东西。", "表單處理程式讀取欄位並回答一個頁面；沒有產生新位址的東西。"))
		d.settle(200, "")
		d.setBody(formReply(d.res.Form.Reply, d.req.body()), "text/html; charset=utf-8",
			say("The reply page of the form.", "表单的回复页面。", "表單的回覆頁面。"))
		return
	}
	obj, ok := d.jsonContent("N11")
	if !ok {
		return
	}
	if other := d.clash(obj, ""); other != "" {
		d.conflict("N11", other)
		return
	}
	id := nextID(d.res.Collection.Items)
	obj["id"] = id
	d.res.Collection.Items = append(d.res.Collection.Items, obj)
	d.touch()
	d.ask("N11", true, d.req.msg.BodySpan, say("The new item gets the id %s, at %s.", "新条目的 id 是 %s，地址是 %s。", "新項目的 id 是 %s，位址是 %s。", id, d.itemPath(id)))
	d.created(obj, id)
}

// created settles on 201 with the new item and its Location.
func (d *decider) created(obj map[string]any, id string) {
	d.settle(201, "")
	d.setJSON(obj)
	d.resp.set("Location", d.itemPath(id), knowledge.RFC(9110, "15.3.2"),
		say("The address of what was just created.", "刚刚创建的东西的地址。", "剛剛建立的東西的位址。"))
	d.resp.set("ETag", hashTag(encodeJSON(obj)), knowledge.RFC(9110, "8.8.3"),
		say("The tag of the new item, for later conditional requests.", "新条目的标签，供以后的条件请求使用。", "新項目的標籤，供以後的條件請求使用。"))
}

// putItem replaces an item, or creates it when create is set (I7 → P3).
func (d *decider) putItem(create bool) {
	step := "O14"
	if create {
		step = "P3"
	}
	obj, ok := d.jsonContent(step)
	if !ok {
		return
	}
	if id, ok := obj["id"]; ok && itemID(map[string]any{"id": id}) != d.itemID {
		d.ask(step, true, d.req.msg.BodySpan, say("The content says its id is %v, but the address says %s.", "内容说 id 是 %v，而地址说是 %s。", "內容說 id 是 %v，而位址說是 %s。", id, d.itemID))
		d.settle(409, "")
		d.setJSON(map[string]any{"error": "the id in the content differs from the id in the address"})
		return
	}
	if other := d.clash(obj, d.itemID); other != "" {
		d.conflict(step, other)
		return
	}
	obj["id"] = d.itemID
	d.touch()
	if create {
		d.ask(step, false, d.req.msg.BodySpan, say("Nothing conflicts: the item is created at the address the client chose.", "没有冲突：条目创建在客户端选定的地址。", "沒有衝突：項目建立在用戶端選定的位址。"))
		d.res.Collection.Items = append(d.res.Collection.Items, obj)
		d.created(obj, d.itemID)
		return
	}
	d.ask(step, false, d.req.msg.BodySpan, say("Nothing conflicts: the item is replaced.", "没有冲突：条目被替换。", "沒有衝突：項目被取代。"))
	d.replace(obj)
	d.ask("O18", true, spanNone, say("The server sends the item as it now is.", "服务器发送条目现在的样子。", "伺服器送出項目現在的樣子。"))
	d.settle(200, "")
	d.setJSON(obj)
}

func (d *decider) replace(obj map[string]any) {
	for i, it := range d.res.Collection.Items {
		if itemID(it) == d.itemID {
			d.res.Collection.Items[i] = obj
		}
	}
	d.item = obj
}

// patchItem merges the content into the item (RFC 7396: null removes a member).
func (d *decider) patchItem() {
	patch, ok := d.jsonContent("O14")
	if !ok {
		return
	}
	merged := copyItem(d.item)
	for k, v := range patch {
		if v == nil {
			delete(merged, k)
		} else {
			merged[k] = v
		}
	}
	if itemID(merged) != d.itemID {
		d.ask("O14", true, d.req.msg.BodySpan, say("The patch would change the item's id, which is its address.", "这个补丁会改变条目的 id，也就是它的地址。", "這個修補會改變項目的 id，也就是它的位址。"))
		d.settle(409, "")
		d.setJSON(map[string]any{"error": "the id cannot change"})
		return
	}
	if other := d.clash(merged, d.itemID); other != "" {
		d.conflict("O14", other)
		return
	}
	d.ask("O14", false, d.req.msg.BodySpan, say("Nothing conflicts: the changes are merged.", "没有冲突：修改已合并。", "沒有衝突：修改已合併。"))
	d.replace(merged)
	d.touch()
	d.ask("O18", true, spanNone, say("The server sends the item as it now is.", "服务器发送条目现在的样子。", "伺服器送出項目現在的樣子。"))
	d.settle(200, "")
	d.setJSON(merged)
}

// deleteItem runs M20: a queued deletion is 202, a done one 204.
func (d *decider) deleteItem() {
	col := d.res.Collection
	if contains(col.DeferDelete, d.itemID) {
		d.ask("M20", false, d.req.methodSpan(), say("Deleting item %s is queued (the scenario says it takes a while), so the server accepts the request without having done it.", "删除条目 %s 已排队（场景设定它需要一些时间），所以服务器接受请求但尚未完成。", "刪除項目 %s 已排隊（情境設定它需要一些時間），所以伺服器接受請求但尚未完成。", d.itemID))
		d.settle(202, "")
		d.setJSON(map[string]any{"status": "deletion queued", "item": d.itemPath(d.itemID)})
		return
	}
	kept := col.Items[:0]
	for _, it := range col.Items {
		if itemID(it) != d.itemID {
			kept = append(kept, it)
		}
	}
	col.Items = kept
	d.touch()
	d.ask("M20", true, d.req.methodSpan(), say("Item %s is deleted; there is nothing to send back, so the answer is 204.", "条目 %s 已删除；没有要送回的内容，所以回答 204。", "項目 %s 已刪除；沒有要送回的內容，所以回答 204。", d.itemID))
	d.settle(204, "")
}
