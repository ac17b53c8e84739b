"""Ukrainian, Persian and Arabic typed in Latin letters, matched against their own lexicons too.

Families without a Cyrillic or Persian keyboard write "syn ne povernuvsia dodomu" or "nemikham
dige zende basham" (Finglish). Rather than a third lexicon per language, every lexicon word is
reduced to a *skeleton* in Latin letters, and so is every Latin word of a message that reads as
romanized Ukrainian, Persian or Arabic (`language_of`):

- Ukrainian: the Cyrillic word is transliterated (ж zh, х kh, ч ch, ш sh, щ shch, я ia, ю iu…),
  and Latin spellings are brought together: y/j/i, g/h/kh/x, ts/c/ch, ye/ie/je, ya/ia/ja, so that
  "dyakuyu", "diakuiu" and "djakuju" meet дякую;
- Persian: only consonants are kept (the script writes few vowels, Finglish writes them at will):
  خ/kh/x, ش/sh, چ/ch, غ/ق/gh/q, ژ/zh/z, س/ص/ث/s, ز/ذ/ض/ظ/z, ت/ط/t; و and ی and vowels drop, a
  final ه too ("khaste" meets خسته, "nemikham" meets نمیخوام);
- Arabic (arabizi, which also has a lexicon of its own, `lexicons/ar_latn.py`): consonants too,
  the arabizi digits already read as letters by `normalize` (7 ح → h, 5 خ → kh, 3 ع and 2 ء/ق
  drop like vowels, 6 ط → t, 8 غ → gh); ق drops (Levantine "2albi" and "qalb" meet), ث/ت, ذ/ظ/ض/د,
  ج/g meet, and a word is also found without its article ("el beit", "elbeit" and البيت meet).

Skeletons are lossy, so they are only consulted in a message with at least `MIN_MARKERS` words
that are typical of the romanized language (`_MARKERS`) and no word in another script: "syn" is
Ukrainian for son but Danish for "his".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from bot.routing.normalize import fold, words

MIN_MARKERS = 2
MIN_SKELETON = 2  # a Persian word's consonants: "zd" is زد (hit), "mn" من / منو (I, me)
MIN_STEM_SKELETON = 3  # a shorter Persian stem would begin too many words

_CYRILLIC = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "h",
        "д": "d",
        "е": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "kh",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "shch",
        "ь": None,
        "ю": "iu",
        "я": "ia",
        "й": "i",
        "і": "i",
        "ї": "i",
        "є": "e",
        "ґ": "g",
    }
)
# Latin spellings of Ukrainian brought together, longest first
_UK_LATIN = (
    ("shch", "sc"),
    ("sch", "sc"),
    ("tch", "c"),
    ("zh", "z"),
    ("kh", "h"),
    ("ch", "c"),
    ("ts", "c"),
    ("sh", "s"),
    ("w", "v"),
    ("x", "h"),
    ("g", "h"),
    ("q", "k"),
    ("y", "i"),
    ("j", "i"),
)
_UK_VOWELS = (("ie", "e"), ("ia", "a"), ("iu", "u"), ("io", "o"))  # є я ю йо: after the ii → i
_PERSIAN = str.maketrans(
    {
        "ب": "b",
        "پ": "p",
        "ت": "t",
        "ث": "s",
        "ج": "j",
        "چ": "c",
        "ح": "h",
        "خ": "x",
        "د": "d",
        "ذ": "z",
        "ر": "r",
        "ز": "z",
        "ژ": "z",
        "س": "s",
        "ش": "w",
        "ص": "s",
        "ض": "z",
        "ط": "t",
        "ظ": "z",
        "ع": None,
        "غ": "q",
        "ف": "f",
        "ق": "q",
        "ك": "k",
        "گ": "g",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "و": None,
        "ه": "h",
        "ي": None,
        "ا": None,
        "ء": None,
        "ئ": None,
        "ؤ": None,
        "أ": None,
        "إ": None,
        "آ": None,
    }
)
# Finglish letters, in one pass (so that "sh" → w is not then dropped as a w)
_FA_LATIN = {
    "kh": "x",
    "sh": "w",
    "ch": "c",
    "gh": "q",
    "zh": "z",
    "ph": "f",
    "w": "",
    "v": "",
    "c": "k",
}
_FA_LATIN_RE = re.compile("|".join(_FA_LATIN))
_ARABIC = str.maketrans(
    {
        "ب": "b",
        "ت": "t",
        "ث": "t",
        "ج": "j",
        "ح": "h",
        "خ": "x",
        "د": "d",
        "ذ": "d",
        "ر": "r",
        "ز": "z",
        "س": "s",
        "ش": "w",
        "ص": "s",
        "ض": "d",
        "ط": "t",
        "ظ": "d",
        "ع": None,
        "غ": "q",
        "ف": "f",
        "ق": None,
        "ك": "k",
        "ل": "l",
        "م": "m",
        "ن": "n",
        "ه": "h",
        "و": None,
        "ي": None,
        "ا": None,
        "ء": None,
        "ئ": None,
        "ؤ": None,
        "أ": None,
        "إ": None,
        "آ": None,
        "گ": "j",
        "پ": "b",
        "چ": "w",
        "ڤ": "f",
    }
)
_AR_LATIN = {
    "kh": "x",
    "sh": "w",
    "ch": "w",
    "gh": "q",
    "th": "t",
    "dh": "d",
    "q": "",
    "g": "j",
    "w": "",
    "c": "k",
    "v": "f",
}
_AR_LATIN_RE = re.compile("|".join(_AR_LATIN))
_AR_ARTICLES = ("وبال", "وال", "بال", "فال", "كال", "لل", "ال")
_VOWELS = re.compile(r"[aeiouy]")
_DOUBLES = re.compile(r"(.)\1+")

# Words typical of romanized Ukrainian / Persian (compared by skeleton, so every spelling of them
# counts); none is a common word of another language the router reads ("ne" is Turkish, "man"
# Danish, "syn" Danish).
_MARKER_WORDS = {
    "uk": """
        mene meni tebe tobi tse shcho vona vony dity ditei dytyna dytynu dodomu vdoma vzhe duzhe
        treba mozhna nemaie ioho yii moia moie moiu znovu chy koly chomu khochu mozhu bulo buv bula
        sohodni vchora uchora zavtra shkola shkoly likar likaria likarni kvartyra kvartyry hroshi
        hroshei dopomoha dopomohy dopomozhit potribno potribna rokiv povernuvsia povernulas
        cholovik cholovika tato tata donka donku synok synu diakuiu pryvit dobryi dobroho budlaska
        laska tezh teper zaraz nikoho nichoho boiusia strashno robota roboty robotu pratsiuvaty
        zhyty vbyty hovoryty dlia vid pislia tiezhden tyzhden misiats vypyla vypyv vdaryv vdaryla
        pobyv bie znaiu znaty ne_znaiu skilky zustrich zustrichi kazhe skazav skazala
    """,
    "fa": """
        mikham nemikham mikhay mikhad chikar kojast kheili mishe nemishe lotfan mamnoon merci
        ghorbanet chetori khubi bacheha bachem pesaram dokhtaram shoharam khanumam khoone madaram
        pedaram dishab emrooz farda hanooz mitoonam nemitoonam daram nadaram kardam shodam shode
        mikone nemikone mizane zadam hamash aslan basham bashe hastam nistam hastim nistim chon vali
        inja oonja kasi hichkas komak komakam dardam khastam zende zendegi bemiram bemire mitarsam
        mitarse bayad nabayad midoonam nemidoonam begam begid mikonid konid konam dirooz diruz
        nayomade nayumade nemiad nemiyad miad khamooshe khamushe gooshish shohar mamanam babam
        bacham mikonam nemikonam mitarsim zadesh khodkoshi mordan dokhtar pesar khodam khodamo
        ghorse khoonamoon
    """,
}


def _fold_latin(text: str) -> str:
    return fold(text)


def uk_skeleton(word: str) -> str:
    """The Latin skeleton of a folded Ukrainian word, in Cyrillic or in Latin letters."""
    text = word.translate(_CYRILLIC)
    for old, new in _UK_LATIN:
        text = text.replace(old, new)
    text = _fold_latin(text)
    for old, new in _UK_VOWELS:
        text = text.replace(old, new)
    return _fold_latin(text)


def fa_skeleton(word: str) -> str:
    """The consonant skeleton of a folded Persian word, in Persian or in Latin letters."""
    if word and "\u0600" <= word[0] <= "\u06ff":
        if len(word) > 1 and word.endswith("ه"):
            word = word[:-1]  # a final ه is the vowel e ("خسته", "khaste")
        return _DOUBLES.sub(r"\1", word.translate(_PERSIAN))
    text = _FA_LATIN_RE.sub(lambda m: _FA_LATIN[m.group()], word)
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", text))


def ar_skeleton(word: str) -> str:
    """The consonant skeleton of a folded Arabic word, in Arabic script or in arabizi."""
    if word and "\u0600" <= word[0] <= "\u06ff":
        if len(word) > 1 and word.endswith("ه"):
            word = word[:-1]  # ة (folded to ه) and the pronoun "his": a vowel in arabizi
        return _DOUBLES.sub(r"\1", word.translate(_ARABIC))
    text = _AR_LATIN_RE.sub(lambda m: _AR_LATIN[m.group()], word)
    return _DOUBLES.sub(r"\1", _VOWELS.sub("", text))


def without_article(word: str) -> str | None:
    """An Arabic word without its article and the particles before it ("البيت" → "بيت")."""
    for article in _AR_ARTICLES:
        if word.startswith(article) and len(word) - len(article) >= 2:
            return word[len(article) :]
    return None


SKELETONS = {"uk": uk_skeleton, "fa": fa_skeleton, "ar": ar_skeleton}
SCRIPTS = {"uk": "cyrillic", "fa": "arabic", "ar": "arabic"}  # the script each is made from


# Everyday arabizi words whose consonants happen to be those of an Arabic domain word ("sakkar",
# closed, is not سكري, diabetes; "dayman", always, not إدمان, addiction; "mnee7", good, not منحة,
# a grant; "bet2ol", she says, not بطالة): never looked up by skeleton.
_AR_COMMON = frozenset(
    words("""
    sakkar sakar msakkar msakkara sakkaret sakkarit dayman dayman daymn mnee7 mni7 mne7 mnih mni7a
    mnee7a mneeh bet2ol bt2ol bit2ol bet2oul b2ol 2al 2alet 2alo 2alli 2alatli galo gal galet
    bedi badi bade 3am kif kifak kifik kifkon shu sho lesh leish wen wein hal hala2 halla2 ba3d
    ma3 ma3o ma3a 3and 3nd 3ando 3anda fi fih fiha kteer ktir mish msh mesh
""")
)


def scheme(language: str, kind: str) -> str:
    """The romanized scheme a lexicon rule is also found by ("" for none). Arabic skeletons are
    for domain words only: the danger concepts (many of two consonants) would collide too often,
    and arabizi has its own danger lexicon (`lexicons/ar_latn.py`)."""
    if language not in SKELETONS or (language == "ar" and kind != "domain"):
        return ""
    return language


def skeleton(language: str, word: str, stem: bool = False) -> str | None:
    """The skeleton of `word` (a stem when `stem`) in a romanized `language`, or None when it is
    too short to use."""
    result = SKELETONS[language](word)
    shortest = (
        MIN_STEM_SKELETON if (stem and language != "uk") or language == "ar" else MIN_SKELETON
    )
    if len(result) < shortest or not result.isalpha():
        return None
    return result


# Arabizi is told by its words themselves, folded: its skeletons are too short to tell it apart.
_ARABIZI_MARKERS = frozenset(
    words("""
    ana enta inta enti inti bdi bde badde baddi biddi bidi ktir kteer ktiir mish msh shu sho lesh
    leish wen wein ibni ebni binti bnti jozi jawzi zawji mumkin momken mumken hala2 halla2 bukra
    bokra wallah wallahi yalla inshallah insha2allah habibi 7abibi shukran kaman kamen hayda hayde
    heik hek lazem lazim 3ashan ya3ni eza iza 3ndi 3andi ma3i ma3o ba3ref ba3rif b2dar ba2der
    m3allme m3allem madrase mosa3de sa3edni tsa3edni 7ada bel beit el bl mn 3am 3nd wlad bet
    hada hayda lal bdna mbere7 mbare7 yom fi ino shaher snin 3mro 3omro shoghol shoghl tani
    mustashfa mosta4fa 3lay 3alay sar ra7 rah jdeed jdid leil lel wara2 hiye howe huwe nafsi masari
    mesari kel kl kol shi hon honik hunak tislam yislamo yeslamo tislami mashi el7amdulillah
    alhamdulillah hamdella 7abibti habibti ya3teek ya3tik fina bdna bado bada bdo bdha
""")
)
# only skeletons of three letters or more: shorter ones are words of every language
_MARKERS = {
    language: frozenset(
        k for w in words(found.replace("_", " ")) if len(k := SKELETONS[language](w)) >= 3
    )
    for language, found in _MARKER_WORDS.items()
}
_MARKERS["ar"] = _ARABIZI_MARKERS


def _itself(token: str) -> str:
    return token


_MARKER_KEYS: dict[str, Callable[[str], str]] = {
    "uk": uk_skeleton,
    "fa": fa_skeleton,
    "ar": _itself,
}


_MARKER_MEMO: dict[str, tuple[str | None, ...]] = {}
_MEMO_LIMIT = 100_000


def _markers(token: str) -> tuple[str | None, ...]:
    """For each romanized language, the skeleton of `token` when it is a marker of it."""
    found = _MARKER_MEMO.get(token)
    if found is None:
        found = tuple(
            k if (k := _MARKER_KEYS[language](token)) in markers else None
            for language, markers in _MARKERS.items()
        )
        if len(_MARKER_MEMO) >= _MEMO_LIMIT:
            _MARKER_MEMO.clear()
        _MARKER_MEMO[token] = found
    return found


def language_of(tokens: Sequence[str]) -> str | None:
    """The romanized language a message is written in ("uk", "fa"), if any: only Latin words, and
    at least `MIN_MARKERS` typical words of that language."""
    if not all(t.isascii() for t in tokens):
        return None
    found: list[set[str]] = [set() for _ in _MARKERS]
    for token in tokens:
        for i, key in enumerate(_markers(token)):
            if key is not None:
                found[i].add(key)
    best, count = None, MIN_MARKERS - 1
    for language, keys in zip(_MARKERS, found, strict=True):
        if len(keys) > count:
            best, count = language, len(keys)
    return best


def common(language: str, token: str) -> bool:
    """Whether `token` is an everyday word of romanized `language` never looked up by skeleton."""
    return language == "ar" and token in _AR_COMMON
