"""Independent check-digit computations for the identifiers used in the corpus."""
import random

def snils(r):
    while True:
        n9 = "%09d" % r.randrange(2000000, 999999999)
        d = [int(c) for c in n9]
        s = sum(d[i] * (9 - i) for i in range(9))
        if s > 101: s %= 101
        if s in (100, 101): s = 0
        return f"{n9[:3]}-{n9[3:6]}-{n9[6:9]} {s:02d}"

def inn12(r):
    w11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]; w12 = [3] + w11
    d = [int(c) for c in "%02d" % r.choice([77, 78, 50, 16, 66, 54]) + "%08d" % r.randrange(10**8)]
    d.append(sum(a * b for a, b in zip(d, w11)) % 11 % 10)
    d.append(sum(a * b for a, b in zip(d, w12)) % 11 % 10)
    return "".join(map(str, d))

def inn10(r):
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    d = [int(c) for c in "77" + "%07d" % r.randrange(10**7)]
    return "".join(map(str, d)) + str(sum(a * b for a, b in zip(d, w)) % 11 % 10)

def ogrn(r):
    n12 = "1" + "%02d" % r.randrange(2, 23) + "77" + "%07d" % r.randrange(10**7)
    return n12 + str(int(n12) % 11 % 10)

def iin(r, y, m, d, female=False):
    c = (3 if y < 2000 else 5) + (1 if female else 0)
    while True:
        n11 = "%02d%02d%02d%d%04d" % (y % 100, m, d, c, r.randrange(10000))
        dd = [int(x) for x in n11]
        k = sum(dd[i] * (i + 1) for i in range(11)) % 11
        if k == 10:
            k = sum(a * b for a, b in zip(dd, [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])) % 11
            if k == 10:
                continue
        return n11 + str(k)

def cn_ric(r, y, m, d):
    n17 = "%02d0105%04d%02d%02d%03d" % (r.choice([11, 31, 44, 51]), y, m, d, r.randrange(1000))
    w = [2 ** (17 - i) % 11 for i in range(17)]
    return n17 + "10X98765432"[sum(int(c) * x for c, x in zip(n17, w)) % 11]

_D = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
      [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_P1 = [1, 5, 7, 6, 2, 8, 3, 0, 9, 4]
_P = [list(range(10))]
for _i in range(1, 8):
    _P.append([_P[_i - 1][_P1[j]] for j in range(10)])   # p[i] = p[1]^i (standard Verhoeff table)
_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]

def aadhaar(r):
    while True:
        n = str(r.randrange(2, 10)) + "%010d" % r.randrange(10**10)
        c = 0
        for i, ch in enumerate(reversed(n)):
            c = _D[c][_P[(i + 1) % 8][int(ch)]]
        a = n + str(_INV[c])
        if a != a[::-1]:
            return f"{a[:4]} {a[4:8]} {a[8:]}"

def pan(r, kind="P"):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(r.choice(L) for _ in range(3)) + kind + r.choice(L) + "%04d" % r.randrange(1, 10000) + r.choice(L)

def cpf(r):
    while True:
        d = [r.randrange(10) for _ in range(9)]
        if len(set(d)) > 1:
            break
    s1 = sum((10 - i) * d[i] for i in range(9)); d1 = (11 - s1 % 11) % 11 % 10
    s2 = sum((11 - i) * d[i] for i in range(9)) + 2 * d1; d2 = (11 - s2 % 11) % 11 % 10
    n = "".join(map(str, d))
    return f"{n[:3]}.{n[3:6]}.{n[6:9]}-{d1}{d2}"

def cnpj(r):
    d = [r.randrange(10) for _ in range(8)] + [0, 0, 0, 1]
    w1 = [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]; w2 = [6] + w1
    x = sum(a * b for a, b in zip(d, w1)) % 11; d.append(0 if x < 2 else 11 - x)
    x = sum(a * b for a, b in zip(d, w2)) % 11; d.append(0 if x < 2 else 11 - x)
    s = "".join(map(str, d))
    return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"

def ssn(r):
    while True:
        a = r.randrange(1, 900)
        if a != 666:
            return "%03d-%02d-%04d" % (a, r.randrange(1, 100), r.randrange(1, 10000))

def luhn(n):
    s = 0
    for i, ch in enumerate(reversed(n)):
        x = int(ch)
        if i % 2 == 0:
            x *= 2
            if x > 9: x -= 9
        s += x
    return n + str((10 - s % 10) % 10)

def card(r, brand):
    pre = {"visa": "4", "mc": "5" + str(r.randrange(1, 6)), "rupay": "6521", "mir": "2200", "amex": "37"}[brand]
    ln = 15 if brand == "amex" else 16
    return luhn(pre + "".join(str(r.randrange(10)) for _ in range(ln - 1 - len(pre))))

def iban_de(r):
    bban = "%08d%010d" % (r.randrange(10**7, 10**8), r.randrange(10**10))
    num = int(bban + "131400")  # D=13 E=14, "00"
    chk = 98 - num % 97
    s = "DE%02d%s" % (chk, bban)
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def steuer_id(r):
    while True:
        digits = list("0123456789")
        r.shuffle(digits)
        if digits[0] == "0":
            continue
        ten = digits[:9]
        ten.insert(r.randrange(1, 10), r.choice(ten))   # exactly one digit twice
        n10 = "".join(ten)
        p = 10
        for c in n10:
            s = (int(c) + p) % 10
            if s == 0: s = 10
            p = (2 * s) % 11
        return n10 + str((11 - p) % 10)

def nino(r):
    first = "ABCEGHJKLMNOPRSTWXYZ"; second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = r.choice(first) + r.choice(second)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    n = "%06d" % r.randrange(10**6)
    return f"{p} {n[:2]} {n[2:4]} {n[4:]} {r.choice('ABCD')}"

def tckn(r):
    d = [r.randrange(1, 10)] + [r.randrange(10) for _ in range(8)]
    odd, even = sum(d[0::2]), sum(d[1::2])
    d10 = (7 * odd - even) % 10
    return "".join(map(str, d)) + str(d10) + str((odd + even + d10) % 10)

def rrn(r, y, m, d, female=False):
    s = (1 if y < 2000 else 3) + (1 if female else 0)
    n12 = "%02d%02d%02d%d%02d%03d" % (y % 100, m, d, s, r.randrange(0, 96), r.randrange(1000))
    w = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
    c = (11 - sum(int(a) * b for a, b in zip(n12, w)) % 11) % 10
    return f"{n12[:6]}-{n12[6:]}{c}"
