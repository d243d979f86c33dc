package evalcorpus

import (
	"encoding/base64"
	"fmt"
	"strings"
	"time"
)

// -------------------------------------------------------- Google Classroom

// w28GCSchool is a school using Classroom: its name and domain, the ages
// of its pupils, its pupils' and parents' names, what its courses set and
// what teachers, pupils and parents write in private comments (some of
// them telling of a pupil's health, disability or religion).
type w28GCSchool struct {
	name, domain string
	lo, hi       int
	kids         []w28Name
	parents      []w28Name // given names (family from the pupil)
	courses      []string
	work         []string
	comments     []bioLine
}

var w28GCSchools = map[string][]w28GCSchool{
	"US": {{"Lincoln Middle School", "students.lincolnms.example", 11, 14,
		[]w28Name{{"Ethan", "Johnson", "ethan", "johnson", false}, {"Sophia", "Martinez", "sophia", "martinez", true}, {"Jayden", "Williams", "jayden", "williams", false}, {"Olivia", "Nguyen", "olivia", "nguyen", true}, {"Aaliyah", "Brown", "aaliyah", "brown", true}},
		[]w28Name{{"Michael", "", "michael", "", false}, {"Jennifer", "", "jennifer", "", true}, {"Carlos", "", "carlos", "", false}, {"Maria", "", "maria", "", true}},
		[]string{"Grade 7 Science - Period 3", "ELA 8 - Hernandez", "Math 6 Honors"},
		[]string{"Lab report: density of liquids", "Argumentative essay draft", "Unit 4 practice quiz", "Daily PE activity log"},
		[]bioLine{{"", "Can I have an extension until Monday? We had a soccer tournament."}, {"health", "Per his IEP, please allow extended time (1.5x) on this assessment."}, {"health", "Sorry it's late, I was out with an asthma flare-up and at the ER on Tuesday."}, {"religion", "I'm fasting for Ramadan so I logged stretching instead of running for PE."}, {"", "Great improvement on your thesis statement!"}}},
		{"Roosevelt High School", "stu.roosevelths.example", 14, 18,
			[]w28Name{{"Mason", "Davis", "mason", "davis", false}, {"Emma", "Garcia", "emma", "garcia", true}, {"Noah", "Kim", "noah", "kim", false}, {"Ava", "Robinson", "ava", "robinson", true}},
			[]w28Name{{"Robert", "", "robert", "", false}, {"Angela", "", "angela", "", true}},
			[]string{"AP Biology", "US History - 2nd period", "Algebra II"},
			[]string{"Cell respiration lab", "DBQ: The New Deal", "Problem set 7"},
			[]bioLine{{"health", "My 504 plan says I can take breaks for my diabetes, I had a low during the test."}, {"", "Resubmitted with the corrections."}, {"", "Please see me about your sources."}}}},
	"GB": {{"Oakfield Academy", "pupils.oakfieldacademy.example", 11, 16,
		[]w28Name{{"Oliver", "Smith", "oliver", "smith", false}, {"Amelia", "Patel", "amelia", "patel", true}, {"Muhammad", "Khan", "muhammad", "khan", false}, {"Isla", "Jones", "isla", "jones", true}, {"Harry", "Taylor", "harry", "taylor", false}},
		[]w28Name{{"David", "", "david", "", false}, {"Sarah", "", "sarah", "", true}, {"Imran", "", "imran", "", false}, {"Priya", "", "priya", "", true}},
		[]string{"Year 8 Geography - 8G2", "Year 10 Combined Science", "Year 9 English"},
		[]string{"Rivers case study", "Required practical: osmosis", "Macbeth Act 1 analysis"},
		[]bioLine{{"health", "Missed the lesson - hospital appointment for my asthma."}, {"health", "EHCP: reader and scribe allowed, see SENCo note."}, {"religion", "Fasting for Ramadan, can I hand this in after Eid?"}, {"", "Well done, but check your units in Q3."}, {"", "Forgot my charger, will finish tonight."}}}},
	"BR": {{"Colégio Estadual Monteiro Lobato", "al.colegiomonteirolobato.example", 10, 17,
		[]w28Name{{"Miguel", "Silva", "miguel", "silva", false}, {"Helena", "Oliveira", "helena", "oliveira", true}, {"Arthur", "Souza", "arthur", "souza", false}, {"Alice", "Santos", "alice", "santos", true}, {"Heitor", "Pereira", "heitor", "pereira", false}},
		[]w28Name{{"Carlos", "", "carlos", "", false}, {"Fernanda", "", "fernanda", "", true}, {"Rodrigo", "", "rodrigo", "", false}, {"Patrícia", "", "patricia", "", true}},
		[]string{"7º ano B - Ciências", "9º ano A - Língua Portuguesa", "1ª série EM - Matemática"},
		[]string{"Relatório: ciclo da água", "Redação dissertativa", "Lista de exercícios 5"},
		[]bioLine{{"health", "Professora, estive internado com crise de asma, posso entregar na segunda?"}, {"health", "Conforme o laudo de TDAH, ele tem direito a tempo extra na avaliação."}, {"religion", "Não pude fazer no sábado porque sou adventista e guardo o sábado."}, {"", "Ótimo trabalho! Revise a conclusão."}}}},
	"IN": {{"Delhi Public School, Sector 45", "students.dps45.example", 9, 17,
		[]w28Name{{"Aarav", "Sharma", "aarav", "sharma", false}, {"Diya", "Patel", "diya", "patel", true}, {"Vivaan", "Reddy", "vivaan", "reddy", false}, {"Ananya", "Iyer", "ananya", "iyer", true}, {"Ishaan", "Singh", "ishaan", "singh", false}},
		[]w28Name{{"Rajesh", "", "rajesh", "", false}, {"Sunita", "", "sunita", "", true}, {"Vikram", "", "vikram", "", false}, {"Kavita", "", "kavita", "", true}},
		[]string{"Class 8-C Science", "Class 10-A Mathematics", "Class 6-B English"},
		[]string{"Activity: Sources of energy", "Chapter 5 worksheet", "Holiday homework - project file"},
		[]bioLine{{"health", "Ma'am, I was absent due to an asthma attack, submitting late."}, {"religion", "Sir, I was at the gurudwara for Gurpurab, please accept late submission."}, {"health", "As per his IEP, a scribe is allowed in exams."}, {"", "Good work, keep it up."}}}},
	"ID": {{"SMP Harapan Bangsa", "siswa.smpharapanbangsa.example", 12, 15,
		[]w28Name{{"Muhammad Rizky", "Pratama", "rizky", "pratama", false}, {"Aisyah", "Putri", "aisyah", "putri", true}, {"Bima", "Santoso", "bima", "santoso", false}, {"Nadia", "Lestari", "nadia", "lestari", true}},
		[]w28Name{{"Budi", "", "budi", "", false}, {"Siti", "", "siti", "", true}, {"Agus", "", "agus", "", false}, {"Dewi", "", "dewi", "", true}},
		[]string{"IPA Kelas 8A", "Bahasa Indonesia 9B", "PJOK Kelas 7C"},
		[]string{"Laporan praktikum fotosintesis", "Menulis teks eksposisi", "Jurnal latihan kebugaran"},
		[]bioLine{{"religion", "Bu, saya sedang puasa Ramadan jadi praktik olahraga saya ganti peregangan."}, {"health", "Maaf terlambat, saya sakit asma kemarin dan dirawat."}, {"", "Tugasnya sudah bagus, perbaiki daftar pustaka ya."}}}},
	"PL": {{"Szkoła Podstawowa nr 12 im. Marii Konopnickiej", "uczen.sp12.example", 10, 15,
		[]w28Name{{"Jakub", "Nowak", "jakub", "nowak", false}, {"Zuzanna", "Kowalska", "zuzanna", "kowalska", true}, {"Antoni", "Wiśniewski", "antoni", "wisniewski", false}, {"Julia", "Wójcik", "julia", "wojcik", true}},
		[]w28Name{{"Tomasz", "", "tomasz", "", false}, {"Anna", "", "anna", "", true}, {"Marcin", "", "marcin", "", false}, {"Katarzyna", "", "katarzyna", "", true}},
		[]string{"Biologia 7b", "Język polski 8a", "Matematyka 6c"},
		[]string{"Notatka: układ krwionośny", "Rozprawka - Mały Książę", "Zadania z ułamków"},
		[]bioLine{{"health", "Przepraszam za spóźnienie, miałam atak astmy i byłam w szpitalu."}, {"religion", "Syn nie uczęszcza na religię, proszę o zwolnienie z tego zadania."}, {"health", "Zgodnie z orzeczeniem o potrzebie kształcenia specjalnego – wydłużony czas."}, {"", "Bardzo dobrze, popraw tylko interpunkcję."}}}},
	"JP": {{"市立桜ヶ丘中学校", "stu.sakuragaoka-jh.example", 12, 15,
		[]w28Name{{"陽翔", "佐藤", "haruto", "sato", false}, {"結菜", "鈴木", "yuna", "suzuki", true}, {"蓮", "高橋", "ren", "takahashi", false}, {"芽依", "田中", "mei", "tanaka", true}},
		[]w28Name{{"健一", "", "kenichi", "", false}, {"由美", "", "yumi", "", true}, {"大輔", "", "daisuke", "", false}, {"真由美", "", "mayumi", "", true}},
		[]string{"2年3組 理科", "1年1組 国語", "3年2組 数学"},
		[]string{"実験レポート：電流と電圧", "読書感想文", "課題プリント 第4回"},
		[]bioLine{{"health", "喘息の発作で病院に行っていたので、提出が遅れました。"}, {"health", "個別の指導計画により、試験時間を延長してください。"}, {"religion", "ラマダン中で断食しているため、体育の実技は見学します。"}, {"", "よくできました。次回は考察をもう少し詳しく。"}}}},
}

// w28GCParentFamily is the parent's family name: Polish feminine and
// masculine forms differ.
func w28GCParentFamily(family string, female bool) string {
	switch {
	case !female && strings.HasSuffix(family, "ska"):
		return strings.TrimSuffix(family, "ska") + "ski"
	case !female && strings.HasSuffix(family, "cka"):
		return strings.TrimSuffix(family, "cka") + "cki"
	case female && strings.HasSuffix(family, "ski"):
		return strings.TrimSuffix(family, "ski") + "ska"
	case female && strings.HasSuffix(family, "cki"):
		return strings.TrimSuffix(family, "cki") + "cka"
	}
	return family
}

// w28GCID is a Google account or Classroom object id: digits.
func (g *gen) w28GCID(n int) string {
	return fmt.Sprint(1+g.r.IntN(9)) + pattern(g.r, strings.Repeat("#", n-1))
}

func googleClassroomRoster(g *gen) *node {
	cc := pick(g.r, []string{"US", "US", "GB", "GB", "BR", "BR", "IN", "IN", "ID", "ID", "PL", "PL", "JP"})
	g.w28Redraw(cc)
	p := g.p
	p.cit = p.c
	school := pick(g.r, w28GCSchools[cc])
	g.w28Age(school.lo, school.hi)
	kid := pick(g.r, school.kids)
	g.w28SetName(kid, []string{school.domain})
	yy := fmt.Sprint((p.dob.Year() + 18) % 100)
	email := w28Clean(kid.givenL) + "." + w28Clean(kid.familyL) + yy + "@" + school.domain
	if cc == "ID" || cc == "JP" {
		email = w28Clean(kid.givenL) + pattern(g.r, "####") + "@" + school.domain
	}
	p.email = email
	full := kid.given + " " + kid.family
	if cc == "JP" {
		full = kid.family + " " + kid.given
	}
	// The parent the school invited as guardian.
	par := pick(g.r, school.parents)
	par.family = w28GCParentFamily(kid.family, par.female)
	parFull := par.given + " " + par.family
	if cc == "JP" {
		parFull = par.family + " " + par.given
	}
	parFamL := w28Clean(strings.NewReplacer("ś", "s", "ó", "o", "ł", "l").Replace(strings.ToLower(par.family)))
	if kid.familyL != "" && parFamL == "" || cc == "JP" {
		parFamL = kid.familyL
	}
	parEmail := g.w28Email(par.givenL, parFamL, []string{"gmail.com", "gmail.com", "yahoo.com", "outlook.com", p.c.domain})
	studentID := g.w28GCID(21)
	guardianID := g.w28GCID(21)
	teacherID := g.w28GCID(21)
	courseID := g.w28GCID(12)
	cwID := g.w28GCID(12)
	tch := pick(g.r, school.parents)
	tchFam := pick(g.r, school.kids).family
	tchFull := tch.given + " " + w28GCParentFamily(tchFam, tch.female)
	if cc == "JP" {
		tchFull = tchFam + " " + tch.given
	}
	course := pick(g.r, school.courses)
	work := pick(g.r, school.work)
	token := C("Bearer ya29.a0" + g.b62(150) + "0" + g.chars(b62Set+"-_", 20))
	const api = "https://classroom.googleapis.com/v1"
	z := func(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05.000Z") }
	photo := func(personal bool) *node {
		if personal && g.r.IntN(2) == 0 {
			return P("https://lh3.googleusercontent.com/a-/ALV-Uj" + g.b62(60) + "=s32-c")
		}
		return N("//lh3.googleusercontent.com/a/default-user")
	}
	profile := func() *node {
		return O("id", P(studentID), "name", O("givenName", P(kid.given), "familyName", P(kid.family), "fullName", P(full)),
			"emailAddress", P(email), "photoUrl", photo(true), "permissions", A())
	}
	classmate := func() *node {
		k := pick(g.r, school.kids)
		for k.givenL == kid.givenL {
			k = pick(g.r, school.kids)
		}
		f := k.given + " " + k.family
		if cc == "JP" {
			f = k.family + " " + k.given
		}
		id := g.w28GCID(21)
		return O("courseId", N(courseID), "userId", P(id), "profile", O("id", P(id), "name", O("givenName", P(k.given), "familyName", P(k.family), "fullName", P(f)),
			"emailAddress", P(w28Clean(k.givenL)+"."+w28Clean(k.familyL)+yy+"@"+school.domain), "photoUrl", photo(true), "permissions", A()),
			"studentWorkFolder", O("id", N(g.b62(33)), "title", N(course), "alternateLink", N("https://drive.google.com/drive/folders/"+g.b62(33))))
	}
	student := func() *node {
		return O("courseId", N(courseID), "userId", P(studentID), "profile", profile(),
			"studentWorkFolder", O("id", N(g.b62(33)), "title", N(course), "alternateLink", N("https://drive.google.com/drive/folders/"+g.b62(33))))
	}
	guardianProfile := func() *node {
		return O("id", P(guardianID), "name", O("givenName", P(par.given), "familyName", P(par.family), "fullName", P(parFull)),
			"emailAddress", P(parEmail), "photoUrl", photo(true))
	}
	teacherProfile := func() *node {
		return O("id", P(teacherID), "name", O("fullName", P(tchFull)), "emailAddress", P(w28Clean(tch.givenL)+"."+w28Clean(tchFam)+"@"+school.domain[strings.Index(school.domain, ".")+1:]),
			"photoUrl", photo(true), "permissions", A(O("permission", N("CREATE_COURSE"))), "verifiedTeacher", N(true))
	}

	// The pupil's submission, and the private comments the school's
	// system keeps beside it.
	comment := g.w28Note(school.comments, 2)
	created := g.t.Add(-time.Duration(3600+g.r.IntN(10*86400)) * time.Second)
	subState := pick(g.r, []string{"TURNED_IN", "TURNED_IN", "RETURNED", "CREATED", "NEW", "RECLAIMED_BY_STUDENT"})
	grade := float64(50 + g.r.IntN(51))
	submissionID := "Cg4I" + g.b62(12)
	submission := func() *node {
		s := O("courseId", N(courseID), "courseWorkId", N(cwID), "id", N(submissionID), "userId", P(studentID),
			"creationTime", N(z(created)), "updateTime", N(z(g.t)), "state", N(subState), "late", N(comment.cat != "" && g.r.IntN(2) == 0))
		if subState == "RETURNED" {
			s.set("draftGrade", P(grade))
			s.set("assignedGrade", P(grade))
		} else if subState == "TURNED_IN" && g.r.IntN(2) == 0 {
			s.set("draftGrade", P(grade))
		}
		s.set("alternateLink", P("https://classroom.google.com/c/"+g.b62(16)+"/a/"+g.b62(16)+"/submissions/by-status/and-sort-last-name/student/"+g.b62(16)))
		s.set("courseWorkType", N("ASSIGNMENT"))
		var att []*node
		if subState != "NEW" {
			fid := g.b62(33)
			title := N(work + pick(g.r, []string{".docx", ".pdf", " (1).docx"}))
			if g.r.IntN(2) == 0 {
				title = P(full + " - " + work + ".docx")
			}
			att = append(att, O("driveFile", O("id", P(fid), "title", title, "alternateLink", P("https://drive.google.com/file/d/"+fid+"/view?usp=drive_web"),
				"thumbnailUrl", N("https://drive.google.com/thumbnail?id="+fid+"&sz=s200"))))
			if g.r.IntN(3) == 0 {
				att = append(att, O("link", O("url", N("https://www.youtube.com/watch?v="+g.b62(11)), "title", N(work), "thumbnailUrl", N("https://i.ytimg.com/vi/"+g.b62(11)+"/default.jpg"))))
			}
		}
		s.set("assignmentSubmission", O("attachments", A(att...)))
		hist := A(O("stateHistory", O("state", N("CREATED"), "stateTimestamp", N(z(created)), "actorUserId", P(studentID))))
		if subState == "TURNED_IN" || subState == "RETURNED" {
			hist.arr = append(hist.arr, O("stateHistory", O("state", N("TURNED_IN"), "stateTimestamp", N(z(g.t.Add(-time.Hour))), "actorUserId", P(studentID))))
		}
		if subState == "RETURNED" {
			hist.arr = append(hist.arr, O("gradeHistory", O("pointsEarned", P(grade), "maxPoints", N(100), "gradeTimestamp", N(z(g.t)), "actorUserId", P(teacherID), "gradeChangeType", N("ASSIGNED_GRADE_POINTS_EARNED_CHANGE"))))
		}
		s.set("submissionHistory", hist)
		return s
	}
	privateComments := func() *node {
		author, authorName := studentID, full
		if strings.Contains(comment.text, "IEP") || strings.Contains(comment.text, "EHCP") || strings.Contains(comment.text, "laudo") ||
			strings.Contains(comment.text, "orzeczeniem") || strings.Contains(comment.text, "指導計画") || comment.cat == "" && g.r.IntN(2) == 0 {
			author, authorName = teacherID, tchFull
		}
		if strings.Contains(comment.text, "Syn ") {
			author, authorName = guardianID, parFull
		}
		c := O("submission_id", N(submissionID), "course_id", N(courseID), "student_user_id", P(studentID),
			"author_user_id", P(author), "author_name", P(authorName), "created_at", N(z(g.t.Add(-time.Duration(g.r.IntN(7200))*time.Second))),
			"text", w28About(comment.text, comment.cat), "visibility", N("PRIVATE"))
		return A(c)
	}

	// The school information system's own record of the pupil: as each
	// country's schools keep it, with the census categories some of them
	// record (ethnicity in England and Brazil, religion in India,
	// Indonesia and Poland).
	sisRecord := func() *node {
		r := O("sis_id", P(fmt.Sprint(100000+g.r.IntN(900000))), "classroom_user_id", P(studentID), "first_name", P(kid.given), "last_name", P(kid.family),
			"email", P(email), "school", N(school.name))
		grade := N(fmt.Sprint(max(1, g.ageAt()-5)))
		special := g.r.IntN(3) == 0
		switch cc {
		case "US":
			r.set("student_number", P("S"+pattern(g.r, "#######")))
			r.set("birthdate", g.dob("2006-01-02"))
			r.set("grade_level", grade)
			if special {
				r.set("iep", S(true, "health"))
				r.set("accommodations", S(pick(g.r, []string{"Extended time 1.5x; small-group testing", "Speech-language services 2x weekly"}), "health"))
			}
			r.set("lunch_status", P(pick(g.r, []string{"Free", "Reduced", "Paid"})))
		case "GB":
			r.set("upn", P(string(rune('A'+g.r.IntN(26)))+pattern(g.r, "############")))
			r.set("date_of_birth", g.dob("02/01/2006"))
			r.set("year_group", N(fmt.Sprint(max(1, g.ageAt()-4))))
			if special {
				r.set("sen_status", S(pick(g.r, []string{"E", "K"}), "health"))
			}
			if g.r.IntN(2) == 0 {
				r.set("ethnicity", S(pick(g.r, []string{"WBRI", "APKN", "BAFR", "MWBC", "AIND"}), "ethnicity"))
			}
			r.set("fsm_eligible", P(g.r.IntN(4) == 0))
		case "BR":
			r.set("ra", P(pattern(g.r, "000#########")+"-"+pattern(g.r, "#")))
			r.set("cpf", P(genCPF(g.r, p.dob, p.female, [2]string{})))
			r.set("data_nascimento", g.dob("02/01/2006"))
			if y := g.ageAt() - 5; y <= 9 {
				r.set("serie", N(fmt.Sprintf("%dº ano", max(1, y))))
			} else {
				r.set("serie", N(fmt.Sprintf("%dª série EM", min(3, y-9))))
			}
			if g.r.IntN(2) == 0 {
				r.set("cor_raca", S(pick(g.r, []string{"parda", "branca", "preta", "amarela", "indígena"}), "ethnicity"))
			}
		case "IN":
			r.set("admission_no", P(fmt.Sprint(2010+g.r.IntN(15))+"/"+pattern(g.r, "####")))
			r.set("apaar_id", P(pattern(g.r, "############")))
			r.set("dob", g.dob("02-01-2006"))
			r.set("class", grade)
			r.set("section", N(pick(g.r, []string{"A", "B", "C"})))
			if g.r.IntN(2) == 0 {
				r.set("religion", S(pick(g.r, []string{"Hindu", "Muslim", "Sikh", "Christian"}), "religion"))
				r.set("category", S(pick(g.r, []string{"GEN", "OBC", "SC", "ST"}), "ethnicity"))
			}
		case "ID":
			r.set("nisn", P("00"+pattern(g.r, "########")))
			day := p.dob.Day()
			if p.female {
				day += 40
			}
			r.set("nik", P(pick(g.r, []string{"317305", "340203", "321605"})+fmt.Sprintf("%02d", day)+p.dob.Format("0106")+pattern(g.r, "0###")))
			r.set("tanggal_lahir", g.dob("2006-01-02"))
			r.set("kelas", N(fmt.Sprint(max(7, min(9, g.ageAt()-5)))))
			r.set("agama", S(pick(g.r, []string{"Islam", "Islam", "Kristen", "Katolik", "Hindu"}), "religion"))
		case "PL":
			r.set("pesel", P(genPESEL(g.r, p.dob, p.female, [2]string{})))
			r.set("data_urodzenia", g.dob("02.01.2006"))
			r.set("klasa", N(fmt.Sprint(max(1, g.ageAt()-6))))
			if g.r.IntN(2) == 0 {
				r.set("religia", S(pick(g.r, []string{"uczęszcza", "nie uczęszcza (etyka)"}), "religion"))
			}
			if special {
				r.set("orzeczenie_ppp", S(pick(g.r, []string{"orzeczenie o potrzebie kształcenia specjalnego - autyzm", "opinia PPP - dysleksja"}), "health"))
			}
		case "JP":
			r.set("student_no", P(pattern(g.r, "2#0###")))
			r.set("birth_date", g.dob("2006年1月2日"))
			r.set("class", N(course))
		}
		if special && g.r.IntN(2) == 0 {
			r.set("medical_notes", S(pick(g.r, []string{"Asthma - inhaler kept in the nurse's office", "Severe peanut allergy, EpiPen", "Type 1 diabetes - insulin pump"}), "health"))
		}
		_, parNat := phoneNumber(g.r, cc)
		gd := O("name", P(parFull), "relationship", P(map[bool]string{true: "mother", false: "father"}[par.female]), "email", P(parEmail), "phone", P(parNat))
		r.set("guardians", A(gd))
		if g.ageAt() >= 13 && g.r.IntN(3) == 0 {
			if ph := g.phone(g.e164()); ph != nil {
				r.set("student_mobile", ph)
			}
		}
		if p.showResidence {
			g.lab.Residence = addCountry(g.lab.Residence, cc)
			a := O("street", g.addr(p.street), "city", g.addr(p.city))
			if p.post != "" {
				a.set("postal_code", g.addr(p.post))
			}
			if g.r.IntN(2) == 0 {
				a.set("country", g.residence(cc))
			}
			r.set("home_address", a)
		}
		if p.showLocale && g.r.IntN(2) == 0 {
			r.set("home_language", g.locale(p.locale))
		}
		return r
	}

	call := func(method, path string, body, resp *node) *node {
		// A path that names the pupil is about them.
		u := N(api + path)
		if strings.Contains(path, studentID) {
			u = P(api + path)
		}
		req := O("method", N(method), "url", u, "headers", O("Authorization", token))
		if body != nil {
			req.set("body", body)
		}
		return O("request", req, "response", O("status", N(200), "body", resp))
	}
	var out *node
	switch mode := g.r.IntN(10); {
	case mode < 3:
		// The roster: the pupil among classmates.
		sts := []*node{student()}
		for range g.r.IntN(3) {
			sts = append(sts, classmate())
		}
		g.r.Shuffle(len(sts), func(i, j int) { sts[i], sts[j] = sts[j], sts[i] })
		resp := O("students", A(sts...))
		if g.r.IntN(2) == 0 {
			resp.set("nextPageToken", N(g.b62(40)))
		}
		out = O("operation", N("courses.students.list"), "call", call("GET", "/courses/"+courseID+"/students?pageSize=30", nil, resp))
	case mode < 4:
		out = O("operation", N("userProfiles.get"), "call", call("GET", "/userProfiles/"+studentID, nil, profile()))
		if g.r.IntN(2) == 0 {
			out.set("teacher", teacherProfile())
		}
	case mode < 5:
		gdn := O("studentId", P(studentID), "guardianId", P(guardianID), "guardianProfile", guardianProfile(), "invitedEmailAddress", P(parEmail))
		out = O("operation", N("userProfiles.guardians.list"), "call", call("GET", "/userProfiles/"+studentID+"/guardians", nil, O("guardians", A(gdn))))
	case mode < 6:
		inv := O("studentId", P(studentID), "invitationId", N(g.w28GCID(18)), "invitedEmailAddress", P(parEmail),
			"state", N(pick(g.r, []string{"PENDING", "PENDING", "COMPLETE"})), "creationTime", N(z(g.t.Add(-time.Duration(g.r.IntN(86400))*time.Second))))
		out = O("operation", N("userProfiles.guardianInvitations.create"),
			"call", call("POST", "/userProfiles/"+studentID+"/guardianInvitations", O("studentId", P(studentID), "invitedEmailAddress", P(parEmail)), inv))
	case mode < 8:
		resp := O("studentSubmissions", A(submission()))
		out = O("operation", N("courses.courseWork.studentSubmissions.list"),
			"call", call("GET", "/courses/"+courseID+"/courseWork/"+cwID+"/studentSubmissions?userId="+studentID, nil, resp),
			"coursework_title", N(work))
		if g.r.IntN(3) != 0 {
			out.set("private_comments", privateComments())
		}
	case mode < 9:
		// A roster change pushed through Cloud Pub/Sub.
		ev := O("collection", N("courses.students"), "eventType", N(pick(g.r, []string{"CREATED", "DELETED"})),
			"resourceId", O("courseId", N(courseID), "userId", P(studentID)))
		evText := string(render(ev, &Label{}))
		data := w28Raw(base64.StdEncoding.EncodeToString([]byte(evText)), w28Leaves(ev))
		msg := O("message", O("data", data, "messageId", N(fmt.Sprint(10000000000000000+g.r.Int64N(9000000000000000))),
			"publishTime", N(z(g.t)), "attributes", O("registrationId", N(g.b62(24)))),
			"subscription", N("projects/sis-classroom-sync/subscriptions/classroom-roster-changes"))
		out = O("received_at", g.w28Stamp(time.Second), "method", N("POST"), "path", N("/pubsub/classroom"), "body", msg)
		if g.r.IntN(2) == 0 {
			out.set("decoded", ev)
		}
		return out
	default:
		// The nightly sync's record of the pupil.
		r := sisRecord()
		r.set("classroom", O("course_id", N(courseID), "course_name", N(course), "guardian_invitation", N(pick(g.r, []string{"COMPLETE", "PENDING"}))))
		return O("ts", N(g.t.UTC().Format(time.RFC3339)), "level", N("INFO"), "job", N("classroom_sync"), "student", r)
	}
	out = O("ts", N(g.t.UTC().Format(time.RFC3339)), "service", N("sis-classroom-sync"), "school", N(school.name)).set("op", out)
	if g.r.IntN(3) == 0 {
		out.set("sis_student", sisRecord())
	}
	return out
}
