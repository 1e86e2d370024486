import sys, os
out = sys.argv[1]
def gdelt(n, id, date, a1, a2, code, quad, gold, mentions, url, version=2):
    # a = (code, name, country, type1)
    f = [""] * n
    f[0] = str(id); f[1] = date; f[2] = date[:6]; f[3] = date[:4]; f[4] = date[:4] + ".0027"
    for base, a in ((5, a1), (15, a2)):
        f[base], f[base+1], f[base+2], f[base+7] = a
    f[25] = "1"; f[26] = code; f[27] = code[:3]; f[28] = code[:2]
    f[29] = quad; f[30] = gold; f[31] = mentions; f[32] = "1"; f[33] = mentions; f[34] = "-1.5"
    if n == 61: f[59] = date + "120000"; f[60] = url
    elif n == 58: f[56] = date; f[57] = url
    elif n == 57: f[56] = date
    return "\t".join(f)
USG = ("USAGOV", "UNITED STATES", "USA", "GOV"); IRN = ("IRN", "IRAN", "IRN", "")
USA = ("USA", "UNITED STATES", "USA", ""); FRA = ("FRA", "FRANCE", "FRA", ""); DEU = ("DEU", "GERMANY", "DEU", "")
ISRM = ("ISRMIL", "ISRAEL", "ISR", "MIL"); PSE = ("PSE", "PALESTINE", "PSE", ""); RUS = ("RUS", "RUSSIA", "RUS", "")
UKR = ("UKR", "UKRAINE", "UKR", ""); UNO = ("IGOUNO", "UNITED NATIONS", "", "IGO"); SYR = ("SYR", "SYRIA", "SYR", "")
GBR = ("GBR", "UNITED KINGDOM", "GBR", ""); ROM = ("ROM", "ROMANIA", "ROM", ""); HUN = ("HUN", "HUNGARY", "HUN", "")
CHNP = ("CHNCOP", "CHINA", "CHN", "COP"); CHNC = ("CHNCVL", "CHINA", "CHN", "CVL"); NONE = ("", "", "", "")
rows = [
 gdelt(61, 1001, "20240105", USG, IRN, "112", "3", "-2.0", "10", "https://news.example/a1"),
 gdelt(61, 1002, "20240105", IRN, USA, "138", "3", "-7.0", "4", "https://news.example/a2"),
 gdelt(61, 1003, "20240106", FRA, DEU, "042", "1", "1.9", "6", "https://news.example/a3"),
 gdelt(61, 1004, "20240107", ISRM, PSE, "190", "4", "-10.0", "25", "https://news.example/a4"),
 gdelt(61, 1005, "20240107", RUS, UKR, "1951", "4", "-10.0", "8", "https://news.example/a5"),
 gdelt(61, 1006, "20240108", UNO, SYR, "073", "2", "7.4", "3", "https://news.example/a6"),
 gdelt(61, 1007, "20240108", USA, GBR, "051", "3", "3.4", "2", "https://news.example/a7"),
 gdelt(61, 1008, "20240109", USA, GBR, "999", "1", "1.0", "1", "https://news.example/a8"),
 gdelt(61, 1009, "20241345", USA, GBR, "042", "1", "1.9", "1", "https://news.example/a9"),
 "\t".join(gdelt(61, 1010, "20240109", USA, GBR, "042", "1", "1.9", "1", "https://news.example/a10").split("\t")[:60]),
 gdelt(61, 1011, "20240109", NONE, GBR, "042", "1", "1.9", "1", "https://news.example/a11"),
 gdelt(61, 1012, "20240109", USA, GBR, "042", "1", "abc", "1", "https://news.example/a12"),
 gdelt(61, 1013, "20240110", ROM, HUN, "036", "1", "4.0", "0", "https://news.example/a13"),
 gdelt(61, 1014, "20240110", FRA, DEU, "0439", "1", "2.8", "1", "https://news.example/a14"),
 gdelt(61, 1015, "20240111", CHNP, CHNC, "173", "4", "-5.0", "5", "https://news.example/a15"),
 gdelt(61, 1016, "20240105", USG, IRN, "112", "3", "-2.0", "10", "https://news.example/a1"),
]
open(os.path.join(out, "gdelt2.export.CSV"), "w").write("\n".join(rows) + "\n")
rows1 = [
 gdelt(57, 2001, "20120301", USA, IRN, "163", "4", "-8.0", "12", "", 1),
 gdelt(57, 2002, "20120302", IRN, USA, "111", "3", "-2.0", "3", "", 1),
 gdelt(58, 2003, "20130402", FRA, DEU, "057", "1", "8.0", "2", "https://news.example/b3", 1),
 gdelt(58, 2004, "2013-04-02", FRA, DEU, "057", "1", "8.0", "2", "https://news.example/b4", 1),
]
open(os.path.join(out, "gdelt1.tsv"), "w").write("\r\n".join(rows1) + "\r\n")

hdr = ["Event ID","Event Date","Source Name","Source Sectors","Source Country","Event Text","CAMEO Code","Intensity","Target Name","Target Sectors","Target Country","Story ID","Sentence Number","Publisher","City","District","Province","Country","Latitude","Longitude"]
def icews(*v): return "\t".join(v)
loc = ["Kyiv","","Kyiv","Ukraine","50.45","30.52"]
ic = [icews(*hdr),
 icews("926685","2014-03-01","Russia","","Russian Federation","Threaten with military force","138","-7","Ukraine","","Ukraine","28235806","1","Reuters",*loc),
 icews("926686","2014-03-01","Police (Ukraine)","Police","Ukraine","Arrest, detain, or charge with legal action","173","-5","Protester (Ukraine)","Protestors / Popular Opposition / Mobs","Ukraine","28235807","3","BBC",*loc),
 icews("926687","2014-03-02","Barack Obama","Executive,Government","United States","Criticize or denounce","111","-2","Vladimir Putin","Executive,Government","Russian Federation","28235808","2","AP",*loc),
 icews("926688","2014-03-03","Men (India)","","India","Make an appeal or request","020","3","India","","India","28235809","1","PTI",*loc),
 icews("926689","2014-03-03","Military (Ukraine)","Military","Ukraine","Make statement","010","0","Citizen (Ukraine)","","Ukraine","28235810","4","AFP",*loc),
 icews("926690","2014-03-32","Russia","","Russian Federation","Make statement","010","0","Ukraine","","Ukraine","28235811","1","AFP",*loc),
 icews("926691","2014-03-04","Russia","","Russian Federation","Something else","777","0","Ukraine","","Ukraine","28235812","1","AFP",*loc),
 icews("926692","2014-03-04","Russia","","Russian Federation","Make statement","010","0","Ukraine","","Ukraine"),
 icews("926693","2014-03-04","","","","Make statement","010","0","Ukraine","","Ukraine","28235813","1","AFP",*loc),
 icews("926694","2014-03-05","United Nations","International Government Organization","","Provide humanitarian aid","073","7.4","Ukraine","","Ukraine","28235814","2","AFP",*loc),
]
open(os.path.join(out, "icews.events.2014.tab"), "w").write("\n".join(ic) + "\n")
hdr2 = [h for h in hdr if h != "CAMEO Code"]
ic2 = ["\t".join(hdr2),
 icews("1001","1995/01/03","Iraq","","Iraq","Threaten","-4","Iran","","Iran","101","1","AFP","","","","Iraq","33.3","44.4"),
 icews("1002","19950104","Government (Iran)","Government","Iran","Make a visit","1.9","Government (Iraq)","Government","Iraq","102","2","AFP","","","","Iraq","33.3","44.4"),
 icews("1003","1/5/1995 00:00:00","Iraq","","Iraq","Host a visit","2.8","Iran","","Iran","103","1","AFP","","","","Iraq","33.3","44.4"),
 icews("1004","05.01.1995","Iraq","","Iraq","Host a visit","2.8","Iran","","Iran","104","1","AFP","","","","Iraq","33.3","44.4"),
 icews("1005","1995-01-06","Iraq","","Iraq","Dance a jig","1","Iran","","Iran","105","1","AFP","","","","Iraq","33.3","44.4"),
]
open(os.path.join(out, "icews.events.1995.nocameo.tab"), "w").write("\n".join(ic2) + "\n")

import json
pl = [
 {"id": "p1", "date": "2023-05-01", "event": "ASSAULT", "mode": "air-strike", "context": ["military"], "actor": "RUS", "actor_country": "RUS", "recipient": "Ukraine", "recipient_country": "UKR", "url": "https://news.example/p1"},
 {"id": "p2", "date": "2023-05-02", "event": "CONSULT", "mode": "visit", "actor": {"name": "Antony Blinken", "country": "USA"}, "recipient": {"name": "Saudi Arabia", "country": "SAU"}, "url": "https://news.example/p2"},
 {"id": "p3", "date": "2023-05-03", "event": "DEMAND", "actor": "Military", "actor_country": "ISR", "recipient": "Hamas", "url": "https://news.example/p3"},
 {"id": "p4", "date": "2023-05-04", "event": "DANCE", "actor": "France", "actor_country": "FRA", "recipient": "Germany", "recipient_country": "DEU"},
 {"id": "p5", "date": "May 5", "event": "AGREE", "actor": "France", "actor_country": "FRA", "recipient": "Germany", "recipient_country": "DEU"},
 {"id": "p6", "date": "2023-05-06", "event": "AID", "actor": "Japan", "actor_country": "JPN", "recipient_country": "TUR", "intensity": 7},
]
lines = [json.dumps(r) for r in pl] + ["[1, 2, 3]", "{not json"]
open(os.path.join(out, "plover.jsonl"), "w").write("\n".join(lines) + "\n")
ph = ["Event ID","Event Date","Event Type","Event Mode","Event Intensity","Quad Code","Contexts","Actor Name","Actor Country","Primary Actor Sector","Recipient Name","Recipient Country","Primary Recipient Sector","Story ID","Headline"]
po = ["\t".join(ph),
 "\t".join(["e1","2023-01-02","SANCTION","embargo","-5.6","4","economic","United States","USA","","Iran","IRN","","s1","US sanctions"]),
 "\t".join(["e2","2023-01-03","PROTEST","demo","-6.5","4","","","FRA","Civilian","Government","FRA","Government","s2","Paris marches"]),
 "\t".join(["e3","2023-01-04","COOPERATE","","6","2","economic","Olaf Scholz","DEU","Government","Emmanuel Macron","FRA","Government","s3","Talks"]),
 "\t".join(["e4","2023-01-05","THREATEN","","x","3","","","PRK","Military","","KOR","","s4","Threat"]),
 "\t".join(["e5","2023-01-05","THREATEN","","-6","3","","","PRK","Military","","KOR","s5","Too short"]),
]
open(os.path.join(out, "polecat.tsv"), "w").write("\n".join(po) + "\n")
