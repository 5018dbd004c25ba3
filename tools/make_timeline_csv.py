#!/usr/bin/env python3
"""Writes assets/timeline.csv (TimelineJS column layout plus Id and Source) from the
texts below. Kept as a script only so the first version could be written in one place;
curators edit the CSV directly (or in a spreadsheet) from now on."""
import csv, sys

HEAD = ["Year","Month","Day","Time","End Year","End Month","End Day","End Time","Display Date",
        "Headline","Text","Media","Media Credit","Media Caption","Media Thumbnail","Type","Group",
        "Background","Id","Source","Headline (ru)","Text (ru)"]

def d(s):
    p = s.split("-") if s else []
    return (p + ["", "", ""])[:3]

rows = []
ERA_RU = {"era-empire": "Российская империя", "era-revolution": "Революция и интервенция",
          "era-nonrecognition": "Непризнание", "era-alliance": "Признание и военный союз",
          "era-coldwar": "Холодная война", "era-detente": "Разрядка",
          "era-confrontation": "Новое противостояние", "era-end": "Конец Советского Союза"}
RU = {}
def ru(id_, headline, text):
    RU[id_] = (headline, text)

def ev(id_, start, end, display, headline, text, group, source, media="", credit="", caption="", bg=""):
    y, m, dd = d(start); ey, em, ed = d(end)
    rows.append([y, m.lstrip("0"), dd.lstrip("0"), "", ey, em.lstrip("0"), ed.lstrip("0"), "", display, headline, text,
                 media, credit, caption, "", "", group, bg, id_, source])

def era(id_, start, end, headline, bg):
    y, m, dd = d(start); ey, em, ed = d(end)
    rows.append([y, m.lstrip("0"), dd.lstrip("0"), "", ey, em.lstrip("0"), ed.lstrip("0"), "", "", headline, "",
                 "", "", "", "", "era", "", bg, id_, "", ERA_RU.get(id_, ""), ""])



era("era-empire", "1809-07-14", "1917-03-15", "The Russian Empire", "#e6dcc6")
era("era-revolution", "1917-03-15", "1920-04-01", "Revolution and intervention", "#e9cfc4")
era("era-nonrecognition", "1920-04-01", "1933-11-16", "Non-recognition", "#dcd6c8")
era("era-alliance", "1933-11-16", "1945-09-02", "Recognition and wartime alliance", "#d3dcc9")
era("era-coldwar", "1945-09-02", "1969-01-20", "Cold War", "#d2d8de")
era("era-detente", "1969-01-20", "1979-12-24", "Détente", "#dfe0cc")
era("era-confrontation", "1979-12-24", "1985-03-11", "Renewed confrontation", "#e2d0cb")
era("era-end", "1985-03-11", "1991-12-31", "The end of the Soviet Union", "#d9d3e0")

ev("relations-1809", "1809-07-14", "", "July 14, 1809", "Washington and St. Petersburg exchange envoys",
   "The United States and the Russian Empire open formal diplomatic relations. John Quincy Adams becomes the first American minister at St. Petersburg, where the legation opens in November.",
   "diplomacy", "HistoryAtState/rdcr:articles/russia.xml (history.state.gov/countries/russia)")
ev("alaska-1867", "1867-03-30", "1867-10-18", "March 30 – October 18, 1867", "Russia sells Alaska to the United States",
   "Secretary of State William Seward and the Russian minister Edouard de Stoeckl sign the purchase treaty. The flag changes over Alaska in October.",
   "treaty", "HistoryAtState/milestones:chapters/1866-1898.xml#alaska-purchase")
ev("february-revolution-1917", "1917-03-08", "1917-03-15", "March 8–15, 1917", "The February Revolution ends the monarchy",
   "Strikes and mutinies in Petrograd topple the government. Nicholas II abdicates on March 15. Russians call it the February Revolution, after the old-style calendar.",
   "crisis", "omniatlas.com northern-eurasia 19170308; history.com 'Czar Nicholas II abdicates' (March 15)")
ev("recognition-provisional-1917", "1917-03-22", "", "March 22, 1917", "America recognizes Russia’s Provisional Government",
   "Ambassador David Francis calls on Foreign Minister Milyukov. The United States is the first country to recognize the new government.",
   "diplomacy", "history.state.gov/historicaldocuments/frus1918Russiav01/d13 and d14")
ev("october-revolution-1917", "1917-11-07", "", "November 7, 1917", "The Bolsheviks seize power",
   "The Bolshevik Party overthrows the Provisional Government in Petrograd. In the old-style calendar the date was October 25, hence the October Revolution.",
   "crisis", "HistoryAtState/rdcr:articles/russia.xml")
ev("wilson-no-contact-1917", "1917-12-06", "", "December 6, 1917", "Wilson forbids official contact with the Bolsheviks",
   "American diplomats in Russia are told not to deal officially with the new regime. Sources word the order differently, but the policy of distance is clear.",
   "diplomacy", "HistoryAtState/rdcr:articles/russia.xml; HistoryAtState/milestones:chapters/1921-1936.xml#ussr")
ev("siberia-1918", "1918-08", "1920-04-01", "August 1918 – April 1920", "American troops in Siberia",
   "General William Graves leads the 27th and 31st Infantry into Vladivostok. The last of the force leaves in April 1920. The exact landing day in August is uncertain.",
   "conflict", "americanheritage.com 'Yanks in Siberia' (mid-Aug 1918 landing; final echelon 1 Apr 1920)")
ev("north-russia-1918", "1918-09", "1919-07", "September 1918 – July 1919", "American soldiers fight in North Russia",
   "The 339th Infantry serves around Archangel and Murmansk through a hard winter. Only the months of arrival and departure are certain.",
   "conflict", "armyhistory.org 'The American Intervention in North Russia, 1918-1919'")
ev("francis-leaves-1918", "1918-11-07", "", "November 7, 1918", "The last American ambassador leaves",
   "Ambassador David Francis departs from Archangel. No American ambassador will serve in Russia again until 1933.",
   "diplomacy", "HistoryAtState/pocom:missions-countries/russia.xml (ru-1916-fran-01 note)")
ev("bullitt-mission-1919", "1919-03-06", "1919-03-25", "March 6–25, 1919", "Bullitt’s secret mission to Lenin",
   "William Bullitt travels from Paris to Petrograd and Moscow with Lincoln Steffens. He brings back Soviet peace terms, which the peace conference sets aside.",
   "diplomacy", "HistoryAtState/milestones:chapters/1914-1920.xml#bullitt-mission")
ev("trade-opened-1920", "1920-07-07", "", "July 7, 1920", "Most limits on trade with Soviet Russia are lifted",
   "The State Department ends most restrictions on commerce with Soviet Russia. Traders act at their own risk, without official protection. The announcement is published on July 8.",
   "trade", "history.state.gov/historicaldocuments/frus1920v03/d884")
ev("colby-note-1920", "1920-08-10", "", "August 10, 1920", "The Colby note refuses recognition",
   "Secretary of State Bainbridge Colby writes to the Italian ambassador. He explains why Washington will not recognize the Soviet government.",
   "diplomacy", "history.state.gov/historicaldocuments/frus1920v03/d526")
ev("telegram-1921", "1921-03-20", "", "March 20, 1921", "Soviet Russia proposes trade to Congress and President Harding",
   "Kalinin signs a message offering to open trade and send a delegation. Litvinov, in Reval, telegraphs it to Congress and the new President. The State Department had it by March 22.",
   "trade", "history.state.gov/historicaldocuments/frus1921v02/d723 (file 661.1115/279, pp. 763-764)",
   media="assets/images/telegram-1921.png", credit="Typeset by this exhibit from FRUS 1921, vol. II, doc. 723",
   caption="The telegram as the exhibit sets it.", bg="#8c2f1f")
ev("hughes-reply-1921", "1921-03-25", "", "March 25, 1921", "Hughes turns the offer down",
   "Secretary of State Charles Evans Hughes answers publicly five days later. Trade needs a productive basis in Russia first, he says. Herbert Hoover shares his view.",
   "trade", "Gompers, Out of Their Own Mouths (1921), pp. 30-31 and 247; The Times 1921-03-26 'American rebuff to Lenin'",
   bg="#8c2f1f")
ev("ara-1921", "1921-08-20", "1923-07", "August 1921 – July 1923", "American relief fights the Volga famine",
   "The Riga Agreement lets Herbert Hoover’s American Relief Administration feed the starving. Congress adds funds in December 1921. The work ends in July 1923.",
   "crisis", "history.state.gov/historicaldocuments/frus1921v02/d786; H.H. Fisher, The Famine in Soviet Russia 1919-1923 (1927)")
ev("chicherin-1923", "1923-12-16", "1923-12-18", "December 16–18, 1923", "Hughes rebuffs Chicherin’s offer to talk",
   "Foreign Commissar Chicherin answers President Coolidge’s message with an offer to negotiate. Hughes replies within two days that there is nothing to discuss yet.",
   "diplomacy", "history.state.gov/historicaldocuments/frus1923v02/d635 and d636")
ev("recognition-1933", "1933-11-16", "", "November 16, 1933", "The United States recognizes the Soviet Union",
   "President Franklin Roosevelt and Foreign Commissar Litvinov exchange letters in Washington. Sixteen years of non-recognition come to an end.",
   "diplomacy", "HistoryAtState/rdcr:articles/russia.xml; HistoryAtState/milestones:chapters/1921-1936.xml#ussr")
ev("bullitt-ambassador-1933", "1933-12-13", "", "December 13, 1933", "The first ambassador to the Soviet Union",
   "William Bullitt presents his credentials to Mikhail Kalinin in Moscow. Kalinin had signed the 1921 telegram twelve years before.",
   "diplomacy", "HistoryAtState/rdcr:articles/russia.xml; HistoryAtState/pocom:missions-countries/russia.xml (appointed 1933-11-21)")
ev("lend-lease-1941", "1941-11-07", "", "November 7, 1941", "Lend-Lease is extended to the Soviet Union",
   "Roosevelt declares the defense of the USSR vital to the United States. A week earlier he had approved a credit of one billion dollars.",
   "trade", "HistoryAtState/milestones:chapters/1937-1945.xml#us-soviet; ww2days.com")
ev("tehran-1943", "1943-11-28", "1943-12-01", "November 28 – December 1, 1943", "The Big Three meet at Tehran",
   "Roosevelt, Churchill and Stalin meet together for the first time. They agree on an Allied landing in France for 1944.",
   "diplomacy", "HistoryAtState/milestones:chapters/1937-1945.xml#tehran-conf")
ev("yalta-1945", "1945-02-04", "1945-02-11", "February 4–11, 1945", "The Yalta Conference",
   "In Crimea the three leaders plan the defeat of Germany and the shape of postwar Europe. Stalin promises to enter the war against Japan.",
   "diplomacy", "HistoryAtState/milestones:chapters/1937-1945.xml#yalta-conf")
ev("potsdam-1945", "1945-07-17", "1945-08-02", "July 17 – August 2, 1945", "The Potsdam Conference",
   "Truman, Stalin and Churchill, then Attlee, decide how to occupy Germany. The wartime alliance is already showing strain.",
   "diplomacy", "HistoryAtState/milestones:chapters/1937-1945.xml#potsdam-conf")
ev("long-telegram-1946", "1946-02-22", "", "February 22, 1946", "Kennan’s Long Telegram",
   "From the Moscow embassy, George Kennan explains Soviet conduct in a famous telegram. His analysis shapes the policy later called containment.",
   "diplomacy", "The Long Telegram (tel. 511, Feb 22, 9 p.m.)")
ev("truman-doctrine-1947", "1947-03-12", "", "March 12, 1947", "The Truman Doctrine",
   "Truman asks Congress for aid to Greece and Turkey. America will support free peoples resisting outside pressure, he declares.",
   "diplomacy", "HistoryAtState/milestones:chapters/1945-1952.xml#truman-doctrine")
ev("berlin-airlift-1948", "1948-06-24", "1949-05-12", "June 1948 – May 1949", "The Berlin blockade and airlift",
   "Soviet forces cut the land routes into West Berlin. Western aircraft supply the city for nearly a year. Sources give May 11 or 12 for the end.",
   "crisis", "HistoryAtState/milestones:chapters/1945-1952.xml#berlin-airlift")
ev("soviet-bomb-1949", "1949-08-29", "", "August 29, 1949", "The first Soviet atomic bomb",
   "Igor Kurchatov’s team tests a bomb at Semipalatinsk. The American monopoly on atomic weapons is over.",
   "conflict", "HistoryAtState/milestones:chapters/1945-1952.xml#atomic (year only); RDS-1 records")
ev("sputnik-1957", "1957-10-04", "", "October 4, 1957", "Sputnik circles the Earth",
   "The Soviet Union launches the first artificial satellite. Americans fear they have fallen behind in science, and the space race begins.",
   "science", "HistoryAtState/milestones:chapters/1953-1960.xml#sputnik")
ev("khrushchev-visit-1959", "1959-09-15", "1959-09-27", "September 15–27, 1959", "Khrushchev tours the United States",
   "The Soviet leader visits Washington, New York, Los Angeles, San Francisco and an Iowa farm. He ends with talks at Camp David.",
   "diplomacy", "HistoryAtState/visits:data/1950.xml (visit id 2385)")
ev("u2-1960", "1960-05-01", "", "May 1, 1960", "An American spy plane is shot down",
   "A Soviet missile brings down Francis Gary Powers’s U-2 near Sverdlovsk. The incident wrecks a summit planned for Paris.",
   "crisis", "HistoryAtState/milestones:chapters/1953-1960.xml#u2-incident")
ev("vienna-1961", "1961-06-03", "1961-06-04", "June 3–4, 1961", "Kennedy and Khrushchev meet in Vienna",
   "The two leaders clash over Berlin in their only summit. Kennedy leaves worried about the risk of war.",
   "diplomacy", "HistoryAtState/travels:president-travels/kennedy-john-f.xml (trip 2778)")
ev("cuban-missile-crisis-1962", "1962-10-14", "1962-10-28", "October 14–28, 1962", "The Cuban Missile Crisis",
   "Spy photos reveal Soviet missiles in Cuba. After thirteen days Khrushchev agrees to withdraw them. Historians start the crisis on different days.",
   "crisis", "HistoryAtState/milestones:chapters/1961-1968.xml#cuban-missile-crisis")
ev("hotline-1963", "1963-06-20", "", "June 20, 1963", "A hotline between Washington and Moscow",
   "Negotiators in Geneva agree on a direct communications link. Leaders can now reach each other quickly in a crisis.",
   "treaty", "history.state.gov/historicaldocuments/frus1961-63v05/d333")
ev("test-ban-1963", "1963-08-05", "", "August 5, 1963", "The Limited Test Ban Treaty",
   "Britain, the United States and the Soviet Union sign in Moscow. Nuclear tests in the air, in space and under water are banned.",
   "treaty", "HistoryAtState/milestones:chapters/1961-1968.xml#limited-ban")
ev("glassboro-1967", "1967-06-23", "1967-06-25", "June 23–25, 1967", "The Glassboro summit",
   "President Johnson and Premier Kosygin meet at a small college in New Jersey. They talk about the Middle East and arms control.",
   "diplomacy", "HistoryAtState/visits:data/1960.xml (visit id 28)")
ev("salt-1972", "1972-05-26", "", "May 26, 1972", "SALT I and the ABM Treaty",
   "Nixon and Brezhnev sign the first limits on strategic arms in Moscow. Détente reaches its high point.",
   "treaty", "HistoryAtState/milestones:chapters/1969-1976.xml#salt")
ev("apollo-soyuz-1975", "1975-07-15", "", "July 15, 1975", "Apollo and Soyuz meet in orbit",
   "American and Soviet crews launch on July 15 and dock two days later. Astronauts and cosmonauts shake hands in space.",
   "science", "Smithsonian National Air and Space Museum (launch Jul 15, docking Jul 17)")
ev("helsinki-1975", "1975-08-01", "", "August 1, 1975", "The Helsinki Final Act",
   "Thirty-five states, the United States and the Soviet Union among them, sign in Helsinki. They promise to respect borders and human rights.",
   "treaty", "HistoryAtState/milestones:chapters/1969-1976.xml#helsinki")
ev("afghanistan-1979", "1979-12-24", "", "December 24, 1979", "The Soviet invasion of Afghanistan",
   "Soviet troops enter Afghanistan and install Babrak Karmal. Sources give December 24 or 25 for the start. Détente is over.",
   "conflict", "HistoryAtState/milestones:chapters/1977-1980.xml#soviet-invasion-afghanistan")
ev("grain-embargo-1980", "1980-01-04", "1981-04-24", "January 1980 – April 1981", "The grain embargo",
   "President Carter halts most grain sales to the Soviet Union in protest. President Reagan lifts the embargo fifteen months later.",
   "trade", "Federal Reserve Bank of St. Louis Review Aug/Sep 1980; history.state.gov/historicaldocuments/frus1977-80v01/d136")
ev("olympic-boycott-1980", "1980-03-21", "1980-04-12", "March 21 – April 12, 1980", "America boycotts the Moscow Olympics",
   "Carter announces that American athletes will not go to Moscow. The US Olympic Committee votes to stay away on April 12.",
   "diplomacy", "AP archive (USOC vote Apr 12, 1980)")
ev("reykjavik-1986", "1986-10-11", "1986-10-12", "October 11–12, 1986", "The Reykjavik summit",
   "Reagan and Gorbachev come close to abolishing nuclear missiles but part without a deal. Some records date the meeting October 10–11.",
   "diplomacy", "HistoryAtState/milestones:chapters/1981-1988.xml#u.s.-soviet-relations")
ev("inf-1987", "1987-12-08", "", "December 8, 1987", "The INF Treaty",
   "At the White House, Reagan and Gorbachev sign a treaty eliminating a whole class of nuclear missiles. Each side will inspect the other’s destruction of its weapons.",
   "treaty", "HistoryAtState/visits:data/1980.xml (visit id 671)")
ev("malta-1989", "1989-12-02", "1989-12-03", "December 2–3, 1989", "The Malta summit",
   "Bush and Gorbachev meet aboard ships off Malta, weeks after the Berlin Wall falls. Many mark it as the end of the Cold War.",
   "diplomacy", "HistoryAtState/travels:president-travels/bush-george-h-w.xml (trip 2335)")
ev("start-1991", "1991-07-31", "", "July 31, 1991", "START I is signed in Moscow",
   "Bush and Gorbachev agree to cut their strategic nuclear arsenals. It is the first treaty to reduce such weapons rather than cap them.",
   "treaty", "HistoryAtState/travels:president-travels/bush-george-h-w.xml (trip 2363)")
ev("ussr-ends-1991", "1991-12-25", "1991-12-26", "December 25–26, 1991", "Gorbachev resigns; the Soviet Union ends",
   "Gorbachev resigns on December 25, and the Soviet Union is dissolved. Sources date its end to December 25 or 26. The Belovezha Accords had declared it finished on December 8.",
   "crisis", "HistoryAtState/rdcr:articles/russia.xml; HistoryAtState/milestones:chapters/1989-1992.xml#collapse-soviet-union")
ev("russia-recognized-1991", "1991-12-25", "1991-12-31", "December 25–31, 1991", "America recognizes the Russian Federation",
   "The United States recognizes Russia under President Boris Yeltsin. Relations between Washington and Moscow begin a new chapter.",
   "diplomacy", "HistoryAtState/rdcr:articles/russia.xml")

exec(open(__file__.replace("make_timeline_csv.py", "timeline_ru.py"), encoding="utf-8").read())
for r in rows:
    if r[15] != "era":
        h, t = RU.get(r[18], ("", ""))
        r += [h, t]
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(HEAD)
for r in rows: w.writerow(r)
