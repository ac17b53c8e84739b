"""Round 6: the classes of wording behind heldout_v4's failures, in wordings of our own.

"I can't anymore" (`done`) is urgent on its own, and not when its object is harmless (the forms,
homework, the weather, the bus, a toothache) unless another sign of despair comes with it; in
every language code. And the danger classes heldout_v4 showed: a phone watched or taken while
the sender cannot talk freely, a kill on a condition, a threatening man seen outside the home, a
child married off abroad, a small child crying while the parents are drunk, a gang with knives, a
pregnant woman in sudden pain, a relative saying goodbye who does not want to live.
"""

from __future__ import annotations

import pytest

from bot.routing.classifier import Classifier

CLASSIFIER = Classifier()

CANT_ANYMORE = [
    ("en", "I can't anymore", "i cant take it anymore with the homework"),
    ("da", "jeg kan ikke mere", "jeg kan ikke mere med de skemaer fra kommunen"),
    ("ar", "ما عاد فيني", "ما عاد فيني من هالجو"),
    ("ar-latn", "ma 3ad fiyi", "ma 3ad fiyi mn el wajibat"),
    ("so", "ma sii wadi karo", "ma sii wadi karo cimilada"),
    ("tr", "artik dayanamiyorum", "bu havaya artik dayanamiyorum"),
    ("uk", "я більше не можу", "я більше не можу з цими анкетами"),
    ("fa", "دیگه نمیکشم", "دیگه نمیکشم از این فرمها"),
]


@pytest.mark.parametrize(("lang", "alone", "harmless"), CANT_ANYMORE)
def test_i_cant_anymore_is_urgent_alone_and_not_about_something_harmless(
    lang: str, alone: str, harmless: str
) -> None:
    assert CLASSIFIER.classify(alone).urgent_reasons == ("self_harm",), lang
    assert not CLASSIFIER.classify(harmless).urgent, lang


@pytest.mark.parametrize(
    "text",
    [
        "I can't anymore with these forms, nobody would miss me",
        "i cant take it anymore with the bus. i see no future",
        "jeg kan ikke mere med de skemaer, ingen vil savne mig",
    ],
)
def test_i_cant_anymore_with_a_harmless_object_and_despair_is_urgent(text: str) -> None:
    assert CLASSIFIER.classify(text).urgent_reasons == ("self_harm",)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        (
            "he took my phone and reads my texts, i cant talk freely. call me and pretend "
            "to be the doctor",
            "violence",
        ),
        ("my ex says if i go to the police he kills me", "violence"),
        ("he keeps texting that he will find us, i saw his car outside our building", "violence"),
        ("her father wants to take my 14 year old niece abroad to marry her", "violence"),
        ("the baby next door has been crying for hours, parents drunk", "child_at_risk"),
        ("im 30 weeks pregnant and suddenly have very strong pain in my belly", "acute_illness"),
        (
            "my sister posted that she doesnt want to live and is saying goodbye to everyone",
            "self_harm",
        ),
        ("bugun aksam kizim internetten tanistigi yetiskin bir adamla bulusacak", "child_at_risk"),
    ],
)
def test_the_danger_classes_of_round_6(text: str, reason: str) -> None:
    assert reason in CLASSIFIER.classify(text).urgent_reasons


@pytest.mark.parametrize(
    "text",
    [
        "im pregnant, can i get an appointment for a check up",
        "what is the emergency number of the kommune, just want to have it",
        "i want to complain, the daycare always leaves my son alone in the corner",
        "some days i cant get out of bed, is there someone i can talk to",
        "last week the neighbour shouted and threatened us over the noise, police talked to him "
        "and its quiet now. can we move flat?",
        "dis agrim var dayanamiyorum, ucuz disci var mi",
    ],
)
def test_round_6_look_alikes_stay_calm(text: str) -> None:
    assert not CLASSIFIER.classify(text).urgent
