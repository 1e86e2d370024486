#!/usr/bin/env python3
"""A synthetic GDELT 2.0 event file: make-gdelt-sample.py ROWS PATH (seeded, deterministic)."""
import random, sys
rows, path = int(sys.argv[1]), sys.argv[2]
random.seed(7)
states = ["USA", "RUS", "CHN", "IRN", "ISR", "UKR", "FRA", "DEU", "GBR", "IND", "PAK", "TUR", "SYR", "IRQ", "SAU", "JPN", "KOR", "PRK", "EGY", "BRA"]
types = ["", "", "GOV", "MIL", "COP", "OPP", "REB", "BUS", "MED", "CVL"]
codes = ["010", "020", "036", "040", "042", "043", "046", "051", "057", "061", "071", "0841", "111", "112", "1121", "120", "130", "138", "141", "145", "154", "163", "173", "183", "190", "193", "195", "1951"]
quads = {"01": 1, "02": 1, "03": 1, "04": 1, "05": 1, "06": 2, "07": 2, "08": 2, "09": 3, "10": 3, "11": 3, "12": 3, "13": 3, "14": 4, "15": 4, "16": 4, "17": 4, "18": 4, "19": 4, "20": 4}
with open(path, "w") as out:
    for i in range(rows):
        a, b = random.choice(states), random.choice(states)
        t1, t2 = random.choice(types), random.choice(types)
        code = random.choice(codes)
        day = f"2024{random.randint(1, 12):02d}{random.randint(1, 28):02d}"
        f = [str(1100000000 + i), day, day[:6], day[:4], f"{day[:4]}.{random.randint(1, 9999):04d}",
             a + t1, "ACTOR " + a, a, "", "", "", "", t1, "", "",
             b + t2, "ACTOR " + b, b, "", "", "", "", t2, "", "",
             "1", code, code[:3], code[:2], str(quads[code[:2]]), f"{random.uniform(-10, 10):.1f}",
             str(random.randint(1, 40)), str(random.randint(1, 5)), str(random.randint(1, 40)), f"{random.uniform(-10, 5):.14f}"]
        for _ in range(3):
            f += ["4", "Some City, Some Region, Country", a[:2], a[:2] + "01", a[:2] + "0123", f"{random.uniform(-80, 80):.4f}", f"{random.uniform(-170, 170):.4f}", str(random.randint(-99999, 99999))]
        f += [day + "151500", f"https://news.example.com/{day[:4]}/{day[4:6]}/story-{i}-about-something-long.html"]
        out.write("\t".join(f) + "\n")
