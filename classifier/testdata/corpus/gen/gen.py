#!/usr/bin/env python3
"""Generates classifier/testdata/corpus/*.jsonl and their *.labels.json (python3 gen.py OUTDIR).

Every leaf is written as P(value) (personal: it identifies or describes the person) or N(value)
(not personal: it describes the event, the app, the device or the configuration), so the labels
record what each field means, decided when the event is built, not what the classifier says.
Expected countries follow the documented attribution rules (docs/rules-reference.md): strong
evidence (citizenship, residence, phone, ip) counts for a pack only if the pack lists that basis;
locale and time zone count only when no strong evidence names any country; US-CA needs US
evidence (other than ip) plus a subdivision naming California; a country without a pack makes the
event unclassifiable (countries: []). Minor: younger than the lowest age any applicable pack
(or EU member state) sets, at NOW.
"""
import datetime, json, os, random, subprocess, sys, uuid
sys.path.insert(0, os.path.dirname(__file__))
import ids

NOW = datetime.date(2026, 11, 29)
OUT = sys.argv[1] if len(sys.argv) > 1 else "."
IDCHECK = os.environ.get("IDCHECK", "/tmp/idcheck")

class Leaf:
    __slots__ = ("v", "p")
    def __init__(self, v, p): self.v, self.p = v, p
def P(v): return Leaf(v, v is not None and v != "")
def N(v): return Leaf(v, False)

# ---- the packs' facts used for expectations (read from configs/rules/*.yaml) ----------------
EU = set("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO".split())
PACK_BASES = {
    "RU": {"citizenship", "residence", "phone", "locale", "timezone"},
    "VN": {"citizenship", "residence", "phone", "ip", "locale", "timezone"},
    "ID": {"citizenship", "residence", "phone", "ip", "locale", "timezone"},
    "EG": {"citizenship", "residence", "phone", "ip", "locale", "timezone"},
}
DEFAULT_BASES = {"residence", "phone", "ip", "locale", "timezone"}
PACKS = set("RU CN EU GB CH US CA BR IN ID VN KZ BY TR SA AE KR JP AU NG ZA EG IL NZ SG RW KE".split())
MINOR = dict(RU=14, CN=14, GB=13, CH=0, US=13, CA=13, BR=12, IN=18, ID=18, VN=16, KZ=18, BY=16, TR=18,
             SA=18, AE=13, KR=14, JP=15, AU=15, NG=18, ZA=18, EG=18, IL=18, NZ=16, SG=13, RW=16, KE=18)
MINOR["US-CA"] = 16
EU_AGES = dict(AT=14, BE=13, BG=14, HR=16, CY=14, CZ=15, DK=15, EE=13, FI=13, FR=15, DE=16, GR=15, HU=16,
               IE=16, IT=14, LV=13, LT=14, LU=16, MT=13, NL=16, PL=16, PT=13, RO=16, SK=16, SI=15, ES=14,
               SE=13, IS=13, LI=16, NO=13)
STRONG = {"citizenship", "residence", "phone", "ip"}

def pack_of(cc): return "EU" if cc in EU else cc

def expect_countries(evidence, california=False):
    """evidence: list of (basis, country). Returns (countries, error?)."""
    strong = any(b in STRONG for b, _ in evidence)
    by = {}
    for b, cc in evidence:
        if strong and b not in STRONG:
            continue
        by.setdefault(cc, set()).add(b)
    out = []
    for cc, bases in by.items():
        p = pack_of(cc)
        if p not in PACKS:
            return [], True
        if bases & PACK_BASES.get(p, DEFAULT_BASES):
            out.append(cc)
            if cc == "US" and california and bases - {"ip"}:
                out.append("US-CA")
    return sorted(out), False

def age(dob):
    a = NOW.year - dob.year
    if (NOW.month, NOW.day) < (dob.month, dob.day):
        a -= 1
    return a

def expect_minor(countries, a):
    if a is None:
        return None
    for cc in countries:
        lim = EU_AGES[cc] if cc in EU else MINOR[cc]
        if lim and a < lim:
            return True
    return False

# ---- value factories --------------------------------------------------------------------------
r = random.Random(20261129)

def digits(n): return "".join(str(r.randrange(10)) for _ in range(n))

PHONE_TPL = {
    "US": lambda: "+1 %s 555 01%s" % (r.choice(["415", "310", "646", "512", "206", "617"]), digits(2)),
    "CA": lambda: "+1 %s 555 01%s" % (r.choice(["416", "604", "514"]), digits(2)),
    "GB": lambda: "+44 74%s %s" % (digits(2), digits(6)),
    "DE": lambda: "+49 15%s %s" % (r.choice("1257"), digits(8)),
    "FR": lambda: "+33 6 %s %s %s %s" % (digits(2), digits(2), digits(2), digits(2)),
    "ES": lambda: "+34 6%s %s %s %s" % (digits(2), digits(2), digits(2), digits(2)),
    "IT": lambda: "+39 3%s %s" % (digits(2), digits(7)),
    "NL": lambda: "+31 6 %s" % digits(8),
    "PL": lambda: "+48 5%s %s %s" % (digits(2), digits(3), digits(3)),
    "AT": lambda: "+43 664 %s" % digits(7),
    "PT": lambda: "+351 91%s %s %s" % (digits(1), digits(3), digits(3)),
    "BR": lambda: "+55 11 9%s-%s" % (digits(4), digits(4)),
    "IN": lambda: "+91 9%s %s" % (digits(4), digits(5)),
    "JP": lambda: "+81 90 %s %s" % (digits(4), digits(4)),
    "AU": lambda: "+61 4%s %s %s" % (digits(2), digits(3), digits(3)),
    "SG": lambda: "+65 9%s %s" % (digits(3), digits(4)),
    "ZA": lambda: "+27 82 %s %s" % (digits(3), digits(4)),
    "IL": lambda: "+972 50 %s %s" % (digits(3), digits(4)),
    "NZ": lambda: "+64 21 %s %s" % (digits(3), digits(4)),
    "KR": lambda: "+82 10 %s %s" % (digits(4), digits(4)),
    "RU": lambda: "+7 9%s %s-%s-%s" % (r.choice(["16", "26", "03", "85"]), digits(3), digits(2), digits(2)),
    "KZ": lambda: "+7 7%s %s %s" % (r.choice(["01", "05", "07", "77"]), digits(3), digits(4)),
    "CN": lambda: "+86 13%s %s %s" % (digits(1), digits(4), digits(4)),
    "ID": lambda: "+62 812 %s %s" % (digits(4), digits(4)),
    "VN": lambda: "+84 91%s %s %s" % (digits(1), digits(3), digits(3)),
    "TR": lambda: "+90 53%s %s %s %s" % (digits(1), digits(3), digits(2), digits(2)),
    "SA": lambda: "+966 50 %s %s" % (digits(3), digits(4)),
    "AE": lambda: "+971 50 %s %s" % (digits(3), digits(4)),
    "NG": lambda: "+234 803 %s %s" % (digits(3), digits(4)),
    "KE": lambda: "+254 712 %s" % digits(6),
    "CH": lambda: "+41 79 %s %s %s" % (digits(3), digits(2), digits(2)),
    "MX": lambda: "+52 55 %s %s" % (digits(4), digits(4)),
    "BY": lambda: "+375 29 %s %s %s" % (digits(3), digits(2), digits(2)),
    "EG": lambda: "+20 10%s %s %s" % (r.choice("0125"), digits(3), digits(4)),
    "RW": lambda: "+250 78%s %s %s" % (r.choice("3458"), digits(3), digits(3)),
    "SE": lambda: "+46 70 %s %s %s" % (digits(3), digits(2), digits(2)),
    "IE": lambda: "+353 85 %s %s" % (digits(3), digits(4)),
}
_phone_pool = {}
def _fill_pool():
    # Phone numbers are checked with libphonenumber through a small Go helper (IDCHECK: reads
    # "region<TAB>number" lines, prints "region "<number>" -> CC true|false" using
    # detect.PhoneRegion). The committed corpus was generated with it; without it the numbers
    # are not validated and the output differs.
    cand = [(cc, f()) for cc, f in PHONE_TPL.items() for _ in range(40)]
    if not os.path.exists(IDCHECK):
        print("warning: %s not found, phone numbers are not validated" % IDCHECK, file=sys.stderr)
        for cc, p in cand:
            _phone_pool.setdefault(cc, []).append(p)
        return
    inp = "".join("region\t%s\n" % p for _, p in cand)
    out = subprocess.run([IDCHECK], input=inp, capture_output=True, text=True, check=True).stdout.splitlines()
    for (cc, p), line in zip(cand, out):
        if line.endswith("-> %s true" % cc):
            _phone_pool.setdefault(cc, []).append(p)
    for cc in PHONE_TPL:
        assert len(_phone_pool.get(cc, [])) >= 10, (cc, len(_phone_pool.get(cc, [])))
_fill_pool()
def phone(cc): return r.choice(_phone_pool[cc])

NAMES = {
    "US": (["James", "Mary", "Robert", "Patricia", "Michael", "Jennifer", "David", "Linda", "Emily", "Daniel"],
           ["Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Wilson", "Moore"]),
    "GB": (["Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Jack", "Mia"], ["Taylor", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Edwards"]),
    "DE": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Hannah", "Maximilian", "Sophie"], ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"]),
    "FR": (["Lucas", "Chloé", "Hugo", "Léa", "Louis", "Manon", "Gabriel", "Camille"], ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"]),
    "ES": (["Alejandro", "Lucía", "Pablo", "María", "Hugo", "Paula"], ["García", "Fernández", "González", "Rodríguez", "López", "Martínez"]),
    "IT": (["Francesco", "Giulia", "Alessandro", "Sofia", "Lorenzo", "Aurora"], ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"]),
    "NL": (["Daan", "Emma", "Sem", "Julia"], ["de Jong", "Jansen", "de Vries", "van den Berg"]),
    "PL": (["Jakub", "Zuzanna", "Antoni", "Julia"], ["Nowak", "Kowalski", "Wiśniewski", "Wójcik"]),
    "AT": (["Paul", "Marie", "Elias", "Anna"], ["Gruber", "Huber", "Bauer", "Wagner"]),
    "PT": (["João", "Beatriz", "Rodrigo", "Mariana"], ["Silva", "Santos", "Ferreira", "Pereira"]),
    "BR": (["Miguel", "Helena", "Arthur", "Alice", "Gael", "Laura", "Heitor", "Valentina"], ["Silva", "Santos", "Oliveira", "Souza", "Rodrigues", "Ferreira", "Alves", "Pereira"]),
    "IN": (["Aarav", "Ananya", "Vivaan", "Diya", "Aditya", "Priya", "Rohan", "Kavya"], ["Sharma", "Verma", "Patel", "Gupta", "Reddy", "Iyer", "Nair", "Singh"]),
    "JP": (["Haruto", "Yui", "Sota", "Hina"], ["Sato", "Suzuki", "Takahashi", "Tanaka"]),
    "AU": (["Jack", "Charlotte", "William", "Olivia"], ["Smith", "Jones", "Williams", "Brown"]),
    "CA": (["Liam", "Olivia", "Noah", "Emma", "Félix", "Léa"], ["Tremblay", "Roy", "Gagnon", "Smith", "Brown", "Wilson"]),
    "SG": (["Wei Ling", "Jun Jie", "Hui Min"], ["Tan", "Lim", "Lee"]),
    "ZA": (["Thabo", "Lerato", "Sipho", "Naledi"], ["Nkosi", "Dlamini", "Botha", "Naidoo"]),
    "IL": (["Noa", "Ariel", "Yosef", "Tamar"], ["Cohen", "Levi", "Mizrahi", "Peretz"]),
    "NZ": (["Aroha", "Nikau", "Charlotte", "Oliver"], ["Smith", "Williams", "Ngata", "Brown"]),
    "KR": (["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun"], ["Kim", "Lee", "Park", "Choi"]),
    "RU": (["Иван", "Ольга", "Дмитрий", "Анна", "Сергей", "Мария", "Алексей", "Екатерина"], ["Иванов", "Смирнова", "Кузнецов", "Попова", "Соколов", "Лебедева", "Козлов", "Новикова"]),
    "KZ": (["Нурлан", "Айгерим", "Ерлан", "Динара", "Асель", "Бауыржан"], ["Сейткали", "Жумабаева", "Нурпеисов", "Касымова", "Ахметов", "Абенова"]),
    "TR": (["Mehmet", "Ayşe", "Mustafa", "Fatma"], ["Yılmaz", "Kaya", "Demir", "Şahin"]),
    "CN": (["伟", "芳", "娜", "强"], ["王", "李", "张", "刘"]),
    "ID": (["Budi", "Siti", "Agus", "Dewi"], ["Santoso", "Wijaya", "Saputra", "Lestari"]),
    "VN": (["An", "Linh", "Minh", "Trang"], ["Nguyễn", "Trần", "Lê", "Phạm"]),
    "AE": (["Mariam", "Khalid"], ["Al Mansouri", "Al Nuaimi"]),
    "SA": (["Fahad", "Noura"], ["Al Qahtani", "Al Otaibi"]),
    "NG": (["Chioma", "Emeka", "Tunde"], ["Okafor", "Adeyemi", "Bello"]),
    "KE": (["Wanjiru", "Otieno"], ["Kamau", "Odhiambo"]),
    "CH": (["Luca", "Lara", "Noah"], ["Meier", "Keller", "Weber"]),
    "MX": (["Santiago", "Valentina"], ["Hernández", "García"]),
}
def name(cc):
    f, l = NAMES.get(cc, NAMES["US"])
    return r.choice(f), r.choice(l)

TRANSLIT = str.maketrans({"ü": "ue", "ö": "oe", "ä": "ae", "é": "e", "è": "e", "ç": "c", "ó": "o", "í": "i", "á": "a",
                          "ł": "l", "ś": "s", "ó": "o", "ş": "s", "ı": "i", "ã": "a", "ê": "e", " ": "", "-": ""})
RU_LAT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", ["a","b","v","g","d","e","e","zh","z","i","y","k","l","m","n","o","p","r","s","t","u","f","kh","ts","ch","sh","sch","","y","","e","yu","ya"]))
def latin(s):
    s = s.lower()
    if any("а" <= c <= "я" or c == "ё" for c in s):
        s = "".join(RU_LAT.get(c, c) for c in s)
    s = s.translate(TRANSLIT)
    return "".join(c for c in s if c.isascii() and c.isalnum()) or "user%s" % digits(4)
DOMAINS = {"RU": ["yandex.ru", "mail.ru"], "KZ": ["mail.kz", "example.kz"], "DE": ["web.de", "gmx.de"], "FR": ["orange.fr", "free.fr"],
           "BR": ["uol.com.br", "gmail.com"], "IN": ["gmail.com", "rediffmail.com"], "JP": ["docomo.ne.jp", "gmail.com"],
           "GB": ["btinternet.com", "gmail.com"], "CN": ["qq.com", "163.com"]}
def email(first, last, cc):
    return "%s.%s%s@%s" % (latin(first), latin(last), r.choice(["", digits(2)]), r.choice(DOMAINS.get(cc, ["gmail.com", "outlook.com", "example.com"])))

def ipv4(): return "%d.%d.%d.%d" % (r.choice([31, 46, 77, 81, 85, 92, 95, 109, 176, 185, 188, 203]), r.randrange(256), r.randrange(256), r.randrange(1, 255))
def ipv6(): return "2a02:%x:%x:%x::%x" % (r.randrange(65536), r.randrange(65536), r.randrange(65536), r.randrange(1, 65536))
def uid(): return str(uuid.UUID(int=r.getrandbits(128), version=4))
def ts(days_ago=0):
    t = datetime.datetime(2026, 11, 28, 8, 0, 0) - datetime.timedelta(days=days_ago, seconds=r.randrange(86400))
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % r.randrange(1000)
def dob_adult(): return datetime.date(r.randrange(1955, 2004), r.randrange(1, 13), r.randrange(1, 29))
def dob_years(a):
    """a date of birth making the subject exactly a years old at NOW (birthday well clear of NOW)."""
    return datetime.date(NOW.year - a, r.randrange(1, 11), r.randrange(1, 28))

LOCALE = {"US": "en-US", "GB": "en-GB", "DE": "de-DE", "FR": "fr-FR", "ES": "es-ES", "IT": "it-IT", "NL": "nl-NL",
          "PL": "pl-PL", "AT": "de-AT", "PT": "pt-PT", "BR": "pt-BR", "IN": "en-IN", "JP": "ja-JP", "AU": "en-AU",
          "CA": "en-CA", "SG": "en-SG", "ZA": "en-ZA", "IL": "he-IL", "NZ": "en-NZ", "KR": "ko-KR", "RU": "ru-RU",
          "KZ": "kk-KZ", "TR": "tr-TR", "CN": "zh-CN", "ID": "id-ID", "VN": "vi-VN", "AE": "ar-AE", "SA": "ar-SA",
          "NG": "en-NG", "KE": "sw-KE", "CH": "de-CH", "MX": "es-MX",
          "EG": "ar-EG", "RW": "rw-RW", "BY": "be-BY", "SE": "sv-SE", "IE": "en-IE"}
TZ = {"US": "America/New_York", "GB": "Europe/London", "DE": "Europe/Berlin", "FR": "Europe/Paris", "ES": "Europe/Madrid",
      "IT": "Europe/Rome", "NL": "Europe/Amsterdam", "PL": "Europe/Warsaw", "AT": "Europe/Vienna", "PT": "Europe/Lisbon",
      "BR": "America/Sao_Paulo", "IN": "Asia/Kolkata", "JP": "Asia/Tokyo", "AU": "Australia/Sydney", "CA": "America/Toronto",
      "SG": "Asia/Singapore", "ZA": "Africa/Johannesburg", "IL": "Asia/Jerusalem", "NZ": "Pacific/Auckland", "KR": "Asia/Seoul",
      "RU": "Europe/Moscow", "KZ": "Asia/Almaty", "TR": "Europe/Istanbul", "CN": "Asia/Shanghai", "ID": "Asia/Jakarta",
      "VN": "Asia/Ho_Chi_Minh", "AE": "Asia/Dubai", "SA": "Asia/Riyadh", "NG": "Africa/Lagos", "KE": "Africa/Nairobi",
      "CH": "Europe/Zurich", "MX": "America/Mexico_City",
      "EG": "Africa/Cairo", "RW": "Africa/Kigali", "BY": "Europe/Minsk", "SE": "Europe/Stockholm", "IE": "Europe/Dublin"}
CITY = {"US": [("San Francisco", "CA", "94103"), ("Austin", "TX", "78701"), ("Brooklyn", "NY", "11201"), ("Seattle", "WA", "98101"), ("Los Angeles", "CA", "90012"), ("Boston", "MA", "02108")],
        "GB": [("London", "", "SW1A 1AA"), ("Manchester", "", "M1 1AE"), ("Leeds", "", "LS1 4AP")],
        "DE": [("Berlin", "BE", "10115"), ("München", "BY", "80331"), ("Hamburg", "HH", "20095")],
        "FR": [("Paris", "", "75011"), ("Lyon", "", "69002")], "ES": [("Madrid", "", "28013"), ("Valencia", "", "46002")],
        "IT": [("Milano", "MI", "20121"), ("Roma", "RM", "00184")], "NL": [("Utrecht", "", "3511 LX")], "PL": [("Kraków", "", "31-042")],
        "AT": [("Wien", "", "1010")], "PT": [("Porto", "", "4000-322")],
        "BR": [("São Paulo", "SP", "01310-100"), ("Rio de Janeiro", "RJ", "20040-002"), ("Belo Horizonte", "MG", "30130-010")],
        "IN": [("Bengaluru", "KA", "560001"), ("Mumbai", "MH", "400001"), ("Chennai", "TN", "600001")],
        "JP": [("Shibuya-ku", "Tokyo", "150-0002")], "AU": [("Sydney", "NSW", "2000"), ("Melbourne", "VIC", "3000")],
        "CA": [("Toronto", "ON", "M5H 2N2"), ("Vancouver", "BC", "V6B 1A1"), ("Montréal", "QC", "H2Y 1C6")],
        "SG": [("Singapore", "", "018956")], "ZA": [("Cape Town", "WC", "8001")], "IL": [("Tel Aviv", "", "6100000")],
        "NZ": [("Auckland", "AUK", "1010")], "KR": [("Seoul", "", "04524")], "MX": [("Ciudad de México", "CDMX", "06000")],
        "CH": [("Zürich", "ZH", "8001")], "TR": [("İstanbul", "", "34000")], "AE": [("Dubai", "", "00000")], "NG": [("Lagos", "LA", "100001")],
        "KE": [("Nairobi", "", "00100")], "ID": [("Jakarta", "JK", "10110")], "VN": [("Hà Nội", "", "100000")], "SA": [("Riyadh", "", "11564")],
        "CN": [("上海", "", "200000")], "RU": [("Москва", "", "101000")], "KZ": [("Алматы", "", "050000")]}
STREET = {"US": ["%d Market St", "%d Congress Ave", "%d Atlantic Ave", "%d Pike St"], "GB": ["%d Baker Street", "%d Deansgate"],
          "DE": ["Torstraße %d", "Leopoldstraße %d", "Mönckebergstraße %d"], "FR": ["%d rue Oberkampf", "%d rue de la République"],
          "ES": ["Calle Mayor %d", "Calle de Colón %d"], "IT": ["Via Torino %d", "Via Nazionale %d"], "BR": ["Av. Paulista, %d", "Rua da Assembleia, %d"],
          "IN": ["%d MG Road", "%d Linking Road"], "CA": ["%d King St W", "%d Granville St"], "AU": ["%d George St", "%d Collins St"]}
def street(cc): return r.choice(STREET.get(cc, ["%d Main Street"])) % r.randrange(1, 300)

def pointer(path):
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)

def split(obj, path=()):
    """returns (plain json object, personal pointers, nonpersonal pointers)."""
    if isinstance(obj, Leaf):
        return obj.v, ([pointer(path)] if obj.p else []), ([] if obj.p else [pointer(path)])
    if isinstance(obj, dict):
        out, ps, ns = {}, [], []
        for k, v in obj.items():
            o, p, n = split(v, path + (k,))
            out[k] = o; ps += p; ns += n
        return out, ps, ns
    if isinstance(obj, list):
        out, ps, ns = [], [], []
        for i, v in enumerate(obj):
            o, p, n = split(v, path + (i,))
            out.append(o); ps += p; ns += n
        return out, ps, ns
    raise TypeError("unlabelled leaf at %s: %r" % (pointer(path), obj))

class Corpus:
    def __init__(self, name):
        self.name, self.lines, self.labels = name, [], {}
    def add(self, ev, evidence, california=False, dob_age=None, countries=None):
        plain, ps, ns = split(ev)
        eid = plain["event_id"]
        assert eid not in self.labels
        cs, err = expect_countries(evidence, california)
        if countries is not None:
            cs = countries
        lab = {"countries": cs, "personal": ps, "nonpersonal": ns}
        if dob_age is not None and not err:
            lab["minor"] = expect_minor(cs, dob_age)
        self.labels[eid] = lab
        self.lines.append(json.dumps(plain, ensure_ascii=False, separators=(",", ":")))
    def write(self):
        with open(os.path.join(OUT, self.name + ".jsonl"), "w") as f:
            f.write("\n".join(self.lines) + "\n")
        with open(os.path.join(OUT, self.name + ".labels.json"), "w") as f:
            json.dump(self.labels, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
        return len(self.lines)

def eid(prefix, i): return "%s-%04d" % (prefix, i)

# ---------------------------------------------------------------------------------------------
# 1. Segment-style identify calls
def segment():
    c = Corpus("segment_identify")
    plan = ["free", "pro", "team", "enterprise"]
    mix = ["US"] * 8 + ["GB"] * 4 + ["DE"] * 4 + ["FR"] * 3 + ["ES", "IT", "NL", "PL", "AT", "PT"] + ["BR"] * 3 + \
          ["IN"] * 3 + ["JP", "JP", "AU", "AU", "CA", "CA", "SG", "ZA", "IL", "NZ", "KR", "CH"]
    for i, cc in enumerate(mix):
        first, last = name(cc)
        city, state, zipc = r.choice(CITY.get(cc, [("Capital", "", "00000")]))
        ev = {"type": N("identify"), "messageId": N("ajs-next-" + uid().replace("-", "")), "event_id": N(eid("seg", i)),
              "userId": P("usr_" + digits(10)), "anonymousId": P(uid())}
        traits = {"email": P(email(first, last, cc)), "firstName": P(first), "lastName": P(last)}
        evidence = []
        if i % 3 != 2:
            traits["phone"] = P(phone(cc)); evidence.append(("phone", cc))
        addr = {"street": P(street(cc)), "city": P(city), "postalCode": P(zipc)}
        if state:
            addr["state"] = N(state)
        addr["country"] = N(cc if i % 4 else {"US": "United States", "DE": "Germany", "GB": "United Kingdom", "BR": "Brazil",
                                             "FR": "France", "IN": "India", "JP": "Japan", "CA": "Canada"}.get(cc, cc))
        traits["address"] = addr; evidence.append(("residence", cc))
        a = None
        if i % 5 == 0:
            d = dob_adult(); traits["birthday"] = P(d.isoformat()); a = age(d)
        traits["createdAt"] = N(ts(1)); traits["plan"] = N(r.choice(plan))
        if i % 6 == 1:
            traits["company"] = {"name": N(r.choice(["Acme Corp", "Globex GmbH", "Initech Ltd"])), "employee_count": N(r.choice([12, 250, 4000])), "industry": N("Software")}
        if i % 7 == 3:
            traits["title"] = P(r.choice(["Head of Data", "Nurse", "Teacher", "Software Engineer"]))
        ev["traits"] = traits
        ctx = {"ip": P(ipv4() if i % 3 else ipv6()), "locale": N(LOCALE.get(cc, "en-US")), "timezone": N(TZ.get(cc, "UTC")),
               "userAgent": N("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Safari/605.1.15"),
               "library": {"name": N("analytics.js"), "version": N("next-1.64.0")}}
        if i % 3 == 0:
            ctx["page"] = {"path": N("/signup"), "referrer": N("https://www.google.com/"), "title": N("Create your account")}
        if i % 4 == 1:
            ctx["campaign"] = {"name": N("spring_launch"), "source": N("newsletter"), "medium": N("email")}
        ev["context"] = ctx
        ev["timestamp"] = N(ts()); ev["sentAt"] = N(ts())
        if i % 5 == 2:
            ev["integrations"] = {"All": N(True), "Mixpanel": N(False)}
        c.add(ev, evidence, california=(cc == "US" and state == "CA"), dob_age=a)
    # conflicting evidence: a German address, a Russian mobile, a Russian-language browser
    first, last = name("DE")
    c.add({"type": N("identify"), "event_id": N(eid("seg", 900)), "userId": P("usr_" + digits(10)),
           "traits": {"email": P(email(first, last, "DE")), "name": P(first + " " + last), "phone": P(phone("RU")),
                      "address": {"city": P("Berlin"), "country": N("DE")}},
           "context": {"locale": N("ru-RU"), "timezone": N("Europe/Moscow"), "ip": P(ipv4())}, "timestamp": N(ts())},
          [("residence", "DE"), ("phone", "RU"), ("locale", "RU"), ("timezone", "RU")])
    # only a locale and a time zone: weak evidence decides
    c.add({"type": N("identify"), "event_id": N(eid("seg", 901)), "anonymousId": P(uid()),
           "traits": {"email": P("kenji.w@gmail.com")}, "context": {"locale": N("ja-JP"), "timezone": N("Asia/Tokyo")},
           "timestamp": N(ts())}, [("locale", "JP"), ("timezone", "JP")])
    # a Mexican customer: no pack covers MX, the event cannot be classified
    first, last = name("MX")
    c.add({"type": N("identify"), "event_id": N(eid("seg", 902)), "userId": P("usr_" + digits(10)),
           "traits": {"email": P(email(first, last, "MX")), "firstName": P(first), "lastName": P(last), "phone": P(phone("MX")),
                      "address": {"city": P("Ciudad de México"), "country": N("MX")}},
           "context": {"locale": N("es_MX"), "timezone": N("America/Mexico_City")}, "timestamp": N(ts())},
          [("residence", "MX"), ("phone", "MX")])
    # a California minor (15): CCPA opt-in age 16
    first, last = name("US"); d = dob_years(15)
    c.add({"type": N("identify"), "event_id": N(eid("seg", 903)), "userId": P("usr_" + digits(10)),
           "traits": {"email": P(email(first, last, "US")), "firstName": P(first), "birthday": P(d.isoformat()),
                      "address": {"city": P("Oakland"), "state": N("CA"), "postalCode": P("94612"), "country": N("US")}},
           "context": {"locale": N("en-US"), "timezone": N("America/Los_Angeles"), "ip": P(ipv4())}, "timestamp": N(ts())},
          [("residence", "US")], california=True, dob_age=age(d))
    # a 12-year-old in the UK (13)
    first, last = name("GB"); d = dob_years(12)
    c.add({"type": N("identify"), "event_id": N(eid("seg", 904)), "anonymousId": P(uid()),
           "traits": {"email": P(email(first, last, "GB")), "firstName": P(first), "birthday": P(d.strftime("%d/%m/%Y")),
                      "address": {"country": N("GB")}}, "timestamp": N(ts())},
          [("residence", "GB")], dob_age=age(d))
    return c.write()

# ---------------------------------------------------------------------------------------------
# 2. Auth0 post-registration events and Auth0 signup logs, Keycloak REGISTER events
def auth():
    c = Corpus("auth_webhooks")
    mix = ["US", "GB", "DE", "FR", "NL", "IN", "BR", "AU", "CA", "SG", "JP", "KR", "ES", "IT", "PL", "ZA", "IL", "NZ", "TR", "AE"]
    for i, cc in enumerate(mix):
        first, last = name(cc)
        city, state, _ = r.choice(CITY.get(cc, [("Capital", "", "0")]))
        social = i % 3 == 0
        uidv = ("google-oauth2|" + digits(21)) if social else ("auth0|" + uid().replace("-", "")[:24])
        em = email(first, last, cc)
        user = {"user_id": P(uidv), "email": P(em), "email_verified": N(social), "name": P(first + " " + last),
                "given_name": P(first), "family_name": P(last), "nickname": P(em.split("@")[0]),
                "picture": P("https://s.gravatar.com/avatar/%s?s=480&r=pg" % uid().replace("-", "")),
                "created_at": N(ts()), "updated_at": N(ts())}
        evidence = [("residence", cc)]
        meta = {"country": N(cc), "preferred_language": N(LOCALE[cc][:2]), "marketing_opt_in": N(bool(i % 2))}
        a = None
        if i % 4 == 0:
            user["phone_number"] = P(phone(cc)); evidence.append(("phone", cc))
        if i % 5 == 1:
            d = dob_adult() if i != 6 else dob_years(17); meta["date_of_birth"] = P(d.isoformat()); a = age(d)
        user["user_metadata"] = meta
        user["app_metadata"] = {"plan": N("free"), "signup_source": N(r.choice(["web", "ios", "android"]))}
        user["identities"] = [{"provider": N("google-oauth2" if social else "auth0"), "user_id": P(uidv.split("|")[1]),
                               "connection": N("google-oauth2" if social else "Username-Password-Authentication"), "isSocial": N(social)}]
        req = {"ip": P(ipv4()), "language": N(LOCALE[cc]), "user_agent": N("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36")}
        if i % 2 == 0:
            req["geoip"] = {"countryCode": N(cc), "cityName": P(city), "latitude": P(round(r.uniform(-40, 60), 4)),
                            "longitude": P(round(r.uniform(-120, 140), 4)), "timeZone": N(TZ[cc])}
            evidence.append(("ip", cc))
        ev = {"event_id": N(eid("a0", i)), "type": N("post-user-registration"),
              "event": {"tenant": {"id": N("acme-prod")}, "connection": {"name": N(user["identities"][0]["connection"].v)},
                        "user": user, "request": req, "transaction": {"locale": N(LOCALE[cc])}}}
        c.add(ev, evidence, dob_age=a)
    # Auth0 tenant logs (type ss = successful signup)
    for i, cc in enumerate(["US", "DE", "GB", "IN", "BR", "FR", "CA", "AU", "KZ", "RU"]):
        first, last = name(cc)
        em = email(first, last, cc)
        ev = {"event_id": N(eid("a0log", i)), "log_id": N("900200" + digits(50)), "date": N(ts()), "type": N("ss"),
              "description": N("Successful signup"), "connection": N("Username-Password-Authentication"),
              "client_name": N("Acme Web"), "ip": P(ipv4()), "user_agent": N("Chrome 131.0.0 / Mac OS X 10.15.7"),
              "user_id": P("auth0|" + uid().replace("-", "")[:24]), "user_name": P(em),
              "details": {"body": {"email": P(em), "tenant": N("acme-prod"), "connection": N("Username-Password-Authentication"),
                                   "user_metadata": {"phone": P(phone(cc)), "country": N(cc)}}}}
        c.add(ev, [("residence", cc), ("phone", cc)])
    # Keycloak REGISTER events
    for i, cc in enumerate(["DE", "FR", "AT", "PL", "RU", "KZ", "BY", "TR", "US", "GB", "NL", "IT"]):
        first, last = name(cc)
        un = latin(first)[:1] + latin(last)
        ev = {"event_id": N(eid("kc", i)), "time": N(1795939200000 - r.randrange(10**8)), "type": N("REGISTER"),
              "realmId": N("customers"), "clientId": N("web-portal"), "userId": P(uid()), "sessionId": P(uid()),
              "ipAddress": P(ipv4()),
              "details": {"auth_method": N("openid-connect"), "auth_type": N("code"), "register_method": N("form"),
                          "redirect_uri": N("https://portal.example.com/auth/callback"), "code_id": P(uid()),
                          "email": P(email(first, last, cc)), "username": P(un), "first_name": P(first), "last_name": P(last)}}
        evidence = []
        if i % 2 == 0:
            ev["details"]["phone"] = P(phone(cc)); evidence.append(("phone", cc))
        ev["details"]["locale"] = N(LOCALE.get(cc, "en")[:2]); ev["details"]["country"] = N(cc); evidence.append(("residence", cc))
        c.add(ev, evidence)
    # A traveller: an Italian resident signing up from Moscow. GeoIP says RU, but 152-FZ does not
    # count IP location (ru.yaml); the IP-derived countryCode sits in a geoip block.
    first, last = name("IT")
    c.add({"event_id": N(eid("a0", 900)), "type": N("post-user-registration"),
           "event": {"user": {"user_id": P("auth0|" + digits(24)), "email": P(email(first, last, "IT")),
                              "user_metadata": {"country": N("IT")}},
                     "request": {"ip": P(ipv4()), "geoip": {"countryCode": N("RU"), "cityName": P("Moscow"), "timeZone": N("Europe/Moscow")}}}},
          [("residence", "IT"), ("ip", "RU")])
    return c.write()

# ---------------------------------------------------------------------------------------------
# 3. Mobile SDK sign_up events
def mobile():
    c = Corpus("mobile_sdk")
    mix = ["US", "US", "US", "BR", "BR", "IN", "IN", "ID", "VN", "TR", "DE", "FR", "GB", "JP", "KR", "KR", "NG", "KE", "ZA",
           "SA", "AE", "EG", "MX", "RU", "KZ", "CN", "CN", "AU", "CA", "PL", "ES", "IT", "SG", "IL", "RW", "TR", "IN", "BR", "US", "DE"]
    for i, cc in enumerate(mix):
        first, last = name(cc)
        ios = i % 2 == 0
        ev = {"event_id": N(eid("mob", i)), "event_name": N("sign_up"), "timestamp": N(ts()), "session_id": P(uid())}
        user = {"id": P("u-" + digits(9)), "email": P(email(first, last, cc)), "name": P(first + " " + last)}
        evidence = []
        a = None
        if i % 3 == 0:
            user["phone"] = P(phone(cc))
            evidence.append(("phone", cc))
        if i % 4 == 1:
            y = r.randrange(1970, 2006) if i not in (5, 13, 29) else 2013
            # a birth year alone: the subject is at least NOW.year - y - 1 years old
            user["birth_year"] = P(y); a = NOW.year - y - 1
        if i % 5 == 2:
            user["gender"] = P(r.choice(["female", "male", "non-binary"]))
        ev["user"] = user
        dev = {"id": P(uid()), "model": N("iPhone15,3" if ios else "SM-S918B"), "manufacturer": N("Apple" if ios else "samsung"),
               "os_name": N("iOS" if ios else "Android"), "os_version": N("18.1" if ios else "14"),
               "locale": N(LOCALE[cc].replace("-", "_")), "timezone": N(TZ[cc]), "carrier": N(r.choice(["Vodafone", "T-Mobile", "Airtel", "Claro", "MTS"])),
               "screen": {"width": N(1290 if ios else 1080), "height": N(2796 if ios else 2340), "density": N(3)},
               "ad_tracking_enabled": N(i % 3 != 0)}
        if ios:
            dev["idfa"] = P(uid().upper()); dev["idfv"] = P(uid().upper())
        else:
            dev["advertising_id"] = P(uid())
        dev["push_token"] = P(digits(8) + uid().replace("-", "") + digits(8))
        ev["device"] = dev
        ev["app"] = {"name": N("Acme"), "version": N("5.12.0"), "build": N("5120" + digits(2)), "bundle_id": N("com.acme.app")}
        ev["network"] = {"ip": P(ipv4()), "wifi": N(i % 2 == 1), "cellular": N(i % 2 == 0)}
        if i % 4 == 3:
            ev["location"] = {"lat": P(round(r.uniform(-35, 60), 5)), "lng": P(round(r.uniform(-100, 140), 5))}
        if i % 2 == 0:
            ev["country"] = N(cc); evidence.append(("residence", cc))
        if not any(b in STRONG for b, _ in evidence):
            evidence += [("locale", cc), ("timezone", cc)]
        c.add(ev, evidence, dob_age=a)
    return c.write()

# ---------------------------------------------------------------------------------------------
# 4. Shopify-style customers/create webhooks with addresses and a payment method
def shopify():
    c = Corpus("shopify_customers")
    mix = ["US", "US", "US", "CA", "CA", "GB", "GB", "DE", "DE", "FR", "NL", "ES", "IT", "AU", "AU", "IN", "IN", "BR", "JP",
           "SG", "ZA", "NZ", "IL", "AT", "CH", "PL", "US", "GB", "DE", "IN", "US", "CA", "FR", "BR", "TR", "AE", "KR", "US", "AU", "DE"]
    prov = {"US": [("California", "CA"), ("New York", "NY"), ("Texas", "TX")], "CA": [("Ontario", "ON"), ("Quebec", "QC")],
            "AU": [("New South Wales", "NSW")], "IN": [("Karnataka", "KA")], "BR": [("São Paulo", "SP")]}
    cname = {"US": "United States", "CA": "Canada", "GB": "United Kingdom", "DE": "Germany", "FR": "France", "NL": "Netherlands",
             "ES": "Spain", "IT": "Italy", "AU": "Australia", "IN": "India", "BR": "Brazil", "JP": "Japan", "SG": "Singapore",
             "ZA": "South Africa", "NZ": "New Zealand", "IL": "Israel", "AT": "Austria", "CH": "Switzerland", "PL": "Poland",
             "TR": "Turkey", "AE": "United Arab Emirates", "KR": "South Korea"}
    for i, cc in enumerate(mix):
        first, last = name(cc)
        cid = 7000000000000 + r.randrange(10**12)
        city, _, zipc = r.choice(CITY.get(cc, [("Capital", "", "00000")]))
        p, pc = r.choice(prov.get(cc, [(None, None)]))
        ph = phone(cc)
        def address(aid, default):
            a = {"id": P(aid), "customer_id": P(cid), "first_name": P(first), "last_name": P(last),
                 "company": N("Blue Bottle Trading Ltd") if i % 9 == 4 else N(None),
                 "address1": P(street(cc)), "address2": P("Apt %d" % r.randrange(1, 40)) if i % 3 == 0 else N(""),
                 "city": P(city), "province": N(p), "country": N(cname[cc]), "zip": P(zipc), "phone": P(ph),
                 "name": P(first + " " + last), "province_code": N(pc), "country_code": N(cc), "country_name": N(cname[cc]),
                 "default": N(default)}
            return a
        aid = 9000000000000 + r.randrange(10**12)
        ev = {"event_id": N(eid("shp", i)), "topic": N("customers/create"), "id": P(cid), "email": P(email(first, last, cc)),
              "accepts_marketing": N(bool(i % 2)), "created_at": N(ts()), "updated_at": N(ts()), "first_name": P(first),
              "last_name": P(last), "orders_count": N(0), "state": N("enabled"), "total_spent": P("0.00"), "last_order_id": N(None),
              "note": P(["Allergic to nuts - no samples with peanuts please", "Gift wrap every order", "Please call before delivery"][i % 3]) if i % 4 == 0 else N(None),
              "verified_email": N(True), "tax_exempt": N(False), "phone": P(ph), "currency": N({"US": "USD", "GB": "GBP", "IN": "INR", "BR": "BRL", "JP": "JPY"}.get(cc, "EUR")),
              "addresses": [address(aid, True)], "default_address": address(aid, True)}
        evidence = [("residence", cc), ("phone", cc)]
        if i % 5 == 3:
            # a second address abroad (shipping to family)
            cc2 = {"US": "CA", "DE": "AT", "GB": "IE", "IN": "SG", "AU": "NZ", "FR": "ES", "CA": "US", "NL": "DE"}.get(cc, "US")
            ev["addresses"].append({"id": P(aid + 1), "customer_id": P(cid), "first_name": P(first), "last_name": P(last),
                                    "address1": P(street(cc2)), "city": P(r.choice(CITY.get(cc2, [("Dublin", "", "D02 X285")]))[0]),
                                    "country": N(cname.get(cc2, "Ireland")), "country_code": N(cc2), "default": N(False)})
            evidence.append(("residence", cc2))
        if i % 2 == 0:
            brand = {"IN": "rupay", "RU": "mir"}.get(cc, r.choice(["visa", "mc", "amex"]))
            num = ids.card(r, brand)
            card = {"brand": N({"visa": "Visa", "mc": "Mastercard", "amex": "American Express", "rupay": "RuPay", "mir": "Mir"}[brand]),
                    "last4": P(num[-4:]), "exp_month": P(r.randrange(1, 13)), "exp_year": P(r.randrange(2027, 2032)),
                    "holder_name": P((first + " " + last).upper())}
            if i % 4 == 0:
                card["number"] = P(" ".join(num[k:k + 4] for k in range(0, len(num), 4)))   # a misbehaving checkout
            ev["payment_method"] = {"type": N("credit_card"), "card": card}
        c.add(ev, evidence, california=(cc == "US" and pc == "CA"))
    return c.write()

# ---------------------------------------------------------------------------------------------
# 5. Flat CSV-export-like rows
def csv_rows():
    c = Corpus("csv_export")
    mix = ["US", "GB", "DE", "FR", "ES", "IT", "BR", "IN", "AU", "CA", "NL", "PL", "SE", "IE", "JP", "ZA", "NG", "KE", "SG", "NZ",
           "US", "GB", "DE", "FR", "BR", "IN", "US", "CA", "AU", "IT", "US", "DE", "GB", "IN", "BR"]
    for i, cc in enumerate(mix):
        first, last = name(cc)
        city, state, zipc = r.choice(CITY.get(cc, [("Capital", "", "00000")]))
        d = dob_adult() if i % 8 else dob_years(r.choice([11, 14, 15]))
        row = {"event_id": N(eid("csv", i)), "Customer ID": P("C%07d" % r.randrange(10**7)), "First Name": P(first),
               "Last Name": P(last), "E-mail Address": P(email(first, last, cc)),
               "Phone Number": P(phone(cc)),
               "Date of Birth": P(d.strftime("%d.%m.%Y") if cc in ("DE", "PL", "AT") else d.strftime("%m/%d/%Y") if cc == "US" and d.day > 12 else d.isoformat()),
               "Gender": P(r.choice(["F", "M"])), "Street Address": P(street(cc)), "City": P(city), "ZIP / Postal Code": P(zipc),
               "State / Province": N(state), "Country": N(cc), "Signup Date": N(ts()[:10]), "Plan": N(r.choice(["Basic", "Plus"])),
               "Newsletter Opt-in": N(r.choice(["yes", "no"])), "Lead Source": N(r.choice(["Google Ads", "Referral", "Organic"]))}
        if cc in ("DE", "NL", "FR", "IT") and i % 2 == 0:
            # marketplace sellers: the IBAN payouts go to
            row["Payout Account"] = P(ids.iban_de(r))
        if i % 6 == 5:
            # an alternative phone exported into a column named "Contact"
            row["Contact"] = P(phone(cc))
        c.add(row, [("residence", cc), ("phone", cc)], california=(cc == "US" and state == "CA"), dob_age=age(d))
    return c.write()

# ---------------------------------------------------------------------------------------------
# 6. A Russian / Kazakh producer (Cyrillic member names, СНИЛС, ИНН, ИИН)
def ru_kz():
    c = Corpus("ru_kz_signups")
    for i in range(22):
        first, last = name("RU")
        otch = r.choice(["Сергеевич", "Александровна", "Иванович", "Дмитриевна"])
        d = dob_adult() if i % 7 else dob_years(r.choice([12, 13]))
        ev = {"event_id": N(eid("ru", i)), "источник": N("web"), "создано": N(ts()), "фамилия": P(last), "имя": P(first),
              "отчество": P(otch), "дата_рождения": P(d.strftime("%d.%m.%Y")), "телефон": P(phone("RU")),
              "email": P(email(first, last, "RU")), "снилс": P(ids.snils(r)), "инн": P(ids.inn12(r)),
              "гражданство": P(r.choice(["RU", "Россия", "Российская Федерация"])),
              "адрес": {"город": P("Москва"), "улица": P("ул. Тверская, д. %d" % r.randrange(1, 40)), "кв": P(str(r.randrange(1, 200))), "индекс": P("1250%02d" % r.randrange(100))}}
        evidence = [("citizenship", "RU"), ("phone", "RU")]
        if i % 3 == 0:
            ev["паспорт"] = {"серия": P("45%02d" % r.randrange(100)), "номер": P(digits(6))}
        if i % 4 == 1:
            ev["работодатель"] = {"company_name": N(r.choice(["ООО «Ромашка»", "АО «Вектор»"])), "inn": N(ids.inn10(r)), "ogrn": N(ids.ogrn(r))}
        if i % 5 == 2:
            ev["о_себе"] = P(r.choice(["Православный, пою в церковном хоре.", "У меня диабет, ищу тренера по питанию.",
                                        "Люблю горы и походы.", "Мусульманин, не ем свинину."]))
        if i == 10:
            # a Russian citizen living in Germany
            ev["страна_проживания"] = N("Германия"); evidence.append(("residence", "DE"))
        if i == 11:
            # a Russian citizen with a Kazakh number living in Almaty
            ev["телефон"] = P(phone("KZ")); evidence = [("citizenship", "RU"), ("phone", "KZ")]
        c.add(ev, evidence, dob_age=age(d))
    for i in range(16):
        first, last = name("KZ")
        d = dob_adult() if i % 5 else dob_years(16)
        ev = {"event_id": N(eid("kz", i)), "source": N("mobile"), "created": N(ts()), "fio": P(last + " " + first),
              "iin": P(ids.iin(r, d.year, d.month, d.day, female=bool(i % 2))), "phone": P(phone("KZ")),
              "email": P(email(first, last, "KZ")), "city": P(r.choice(["Алматы", "Астана", "Шымкент"])),
              "birth_date": P(d.strftime("%d.%m.%Y")),
              "country": N(r.choice(["KZ", "Қазақстан", "Казахстан", "Kazakhstan"])), "lang": N(r.choice(["kk", "ru"]))}
        evidence = [("phone", "KZ"), ("residence", "KZ")]
        if i % 4 == 2:
            ev["ИИН_родителя"] = P(ids.iin(r, 1980, 3, 3))
        if i == 7:
            # IIN found only by value, under a generic document block
            ev["document"] = {"type": N("iin"), "number": ev.pop("iin")}
        c.add(ev, evidence, dob_age=age(d))
    return c.write()

# ---------------------------------------------------------------------------------------------
# 7. A Brazilian producer (CPF of the person, CNPJ of the employer)
def brazil():
    c = Corpus("br_cadastro")
    for i in range(30):
        first, last = name("BR")
        city, uf, cep = r.choice(CITY["BR"])
        d = dob_adult() if i % 9 else dob_years(r.choice([10, 11]))
        ev = {"event_id": N(eid("br", i)), "nome": P(first), "sobrenome": P(last), "cpf": P(ids.cpf(r) if i % 2 else ids.cpf(r).replace(".", "").replace("-", "")),
              "email": P(email(first, last, "BR")), "celular": P(phone("BR")), "data_nascimento": P(d.strftime("%d/%m/%Y")),
              "sexo": P(r.choice(["F", "M"])),
              "endereco": {"logradouro": P(street("BR")), "numero": P(str(r.randrange(1, 2000))), "complemento": P("apto %d" % r.randrange(1, 150)) if i % 3 == 0 else N(""),
                           "bairro": P(r.choice(["Bela Vista", "Centro", "Savassi"])), "cidade": P(city), "estado": N(uf), "cep": P(cep)},
              "pais": N("Brasil" if i % 2 else "BR"), "accepted_terms": N(True), "utm_source": N(r.choice(["instagram", "google"]))}
        if i % 3 == 1:
            ev["empresa"] = {"company_name": N(r.choice(["Padaria Pão Quente Ltda", "Tech Sul S.A."])), "cnpj": N(ids.cnpj(r))}
            ev["renda_mensal"] = P(r.choice([3500, 8200, 15000]))
        if i % 5 == 4:
            ev["sobre_mim"] = P(r.choice(["Sou evangélica e canto no coral da igreja.", "Gestante de 5 meses, procurando dicas.",
                                          "Adoro futebol e churrasco.", "Cadeirante, apaixonada por viagens."]))
        if i == 13:
            ev["raca_cor"] = P("parda")
        c.add(ev, [("residence", "BR"), ("phone", "BR")], dob_age=age(d))
    return c.write()

# ---------------------------------------------------------------------------------------------
# 8. An Indian producer (Aadhaar, PAN, UPI)
def india():
    c = Corpus("in_kyc")
    for i in range(30):
        first, last = name("IN")
        city, st, pin = r.choice(CITY["IN"])
        d = dob_adult() if i % 8 else dob_years(17)
        ev = {"event_id": N(eid("in", i)), "name": P(first + " " + last), "mobile": P(phone("IN")), "email": P(email(first, last, "IN")),
              "aadhaar": P(ids.aadhaar(r)), "pan": P(ids.pan(r)), "dob": P(d.isoformat()),
              "gender": P(r.choice(["M", "F"])), "address": {"line1": P(street("IN")), "city": P(city), "state": N(st), "pincode": P(pin)},
              "kyc": {"status": N(r.choice(["pending", "verified"])), "provider": N("digilocker")}, "country": N("IN")}
        if i % 2 == 0:
            ev["upi_id"] = P("%s.%s@ok%s" % (latin(first), latin(last), r.choice(["icici", "hdfcbank", "axis", "sbi"])))
        if i % 3 == 0:
            ev["bank"] = {"account_number": P(digits(12)), "account_holder": P(first + " " + last)}
        if i % 4 == 1:
            ev["payment"] = {"card_number": P(ids.card(r, r.choice(["rupay", "visa"]))), "card_expiry": P("%02d/%d" % (r.randrange(1, 13), r.randrange(27, 32)))}
        if i % 7 == 3:
            ev["notes"] = P(r.choice(["Hindu, vegetarian meals only", "Type 2 diabetes, prefers morning slots", "Referred by a colleague"]))
        if i == 5:
            # Aadhaar only by value, under a generic id document block
            ev["id_document"] = {"type": N("aadhaar"), "value": ev.pop("aadhaar")}
        evidence = [("residence", "IN"), ("phone", "IN")]
        if i == 9:
            # an Indian customer with a US mobile
            ev["mobile"] = P(phone("US")); evidence = [("residence", "IN"), ("phone", "US")]
        c.add(ev, evidence, dob_age=age(d))
    return c.write()

# ---------------------------------------------------------------------------------------------
# 9. Profiles with free-text bios in several languages, nested JSON in a string, minors
def profiles():
    c = Corpus("profiles_freetext")
    bios = [("US", "en", "Type 1 diabetic runner, training for my first marathon."),
            ("GB", "en", "Devout Catholic, mum of three, loves baking."),
            ("DE", "de", "Ich bin schwanger und suche einen Yogakurs."),
            ("DE", "de", "Gewerkschaftsmitglied bei ver.di, Fußballfan."),
            ("ES", "es", "Soy musulmana y trabajo como enfermera."),
            ("ES", "es", "Tengo diabetes y me encanta cocinar."),
            ("FR", "fr", "Je suis en fauteuil roulant et passionnée de musique."),
            ("FR", "fr", "Athée, amateur de randonnée."),
            ("BR", "pt", "Sou soropositivo e ativista."),
            ("PT", "pt", "Grávida do primeiro filho!"),
            ("RU", "ru", "Я инвалид по зрению, ищу аудиокниги."),
            ("RU", "ru", "Православный, люблю рыбалку."),
            ("TR", "tr", "Şeker hastasıyım, diyet tarifleri arıyorum."),
            ("US", "en", "Proud member of the LGBTQ+ community and a trade union member."),
            ("IN", "en", "Hindu, vegetarian, and a software engineer."),
            ("AU", "en", "Aboriginal artist from the Northern Territory."),
            ("CA", "en", "Love hiking, coffee and board games."),
            ("NL", "en", "Cyclist, dog person, amateur photographer.")]
    for i, (cc, lang, bio) in enumerate(bios):
        first, last = name(cc)
        ev = {"event_id": N(eid("prof", i)), "created_at": N(ts()),
              "profile": {"display_name": P(first), "bio": P(bio), "website": P("https://%s.example.com" % latin(first))},
              "contact": {"email": P(email(first, last, cc))}, "settings": {"language": N(lang), "theme": N("dark")}, "country": N(cc)}
        c.add(ev, [("residence", cc)])
    # nested JSON documents inside strings
    for i, cc in enumerate(["US", "DE", "BR", "IN", "GB", "FR"]):
        first, last = name(cc)
        inner = {"email": email(first, last, cc), "phone": phone(cc), "name": first + " " + last}
        ev = {"event_id": N(eid("nest", i)), "source": N("legacy-crm"), "received_at": N(ts()), "country": N(cc),
              "payload": P(json.dumps(inner, ensure_ascii=False)),
              "meta": {"schema_version": N("1.4"), "retries": N(0)}}
        c.add(ev, [("residence", cc)])
    # children and teenagers across laws
    kids = [("US", 12), ("US", 13), ("DE", 15), ("FR", 15), ("FR", 14), ("CN", 11), ("KR", 13), ("IN", 17), ("BR", 11),
            ("ID", 16), ("ZA", 17), ("SG", 12), ("JP", 14), ("AT", 13), ("NL", 15), ("VN", 15)]
    for i, (cc, a) in enumerate(kids):
        first, last = name(cc)
        d = dob_years(a)
        ev = {"event_id": N(eid("kid", i)), "created_at": N(ts()),
              "child": {"first_name": P(first), "birth_date": P(d.isoformat()), "school": P(r.choice(["Lincoln Middle School", "Gymnasium am Park", "Escola Estadual"]))},
              "guardian": {"guardian_name": P(r.choice(NAMES.get(cc, NAMES["US"])[0]) + " " + last), "email": P(email("parent", last, cc))},
              "country": N(cc)}
        if cc == "CN":
            ev["child"]["shenfenzheng"] = P(ids.cn_ric(r, d.year, d.month, d.day))
        if cc == "KR":
            ev["child"]["rrn"] = P(ids.rrn(r, d.year, d.month, d.day, female=bool(i % 2)))
        c.add(ev, [("residence", cc)], dob_age=a)
    # conflicting evidence
    first, last = name("RU")
    c.add({"event_id": N(eid("conf", 0)), "citizenship": P("Россия"), "country": N("KZ"), "phone": P(phone("KZ")),
           "name": P(first + " " + last), "locale": N("ru-RU")}, [("citizenship", "RU"), ("residence", "KZ"), ("phone", "KZ")])
    first, last = name("US")
    c.add({"event_id": N(eid("conf", 1)), "address": {"state": N("California"), "country": N("USA")}, "phone": P(phone("GB")),
           "name": P(first + " " + last)}, [("residence", "US"), ("phone", "GB")], california=True)
    first, last = name("TR")
    c.add({"event_id": N(eid("conf", 2)), "country": N("Türkiye"), "nationality": P("DE"), "phone": P(phone("DE")),
           "email": P(email(first, last, "TR"))}, [("residence", "TR"), ("citizenship", "DE"), ("phone", "DE")])
    first, last = name("CN")
    c.add({"event_id": N(eid("conf", 3)), "country": N("中国"), "phone": P(phone("SG")), "email": P(email(first, last, "CN"))},
          [("residence", "CN"), ("phone", "SG")])
    c.add({"event_id": N(eid("conf", 4)), "email": P("nobody@example.org"), "nickname": P("ghost")}, [])
    return c.write()

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    total = 0
    for f in (segment, auth, mobile, shopify, csv_rows, ru_kz, brazil, india, profiles):
        n = f(); total += n
        print(f.__name__, n)
    print("total", total)
