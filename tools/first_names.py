"""Make klantreis/resources/first_names.txt, the first names the privacy check points out as a
"possible name" (in Latin script) or takes as a name after a word such as "my brother" (in
Arabic script).

Sources, both free to bundle:
- the person providers of Faker (MIT licence, Copyright (c) 2012 Daniele Faraglia), locales
  nl_NL, nl_BE, en_PK, en_KE, tr_TR, ar_AA and fa_IR: Dutch and Flemish names, Muslim names as
  written in Latin script, East-African, Turkish, Arabic and Persian names;
- the list below, written for Klantreis (public domain, CC0): names common among statushouders
  from Eritrea, Ethiopia, Somalia, Afghanistan, Syria, Iraq and Yemen as Dutch forms write them.

Run it when those change (``pip install faker`` first; nothing at run time needs Faker):

    .venv/bin/python tools/first_names.py
"""

from __future__ import annotations

import importlib
from pathlib import Path

LOCALES = ("nl_NL", "nl_BE", "en_PK", "en_KE", "tr_TR", "ar_AA", "fa_IR")
OURS = """
Abel Abraham Abrehet Adhanom Afewerki Alem Alganesh Amanuel Aman Amleset Aregay Asmerom Aster
Awet Ayana Azieb Berhane Berhe Biniam Bereket Daniel Dawit Eden Efrem Elsa Ermias Eyerusalem
Fana Feven Filmon Fiyori Freweini Ghebre Ghirmay Goitom Habte Hagos Haile Hanna Helen Hiwet
Isaias Kibrom Kidane Kiflom Letay Luwam Mebrahtu Medhanie Merhawi Meron Mulugeta Mussie
Nardos Natnael Nebiat Netsanet Rahwa Robel Ruta Saba Samson Selam Semhar Senait Simon Solomon
Teklay Tekle Tesfay Tesfaye Tesfalem Tirhas Tsega Tsegay Tsehaye Weini Winta Yemane Yirgalem
Yohannes Yonas Yordanos Zerai Zewdi
Abdi Abdiaziz Abdikarim Abdirahman Abdullahi Ayaan Ayan Deeqa Fadumo Farah Faduma Hamza Hawa
Hodan Hussein Ilhan Ismail Khadar Khadija Mahad Muna Mustafe Nimco Qamar Sagal Warsame Yusuf
Zamzam
Abdul Ahmad Ahmadullah Ali Aziz Bahar Farid Farida Fereshta Hamid Hamida Homa Jamila Karim
Khalid Mahbooba Mariam Masood Mohammad Mursal Nasrin Nazanin Parwana Qasim Rahim Rahima
Sakina Shabnam Shafiq Sohrab Wahid Zabihullah Zahra Zarghuna
Abdelkader Abdallah Abdulrahman Adnan Ahmed Aisha Alaa Amal Amira Amjad Anas Asma Ayman Bashar
Bilal Dalia Eman Fadi Fatima Firas Ghazal Hadi Hala Hanan Hassan Hiba Hind Houda Ibrahim Iman
Jamal Khaled Khalil Layla Lina Mahmoud Maher Majd Maryam Mazen Mohamad Mohamed Mohammed Mona
Muhammad Mustafa Nabil Nada Nadia Noor Nour Omar Osama Rami Rana Rania Rasha Rima Salah Salam
Samer Samira Sara Tarek Wael Walid Yara Yasmin Yasser Youssef Zainab Zaid Ziad
"""
OURS_ARABIC = """
إبراهيم إسماعيل أيمن بلال جهاد حمزة سامر عادل عبدالرحمن عمار فراس مازن معاذ هاني ياسر يحيى
آمنة أسماء أمل آية إيمان بشرى جنى حلا خديجة دانة ديما رغد رنا رهف روان ريم سارة سلمى سلام
سناء شهد صفاء عائشة عبير علا غادة لانا لمى ليلى مها منى ميس نادية نسرين هالة هبة هند وفاء
يارا
"""
# names that are also ordinary Dutch words at the start of a sentence ("Ben je ...", "Wil jij",
# "Dag!", "Toon het", "Gift van de kerk"): never pointed out as a possible name
NOT_NAMES = """
ben wil dag mei hoop roos toon job gift zon ster lente fleur amber jade iris lotus maan sterre
storm bij beste elke man dan kader lieve max lot loot bergen constant beren divan linde gazel kick
leen merel server salami peren nazi ramadan patience innocent lucky fancy sep tan toy wadi mees
nova baba maxime mad mare lies
"""
# (the words of the Dutch word list, Debian's wdutch, that are also in the name lists were read
# through for these)
ARABIC = "\u0600-\u06ff"


def names_of(locale: str) -> set[str]:
    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    found: set[str] = set()
    for attribute in ("first_names", "first_names_male", "first_names_female"):
        value = getattr(provider, attribute, None)
        if value is not None:
            found.update(value.keys() if isinstance(value, dict) else value)
    return found


def main() -> None:
    latin: set[str] = set(OURS.split())
    arabic: set[str] = set(OURS_ARABIC.split())
    for locale in LOCALES:
        for name in names_of(locale):
            name = name.strip()
            if not name or " " in name:
                continue
            (arabic if any("\u0600" <= c <= "\u06ff" for c in name) else latin).add(name)
    skip = set(NOT_NAMES.split())
    latin = {n for n in latin if n.casefold() not in skip and len(n) > 2}
    target = Path(__file__).resolve().parent.parent / "klantreis" / "resources" / "first_names.txt"
    header = [
        "# First names for the privacy check (one per line; made by tools/first_names.py).",
        "# Sources: Faker person providers " + ", ".join(LOCALES) + " (MIT licence, Copyright (c)",
        "# 2012 Daniele Faraglia, see first_names.LICENSE), and names added for Klantreis (CC0).",
    ]
    lines = header + sorted(latin, key=str.casefold) + sorted(arabic)
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{target}: {len(latin)} in Latin script, {len(arabic)} in Arabic script")


if __name__ == "__main__":
    main()
