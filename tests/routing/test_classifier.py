"""What the router makes of family messages: domain, request or not, urgent or not; corrections."""

from __future__ import annotations

import time

import pytest

from bot.routing.classifier import Classification, Classifier, Example, default_classifier


def classify(text: str) -> Classification:
    return default_classifier.classify(text)


@pytest.mark.parametrize(
    "text",
    [
        "tak",
        "ok 👍",
        "see you tomorrow",
        "god weekend",
        "tak for hjælpen med papirerne i går",
        "doctor said the fever is gone, thanks",
        "mahadsanid walaal",
        "teşekkürler, görüşürüz",
        "дякую!",
        "ممنون",
        "شكرا كتير",
        "shukran ktir",
        "👍🙏",
        "",
        "haha ja",
    ],
)
def test_thanks_greetings_and_acknowledgements_are_not_requests(text: str) -> None:
    got = classify(text)
    assert (got.is_request, got.domains, got.urgent) == (False, (), False)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("Jobcentret har indkaldt mig til samtale om aktivering, kan du hjælpe?", "employment"),
        ("Min søn vil gerne søge ind på en erhvervsuddannelse", "education"),
        ("Skolen siger min datter har meget fravær", "school"),
        ("Jeg har brug for en tid hos lægen", "health"),
        ("Der er skimmel i soveværelset og udlejer gør ikke noget", "housing"),
        ("Jeg har fået en rykker og kan ikke betale min gæld", "economy"),
        ("Kan vi søge om merudgifter til vores søn med handicap?", "disability"),
        ("Min teenager vil ikke høre efter, har I et forældrekursus?", "family"),
        ("Kan vi flytte mødet til fredag?", "general"),
        ("I lost my job and need help with a new CV", "employment"),
        ("The landlord wants to evict us", "housing"),
        ("ابني عنده توحد ونحتاج كرسي متحرك", "disability"),
        ("Waxaan u baahanahay dhakhtar, ilmaha waa xanuunsan yahay", "health"),
        ("Kira borcum var, elektrik faturası da geldi", "economy"),
        ("Мій син не ходить до школи, вчителька написала", "school"),
        ("پسرم میخواد بره دانشگاه، ثبت نام چطوریه؟", "education"),
        ("ibni mareed w bdi maw3id 3nd el doktor", "health"),
    ],
)
def test_each_domain_in_each_language(text: str, domain: str) -> None:
    got = classify(text)
    assert got.is_request and got.domain == domain, got


def test_a_request_that_names_no_domain_is_general() -> None:
    assert classify("kan du ringe til mig i eftermiddag?").domains == ("general",)


def test_misspelt_words_are_still_recognised() -> None:
    assert classify("jeg vil gerne tale med en psykolg").domain == "health"
    assert classify("my landlrod wont fix the heating").domain == "housing"
    assert classify("min sagsbehandler siger jeg skal i aktiveirng").domain == "employment"


def test_missing_diacritics_change_nothing() -> None:
    assert classify("kan i hjaelpe med boligstoette").domain == "economy"
    assert classify("oglum okula gitmiyor, ogretmen aradi").domain == "school"
    assert classify("ابني مريض ولازم يروح للمستشفي").domain == "health"


def test_arabic_in_latin_letters_with_digits() -> None:
    assert classify("3ndi moshkla ma3 el fatoora, ma m3i masari").domain == "economy"
    got = classify("jozi darabni w ana 5ayfa arja3 3al bait")
    assert got.urgent and got.domain == "family"


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        ("waxaan helay warqad ka timid jobcenter-ka, ma i caawin kartaa", "employment"),
        ("وصلتني رسالة من الjobcenter وما فهمتها", "employment"),
        ("kommune boligstøtte yatırmadı bu ay", "economy"),
        ("мій sagsbehandler каже що треба на aktivering", "employment"),
        ("باید برای SU دخترم درخواست بدم", "education"),
        ("ana lazem aroo7 3al læge bukra", "health"),
    ],
)
def test_danish_institution_words_inside_other_languages(text: str, domain: str) -> None:
    assert classify(text).domain == domain


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("jeg tør ikke gå hjem, han slår mig", "violence"),
        ("my husband hit me again last night", "violence"),
        ("أنا خايفة أرجع على البيت", "violence"),
        ("ninkaygu wuu i garaacay", "violence"),
        ("kocam beni dövüyor, eve gitmeye korkuyorum", "violence"),
        ("чоловік мене вдарив, я боюся йти додому", "violence"),
        ("شوهرم منو کتک زد", "violence"),
        ("jeg vil ikke leve mere", "self_harm"),
        ("sometimes i think the kids are better off without me", "self_harm"),
        ("بدي موت، ما عاد فيني", "self_harm"),
        ("ma rabo inaan noolaado", "self_harm"),
        ("artık yaşamak istemiyorum", "self_harm"),
        ("я не хочу жити", "self_harm"),
        ("دیگه میخوام بمیرم", "self_harm"),
        ("min datter på 5 er alene hjemme", "child_at_risk"),
        ("my son didn't come home last night and I don't know where he is", "child_at_risk"),
        ("gabadhayda 6 jir ah keligeed guriga ayay joogtaa", "child_at_risk"),
        ("min søn har ondt i brystet og kan ikke få luft", "acute_illness"),
        ("my mum's face is drooping and her speech is slurred", "acute_illness"),
        ("ابني حرارته ٤٠ وما عم يصحى", "acute_illness"),
        ("bebeğim nefes alamıyor", "acute_illness"),
        ("дитина не прокидається", "acute_illness"),
        ("بچم بیهوش شده", "acute_illness"),
    ],
)
def test_danger_is_urgent_in_every_language(text: str, reason: str) -> None:
    got = classify(text)
    assert got.urgent and reason in got.urgent_reasons, got
    assert got.is_request
    assert got.domain == ("family" if reason in ("violence", "child_at_risk") else "health")


@pytest.mark.parametrize(
    "text",
    [
        "I'm dying to hear if I got the job 😂",
        "doctor said the fever is gone",
        "skolen slår mig ihjel med alle de skemaer haha, kan du hjælpe?",
        "the landlord is killing me with these rules lol",
        "we are afraid the rent will go up",
        "jeg dør af spænding, har de ringet?",
        "okul bu formlarla beni öldürecek 😂",
        "школа мене вбиває цими папірцями 😅",
        "boligforeningen truer med at smide os ud",
        "I need a police record for my new job",
    ],
)
def test_idioms_and_look_alikes_are_not_urgent(text: str) -> None:
    assert not classify(text).urgent


def test_plain_danger_stays_urgent_even_when_the_message_laughs() -> None:
    assert classify("han slår mig haha").urgent
    assert classify("he said he will kill me").urgent


def test_a_correction_routes_a_similar_later_message_and_not_an_unrelated_one() -> None:
    similar = "jobcentret siger jeg skal tage et kursus i dansk igen"
    unrelated = "jobcentret har aflyst mit møde på tirsdag"
    assert default_classifier.classify(similar).domain == "employment"
    team = Classifier([Example("Jobcentret vil have at jeg tager et kursus i dansk", "education")])
    assert team.classify(similar).domain == "education"
    assert team.classify(unrelated).domain == "employment"
    assert team.classify("min husleje er steget").domain == "housing"


def test_a_correction_makes_an_unknown_topic_routable() -> None:
    text = "kan i hjælpe os med fritidspas til svømning i år"
    assert default_classifier.classify(text).domain == "general"
    team = Classifier([Example("Kan I hjælpe med at søge fritidspas til svømning", "family")])
    assert team.classify(text).domain == "family"


def test_thanks_for_a_corrected_topic_is_still_not_a_request() -> None:
    team = Classifier([Example("Kan I hjælpe med at søge fritidspas til svømning", "family")])
    assert not team.classify("tusind tak for hjælpen med fritidspas til svømning").is_request


def test_the_latest_correction_wins_and_unknown_domains_are_ignored() -> None:
    team = Classifier(
        [
            Example("hjælp til fritidspas svømning", "family"),
            Example("hjælp til fritidspas svømning", "economy"),
            Example("hjælp til fritidspas svømning", "no-such-domain"),
        ]
    )
    assert team.classify("hjælp til fritidspas til svømning").domain == "economy"


def test_corrections_do_not_turn_off_urgency() -> None:
    team = Classifier([Example("han slår mig", "housing")])
    got = team.classify("han slår mig")
    assert got.urgent and got.domain == "family"


def test_classification_is_deterministic_and_fast() -> None:
    texts = [
        "hej jeg har faaet brev fra jobcenter om moede paa tirsdag, forstaar ikke",
        "ابني عمره ١٧ وبده يدرس ميكانيك ممكن مساعدة بالتسجيل",
        "kizimin tekerlekli sandalyesi kuculdu yenisini nasil alabiliriz",
    ] * 10
    assert [Classifier().classify(t) for t in texts] == [classify(t) for t in texts]
    best = []
    for text in texts:
        runs = []
        for _ in range(5):
            started = time.perf_counter()
            classify(text)
            runs.append(time.perf_counter() - started)
        best.append(min(runs))
    assert sum(best) / len(best) < 0.001  # well under a millisecond (the bench shows ~50 µs)


# Wordings written for these tests (not taken from the labelled set): danger said in words no
# lexicon phrase lists, which the concept combinations of bot/routing/urgent.py must still catch.
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("min mand har låst mig og børnene inde på værelset", "violence"),
        ("jozi 3am yhadedni bl sekkin", "violence"),
        ("أنا خائف أن أذهب إلى البيت", "violence"),  # the demo's youth, in standard Arabic
        ("می‌ترسم به خانه بروم", "violence"),
        ("شوهرم گلومو فشار داد", "violence"),
        ("kocam bogazimi sikti", "violence"),
        ("чоловік сказав що заріже мене", "violence"),
        ("ابني بيقول انه بدو ينتحر", "self_harm"),
        ("i have razor blades and i want to use them", "self_harm"),
        ("я не бачу сенсу жити далі", "self_harm"),
        ("neighbour's toddler is on the balcony by himself crying for hours", "child_at_risk"),
        ("jeg har ikke set min datter på 14 siden i går morges", "child_at_risk"),
        ("پسرم ۱۲ سالشه و دیشب خونه نیومد", "child_at_risk"),
        ("gabadhayda 14 jir ah xalay guriga ma soo hoyan", "child_at_risk"),
        ("børnene har ikke fået mad i to dage", "child_at_risk"),
        ("hjælp min søn på 4 har fået fat i mine sovepiller", "acute_illness"),
        ("بچه ام مایع ظرفشویی خورده", "acute_illness"),
        ("дитина обпеклась окропом", "acute_illness"),
        ("ibni 3am yertjef w 3yuno la fo2", "acute_illness"),
        ("min søn har spist nødder og hans hals hæver", "acute_illness"),
        ("امي وقعت عالارض وما عم تحكي", "acute_illness"),
        ("aabbahay laabta ayaa xanuunaya oo neefta ayuu ku dhib qabaa", "acute_illness"),
    ],
)
def test_danger_in_wordings_no_phrase_lists_is_urgent(text: str, reason: str) -> None:
    got = classify(text)
    assert got.urgent and reason in got.urgent_reasons, got


@pytest.mark.parametrize(
    "text",
    [
        "my husband used to hit me years ago but we are divorced now, i need help with custody",
        "جوزي القديم كان يضربني من زمان بس هلق نحنا مطلقين",
        "the landlord threatened to evict us",
        "صاحب البيت عم يهددنا بالطرد اذا ما دفعنا",
        "jeg er alene med børnene og har brug for hjælp til skolen",
        "بنتي بتروح عالمدرسة لحالها صارت كبيرة",
        "потрібен запис до кардіолога, болить серце іноді",
        "toplantiya kadar kutuphanede vakit olduruyoruz",
        "i lost my wallet and the police told me to order a new yellow card",
        "пропав паспорт, що робити?",
    ],
)
def test_danger_words_in_a_harmless_context_are_not_urgent(text: str) -> None:
    assert not classify(text).urgent


def test_a_negation_turns_a_danger_concept_around() -> None:
    assert not classify("min eks har aldrig truet os, men han råber").urgent
    assert classify("min eks har truet os").urgent


def test_news_with_a_thumbs_up_or_a_laugh_is_not_a_request() -> None:
    assert not classify("feberen er væk og Sami er tilbage i skolen i dag 👍").is_request
    assert not classify("we were just killing time at the mall before the meeting lol").is_request
    assert classify("haha jeg har mistet mit job, kan I hjælpe?").is_request


def test_thanks_for_the_help_and_how_are_you_are_not_requests() -> None:
    assert not classify("ممنون از کمکتون، خیلی لطف کردین").is_request
    assert not classify("سلام خوبین؟").is_request


# Found while checking that the router generalises (bench/README.md, "What this round changed"):
# everyday words of one language that are danger words of another, and new kinds of danger.
@pytest.mark.parametrize(
    "text",
    [
        "i want to do a language course",  # Danish "dø" (die) folds to "do"
        "her gun okula gidiyorum ama cocuklar yorgun",  # Turkish "every day", not "her gun"
        "is it true that my husband needs to sign too",  # Danish "true" (threaten)
        "the pills are ready at the pharmacy, can you pick them up",
        "i need a new pack of my pills from the doctor",
        "jeg er gift og har tre børn, hvad kan vi søge om",  # Danish "gift": married, not poison
        "vi tager børnene med til hjemlandet i sommerferien",  # a family's own trip
        "my daughter is getting married abroad next summer, can we get help with the trip",
        "skolen ringede, min søn slog en anden dreng i frikvarteret",  # a fight at school
        "my son burned his hand a little on the oven, it's fine, just a small blister",
        "jeg er så træt af jobcentret, de dræber mig med alle de møder",
        "my daughter is terrified of her exams",
        "можете передзвонити мені після обіду",  # not "передоз…" one letter away
        "tan iyo shalay wiilkaygu wuu xanuunsan yahay",  # Somali "since", not arabizi "stab"
    ],
)
def test_everyday_words_that_look_like_danger_in_another_language_are_not_urgent(
    text: str,
) -> None:
    assert not classify(text).urgent


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("i keep thinking about jumping from the balcony", "self_harm"),
        ("nobody would even notice if i was gone", "self_harm"),
        ("they want to send my daughter abroad to marry her cousin", "violence"),
        ("min eks har sagt han kommer og tager børnene med til udlandet", "violence"),
        ("vi kan høre et barn skrige hos naboen hver aften og der bliver råbt", "child_at_risk"),
        ("she burned her arm with hot water, the skin is coming off", "acute_illness"),
        ("the 2 kids next door have been left on their own since friday", "child_at_risk"),
        ("ilmahaygu wuxuu cabay saabuun dharka", "acute_illness"),
        ("kizim kasilmalar geciriyor ve cevap vermiyor", "acute_illness"),
    ],
)
def test_new_kinds_of_danger_are_urgent(text: str, reason: str) -> None:
    got = classify(text)
    assert got.urgent and reason in got.urgent_reasons, got


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        # indirect self-harm: no way out, a farewell with things not needed, no future + goodbye
        ("honestly there is no way out for me, they will cope fine without me", "self_harm"),
        ("jeg har skrevet et brev til min mor og min søster. tilgiv mig", "self_harm"),
        ("كتبت رسايل لاخواتي، ما عاد بدي شي", "self_harm"),
        ("waxaan u qoray warqad walaalahay, iga raali ahaada", "self_harm"),
        ("ablama mektup yazdim, artik ihtiyacim olmayacak hicbir seye", "self_harm"),
        ("я не бачу виходу з цього, втомилася жити", "self_harm"),
        ("هیچ راه نجاتی نمیبینم، وسایلمو دادم به خواهرم", "self_harm"),
        # stroke: speech lost together with suddenly or one side of the body
        ("my uncle suddenly cant speak properly, please help", "acute_illness"),
        ("svigermor taler pludselig helt uforståeligt", "acute_illness"),
        ("عمي فجأة ما بيقدر يحكي", "acute_illness"),
        ("annem aniden konusamiyor ve agzi kaydi", "acute_illness"),
        # a child shut out of the home, a stranger after a child
        ("our boy (7) is in the stairwell, his dad locked the door, nobody opens", "child_at_risk"),
        ("en fremmed mand følger efter min datter hjem fra skole", "child_at_risk"),
        # "if you tell anyone, I'll kill you"
        ("he told me if i tell anyone he will kill me", "violence"),
        ("haddaad qof u sheegto waan ku dilayaa ayuu yiri", "violence"),
    ],
)
def test_classes_of_danger_seen_in_the_second_held_out_set_are_urgent(
    text: str, reason: str
) -> None:
    got = classify(text)
    assert got.urgent and reason in got.urgent_reasons, (text, got)


@pytest.mark.parametrize(
    "text",
    [
        "sorry i cant talk right now, at the jobcentre, will text later",
        "min far kan ikke tale dansk, kan I ringe til ham på arabisk?",
        "babam danca konusamiyor, tercuman lazim",
        "these bills are going to kill me 😩 can we split the payment",
        "the film last night killed me 😂",
        "my boss will kill me if i am late again, can we move the meeting",
        "the kids slept outside all night at the scout camp and loved it",
        "my 15 year old stays out all night with his friends and doesnt listen",
        "can i collect my mums pills at the pharmacy",
        "a stranger took my bike from the stairwell, should i report it",
        "i am afraid my son smokes hash, how do i talk to him",
        "oglum meslek okulunu birakti, simdi bütün gün evde",
        "kizimin asi randevusu kacti, yeni randevu nasil alinir",
    ],
)
def test_look_alikes_of_the_new_classes_are_not_urgent(text: str) -> None:
    got = classify(text)
    assert not got.urgent, (text, got)
