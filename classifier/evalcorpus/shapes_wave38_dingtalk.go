package evalcorpus

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
)

// ------------------------------------------ DingTalk (钉钉) server API

// errcode, errmsg and request_id, the department ids and orders, the
// flags (hide_mobile, active, admin, boss, senior, real_authed,
// exclusive_account, leader_in_dept), the org e-mail type, role ids,
// names and groups, the language, a callback's event type, timestamp,
// nonce and corp id, and the API's URL without its token are
// non-personal. The user id and union id (in the request and a
// callback's UserId list too), name, avatar, the phone's country
// calling code and the mobile, extension number, job number, title,
// e-mails, work place, remark, hire date, manager's user id and the
// custom fields' JSON string are personal; the phone number is weak
// evidence, a nationality in the custom fields the citizenship and a
// current residence there the residence. A remark or custom fields
// telling of a pregnancy, an illness, a faith, an ethnic group (民族)
// or a party membership (政治面貌) are sensitive (health, religion,
// ethnicity, political). A school's student members are minors, with
// their guardian's name and phone. The access token in the URL, the
// callback's msg_signature and the encrypted bodies' ciphertext
// (personal data under the app's AES key: personal) are labelled as
// such: the URL and the signature are credentials.

var w38DTCities = map[string]string{"CN": "", "SG": "新加坡", "MY": "吉隆坡", "JP": "东京", "US": "旧金山", "DE": "慕尼黑", "AE": "迪拜", "TH": "曼谷", "ID": "雅加达", "GB": "伦敦"}

func dingtalkUser(g *gen) *node {
	g.w37Redraw("CN")
	student := g.r.IntN(6) == 0
	if student {
		g.w37Age(10, 17)
	} else {
		g.w37Age(20, 60)
	}
	p := g.p
	abroad := ""
	if !student && g.r.IntN(4) == 0 {
		abroad = pick(g.r, []string{"SG", "MY", "JP", "US", "DE", "AE", "TH", "ID", "GB"})
		g.w37Move(abroad, g.r.IntN(2) == 0)
		p.cit = countryByCode("CN")
	}
	name := p.family + p.given
	userid := pick(g.r, []string{fmt.Sprintf("manager%d", 1000+g.r.IntN(9000)), fmt.Sprintf("%d%s", 10000+g.r.IntN(90000), g.hex(6)), w37Clean(p.familyL) + w37Clean(p.givenL)})
	unionid := g.b62(22) + "iE"
	corp := "ding" + g.hex(16)
	title := pick(g.r, []string{"产品经理", "高级工程师", "销售总监", "财务专员", "人事主管", "海外市场经理"})
	if student {
		title = "学生"
	}
	ext := map[string]string{}
	var sens []string
	extOrder := []string{}
	add := func(k, v, cat string) {
		ext[k] = v
		extOrder = append(extOrder, k)
		if cat != "" {
			sens = append(sens, cat)
		}
	}
	if g.r.IntN(2) == 0 {
		add("爱好", pick(g.r, []string{"旅游", "摄影", "羽毛球", "读书"}), "")
	}
	if student {
		add("班级", pick(g.r, []string{"初二(3)班", "高一(5)班", "六年级(2)班", "初三(1)班"}), "")
		gd := g.w37Other("CN")
		add("监护人", gd.family+gd.given, "")
		add("监护人电话", g.w36OtherPhone("CN"), "")
	}
	if g.r.IntN(4) == 0 {
		add("身份证号", genRIC(g.r, p.dob, p.female, [2]string{}), "")
	}
	if g.r.IntN(5) == 0 {
		add("民族", pick(g.r, []string{"汉族", "回族", "维吾尔族", "藏族", "壮族", "满族"}), "ethnicity")
	}
	if !student && g.r.IntN(6) == 0 {
		add("政治面貌", pick(g.r, []string{"中共党员", "共青团员", "群众"}), "political")
	}
	var cit, res bool
	if p.showCitizenship && g.r.IntN(2) == 0 {
		add("国籍", "中国", "")
		cit = true
	}
	if abroad != "" && g.r.IntN(2) == 0 {
		add("现居住地", w38DTCities[abroad], "")
		res = true
	}
	var extNode *node
	if len(ext) > 0 {
		var b strings.Builder
		b.WriteByte('{')
		for i, k := range extOrder {
			if i > 0 {
				b.WriteByte(',')
			}
			kj, _ := json.Marshal(k)
			vj, _ := json.Marshal(ext[k])
			b.Write(kj)
			b.WriteByte(':')
			b.Write(vj)
		}
		b.WriteByte('}')
		if len(sens) > 0 {
			extNode = S(b.String(), sens[0])
		} else {
			extNode = P(b.String())
		}
		if cit {
			g.lab.Citizenship = addCountry(g.lab.Citizenship, "CN")
		}
		if res {
			g.lab.Residence = addCountry(g.lab.Residence, abroad)
		}
	}
	var remark *node
	switch g.r.IntN(8) {
	case 0:
		remark = S(pick(g.r, []string{"孕期，暂不安排出差", "术后康复中，每周三下午复诊"}), "health")
	case 1:
		remark = P(pick(g.r, []string{"试用期至年底", "兼任工会委员", "周五远程办公"}))
		if abroad != "" && g.r.IntN(2) == 0 {
			remark = P("外派" + w38DTCities[abroad] + "分公司")
			g.lab.Residence = addCountry(g.lab.Residence, abroad)
		}
		if strings.Contains(remark.raw, "工会") {
			remark = S(remark.raw, "trade_union")
		}
	}
	workPlace := pick(g.r, []string{"杭州市余杭区文一西路969号", "北京市朝阳区望京SOHO T2", "深圳市南山区科技园"})
	if abroad != "" {
		workPlace = w38DTCities[abroad] + pick(g.r, []string{"办公室", "分公司"})
	}
	if student {
		workPlace = pick(g.r, []string{"杭州市第十四中学", "北京市第八中学", "深圳实验学校"})
	}
	res2 := O("userid", P(userid), "unionid", P(unionid), "name", P(name), "avatar", P("https://static-legacy.dingtalk.com/media/lADP"+g.b62(20)+"_240_240.jpg"))
	if ph := g.phone(g.w37NationalDigits()); ph != nil {
		cc, _, _ := g.w37PhoneParts()
		if p.phoneCC != "CN" {
			ph.raw = "+" + cc + "-" + g.w37NationalDigits()
		}
		res2.set("state_code", P(cc))
		res2.set("mobile", ph)
		res2.set("hide_mobile", N(g.r.IntN(5) == 0))
	}
	if !student && g.r.IntN(3) == 0 {
		res2.set("telephone", P(pattern(g.r, "0571-8###-####")))
	}
	res2.set("job_number", P(map[bool]string{true: fmt.Sprintf("S%d%04d", g.t.Year()%100, g.r.IntN(10000)), false: fmt.Sprintf("%06d", g.r.IntN(1000000))}[student]))
	res2.set("title", P(title))
	if !student {
		res2.set("email", P(p.email))
		if g.r.IntN(2) == 0 {
			res2.set("org_email", P(w37Clean(p.givenL)+"."+w37Clean(p.familyL)+"@"+pick(g.r, []string{"alibaba-inc.example", "corp.example.cn"})))
			res2.set("org_email_type", N("profession"))
		}
	}
	res2.set("work_place", P(workPlace))
	res2.set("remark", remark)
	res2.set("dept_id_list", A(N(int64(400000000+g.r.IntN(99999999))), N(1)))
	res2.set("dept_order_list", A(O("dept_id", N(1), "order", N(int64(176294576350761512+g.r.Int64N(999999))))))
	res2.set("extension", extNode)
	if !student {
		res2.set("hired_date", P(g.t.AddDate(-g.r.IntN(10), -g.r.IntN(12), 0).UnixMilli()))
		if g.r.IntN(2) == 0 {
			res2.set("manager_userid", P(fmt.Sprintf("manager%d", 1000+g.r.IntN(9000))))
		}
	}
	res2.set("active", N(true))
	res2.set("real_authed", N(g.r.IntN(4) != 0))
	res2.set("senior", N(false))
	res2.set("admin", N(g.r.IntN(10) == 0))
	res2.set("boss", N(false))
	res2.set("leader_in_dept", A(O("dept_id", N(1), "leader", N(g.r.IntN(6) == 0))))
	res2.set("exclusive_account", N(false))
	if g.r.IntN(2) == 0 {
		res2.set("role_list", A(O("id", N(int64(1000000000+g.r.IntN(99999999))), "name", N(pick(g.r, []string{"主管理员", "负责人", "普通员工", "学生"})), "group_name", N("默认"))))
	}
	token := g.hex(32)
	switch g.r.IntN(5) {
	case 0, 1: // the user detail's response
		resp := O("errcode", N(0), "errmsg", N("ok"), "result", res2, "request_id", N(g.b62(13)))
		if g.r.IntN(2) == 0 {
			return resp
		}
		return O("request", O("method", N("POST"), "url", C("https://oapi.dingtalk.com/topapi/v2/user/get?access_token="+token),
			"body", O("userid", P(userid), "language", N(pick(g.r, []string{"zh_CN", "en_US"})))), "response", resp)
	case 2: // the callback as it arrives, encrypted
		enc := make([]byte, 96+g.r.IntN(64))
		for i := range enc {
			enc[i] = byte(g.r.IntN(256))
		}
		return O("query", O("signature", C(g.hex(40)), "timestamp", N(fmt.Sprint(g.t.UnixMilli())), "nonce", N(g.b62(8))),
			"body", O("encrypt", P(base64.StdEncoding.EncodeToString(enc))))
	}
	// the decrypted event as a relay forwards it, with the user's detail
	ev := O("EventType", N(pick(g.r, []string{"user_add_org", "user_add_org", "user_modify_org"})), "TimeStamp", N(fmt.Sprint(g.t.UnixMilli())),
		"UserId", A(P(userid)), "CorpId", N(corp))
	if g.r.IntN(2) == 0 {
		ev.set("OptStaffId", P(fmt.Sprintf("manager%d", 1000+g.r.IntN(9000))))
	}
	out := O("event", ev)
	if g.r.IntN(2) == 0 {
		out.set("user", res2)
	}
	reply := make([]byte, 64)
	for i := range reply {
		reply[i] = byte(g.r.IntN(256))
	}
	out.set("reply", O("msg_signature", C(g.hex(40)), "timeStamp", N(fmt.Sprint(g.t.UnixMilli())), "nonce", N(g.b62(8)), "encrypt", N(base64.StdEncoding.EncodeToString(reply))))
	return out
}
